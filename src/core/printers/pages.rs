//! Page ranges as people write them ("1-2", "1,3-4", "all"), for printing some pages only.

use super::PrintError;

/// The ranges of `text`: 1-based, inclusive, in order, each at least one page; empty for every
/// page (an empty text or "all").
///
/// # Errors
/// When a part is not a page number or a range of them, or a range runs backwards.
pub fn parse(text: &str) -> Result<Vec<(u32, u32)>, PrintError> {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("all") {
        return Ok(Vec::new());
    }
    let bad = || PrintError::BadPages(text.to_string());
    let mut out = Vec::new();
    for part in text.split(',') {
        let part = part.trim();
        let (a, b) = match part.split_once(['-', '–']) {
            Some((a, b)) => (a.trim(), b.trim()),
            None => (part, part),
        };
        let a: u32 = a.parse().map_err(|_| bad())?;
        let b: u32 = b.parse().map_err(|_| bad())?;
        if a == 0 || b < a {
            return Err(bad());
        }
        out.push((a, b));
    }
    Ok(out)
}

/// The ranges as people write them ("1-2, 4").
#[must_use]
pub fn show(ranges: &[(u32, u32)]) -> String {
    ranges
        .iter()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}-{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_read_as_written() {
        assert_eq!(parse("").expect("all"), []);
        assert_eq!(parse("All").expect("all"), []);
        assert_eq!(parse("1-2").expect("r"), [(1, 2)]);
        assert_eq!(parse(" 1, 3–4 ").expect("r"), [(1, 1), (3, 4)]);
        assert_eq!(show(&parse("1,3-4").expect("r")), "1, 3-4");
        for bad in ["0", "3-1", "a", "1-", "1,,2"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
