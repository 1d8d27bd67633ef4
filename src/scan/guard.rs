//! The panic guard: a bug that panics on one file names the file, fails the
//! run (exit 2), and does not take the scan of the other files down.

use super::*;

/// Runs `work`, turning a panic into an error that names `path`: one bad
/// file must not take the scan down, and the run still fails (exit 2).
pub(super) fn guarded<T>(path: &Path, work: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|text| text.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!(
            "{}: internal error: {message}; this is a bug in sglint, please report it",
            display_path(path)
        )
    })
}
