//! Counts as the command line says them, in English: "1 contact", "2 contacts", "0 warnings".

/// `n` with its noun: `one` for exactly one, `many` otherwise.
pub(super) fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::counted;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(counted(1, "entry", "entries"), "1 entry");
        assert_eq!(counted(0, "entry", "entries"), "0 entries");
        assert_eq!(counted(2, "contact", "contacts"), "2 contacts");
    }
}
