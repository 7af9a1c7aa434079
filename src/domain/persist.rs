//! The saved form of a plan: an envelope `{schema_version, saved_at, plan}`, and how a
//! stored string is read back. Nothing here touches the browser.

use serde::{Deserialize, Serialize};

use super::plan::{InvalidField, Plan};

/// The schema this build writes.
pub const SCHEMA_VERSION: u32 = 1;
/// Where the plan lives in storage.
pub const PLAN_KEY: &str = "offshoring-planner.plan";
/// Where an unreadable saved value is kept so nothing is lost.
pub const BACKUP_KEY: &str = "offshoring-planner.backup";
/// Largest stored value we try to parse (bytes). Anything larger is kept as a backup.
pub const MAX_STORED_BYTES: usize = 1_000_000;

#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Envelope {
    schema_version: u32,
    saved_at: String,
    plan: Plan,
}

#[derive(Deserialize)]
struct VersionOnly {
    schema_version: u32,
}

/// Why a stored value could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadProblem {
    TooLarge { bytes: usize },
    NotJson,
    WrongShape(String),
    NewerVersion { version: u32 },
    OlderUnknownVersion { version: u32 },
    OutOfRange(InvalidField),
}

/// What a stored value turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Nothing,
    /// A plan, and when it was saved.
    Plan { plan: Box<Plan>, saved_at: String },
    /// Something that is not a plan this build can use: keep it as a backup.
    Unreadable(LoadProblem),
}

/// Serialises a plan into the stored envelope.
pub fn encode(plan: &Plan, saved_at: &str) -> String {
    let env = Envelope {
        schema_version: SCHEMA_VERSION,
        saved_at: saved_at.to_string(),
        plan: plan.clone(),
    };
    // A plan holds only strings, numbers and enums: serialising it cannot fail.
    serde_json::to_string(&env).unwrap_or_default()
}

/// Reads a stored value. Never panics, whatever the bytes.
pub fn decode(stored: Option<&str>) -> Loaded {
    let Some(raw) = stored else {
        return Loaded::Nothing;
    };
    match decode_plan(raw) {
        Ok((plan, saved_at)) => Loaded::Plan {
            plan: Box::new(plan),
            saved_at,
        },
        Err(problem) => Loaded::Unreadable(problem),
    }
}

fn decode_plan(raw: &str) -> Result<(Plan, String), LoadProblem> {
    if raw.len() > MAX_STORED_BYTES {
        return Err(LoadProblem::TooLarge { bytes: raw.len() });
    }
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| LoadProblem::NotJson)?;
    let version = serde_json::from_value::<VersionOnly>(value.clone())
        .map_err(|e| LoadProblem::WrongShape(e.to_string()))?
        .schema_version;
    if version > SCHEMA_VERSION {
        return Err(LoadProblem::NewerVersion { version });
    }
    if version < 1 {
        return Err(LoadProblem::OlderUnknownVersion { version });
    }
    let env: Envelope =
        serde_json::from_value(value).map_err(|e| LoadProblem::WrongShape(e.to_string()))?;
    env.plan.check().map_err(LoadProblem::OutOfRange)?;
    Ok((env.plan, env.saved_at))
}
