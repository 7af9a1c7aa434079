//! The saved form of a plan: an envelope `{schema_version, revision, saved_at, plan}`,
//! how older envelopes are migrated, and how a stored string is read back. Nothing here
//! touches the browser.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::validate::InvalidField;
use crate::domain::Plan;

/// The schema this build writes. Every version ever released keeps a golden fixture in
/// `tests/fixtures/plan-v{N}.json` and a step in `MIGRATIONS` (below, private).
pub const SCHEMA_VERSION: u32 = 6;

pub use super::migrate::upgrade_plan;
use super::migrate::MIGRATIONS;

// One migration per released version before this one.
const _: () = assert!(MIGRATIONS.len() as u32 == SCHEMA_VERSION - 1);
/// Where the plan lives in storage.
pub const PLAN_KEY: &str = "offshoring-planner.plan";
/// Where an unreadable saved value is kept so nothing is lost.
pub const BACKUP_KEY: &str = "offshoring-planner.backup";
/// Largest stored value we try to parse (bytes). Anything larger is kept as a backup.
pub const MAX_STORED_BYTES: usize = 1_000_000;
/// Largest revision accepted (the largest integer JSON numbers carry exactly).
pub const MAX_REVISION: u64 = (1 << 53) - 1;

#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct Envelope {
    schema_version: u32,
    /// Counts saves of this plan across tabs, so a stale tab can tell it is stale.
    revision: u64,
    saved_at: String,
    plan: Plan,
}

/// Why a stored value could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadProblem {
    TooLarge {
        bytes: usize,
    },
    NotJson,
    WrongShape(String),
    OlderUnknownVersion {
        version: u32,
    },
    OutOfRange(InvalidField),
    /// Written by a newer version (saved scenarios; a newer plan is `Loaded::Newer`).
    Newer {
        version: u32,
    },
}

/// What a stored value turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Nothing,
    /// A plan, when it was saved, and its revision.
    Plan {
        plan: Box<Plan>,
        saved_at: String,
        revision: u64,
    },
    /// Written by a newer build: open it read-only and never overwrite it. `plan` is what
    /// this build can show of it (fields it does not know are left out), if anything.
    Newer {
        version: u32,
        plan: Option<Box<Plan>>,
    },
    /// Something that is not a plan this build can use: keep it as a backup.
    Unreadable(LoadProblem),
}

/// Serialises a plan into the stored envelope.
pub fn encode(plan: &Plan, revision: u64, saved_at: &str) -> String {
    envelope(&plan_json(plan), revision, saved_at)
}

/// The plan as the envelope holds it.
pub fn plan_json(plan: &Plan) -> String {
    crate::support::json::write(plan)
}

/// The envelope around a plan already in JSON (`plan_json`), field for field what
/// serialising the `Envelope` struct writes.
pub fn envelope(plan_json: &str, revision: u64, saved_at: &str) -> String {
    format!(
        "{{\"schema_version\":{SCHEMA_VERSION},\"revision\":{},\"saved_at\":{},\"plan\":{plan_json}}}",
        revision.min(MAX_REVISION),
        crate::support::json::write(&saved_at),
    )
}

/// The revision of an envelope in exactly the form [`envelope`] writes, read from its
/// first bytes without parsing the rest; `None` for anything else (another version, a
/// hand-edited value, not JSON). A save uses it when the JSON reader is not loaded.
pub fn envelope_revision(raw: &str) -> Option<u64> {
    let head = format!("{{\"schema_version\":{SCHEMA_VERSION},\"revision\":");
    let rest = raw.strip_prefix(head.as_str())?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let (number, after) = rest.split_at(digits);
    let plain = !number.is_empty() && (number == "0" || !number.starts_with('0'));
    if !plain || number.len() > 16 || !after.starts_with(",\"saved_at\":") {
        return None;
    }
    number.parse::<u64>().ok().filter(|r| *r <= MAX_REVISION)
}

/// Whether an envelope written by [`envelope`] holds exactly `plan_json`: a save can
/// tell that storage already has the plan without parsing it.
pub fn holds(raw: &str, plan_json: &str) -> bool {
    raw.strip_suffix('}')
        .and_then(|r| r.strip_suffix(plan_json))
        .is_some_and(|r| r.ends_with("\"plan\":"))
}

/// Reads a stored value. Never panics, whatever the bytes.
pub fn decode(stored: Option<&str>) -> Loaded {
    let Some(raw) = stored else {
        return Loaded::Nothing;
    };
    match decode_value(raw) {
        Ok(loaded) => loaded,
        Err(problem) => Loaded::Unreadable(problem),
    }
}

/// The revision of a stored value, if it is a readable envelope of any version (a value
/// without one counts as revision 0). Used before every save to spot another tab's save.
pub fn stored_revision(stored: Option<&str>) -> Option<u64> {
    revision_of(&decode(stored))
}

/// The revision a decoded value stands for (see [`stored_revision`]).
pub fn revision_of(loaded: &Loaded) -> Option<u64> {
    match loaded {
        Loaded::Plan { revision, .. } => Some(*revision),
        Loaded::Newer { .. } => Some(MAX_REVISION),
        Loaded::Nothing | Loaded::Unreadable(_) => None,
    }
}

/// What a tab may do with its save, given the revision it last read or wrote and the one
/// now in storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveCheck {
    /// Storage holds what this tab knows (or nothing usable): write this revision.
    Write { revision: u64 },
    /// Another tab saved since: do not overwrite; ask the user.
    Conflict { theirs: u64 },
}

pub fn check_save(known: u64, stored: Option<u64>) -> SaveCheck {
    match stored {
        Some(theirs) if theirs > known => SaveCheck::Conflict { theirs },
        _ => SaveCheck::Write {
            revision: known.saturating_add(1).min(MAX_REVISION),
        },
    }
}

/// True for the names browsers give a full storage quota: Chromium and WebKit throw
/// `QuotaExceededError`; Firefox throws `NS_ERROR_DOM_QUOTA_REACHED` (older releases) or
/// `QuotaExceededError`; very old WebKit reported `QUOTA_EXCEEDED_ERR`.
pub fn is_quota_error(name: &str) -> bool {
    matches!(
        name,
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" | "QUOTA_EXCEEDED_ERR"
    )
}

/// How many unreadable values are kept, newest first, under a backup key and its
/// numbered neighbours (`…backup`, `…backup.2`, `…backup.3`): a second unreadable value
/// does not write over the first.
pub const BACKUP_SLOTS: usize = 3;

/// The key of backup slot `slot` (0 = newest) under `base`: `base`, then `base.2`, …
pub fn backup_slot_key(base: &str, slot: usize) -> String {
    match slot {
        0 => base.to_string(),
        n => format!("{base}.{}", n + 1),
    }
}

/// The writes (slot, value) that keep `value` as the newest backup, given what the
/// `BACKUP_SLOTS` slots hold, newest first. The values before the first empty slot move
/// down one; with every slot full the oldest is dropped. Nothing when a slot already
/// holds `value`, so opening the same unreadable value again pushes nothing out. Applied
/// in order, each value is copied before its slot is written over: stopping at the first
/// refused write loses nothing that was kept.
pub fn backup_writes<V>(held: &[Option<V::Owned>], value: &V) -> Vec<(usize, V::Owned)>
where
    V: ?Sized + PartialEq + ToOwned,
    V::Owned: Clone,
{
    use std::borrow::Borrow;
    if held.iter().flatten().any(|h| h.borrow() == value) {
        return Vec::new();
    }
    let last = BACKUP_SLOTS - 1;
    let end = held
        .iter()
        .take(BACKUP_SLOTS)
        .position(Option::is_none)
        .unwrap_or(last)
        .min(last);
    let mut writes: Vec<(usize, V::Owned)> = (0..end)
        .rev()
        .filter_map(|s| held.get(s)?.clone().map(|v| (s + 1, v)))
        .collect();
    writes.push((0, value.to_owned()));
    writes
}

/// Brings an envelope of any released version up to [`SCHEMA_VERSION`].
pub fn migrate(mut env: Value, from: u32) -> Result<Value, LoadProblem> {
    if !(1..=SCHEMA_VERSION).contains(&from) {
        return Err(LoadProblem::OlderUnknownVersion { version: from });
    }
    for step in &MIGRATIONS[(from - 1) as usize..] {
        env = step(env);
    }
    Ok(env)
}

fn decode_value(raw: &str) -> Result<Loaded, LoadProblem> {
    if raw.len() > MAX_STORED_BYTES {
        return Err(LoadProblem::TooLarge { bytes: raw.len() });
    }
    let value: Value = crate::support::json::parse(raw).map_err(|_| LoadProblem::NotJson)?;
    let version = version_of(&value)?;
    if version > SCHEMA_VERSION {
        return Ok(Loaded::Newer {
            version,
            plan: newer_plan(&value).map(Box::new),
        });
    }
    let env = migrate(value, version)?;
    if let Some(path) = env.get("plan").and_then(misshapen) {
        return Err(LoadProblem::WrongShape(path));
    }
    let env: Envelope =
        crate::support::json::read(env).map_err(|e| LoadProblem::WrongShape(e.to_string()))?;
    if env.revision > MAX_REVISION {
        return Err(LoadProblem::WrongShape("revision".into()));
    }
    env.plan.check().map_err(LoadProblem::OutOfRange)?;
    Ok(Loaded::Plan {
        plan: Box::new(env.plan),
        saved_at: env.saved_at,
        revision: env.revision,
    })
}

fn version_of(value: &Value) -> Result<u32, LoadProblem> {
    let shape = |what: &str| LoadProblem::WrongShape(what.to_string());
    let v = value
        .as_object()
        .ok_or_else(|| shape("not an object"))?
        .get("schema_version")
        .ok_or_else(|| shape("no schema_version"))?;
    v.as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| shape("schema_version is not a whole number"))
}

/// What this build can read of a newer plan: the fields it knows, if they still have the
/// shape it expects and pass its checks. Fields it does not know are dropped (for showing
/// only; the stored value is never rewritten).
fn newer_plan(value: &Value) -> Option<Plan> {
    let mut plan = value.get("plan")?.clone();
    let known = crate::support::json::value(&crate::domain::example::example_plan());
    prune(&mut plan, &known);
    let plan: Plan = crate::support::json::read(plan).ok()?;
    plan.check().ok()?;
    Some(plan)
}

/// Where a plan's JSON holds a list in place of an object (serde would read a list as a
/// struct of defaults, so `"plan": []` would open as a blank plan without a word): the
/// path of the first such place, `plan` for the plan itself.
pub fn misshapen(plan: &Value) -> Option<String> {
    first_misshapen([plan])
}

/// [`misshapen`] for several plans (a list of scenarios): the first such place in any.
pub fn first_misshapen<'a>(plans: impl IntoIterator<Item = &'a Value>) -> Option<String> {
    let known = crate::support::json::value(&crate::domain::example::example_plan());
    plans
        .into_iter()
        .find_map(|plan| first_list_for_object(plan, &known, "plan"))
}

fn first_list_for_object(value: &Value, known: &Value, path: &str) -> Option<String> {
    match (value, known) {
        (Value::Array(_), Value::Object(_)) => Some(path.to_string()),
        (Value::Object(obj), Value::Object(k)) => obj
            .iter()
            .find_map(|(key, v)| first_list_for_object(v, k.get(key)?, &format!("{path}.{key}"))),
        (Value::Array(items), Value::Array(k)) => {
            let first = k.first()?;
            items
                .iter()
                .find_map(|v| first_list_for_object(v, first, &format!("{path}[]")))
        }
        _ => None,
    }
}

/// Drops object keys `known` does not have, recursively (array items are compared with
/// the first item of the known array).
fn prune(value: &mut Value, known: &Value) {
    match (value, known) {
        (Value::Object(obj), Value::Object(k)) => {
            obj.retain(|key, _| k.contains_key(key));
            for (key, v) in obj.iter_mut() {
                if let Some(kv) = k.get(key) {
                    prune(v, kv);
                }
            }
        }
        (Value::Array(items), Value::Array(k)) => {
            if let Some(first) = k.first() {
                items.iter_mut().for_each(|v| prune(v, first));
            }
        }
        _ => {}
    }
}
