//! Windows: the program is built for the *windows* subsystem, so starting it from the Start
//! menu or Explorer opens no console window beside the app. A command started from a terminal
//! (`rights-desk.exe guide --list`) then has no console of its own: this attaches it to the
//! console of the terminal it was started from, so its output and exit status reach that
//! terminal. Output redirected to a file or a pipe is left as it is.

/// Attaches to the parent process's console when this process has none (does nothing when
/// started from Explorer, where there is no parent console, or when the output is redirected).
#[cfg(windows)]
#[allow(
    unsafe_code,
    reason = "one system call; it has no memory-safety preconditions"
)]
pub fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
    };
    // SAFETY: GetStdHandle and AttachConsole take plain integers and return a handle or a
    // status; no pointer is passed and nothing is borrowed.
    unsafe {
        let out = GetStdHandle(STD_OUTPUT_HANDLE);
        if out.is_null() {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

/// Elsewhere there is nothing to do: a program always has the terminal it was started from.
#[cfg(not(windows))]
pub fn attach_parent_console() {}
