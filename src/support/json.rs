//! The one way the planner reads and writes JSON. Every read parses text into a
//! `serde_json::Value` and every write goes through one, so each plan type's (de)serialiser
//! is compiled once, for `Value`, instead of once per reader and writer: the same code
//! serves storage, links, imports, exports and scenarios, and the WebAssembly stays small.
//! `preserve_order` keeps the struct field order, so the text is what a direct write gives.

use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

pub use serde_json::Error;

/// Parses JSON text.
pub fn parse(text: &str) -> Result<Value, Error> {
    serde_json::from_str(text)
}

/// Parses JSON bytes; `None` when they are not UTF-8 or not JSON.
pub fn parse_bytes(bytes: &[u8]) -> Option<Value> {
    parse(std::str::from_utf8(bytes).ok()?).ok()
}

/// Reads a typed value out of parsed JSON.
pub fn read<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    serde_json::from_value(value)
}

/// Parses JSON text into a typed value.
pub fn read_text<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    read(parse(text)?)
}

/// The JSON value of a typed value (`Null` if it cannot be represented, which the
/// planner's types, made only of strings, numbers, lists and enums, never are).
pub fn value<T: Serialize>(t: &T) -> Value {
    serde_json::to_value(t).unwrap_or(Value::Null)
}

/// Compact JSON text.
pub fn write<T: Serialize>(t: &T) -> String {
    value(t).to_string()
}

/// Indented JSON text, for files people read.
pub fn write_pretty<T: Serialize>(t: &T) -> String {
    serde_json::to_string_pretty(&value(t)).unwrap_or_default()
}
