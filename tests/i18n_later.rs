//! The later steps' English messages (`src/i18n/later_en.rs`) travel with the later steps'
//! files in the site's build, so the main file must never need one. These tests hold the
//! rule that makes that so, on the sources: a message is "later" only if nothing outside
//! the later modules names it, and nothing outside them calls into them except through a
//! split point that first makes the messages available.

use std::fs;

mod source_files;

use offshoring_planner::i18n::{english_homes, t, Key, Lang};

/// The modules only the later steps' split points reach.
const LATER: &[&str] = &[
    "src/ui/steps/work/",
    "src/ui/steps/engagement.rs",
    "src/ui/steps/location/",
    "src/ui/steps/plan/",
    "src/ui/steps/business/assumptions_body.rs",
    "src/ui/steps/business/place_assumptions.rs",
    "src/ui/steps/business/fit_body.rs",
    "src/ui/steps/business/factors_body.rs",
    "src/ui/embed_body.rs",
    "src/ui/panel_bodies.rs",
    "src/ui/steps/business/years_body.rs",
    "src/html/years.rs",
    "src/ui/steps/business/formulas_body.rs",
    "src/html/fit.rs",
    "src/i18n/labels_fit.rs",
    "src/export/",
    "src/i18n/labels_work.rs",
    "src/i18n/labels_location.rs",
    "src/i18n/labels_plan.rs",
    "src/ui/steps/business/sensitivity_body.rs",
    "src/ui/steps/business/glossary_body.rs",
    "src/html/tornado.rs",
    "src/html/months.rs",
    "src/i18n/labels_sensitivity.rs",
];

/// The later modules' names for their label functions, which `i18n` re-exports.
const LATER_LABELS: &[&str] = &[
    "src/i18n/labels_fit.rs",
    "src/i18n/labels_work.rs",
    "src/i18n/labels_location.rs",
    "src/i18n/labels_plan.rs",
    "src/i18n/labels_sensitivity.rs",
];

struct Source {
    path: String,
    /// The text without `//` comments, so a comment naming something is not a use.
    code: String,
}

fn sources() -> Vec<Source> {
    let root = source_files::repository();
    let paths = source_files::rust_files("src");
    paths
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).expect("a source file");
            let code = text
                .lines()
                .map(|l| match l.find("//") {
                    // A `//` inside a string ("https://…") is rare in code; cutting there
                    // only hides a use, never invents one.
                    Some(i) => &l[..i],
                    None => l,
                })
                .collect::<Vec<_>>()
                .join("\n");
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            Source { path: rel, code }
        })
        .collect()
}

fn is_later(path: &str) -> bool {
    LATER.iter().any(|l| path.starts_with(l))
}

/// Whether `word` occurs in `code` as a whole identifier.
fn names(code: &str, word: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    code.match_indices(word).any(|(i, _)| {
        let before = code[..i].chars().next_back();
        let after = code[i + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

fn key_name(key: Key) -> String {
    format!("{key:?}")
}

/// Whether a source names `key`: `Key::Name`, or `Name` where it glob-imports `Key::*`.
fn names_key(src: &Source, key: Key) -> bool {
    let name = key_name(key);
    names(&src.code, &format!("Key::{name}"))
        || (src.code.contains("Key::*") && names(&src.code, &name))
}

fn is_catalogue(path: &str) -> bool {
    path.starts_with("src/i18n/lang/")
        || path == "src/i18n/later_en.rs"
        || path == "src/i18n/keys.rs"
}

#[test]
fn every_key_has_one_english_message_in_exactly_one_place() {
    for &key in Key::ALL {
        let (early, later) = english_homes(key);
        match (early, later) {
            (Some(text), None) | (None, Some(text)) => {
                assert!(!text.is_empty(), "{key:?} has an empty English message");
                assert_eq!(
                    t(Lang::En, key),
                    text,
                    "{key:?} reads differently through t()"
                );
            }
            (None, None) => panic!("{key:?} has no English message"),
            (Some(_), Some(_)) => panic!("{key:?} is in both en.rs and later_en.rs"),
        }
    }
}

#[test]
fn a_message_the_main_file_names_is_not_a_later_one() {
    let sources = sources();
    let mut wrong = Vec::new();
    for &key in Key::ALL {
        if english_homes(key).1.is_none() {
            continue;
        }
        for src in sources
            .iter()
            .filter(|s| !is_later(&s.path) && !is_catalogue(&s.path))
        {
            if names_key(src, key) {
                wrong.push(format!("{key:?} (named in {})", src.path));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "move these from src/i18n/later_en.rs to src/i18n/lang/en.rs: code outside the later \
         steps names them, so the main file needs them: {wrong:?}"
    );
}

#[test]
fn a_later_message_is_named_by_a_later_module() {
    // Otherwise it is unused, or belongs in en.rs: keeps later_en.rs from becoming a
    // place to park messages.
    let sources = sources();
    for &key in Key::ALL {
        if english_homes(key).1.is_some() {
            assert!(
                sources
                    .iter()
                    .any(|s| is_later(&s.path) && names_key(s, key)),
                "{key:?} is in later_en.rs but no later module names it"
            );
        }
    }
}

#[test]
fn the_main_file_calls_the_later_label_functions_nowhere() {
    let sources = sources();
    let mut functions = Vec::new();
    for src in sources
        .iter()
        .filter(|s| LATER_LABELS.contains(&s.path.as_str()))
    {
        for part in src.code.split("fn ").skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                functions.push((name, src.path.clone()));
            }
        }
    }
    assert!(
        functions.len() > 10,
        "the label functions were not found: {functions:?}"
    );
    for src in sources.iter().filter(|s| !is_later(&s.path)) {
        for (name, home) in &functions {
            assert!(
                !names(&src.code, name),
                "{} calls {name} (from {home}), which names later messages: move it to \
                 src/i18n/labels.rs or call it only from a later step",
                src.path
            );
        }
    }
}

#[test]
fn the_main_file_reaches_the_later_modules_only_through_split_points() {
    for src in sources().iter().filter(|s| !is_later(&s.path)) {
        for (n, line) in src.code.lines().enumerate() {
            let at = format!("{}:{}", src.path, n + 1);
            if line.contains("export::") {
                // The JSON reader's split point makes the later messages available first.
                assert!(
                    src.path == "src/platform/reader.rs"
                        && src.code.contains("use_later_english()"),
                    "{at} reaches src/export outside a split point"
                );
            }
            if src.path.starts_with("src/ui/") {
                for module in ["work", "engagement", "location", "plan"] {
                    let reaches = line.contains(&format!("steps::{module}::"))
                        || (src.path == "src/ui/steps/mod.rs" && starts_path(line, module));
                    assert!(
                        !reaches || line.contains("later("),
                        "{at} reaches the {module} step outside its split point"
                    );
                }
            }
        }
    }
}

/// Whether `line` has a path starting at `module` (`work::WorkStep`, not `x::work::`).
fn starts_path(line: &str, module: &str) -> bool {
    let path = format!("{module}::");
    line.match_indices(&path).any(|(i, _)| {
        !line[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
    })
}

#[test]
fn every_split_point_that_reaches_later_code_makes_the_messages_available() {
    let sources = sources();
    let find = |path: &str| {
        sources
            .iter()
            .find(|s| s.path == path)
            .unwrap_or_else(|| panic!("{path} is missing"))
    };
    let steps = find("src/ui/steps/mod.rs");
    for step in [
        "work::WorkStep",
        "engagement::EngagementStep",
        "location::LocationStep",
        "plan::PlanStep",
    ] {
        assert!(
            steps.code.contains(&format!("later({step})")),
            "the split point of {step} does not go through later()"
        );
    }
    assert!(steps.code.contains("use_later_english()"));
    assert!(find("src/platform/reader.rs")
        .code
        .contains("use_later_english()"));
    assert!(find("src/platform/catalogue.rs")
        .code
        .contains("use_later_english()"));
}

#[test]
fn the_later_table_can_be_read_by_a_keys_number() {
    // The site's build keeps the later messages in a table in Key::ALL's order and reads
    // it with `key as usize`.
    for (i, &key) in Key::ALL.iter().enumerate() {
        assert_eq!(
            key as usize, i,
            "{key:?} is not at its own number in Key::ALL"
        );
    }
}
