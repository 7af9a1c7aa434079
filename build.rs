//! Finds the message catalogues: every `src/i18n/lang/<tag>.rs` is a language, with no
//! other registration. Writes the `Lang` enum and its dispatch to `$OUT_DIR/langs.rs`, and
//! the files of the languages fetched at run time to `$OUT_DIR/catalogues/`.

#[path = "build/catalogues.rs"]
mod catalogues;

use std::fmt::Write;
use std::{env, fs, path::Path};

fn main() {
    // The site's build: wasm with the `split` feature.
    let site = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32")
        && env::var_os("CARGO_FEATURE_SPLIT").is_some();
    // It keeps its relocations, so tools/postbuild/split.mjs can cut it into files.
    if site {
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
    // The site's build compiles in English only: the others are fetched (i18n/fetched.rs).
    let fetched: Vec<String> = if site {
        stems.iter().filter(|s| *s != "en").cloned().collect()
    } else {
        Vec::new()
    };
    let mut out = String::new();
    for s in stems.iter().filter(|s| !fetched.contains(s)) {
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
    writeln!(out, "        }}\n    }}").unwrap();
    let fetched_all: Vec<String> = fetched
        .iter()
        .map(|s| format!("Lang::{}", variant(s)))
        .collect();
    writeln!(
        out,
        "    /// The languages this build fetches at run time (none outside the site's build).\n    pub const FETCHED: &'static [Lang] = &[{}];\n}}",
        fetched_all.join(", ")
    )
    .unwrap();
    writeln!(
        out,
        "fn text_of(lang: Lang, key: Key) -> &'static str {{\n    match lang {{"
    )
    .unwrap();
    for s in &stems {
        if fetched.contains(s) {
            // Until its file arrives: its own name (for the language menu), else English.
            let name = language_name(&dir.join(format!("{s}.rs")));
            writeln!(
                out,
                "        Lang::{v} => fetched::text(Lang::{v}, key).unwrap_or(if matches!(key, Key::LanguageName) {{ {name:?} }} else {{ en::text(key) }}),",
                v = variant(s)
            )
            .unwrap();
        } else {
            writeln!(out, "        Lang::{} => {s}::text(key),", variant(s)).unwrap();
        }
    }
    writeln!(out, "    }}\n}}").unwrap();
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("langs.rs"),
        out,
    )
    .unwrap();
    let src = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("src");
    println!(
        "cargo:rerun-if-changed={}",
        src.join("i18n/keys.rs").display()
    );
    println!("cargo:rerun-if-changed=build/catalogues.rs");
    catalogues::write(&src, Path::new(&env::var("OUT_DIR").unwrap()), &stems, tag);
}

/// A catalogue's own name for its language: its `LanguageName => "…",` line.
fn language_name(file: &Path) -> String {
    let text = fs::read_to_string(file).expect("a catalogue file");
    catalogues::arms(&text)
        .into_iter()
        .find(|(key, _)| key == "LanguageName")
        .map(|(_, name)| name)
        .unwrap_or_else(|| panic!("{}: no one-line `LanguageName => \"…\",`", file.display()))
}
