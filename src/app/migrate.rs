//! The saved envelope's migrations: each released schema version brought to the next,
//! and an older plan (stored, exported, linked or a saved scenario) brought to this
//! build's meaning.

use serde_json::Value;

/// One migration step: the envelope of version N, as JSON, into version N + 1.
pub type Migration = fn(Value) -> Value;

/// `MIGRATIONS[i]` turns version `i + 1` into version `i + 2`; the last gives
/// `persist::SCHEMA_VERSION` (checked there when the build compiles).
pub const MIGRATIONS: [Migration; 5] = [v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6];

/// Version 2 added the revision counter; a version 1 plan starts at revision 0.
fn v1_to_v2(mut env: Value) -> Value {
    if let Some(obj) = env.as_object_mut() {
        obj.insert("revision".into(), Value::from(0u64));
        obj.insert("schema_version".into(), Value::from(2u32));
    }
    env
}

/// The envelope marked as of `version`.
fn stamp(mut env: Value, version: u32) -> Value {
    if let Some(obj) = env.as_object_mut() {
        obj.insert("schema_version".into(), Value::from(version));
    }
    env
}

/// Version 3 added the cost case's switching costs, pilot, years, countries and the
/// engagement length's "set by the user" flag. The new fields take their defaults; an
/// engagement length of 12 months (the old default) was never chosen, so it follows the
/// horizon, and any other length was.
fn v2_to_v3(mut env: Value) -> Value {
    if let Some(plan) = env.get_mut("plan") {
        upgrade_plan(plan);
    }
    stamp(env, 3)
}

/// Version 4 added currencies: the plan's own exchange rate against the US dollar and
/// each option's contract currency. Both take their defaults (the bundled reference
/// rate, US dollars), so only the number changes.
fn v3_to_v4(env: Value) -> Value {
    stamp(env, 4)
}

/// Version 5 added the countries whose public holidays count, when the user chooses
/// them: headquarters' and a location's. Absent, they follow the time zones.
fn v4_to_v5(env: Value) -> Value {
    stamp(env, 5)
}

/// Version 6 added an option's shift (a team working outside its usual day, and the
/// premium on its rate) and the plan's title block (its name, company and author).
/// Absent, an option works a usual day and the title block is empty, as before.
fn v5_to_v6(env: Value) -> Value {
    stamp(env, 6)
}

/// Brings a plan written before the engagement length's flag (a stored plan of version
/// 2, an export of format 1, a link, a saved scenario) to this build's meaning: a length
/// of 12 months, the old default, was never chosen and follows the horizon; any other
/// was. A plan that has the flag is left alone.
pub fn upgrade_plan(plan: &mut Value) {
    let Some(plan) = plan.as_object_mut() else {
        return;
    };
    let horizon = plan
        .get("business")
        .and_then(|b| b.get("horizon_months"))
        .and_then(Value::as_u64)
        .unwrap_or(12);
    let Some(e) = plan.get_mut("engagement").and_then(Value::as_object_mut) else {
        return;
    };
    if e.contains_key("length_set") {
        return;
    }
    let length = e
        .get("horizon_months")
        .and_then(Value::as_u64)
        .unwrap_or(12);
    let set = length != 12;
    e.insert("length_set".into(), Value::from(set));
    if !set {
        e.insert("horizon_months".into(), Value::from(horizon));
    }
}
