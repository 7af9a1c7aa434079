//! Catalogues fetched at run time. The site's build (the `split` feature) compiles in only
//! English; every other language is a JSON file beside the app (an array of messages in
//! [`Key::ALL`]'s order, written by `examples/catalogue.rs` from the same sources after
//! each build, and named after its contents), fetched when that language is first used.
//! Until it has arrived the language reads as English.
//!
//! A fetched file is outside input: it is bounded, must have exactly one message per key,
//! and each message must use exactly the placeholders of the English one, or it is
//! refused whole. Its text is never markup: views escape it like any other.

use std::cell::RefCell;
use std::collections::HashMap;

use super::{placeholders, Key, Lang};

/// A catalogue file larger than this is refused unread (each is about 50 KB).
pub const MAX_CATALOGUE_BYTES: usize = 256 * 1024;

/// Why a fetched catalogue was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueError {
    TooLarge,
    NotJson,
    /// Not an array of strings, one per message.
    WrongShape,
    /// A message whose `{name}` placeholders differ from the English one's.
    Placeholders(Key),
}

/// Reads a catalogue file: one message per [`Key`], in [`Key::ALL`]'s order.
pub fn parse(text: &str) -> Result<Vec<String>, CatalogueError> {
    if text.len() > MAX_CATALOGUE_BYTES {
        return Err(CatalogueError::TooLarge);
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|_| CatalogueError::NotJson)?;
    let serde_json::Value::Array(items) = value else {
        return Err(CatalogueError::WrongShape);
    };
    if items.len() != Key::ALL.len() {
        return Err(CatalogueError::WrongShape);
    }
    let mut messages = Vec::with_capacity(items.len());
    for (key, item) in Key::ALL.iter().zip(items) {
        let serde_json::Value::String(text) = item else {
            return Err(CatalogueError::WrongShape);
        };
        let mut theirs = placeholders(&text);
        let mut english = placeholders(super::text_of(Lang::En, *key));
        theirs.sort_unstable();
        english.sort_unstable();
        if theirs != english {
            return Err(CatalogueError::Placeholders(*key));
        }
        messages.push(text);
    }
    Ok(messages)
}

/// Whether `name` is the form of a catalogue file for `lang` (`lang-es-<16 hex>.json`), as
/// index.html names it: anything else is not fetched.
pub fn valid_file_name(name: &str, lang: Lang) -> bool {
    let Some(rest) = name.strip_prefix(&format!("lang-{}-", lang.tag())) else {
        return false;
    };
    rest.strip_suffix(".json")
        .is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A language's catalogue as a file: every message, in [`Key::ALL`]'s order.
pub fn to_json(lang: Lang) -> String {
    let messages: Vec<serde_json::Value> =
        Key::ALL.iter().map(|k| super::t(lang, *k).into()).collect();
    serde_json::Value::Array(messages).to_string()
}

thread_local! {
    static FETCHED: RefCell<HashMap<Lang, &'static [String]>> = RefCell::new(HashMap::new());
}

/// Keeps a parsed catalogue for the rest of the page's life (one per language, so the
/// memory is bounded by the number of languages).
pub fn install(lang: Lang, messages: Vec<String>) {
    if messages.len() != Key::ALL.len() {
        return;
    }
    FETCHED.with(|f| {
        f.borrow_mut()
            .entry(lang)
            .or_insert_with(|| Box::leak(messages.into_boxed_slice()));
    });
}

/// The fetched message, if that language's file has arrived.
pub fn text(lang: Lang, key: Key) -> Option<&'static str> {
    FETCHED.with(|f| {
        f.borrow()
            .get(&lang)
            .and_then(|m| m.get(key as usize))
            .map(String::as_str)
    })
}

/// Whether a language can be shown in full now: compiled in, or its file has arrived.
pub fn ready(lang: Lang) -> bool {
    !Lang::FETCHED.contains(&lang) || FETCHED.with(|f| f.borrow().contains_key(&lang))
}
