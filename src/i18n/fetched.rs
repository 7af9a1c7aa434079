//! Catalogues fetched at run time. The site's build (the `split` feature) compiles in only
//! English; every other language is a JSON file beside the app (an array of messages in
//! [`Key::ALL`]'s order, written by `build/catalogues.rs` from the same sources after
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
    let items = string_array(text)?;
    if items.len() != Key::ALL.len() {
        return Err(CatalogueError::WrongShape);
    }
    let mut messages = Vec::with_capacity(items.len());
    for (key, text) in Key::ALL.iter().zip(items) {
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

/// A JSON array of strings, read without the general JSON reader (a file of its own in
/// the site's build), so a language's file needs nothing else fetched. Strict JSON: the
/// escapes of RFC 8259, no control characters, no lone surrogates, nothing after the
/// array. Another JSON value, or an item that is not a string, is `WrongShape`.
pub fn string_array(text: &str) -> Result<Vec<String>, CatalogueError> {
    let mut chars = text.trim_matches(JSON_SPACE).chars().peekable();
    let shape = |c: Option<&char>| match c {
        Some('{' | '-' | '0'..='9' | 't' | 'f' | 'n') => CatalogueError::WrongShape,
        _ => CatalogueError::NotJson,
    };
    if chars.next_if_eq(&'[').is_none() {
        return Err(shape(text.trim_matches(JSON_SPACE).chars().next().as_ref()));
    }
    let mut items = Vec::new();
    loop {
        while chars.next_if(|c| JSON_SPACE.contains(c)).is_some() {}
        match chars.next() {
            Some(']') if items.is_empty() => break,
            Some('"') => items.push(string_body(&mut chars).ok_or(CatalogueError::NotJson)?),
            other => return Err(shape(other.as_ref())),
        }
        while chars.next_if(|c| JSON_SPACE.contains(c)).is_some() {}
        match chars.next() {
            Some(',') => {}
            Some(']') => break,
            _ => return Err(CatalogueError::NotJson),
        }
    }
    match chars.next() {
        None => Ok(items),
        Some(_) => Err(CatalogueError::NotJson),
    }
}

const JSON_SPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// The rest of a JSON string after its opening quote, up to and including the closing one.
fn string_body(chars: &mut impl Iterator<Item = char>) -> Option<String> {
    let mut out = String::new();
    loop {
        match chars.next()? {
            '"' => return Some(out),
            '\\' => out.push(match chars.next()? {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => {
                    let high = hex4(chars)?;
                    if (0xDC00..0xE000).contains(&high) {
                        return None;
                    }
                    let code = if (0xD800..0xDC00).contains(&high) {
                        if chars.next()? != '\\' || chars.next()? != 'u' {
                            return None;
                        }
                        let low = hex4(chars)?;
                        if !(0xDC00..0xE000).contains(&low) {
                            return None;
                        }
                        0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        high
                    };
                    char::from_u32(code)?
                }
                _ => return None,
            }),
            c if c < ' ' => return None,
            c => out.push(c),
        }
    }
}

fn hex4(chars: &mut impl Iterator<Item = char>) -> Option<u32> {
    (0..4).try_fold(0, |n, _| Some(n * 16 + chars.next()?.to_digit(16)?))
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
