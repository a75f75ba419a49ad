//! Reading a command's input from a file or standard input, as UTF-8.

use std::io::Read;
use std::path::Path;

/// Whether `path` means standard input (`-` or no path).
pub fn is_stdin(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p.as_os_str() == "-")
}

/// Reads the whole input as UTF-8, with a one-line error naming the source.
pub fn read(path: Option<&Path>) -> Result<String, String> {
    let (name, bytes) = match path.filter(|p| !is_stdin(Some(p))) {
        Some(path) => {
            let bytes =
                std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            (path.display().to_string(), bytes)
        }
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            ("standard input".to_string(), bytes)
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not valid UTF-8 (first bad byte at offset {}); save it as UTF-8 text",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Reads the input and refuses it above the default maximum, as the wasm API does.
pub fn read_limited(path: Option<&Path>) -> Result<String, String> {
    let text = read(path)?;
    claimdiff::diff::check_size(&text, claimdiff::diff::DEFAULT_MAX_INPUT_BYTES)
        .map_err(|e| e.to_string())?;
    Ok(text)
}
