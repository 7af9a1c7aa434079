//! The layers of `src/` (docs/architecture.md, "Layers"): each reads only the ones above
//! it, so the business reads as the business and the core runs without a browser.

use std::fs;
use std::path::Path;

/// Each layer, and the modules of ours it must never name.
const RULES: &[(&str, &[&str])] = &[
    (
        "src/support",
        &["domain", "app", "export", "html", "i18n", "platform", "ui"],
    ),
    (
        "src/domain",
        &["app", "export", "html", "i18n", "platform", "ui"],
    ),
    ("src/app", &["export", "html", "i18n", "platform", "ui"]),
    ("src/export", &["platform", "ui"]),
    ("src/html", &["platform", "ui"]),
    ("src/i18n", &["platform", "ui"]),
    ("src/platform", &["ui"]),
];

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_layer_reads_only_the_layers_above_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut wrong = Vec::new();
    let mut read = 0;
    for (layer, banned) in RULES {
        let mut paths = Vec::new();
        files(&root.join(layer), &mut paths);
        for path in paths {
            read += 1;
            let text = fs::read_to_string(&path).expect("a source file");
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for module in *banned {
                    if code.contains(&format!("crate::{module}::"))
                        || code.contains(&format!("crate::{module};"))
                        || code.contains(&format!("crate::{module}::{{"))
                    {
                        let rel = path.strip_prefix(root).unwrap().display().to_string();
                        wrong.push(format!("{rel}:{} names crate::{module}", n + 1));
                    }
                }
            }
        }
    }
    assert!(read > 50, "the sources were not found ({read} files)");
    assert!(wrong.is_empty(), "a layer reads one below it: {wrong:#?}");
}
