//! This computer and this program as other desktops see them: the computer's name, the user's
//! name, this process's id, and whether another process of this computer is still running.
//! Lock files, presence files and temporary file names are written with these.

/// The computer's name ("FRONT-DESK"), or "this computer" when the system does not say.
#[must_use]
pub fn host_name() -> String {
    let name = gethostname::gethostname()
        .to_string_lossy()
        .trim()
        .to_string();
    if name.is_empty() {
        "this computer".into()
    } else {
        name
    }
}

/// The signed-in user's name ("maria"), or "someone" when the system does not say.
#[must_use]
pub fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "someone".into())
}

/// "maria@FRONT-DESK": who made a change, for `updated_by` and presence files.
#[must_use]
pub fn user_at_host() -> String {
    format!("{}@{}", user_name(), host_name())
}

/// [`user_at_host`], worked out once per process: the author written into `updated_by` and
/// tombstones.
#[must_use]
pub fn author() -> &'static str {
    static AUTHOR: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    AUTHOR.get_or_init(user_at_host)
}

/// This process's id.
#[must_use]
pub fn pid() -> u32 {
    std::process::id()
}

/// Whether the process `pid` of this computer is running: `Some` where the system can tell
/// without special rights (Linux, through `/proc`), `None` elsewhere.
#[must_use]
pub fn process_alive(pid: u32) -> Option<bool> {
    let proc = std::path::Path::new("/proc");
    if cfg!(target_os = "linux") && proc.join("self").exists() {
        Some(proc.join(pid.to_string()).exists())
    } else {
        None
    }
}

/// `text` made safe inside a file name on every system: letters, digits and `-` only.
#[must_use]
pub fn file_name_safe(text: &str) -> String {
    let safe: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(40)
        .collect();
    if safe.is_empty() { "host".into() } else { safe }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive_and_names_are_safe() {
        if let Some(alive) = process_alive(pid()) {
            assert!(alive);
            assert_eq!(process_alive(u32::MAX - 7), Some(false));
        }
        assert_eq!(file_name_safe("José's PC.local"), "Jos--s-PC-local");
        assert!(!host_name().is_empty());
    }
}
