//! The layers of `src/` (docs/architecture.md, "Layers"): each reads only the ones above
//! it, so the business reads as the business and the core runs without a browser.

use std::fs;

mod source_files;

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

#[test]
fn every_layer_reads_only_the_layers_above_it() {
    let root = source_files::repository();
    let mut wrong = Vec::new();
    let mut read = 0;
    for (layer, banned) in RULES {
        for path in source_files::rust_files(layer) {
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
