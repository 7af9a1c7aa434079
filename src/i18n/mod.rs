//! The message catalogue: every string a user sees comes from here.
//!
//! Each language is one file in `lang/` (`en.rs`, `es.rs`) with one exhaustive `match`
//! over [`Key`], so the compiler refuses a catalogue with a missing message. The build
//! script finds the files and writes the [`Lang`] enum: a new language is a new file.
//! Placeholders are `{name}`.

/// `message_table!(f)`: the messages `f` (a `const fn(Key) -> &'static str`) gives, in
/// [`Key::ALL`]'s order, as an array built at compile time. Data: a `match` over the keys
/// with a `_ => ""` arm compiles to a branch per message instead (7 KB of code).
macro_rules! message_table {
    ($f:path) => {{
        let mut table = [""; $crate::i18n::Key::ALL.len()];
        let mut i = 0;
        while i < table.len() {
            table[i] = $f($crate::i18n::Key::ALL[i]);
            i += 1;
        }
        table
    }};
}

pub mod fetched;
mod keys;
mod labels;
mod labels_cost;
mod labels_fit;
mod labels_location;
mod labels_plan;
mod labels_sensitivity;
mod labels_work;
mod later_en;

pub use keys::Key;
pub use labels::*;
pub use labels_cost::*;
pub use labels_fit::*;
pub use labels_location::*;
pub use labels_plan::*;
pub use labels_sensitivity::*;
pub use labels_work::*;

include!(concat!(env!("OUT_DIR"), "/langs.rs"));

impl Lang {
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The best of the app's languages for a browser's preferred languages (in order):
    /// an exact tag first, then the primary language (`es-MX` → `es`).
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferred.into_iter().find_map(|p| {
            Lang::from_tag(p).or_else(|| Lang::from_tag(p.split('-').next().unwrap_or("")))
        })
    }
}

// The later steps' English messages, once a file that needs them has arrived. The table
// is named only from there, so it (with its messages) travels in that file; a function
// pointer would not do: a function whose address is taken stays in the main file.
#[cfg(all(target_arch = "wasm32", feature = "split"))]
thread_local! {
    static LATER_ENGLISH: std::cell::Cell<Option<&'static later_en::Table>> =
        const { std::cell::Cell::new(None) };
}

/// Makes the later steps' English messages available. Called first thing by every split
/// point whose code names them; in the site's build this call is what puts them in that
/// code's file. Elsewhere they are always there and it does nothing.
pub fn use_later_english() {
    #[cfg(all(target_arch = "wasm32", feature = "split"))]
    LATER_ENGLISH.with(|l| l.set(Some(&later_en::TABLE)));
}

/// A later step's English message. Before any file that needs it has arrived (which the
/// rule in `later_en` makes unreachable) it is empty rather than a panic.
fn later_english(key: Key) -> &'static str {
    #[cfg(all(target_arch = "wasm32", feature = "split"))]
    let table = LATER_ENGLISH.with(|l| l.get());
    #[cfg(not(all(target_arch = "wasm32", feature = "split")))]
    let table = Some(&later_en::TABLE);
    table.map_or("", |t| t[key as usize])
}

/// Where a key's English message lives: the main file's part, the later steps' part
/// (for tests of that rule; the app reads messages through [`t`]).
pub fn english_homes(key: Key) -> (Option<&'static str>, Option<&'static str>) {
    let some = |text: &'static str| (!text.is_empty()).then_some(text);
    (some(en::early(key)), some(later_en::text(key)))
}

/// The message for a key.
pub fn t(lang: Lang, key: Key) -> &'static str {
    text_of(lang, key)
}

/// The message for a key with its `{name}` placeholders filled.
pub fn tf(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill(t(lang, key), args)
}

/// Replaces each `{name}` in a template by its value, and each `{name|one|other}` by the
/// form that agrees with it (`one` for exactly 1); unknown placeholders stay as typed.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                // `{n|hour|hours}`: the first form when n is exactly 1, else the second.
                let mut forms = name.split('|');
                let key = forms.next().unwrap_or_default();
                let (one, other) = (forms.next(), forms.next());
                match (args.iter().find(|(k, _)| *k == key), one) {
                    (Some((_, v)), Some(one)) => out.push_str(if v.trim() == "1" {
                        one
                    } else {
                        other.unwrap_or(one)
                    }),
                    (Some((_, v)), None) => out.push_str(v),
                    (None, _) => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders a template uses, in order (a plural's `{name|one|other}`
/// counts as `{name}`).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        names.push(name.split('|').next().unwrap_or(name));
        rest = &after[close + 1..];
    }
    names
}
