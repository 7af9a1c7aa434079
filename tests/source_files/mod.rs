//! The Rust files under a folder of this repository, for the tests that check rules on
//! the sources themselves (`i18n_later.rs`, `layers.rs`).

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir` (relative to the repository), at any depth.
pub fn rust_files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("a source folder is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&repository().join(dir), &mut out);
    out
}

/// The repository's root folder.
pub fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}
