//! Test data shared by several test modules.

/// The bundled English guide, as RON.
pub const BUNDLED_EN: &str = include_str!("../../assets/guides/nm-ag-ice.en.ron");

/// A corrected English guide: reviewed 2026-12-15, question 3 reworded ("advise" → "tell").
pub fn newer_guide() -> String {
    BUNDLED_EN
        .replacen(
            "last_reviewed: \"2026-11-28\"",
            "last_reviewed: \"2026-12-15\"",
            1,
        )
        .replacen(
            "How does the State Attorney General advise local",
            "How does the State Attorney General tell local",
            1,
        )
}
