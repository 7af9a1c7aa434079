//! Finds the message catalogues: every `src/i18n/lang/<tag>.rs` is a language, with no
//! other registration. Writes the `Lang` enum and its dispatch to `$OUT_DIR/langs.rs`.

use std::fmt::Write;
use std::{env, fs, path::Path};

fn main() {
    // The site's build keeps its relocations, so scripts/split.mjs can cut it into files.
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if wasm && env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("src/i18n/lang");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut stems: Vec<String> = fs::read_dir(&dir)
        .expect("src/i18n/lang exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".rs")?.to_string();
            let ok = !stem.is_empty() && stem.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
            assert!(
                ok,
                "catalogue {name}: use a lower-case tag such as es.rs or pt_br.rs"
            );
            println!("cargo:rerun-if-changed={}", e.path().display());
            Some(stem)
        })
        .collect();
    stems.sort();
    // English is the default and comes first.
    stems.retain(|s| s != "en");
    stems.insert(0, "en".into());

    let variant = |s: &str| -> String {
        s.split('_')
            .map(|p| {
                let mut c = p.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect()
    };
    let tag = |s: &str| -> String {
        match s.split_once('_') {
            Some((lang, region)) => format!("{lang}-{}", region.to_ascii_uppercase()),
            None => s.to_string(),
        }
    };
    let mut out = String::new();
    for s in &stems {
        let path = dir.join(format!("{s}.rs"));
        writeln!(out, "#[path = {:?}]\nmod {s};", path.display().to_string()).unwrap();
    }
    let n = stems.len();
    writeln!(
        out,
        "/// The languages the catalogue has (one per file in src/i18n/lang)."
    )
    .unwrap();
    writeln!(
        out,
        "#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Lang {{"
    )
    .unwrap();
    for (i, s) in stems.iter().enumerate() {
        if i == 0 {
            writeln!(out, "    #[default]").unwrap();
        }
        writeln!(out, "    {},", variant(s)).unwrap();
    }
    writeln!(out, "}}\nimpl Lang {{").unwrap();
    let all: Vec<String> = stems
        .iter()
        .map(|s| format!("Lang::{}", variant(s)))
        .collect();
    let tags: Vec<String> = stems.iter().map(|s| format!("{:?}", tag(s))).collect();
    writeln!(
        out,
        "    pub const ALL: [Lang; {n}] = [{}];",
        all.join(", ")
    )
    .unwrap();
    writeln!(
        out,
        "    /// The BCP 47 tags of [`Lang::ALL`], in the same order."
    )
    .unwrap();
    writeln!(
        out,
        "    pub const TAGS: [&'static str; {n}] = [{}];",
        tags.join(", ")
    )
    .unwrap();
    writeln!(out, "    /// BCP 47 tag, for `<html lang>` and Intl.\n    pub fn tag(self) -> &'static str {{\n        match self {{").unwrap();
    for s in &stems {
        writeln!(out, "            Lang::{} => {:?},", variant(s), tag(s)).unwrap();
    }
    writeln!(out, "        }}\n    }}\n}}").unwrap();
    writeln!(
        out,
        "fn text_of(lang: Lang, key: Key) -> &'static str {{\n    match lang {{"
    )
    .unwrap();
    for s in &stems {
        writeln!(out, "        Lang::{} => {s}::text(key),", variant(s)).unwrap();
    }
    writeln!(out, "    }}\n}}").unwrap();
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("langs.rs"),
        out,
    )
    .unwrap();
}
