//! Core benchmarks on generated directories of 10,000 and 100,000 contacts: load, save, and
//! one search (index already built, as in the app); the reader's ranked search of the guide; and
//! printing: a handout with the whole guide
//! and 200 contacts, as PDF (fonts and templates already loaded, as in the app after the first
//! export); and importing a CSV of 10,000 and 100,000 contacts. Run with
//! `cargo bench --bench core`; `benches/compare.sh` times the whole `import` command against
//! `soffice`.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rights_desk::core::directory::Directory;
use rights_desk::core::directory::search::{ContactIndex, Query};
use rights_desk::core::{directory::generate, store};
use std::hint::black_box;

fn storage(c: &mut Criterion) {
    let mut group = c.benchmark_group("directory");
    group.sample_size(10);
    for n in [10_000usize, 100_000] {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("directory.ron");
        let directory = Directory::new(generate::contacts(n, 42));
        store::save_directory(&path, &directory, None).expect("save");
        group.bench_with_input(BenchmarkId::new("load", n), &path, |b, path| {
            b.iter(|| black_box(store::load_directory(path).expect("load")));
        });
        group.bench_with_input(BenchmarkId::new("save", n), &path, |b, path| {
            b.iter(|| store::save_directory(path, &directory, None).expect("save"));
        });
        let index = ContactIndex::build(directory.contacts());
        for q in ["dona ana", "legal clinic albuquerque"] {
            let query = Query::new(q);
            group.bench_with_input(
                BenchmarkId::new(format!("search '{q}'"), n),
                &query,
                |b, query| b.iter(|| black_box(index.ranked(query))),
            );
        }
        // "legal zebra": no contact has both words, so those with some of them are ranked.
        for text in ["d", "dona", "legal clinic", "legal zebra"] {
            let filter = rights_desk::core::directory::view::Filter {
                text: text.into(),
                ..Default::default()
            };
            group.bench_with_input(
                BenchmarkId::new(format!("list filter '{text}'"), n),
                &filter,
                |b, filter| {
                    b.iter(|| {
                        black_box(rights_desk::core::directory::view::filter_and_sort(
                            directory.contacts(),
                            &index,
                            filter,
                            rights_desk::core::directory::view::Sort::default(),
                            jiff::civil::date(2026, 11, 27),
                            &rights_desk::core::directory::status::DueRules::default(),
                        ))
                    });
                },
            );
        }
        group.bench_with_input(
            BenchmarkId::new("build search index", n),
            &directory,
            |b, d| {
                b.iter(|| black_box(ContactIndex::build(d.contacts())));
            },
        );
    }
    group.finish();
}

fn printing(c: &mut Criterion) {
    use rights_desk::core::guide;
    use rights_desk::core::printing::{self, Handout, Layout, pdf};
    let mut group = c.benchmark_group("print");
    group.sample_size(10);
    let guides = guide::bundled().expect("guide");
    let contacts = generate::contacts(200, 7);
    for layout in [Layout::Handout, Layout::Contacts, Layout::Cards] {
        let h = Handout {
            choices: printing::PrintChoices {
                title: "Know your rights".into(),
                layout,
                show_notes: true,
                show_sources: true,
                ..printing::PrintChoices::default()
            },
            entries: guides[0].entries().map(|e| e.id.clone()).collect(),
            contacts: contacts.iter().map(|c| c.id.to_string()).collect(),
            chosen: contacts.len(),
        };
        let data = printing::resolve(
            &h,
            &[&guides[0]],
            &contacts,
            jiff::civil::date(2026, 11, 27),
            &rights_desk::core::directory::status::DueRules::default(),
        );
        // The first export loads the fonts and the library; the app does that once.
        black_box(pdf::render(&data).expect("pdf"));
        // typst memoizes layout between compilations; clear its cache before every run so
        // each one is measured as a fresh export.
        group.bench_function(format!("{layout:?} pdf, whole guide + 200 contacts"), |b| {
            b.iter_batched(
                || typst::comemo::evict(0),
                |()| black_box(pdf::render(&data).expect("pdf")),
                criterion::BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

/// From Print to the job accepted by the printing system: laying out the handout (the whole
/// guide and 200 contacts) and sending it over IPP to a CUPS queue. Runs only against a queue:
/// `scripts/cups-private.sh start DIR` and `CUPS_SERVER=127.0.0.1:8631 cargo bench --bench
/// core -- "print to"`; skipped otherwise.
fn print_to_queue(c: &mut Criterion) {
    use rights_desk::core::guide;
    use rights_desk::core::printers::{self, PrintOptions};
    use rights_desk::core::printing::{self, Handout, pdf};
    if std::env::var_os("CUPS_SERVER").is_none() {
        eprintln!("print to a queue: skipped (no CUPS_SERVER)");
        return;
    }
    let Ok(list) = printers::printers() else {
        eprintln!("print to a queue: skipped (no printing service answers)");
        return;
    };
    let Some(printer) = list.into_iter().find(|p| p.is_default) else {
        eprintln!("print to a queue: skipped (no default printer)");
        return;
    };
    let guides = guide::bundled().expect("guide");
    let contacts = generate::contacts(200, 7);
    let h = Handout {
        choices: printing::PrintChoices {
            title: "Know your rights".into(),
            show_notes: true,
            show_sources: true,
            ..printing::PrintChoices::default()
        },
        entries: guides[0].entries().map(|e| e.id.clone()).collect(),
        contacts: contacts.iter().map(|c| c.id.to_string()).collect(),
        chosen: contacts.len(),
    };
    let data = printing::resolve(
        &h,
        &[&guides[0]],
        &contacts,
        jiff::civil::date(2026, 11, 27),
        &rights_desk::core::directory::status::DueRules::default(),
    );
    black_box(pdf::render(&data).expect("pdf"));
    let mut group = c.benchmark_group("print to a queue");
    group.sample_size(10);
    group.bench_function("print to job accepted: whole guide + 200 contacts", |b| {
        b.iter_batched(
            || typst::comemo::evict(0),
            |()| {
                black_box(
                    printers::submit(&printer.name, &data, &PrintOptions::default())
                        .expect("accepted"),
                )
            },
            criterion::BatchSize::PerIteration,
        );
    });
    group.finish();
}

/// Importing a CSV of n contacts into the bundled directory: read, plan (duplicate detection
/// on) and apply, as `rights-desk import` does before saving.
fn import(c: &mut Criterion) {
    use rights_desk::core::interop::{csv, plan};
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    let (bundled, _) = store::parse_directory(store::BUNDLED_DIRECTORY, std::path::Path::new("b"))
        .expect("bundled directory");
    for n in [10_000, 100_000] {
        let mut incoming = generate::contacts(n, 7);
        for contact in &mut incoming {
            contact.id.clear();
        }
        let bytes = csv::write(&incoming, false).expect("csv");
        group.bench_with_input(
            BenchmarkId::new("csv read+plan+apply", n),
            &bytes,
            |b, bytes| {
                b.iter(|| {
                    let mut d = Directory::new(bundled.clone());
                    let imported = csv::read(bytes, &csv::Mapping::default());
                    let p = plan::plan(&d, imported);
                    black_box(p.apply(&mut d, jiff::Timestamp::now()).expect("apply"));
                });
            },
        );
    }
    group.finish();
}

/// The reader's ranked search of the bundled guide and its translation, as typed (the guides
/// read for ranking once, as the reader does).
fn guide_search(c: &mut Criterion) {
    use rights_desk::core::guide::rank::RankIndex;
    let guides = rights_desk::core::guide::bundled_with_companions().expect("guides");
    let en = rights_desk::core::guide::nm_guide_in(&guides, rights_desk::core::i18n::Lang::En)
        .expect("en");
    let es = rights_desk::core::guide::nm_guide_in(&guides, rights_desk::core::i18n::Lang::Es)
        .expect("es");
    let english = RankIndex::build(&guides[en]);
    let spanish = RankIndex::build(&guides[es]);
    let mut group = c.benchmark_group("guide");
    for q in [
        "police hold without warrant",
        "la policía comparte mi información",
    ] {
        let query = Query::new(q);
        group.bench_with_input(BenchmarkId::new("search", q), &query, |b, query| {
            b.iter(|| {
                black_box(rights_desk::core::guide::search::search_guides_indexed(
                    (&guides[en], &english),
                    &[(&guides[es], &spanish)],
                    query,
                ))
            });
        });
    }
    group.bench_function("read the guide for ranking", |b| {
        b.iter(|| black_box(RankIndex::build(&guides[en])));
    });
    group.finish();
}

criterion_group!(
    benches,
    storage,
    printing,
    print_to_queue,
    import,
    guide_search
);
criterion_main!(benches);
