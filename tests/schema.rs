//! docs/plan.schema.json must describe what the JSON export writes.
#![cfg(feature = "schema")]

use offshoring_planner::domain::example::example_plan;
use offshoring_planner::export::data::{json, json_schema};
use offshoring_planner::i18n::Lang;

#[test]
fn the_published_schema_is_current() {
    let published = std::fs::read_to_string("docs/plan.schema.json").unwrap_or_default();
    assert!(
        published == json_schema(),
        "docs/plan.schema.json is out of date: run `cargo test --features schema --test schema -- --ignored write_schema`"
    );
}

#[test]
fn the_example_export_names_every_top_level_field_of_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
    let export: serde_json::Value =
        serde_json::from_str(&json(&example_plan(), None, "x", Lang::En)).unwrap();
    for key in schema["required"].as_array().unwrap() {
        assert!(export.get(key.as_str().unwrap()).is_some(), "missing {key}");
    }
}

#[test]
#[ignore = "writes docs/plan.schema.json"]
fn write_schema() {
    std::fs::write("docs/plan.schema.json", json_schema()).unwrap();
}
