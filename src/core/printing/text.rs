//! Plain text, Markdown and HTML renderings of a handout, from the same data as the PDF. HTML
//! is one self-contained file with print CSS, and every field is escaped.

use super::{HandoutData, PrintBlock};
use std::fmt::Write;

/// The line under the title, unescaped: "Prepared by … · Printed … · Guidance: …, source …,
/// reviewed …".
#[must_use]
pub fn meta(d: &HandoutData) -> String {
    let l = &d.labels;
    let mut parts = Vec::new();
    if !d.prepared_by.is_empty() {
        parts.push(format!("{} {}", l.prepared_by, d.prepared_by));
    }
    parts.push(format!("{} {}", l.printed, d.printed_on));
    if d.layout == "contacts" {
        return parts.join(" · ");
    }
    parts.push(format!(
        "{}: {}, {} {}, {} {}",
        l.guidance, d.guide_title, l.source, d.guide_source, l.reviewed, d.guide_reviewed
    ));
    parts.join(" · ")
}

/// Plain text.
#[must_use]
pub fn plain(d: &HandoutData) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}\n{}\n",
        d.title,
        "=".repeat(d.title.chars().count().max(3))
    );
    let _ = writeln!(o, "{}\n", meta(d));
    if !d.about_guide.is_empty() {
        let _ = writeln!(o, "{}\n", d.about_guide);
    }
    for t in &d.translation_notes {
        let _ = writeln!(o, "{t}\n");
    }
    for e in &d.entries {
        if !e.from_office.is_empty() {
            let _ = writeln!(o, "[{}] {}", e.from_office, d.labels.office_not_guide);
        }
        let _ = writeln!(o, "{}\n", e.title);
        if !e.in_english.is_empty() {
            let _ = writeln!(o, "({})\n", e.in_english);
        }
        for b in &e.blocks {
            match b {
                PrintBlock::Paragraph { text } => {
                    let _ = writeln!(o, "{text}\n");
                }
                PrintBlock::Numbered { items } => {
                    for (i, item) in items.iter().enumerate() {
                        let _ = writeln!(o, "  {}. {item}", i + 1);
                    }
                    o.push('\n');
                }
                PrintBlock::Bulleted { items } => {
                    for item in items {
                        let _ = writeln!(o, "  • {item}");
                    }
                    o.push('\n');
                }
            }
        }
        for n in &e.notes {
            if n.from_office {
                let _ = writeln!(o, "[{}] ({})", n.heading, d.labels.office_not_guide);
                let _ = writeln!(o, "{}", n.text);
            } else {
                let _ = writeln!(o, "[{}] {}", n.heading, n.text);
            }
            if !n.sources.is_empty() {
                let _ = writeln!(o, "{}: {}", d.labels.sources, n.sources.join("; "));
            }
            o.push('\n');
        }
        if !e.sources.is_empty() {
            let _ = writeln!(o, "{}: {}\n", d.labels.sources, e.sources.join("; "));
        }
    }
    if !d.groups.is_empty() {
        let _ = writeln!(o, "{}\n", d.labels.who_can_help.to_uppercase());
        for g in &d.groups {
            let _ = writeln!(o, "{}", g.category);
            for (heading, contacts) in g.parts() {
                if let Some(h) = heading {
                    let _ = writeln!(o, "  -- {h}");
                }
                for c in contacts {
                    let _ = writeln!(o, "  {} ({})", c.name, c.verification);
                    for line in c.phones.iter().cloned().chain(c.details(&d.labels)) {
                        let _ = writeln!(o, "    {line}");
                    }
                }
            }
            o.push('\n');
        }
    }
    let _ = writeln!(o, "{}", d.disclaimer);
    o
}

/// Escapes Markdown's special characters so data prints literally (emphasis, links, code,
/// headings, HTML, tables, and a list marker at the start of a line).
fn md(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for line in s.split('\n') {
        if !o.is_empty() {
            o.push_str("  \n");
        }
        for (i, c) in line.chars().enumerate() {
            if "\\`*_[]#|<>~".contains(c) || (i == 0 && (c == '-' || c == '+')) {
                o.push('\\');
            }
            o.push(c);
        }
    }
    o
}

/// An answer's blocks in Markdown.
fn markdown_blocks(o: &mut String, blocks: &[PrintBlock]) {
    for b in blocks {
        match b {
            PrintBlock::Paragraph { text } => {
                let _ = writeln!(o, "{}\n", md(text));
            }
            PrintBlock::Numbered { items } => {
                for (i, item) in items.iter().enumerate() {
                    let _ = writeln!(o, "{}. {}", i + 1, md(item));
                }
                o.push('\n');
            }
            PrintBlock::Bulleted { items } => {
                for item in items {
                    let _ = writeln!(o, "- {}", md(item));
                }
                o.push('\n');
            }
        }
    }
}

/// Markdown.
#[must_use]
pub fn markdown(d: &HandoutData) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# {}\n", md(&d.title));
    let _ = writeln!(o, "{}\n", md(&meta(d)));
    if !d.about_guide.is_empty() {
        let _ = writeln!(o, "{}\n", md(&d.about_guide));
    }
    for t in &d.translation_notes {
        let _ = writeln!(o, "*{}*\n", md(t));
    }
    for e in &d.entries {
        if !e.from_office.is_empty() {
            let _ = writeln!(
                o,
                "**{}** — *{}*\n",
                md(&e.from_office),
                md(&d.labels.office_not_guide)
            );
        }
        let _ = writeln!(o, "## {}\n", md(&e.title));
        if !e.in_english.is_empty() {
            let _ = writeln!(o, "*{}*\n", md(&e.in_english));
        }
        markdown_blocks(&mut o, &e.blocks);
        for n in &e.notes {
            let _ = writeln!(
                o,
                "> **{}**  \n> {}{}",
                md(&n.heading),
                if n.from_office {
                    format!("*{}*  \n> ", md(&d.labels.office_not_guide))
                } else {
                    String::new()
                },
                md(&n.text).replace('\n', "\n> ")
            );
            if !n.sources.is_empty() {
                let _ = writeln!(
                    o,
                    ">\n> {}: {}",
                    md(&d.labels.sources),
                    md(&n.sources.join("; "))
                );
            }
            o.push('\n');
        }
        if !e.sources.is_empty() {
            let _ = writeln!(
                o,
                "{}: {}\n",
                md(&d.labels.sources),
                md(&e.sources.join("; "))
            );
        }
    }
    if !d.groups.is_empty() {
        let _ = writeln!(o, "## {}\n", md(&d.labels.who_can_help));
        for g in &d.groups {
            let _ = writeln!(o, "### {}\n", md(&g.category));
            for (heading, contacts) in g.parts() {
                if let Some(h) = heading {
                    let _ = writeln!(o, "\n*{}*\n", md(h));
                }
                for c in contacts {
                    let parts: Vec<String> = c
                        .phones
                        .iter()
                        .cloned()
                        .chain(c.details(&d.labels))
                        .map(|p| md(&p))
                        .collect();
                    let _ = writeln!(
                        o,
                        "- **{}** ({}): {}",
                        md(&c.name),
                        md(&c.verification),
                        parts.join(" · ")
                    );
                }
            }
            o.push('\n');
        }
    }
    let _ = writeln!(o, "*{}*", md(&d.disclaimer));
    o
}

/// Escapes text for HTML.
#[must_use]
pub fn escape_html(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

fn list_items(items: &[String]) -> String {
    items.iter().fold(String::new(), |mut acc, i| {
        let _ = write!(acc, "<li>{}</li>", escape_html(i));
        acc
    })
}

/// One self-contained HTML file with print CSS.
#[allow(clippy::too_many_lines, reason = "the page, top to bottom")]
#[must_use]
pub fn html(d: &HandoutData) -> String {
    let e = escape_html;
    let page = if d.paper == "a4" { "A4" } else { "letter" };
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n\
         @page {{ size: {page}; margin: 0.8in; }}\n\
         body {{ font-family: 'Noto Sans', 'Segoe UI', Arial, sans-serif; font-size: 11pt; line-height: 1.45; max-width: 46em; margin: 2em auto; color: #111; }}\n\
         h1 {{ color: #1f5f8b; }} h2 {{ font-size: 1.2em; margin-top: 1.4em; break-after: avoid; }}\n\
         .meta, .src {{ color: #555; font-size: 0.9em; }}\n\
         .note {{ background: #fff4d6; border-left: 4px solid #b87a00; padding: 0.5em 0.8em; break-inside: avoid; }}\n\
         .note.office {{ background: #eaf4e8; border-left-color: #2d5a27; }} .office {{ color: #2d5a27; }} th.maybe {{ background: #f3efe4; color: #7a5200; }}\n\
         a, td {{ hyphens: manual; }}\n\
         table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; text-align: left; }}\n\
         thead {{ display: table-header-group; }} tr {{ break-inside: avoid; }}\n\
         .unverified {{ color: #9a5b00; }} .verified {{ color: #1e7b3a; }}\n\
         .disclaimer {{ border: 1px solid #999; padding: 0.5em; margin-top: 2em; }}\n\
         .pair {{ display: grid; grid-template-columns: 1fr 1fr; gap: 1.5em; }}\n\
         body:has(.pair) {{ max-width: 64em; }}\n\
         </style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
        e(&d.lang),
        if crate::core::i18n::Lang::parse(&d.lang)
            .is_some_and(crate::core::i18n::Lang::is_right_to_left)
        {
            "rtl"
        } else {
            "ltr"
        },
        e(&d.title),
        e(&d.title),
        e(&meta(d))
    );
    if !d.about_guide.is_empty() {
        let _ = writeln!(o, "<p class=\"about\">{}</p>", e(&d.about_guide));
    }
    for t in &d.translation_notes {
        let _ = writeln!(o, "<p class=\"note\">{}</p>", e(t));
    }
    let mut pair_open = false;
    for (i, en) in d.entries.iter().enumerate() {
        // Side by side: an entry and its translation (the next entry, same id) in two columns.
        if d.side_by_side && !pair_open && d.entries.get(i + 1).is_some_and(|next| next.id == en.id)
        {
            o.push_str("<div class=\"pair\">\n");
            pair_open = true;
        }
        let _ = writeln!(o, "<section lang=\"{}\" dir=\"auto\">", e(&en.lang));
        if !en.from_office.is_empty() {
            let _ = writeln!(
                o,
                "<p class=\"office\"><strong>{}</strong> · {}</p>",
                e(&en.from_office),
                e(&d.labels.office_not_guide)
            );
        }
        let _ = writeln!(o, "<h2>{}</h2>", e(&en.title));
        if !en.in_english.is_empty() {
            let _ = writeln!(o, "<p class=\"note\">{}</p>", e(&en.in_english));
        }
        for b in &en.blocks {
            match b {
                PrintBlock::Paragraph { text } => {
                    let _ = writeln!(o, "<p>{}</p>", e(text));
                }
                PrintBlock::Numbered { items } => {
                    let _ = writeln!(o, "<ol>{}</ol>", list_items(items));
                }
                PrintBlock::Bulleted { items } => {
                    let _ = writeln!(o, "<ul>{}</ul>", list_items(items));
                }
            }
        }
        for n in &en.notes {
            if n.from_office {
                let _ = write!(
                    o,
                    "<div class=\"note office\"><strong>{}</strong><br><em>{}</em><br>{}",
                    e(&n.heading),
                    e(&d.labels.office_not_guide),
                    e(&n.text)
                );
            } else {
                let _ = write!(
                    o,
                    "<div class=\"note\"><strong>{}</strong><br>{}",
                    e(&n.heading),
                    e(&n.text)
                );
            }
            if !n.sources.is_empty() {
                let _ = write!(
                    o,
                    "<p class=\"src\">{}: {}</p>",
                    e(&d.labels.sources),
                    e(&n.sources.join("; "))
                );
            }
            o.push_str("</div>\n");
        }
        if !en.sources.is_empty() {
            let _ = writeln!(
                o,
                "<p class=\"src\">{}: {}</p>",
                e(&d.labels.sources),
                e(&en.sources.join("; "))
            );
        }
        o.push_str("</section>\n");
        if pair_open && d.entries.get(i + 1).is_none_or(|next| next.id != en.id) {
            o.push_str("</div>\n");
            pair_open = false;
        }
    }
    if !d.groups.is_empty() {
        let _ = writeln!(o, "<h2>{}</h2>", e(&d.labels.who_can_help));
        for g in &d.groups {
            let _ = writeln!(
                o,
                "<h3>{}</h3>\n<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
                e(&g.category),
                e(&d.labels.name),
                e(&d.labels.phone),
                e(&d.labels.details)
            );
            for (heading, contacts) in g.parts() {
                if let Some(h) = heading {
                    let _ = writeln!(
                        o,
                        "<tr><th colspan=\"3\" class=\"maybe\">{}</th></tr>",
                        e(h)
                    );
                }
                for c in contacts {
                    let class = if c.unverified {
                        "unverified"
                    } else {
                        "verified"
                    };
                    let details: Vec<String> = c.details(&d.labels).iter().map(|x| e(x)).collect();
                    let _ = writeln!(
                        o,
                        "<tr><td><strong>{}</strong><br><span class=\"{class}\">{}</span></td><td>{}</td><td>{}</td></tr>",
                        e(&c.name),
                        e(&c.verification),
                        c.phones
                            .iter()
                            .map(|p| e(p))
                            .collect::<Vec<_>>()
                            .join("<br>"),
                        details.join("<br>")
                    );
                }
            }
            o.push_str("</tbody></table>\n");
        }
    }
    let _ = writeln!(
        o,
        "<p class=\"disclaimer\"><strong>{}</strong><br>{}</p>\n</body>\n</html>",
        e(&d.disclaimer),
        e(&d.labels.unverified_note)
    );
    o
}
