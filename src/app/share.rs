//! Share links and imported files: a plan carried in a URL fragment (compressed, with a
//! version tag so old links keep opening), and a plan read from a JSON file. Both treat
//! every byte as hostile: bounded, validated, never a panic.

use miniz_oxide::inflate::decompress_to_vec_with_limit;

use super::persist;
use crate::domain::plan::FORMAT_VERSION;
use crate::domain::validate::InvalidField;
use crate::domain::Plan;

/// The tag of links this build writes: `p2.` then the plan, compressed in the zlib
/// format, whose Adler-32 checksum over the plan's bytes refuses a damaged link.
pub const LINK_TAG: &str = "p2.";
/// The version in [`LINK_TAG`]. Version 1 (`p1.`, raw deflate, no checksum) still opens.
pub const LINK_VERSION: u32 = 2;
/// Longest fragment we try to read.
pub const MAX_LINK_CHARS: usize = 100_000;
/// Largest plan a link or file may unpack to.
pub const MAX_PLAN_BYTES: usize = 1_000_000;

/// Why a link or a file could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    /// Not a plan link this planner can read: an unknown or malformed version tag.
    NotAPlanLink,
    /// A link from a newer version of the planner.
    NewerLink,
    /// The link is cut short or damaged (its checksum or compression does not hold).
    Damaged,
    TooLarge {
        bytes: usize,
    },
    /// The file is not JSON (wrong type of file, or cut short).
    NotJson,
    /// JSON, but not a plan.
    WrongShape(String),
    /// A plan from a newer version of the planner.
    NewerVersion {
        version: u32,
    },
    /// A plan whose values are out of range.
    OutOfRange(InvalidField),
}

/// The fragment (without `#`) that carries the plan.
pub fn encode_link(plan: &Plan) -> String {
    pack(crate::support::json::write(plan).as_bytes())
}

/// `p2.` and the bytes, compressed with their checksum, in base64url.
pub fn pack(bytes: &[u8]) -> String {
    let zlib = miniz_oxide::deflate::compress_to_vec_zlib(bytes, 10);
    format!("{LINK_TAG}{}", base64url(&zlib))
}

/// Whether a fragment (with or without `#`) is meant as a plan link: `p` or `P`, then a
/// digit or a sign a version tag could have been damaged into. Only these are read, and
/// any of them that cannot be opened is said; another fragment is left alone.
pub fn looks_like_link(fragment: &str) -> bool {
    let mut chars = fragment.trim_start_matches('#').chars();
    matches!(chars.next(), Some('p' | 'P'))
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "-+%.".contains(c))
}

/// The bytes a link or preset carries (`p1.` or `p2.` and the payload), checked: the
/// version tag exactly (`p`, a version without leading zeros, a dot), the length, the
/// compression and, from version 2, the checksum.
pub fn unpack(text: &str) -> Result<Vec<u8>, OpenError> {
    let f = text.trim_start_matches('#');
    if f.len() > MAX_LINK_CHARS {
        return Err(OpenError::TooLarge { bytes: f.len() });
    }
    let (tag, body) = f.split_once('.').ok_or(OpenError::NotAPlanLink)?;
    let digits = tag.strip_prefix('p').unwrap_or_default();
    let plain = !digits.is_empty()
        && !digits.starts_with('0')
        && digits.bytes().all(|b| b.is_ascii_digit());
    let version: u32 = match digits.parse() {
        Ok(v) if plain => v,
        _ => return Err(OpenError::NotAPlanLink),
    };
    if version > LINK_VERSION {
        return Err(OpenError::NewerLink);
    }
    let bytes = unbase64url(body).ok_or(OpenError::Damaged)?;
    let unpacked = if version == 1 {
        decompress_to_vec_with_limit(&bytes, MAX_PLAN_BYTES)
    } else {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&bytes, MAX_PLAN_BYTES)
    };
    unpacked.map_err(|_| OpenError::Damaged)
}

/// Reads a fragment (with or without `#`).
pub fn decode_link(fragment: &str) -> Result<Plan, OpenError> {
    let json = unpack(fragment)?;
    let value = crate::support::json::parse_bytes(&json).ok_or(OpenError::Damaged)?;
    let plan = read_plan(value)?;
    plan.check().map_err(OpenError::OutOfRange)?;
    Ok(plan)
}

/// A plan out of parsed JSON: it must be an object, and so must every part of it that is
/// one in a plan (serde would read `[]` as a blank plan, without a word).
pub fn read_plan(mut value: serde_json::Value) -> Result<Plan, OpenError> {
    super::persist::upgrade_plan(&mut value);
    if let Some(path) = super::persist::misshapen(&value) {
        return Err(OpenError::WrongShape(path));
    }
    crate::support::json::read(value).map_err(|e| OpenError::WrongShape(e.to_string()))
}

/// Reads an imported file: a JSON export or a saved envelope (`{schema_version, plan}`).
pub fn import_json(bytes: &[u8]) -> Result<Plan, OpenError> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(OpenError::TooLarge { bytes: bytes.len() });
    }
    // Editors on Windows often start a UTF-8 file with a byte-order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value = crate::support::json::parse_bytes(bytes).ok_or(OpenError::NotJson)?;
    if value.get("revision").is_some() {
        return open_saved_envelope(bytes);
    }
    let version = value
        .get("schema_version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| OpenError::WrongShape("schema_version".into()))?;
    if version > FORMAT_VERSION as u64 {
        return Err(OpenError::NewerVersion {
            version: version.min(u32::MAX as u64) as u32,
        });
    }
    if version < 1 {
        return Err(OpenError::WrongShape("schema_version".into()));
    }
    let plan_value = value
        .get("plan")
        .cloned()
        .ok_or_else(|| OpenError::WrongShape("plan".into()))?;
    let plan = read_plan(plan_value)?;
    plan.check().map_err(OpenError::OutOfRange)?;
    Ok(plan)
}

/// A copy of what the planner keeps in the browser (a downloaded backup, or a plan
/// written by a newer build): read with the storage rules, including migrations.
fn open_saved_envelope(bytes: &[u8]) -> Result<Plan, OpenError> {
    let text = std::str::from_utf8(bytes).map_err(|_| OpenError::NotJson)?;
    match persist::decode(Some(text)) {
        persist::Loaded::Plan { plan, .. } => Ok(*plan),
        persist::Loaded::Newer { version, .. } => Err(OpenError::NewerVersion { version }),
        persist::Loaded::Nothing => Err(OpenError::NotJson),
        persist::Loaded::Unreadable(p) => Err(match p {
            persist::LoadProblem::TooLarge { bytes } => OpenError::TooLarge { bytes },
            persist::LoadProblem::NotJson => OpenError::NotJson,
            persist::LoadProblem::OutOfRange(f) => OpenError::OutOfRange(f),
            persist::LoadProblem::WrongShape(w) => OpenError::WrongShape(w),
            persist::LoadProblem::Newer { version } => OpenError::NewerVersion { version },
            persist::LoadProblem::OlderUnknownVersion { .. } => {
                OpenError::WrongShape("schema_version".into())
            }
        }),
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 with the URL-safe alphabet and no padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The inverse of [`base64url`]; `None` on any character outside the alphabet or an
/// impossible length.
pub fn unbase64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 255) as u8);
        }
    }
    Some(out)
}
