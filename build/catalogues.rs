//! Writes the catalogue files the site's build fetches at run time: `lang-<tag>.json` for
//! every language but English, in `$OUT_DIR/catalogues/` (the post-build step names them
//! after their contents and puts them beside the app, see tools/postbuild/catalogues.mjs).
//!
//! Each file is a JSON array of the language's messages in `Key::ALL`'s order, read from
//! the sources themselves: the keys' order from `src/i18n/keys.rs`, the messages from the
//! language's one-line arms `Key => "text",`. `tests/catalogue_files.rs` checks that every
//! file equals what the compiled catalogue gives (`i18n::fetched::to_json`).

use std::fs;
use std::path::Path;

/// Writes one file per language in `stems` (file stems of `src/i18n/lang/`, English
/// left out) with its tag from `tag`.
pub fn write(src: &Path, out: &Path, stems: &[String], tag: impl Fn(&str) -> String) {
    let keys = key_order(&fs::read_to_string(src.join("i18n/keys.rs")).expect("keys.rs"));
    let dir = out.join("catalogues");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("the catalogues folder");
    for stem in stems.iter().filter(|s| *s != "en") {
        let file = src.join(format!("i18n/lang/{stem}.rs"));
        let text = fs::read_to_string(&file).expect("a catalogue file");
        let arms = arms(&text);
        let json: Vec<String> =
            keys.iter()
                .map(|k| {
                    let message = arms.iter().find(|(key, _)| key == k).unwrap_or_else(|| {
                        panic!("{}: no one-line message for {k}", file.display())
                    });
                    json_string(&message.1)
                })
                .collect();
        let name = format!("lang-{}.json", tag(stem));
        fs::write(dir.join(name), format!("[{}]", json.join(","))).expect("a catalogue");
    }
}

/// The keys in the order `keys! { early { … } later { … } }` declares them (`//`
/// comments skipped).
fn key_order(keys_rs: &str) -> Vec<String> {
    let start = keys_rs.find("\nkeys! {").expect("keys.rs has `keys! {`") + "\nkeys! {".len();
    let end = start + keys_rs[start..].find("\n}").expect("keys! { … } is closed");
    keys_rs[start..end]
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .flat_map(|l| l.split([',', '{', '}']))
        .map(str::trim)
        .filter(|k| !k.is_empty() && *k != "early" && *k != "later")
        .map(String::from)
        .collect()
}

/// Every `Name => "message",` line, its message unescaped.
pub fn arms(catalogue: &str) -> Vec<(String, String)> {
    catalogue
        .lines()
        .filter_map(|l| {
            let (key, rest) = l.trim().split_once(" => \"")?;
            let literal = rest.strip_suffix("\",")?;
            let ident = key.chars().all(|c| c.is_ascii_alphanumeric());
            ident.then(|| (key.to_string(), unescape(literal)))
        })
        .collect()
}

/// A Rust string literal's body as its text (the escapes a catalogue uses).
fn unescape(literal: &str) -> String {
    let mut out = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let code: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                let code = u32::from_str_radix(&code, 16).expect("a \\u{…} escape");
                out.push(char::from_u32(code).expect("a character"));
            }
            Some(other) => out.push(other), // \" \\ \'
            None => panic!("a catalogue message ends with a backslash"),
        }
    }
    out
}

/// A JSON string, escaped as serde_json writes it.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
