//! Reading a command's input from a file or standard input, as UTF-8.

use std::io::Read;
use std::path::Path;

/// Whether `path` means standard input (`-` or no path).
pub fn is_stdin(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p.as_os_str() == "-")
}

/// Reads the whole input as UTF-8, with a one-line error naming the source.
pub fn read(path: Option<&Path>) -> Result<String, String> {
    let (name, bytes) = if is_stdin(path) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("standard input".to_string(), bytes)
    } else {
        let path = path.expect("a path when not stdin");
        let bytes =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        (path.display().to_string(), bytes)
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not valid UTF-8 (first bad byte at offset {}); save it as UTF-8 text",
            e.utf8_error().valid_up_to()
        )
    })
}
