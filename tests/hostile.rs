//! The hostile-string corpus (tests/fixtures/hostile-strings.json) in every text field of
//! a plan: exports neutralise it, links, files and storage carry it unchanged, and no
//! decoder panics on it. The browser side (shown as text, never run) is in
//! tests/e2e/security.test.mjs.

use offshoring_planner::app::embed::EmbedParams;
use offshoring_planner::app::persist;
use offshoring_planner::app::share::{decode_link, encode_link, import_json};
use offshoring_planner::domain::business::{Metric, MetricTarget};
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::overlap::locations::{Candidate, Country};
use offshoring_planner::domain::overlap::zone::{UnknownZone, ZoneRules};
use offshoring_planner::domain::Plan;
use offshoring_planner::export::data::{csv, ics, json};
use offshoring_planner::export::markdown::markdown;
use offshoring_planner::i18n::Lang;

fn corpus() -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/hostile-strings.json")).unwrap();
    v["strings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn fixed(_zone: &str, _year: i32) -> Result<ZoneRules, UnknownZone> {
    Ok(ZoneRules::fixed(0))
}

/// The example plan with one hostile string in every free-text field.
fn hostile_plan(s: &str) -> Plan {
    let mut plan = example_plan();
    plan.business.scope = s.to_string();
    plan.business.metrics = vec![MetricTarget {
        metric: Metric::CycleTime,
        target: s.to_string(),
    }];
    let g = &mut plan.governance;
    for owner in [
        &mut g.owner_priorities,
        &mut g.owner_decisions,
        &mut g.owner_escalation,
        &mut g.owner_done,
    ] {
        *owner = s.to_string();
    }
    g.notes = format!("{s}\n{s}");
    plan.work.add_custom(s).unwrap();
    let mut city = Candidate::from_country(9, Country::Poland);
    city.country = None;
    city.name = s.to_string();
    plan.location.candidates.push(city);
    plan.check().expect("the corpus fits every field's limits");
    plan
}

#[test]
fn exports_neutralise_every_hostile_string() {
    for s in corpus() {
        let plan = hostile_plan(&s);
        let analysis =
            offshoring_planner::domain::overlap::analysis::analyse(&plan, 2027, &mut fixed);
        let md = markdown(&plan, Some(&analysis), Lang::En);
        // Markdown renderers treat `<` as HTML and `](` as a link only when unescaped.
        for raw in ["<script", "<img", "<svg", "<iframe", "<a ", "](", "<%"] {
            for (i, _) in md.match_indices(raw) {
                assert!(
                    md[..i].ends_with('\\'),
                    "Markdown carries an unescaped {raw:?} from {s:?}"
                );
            }
        }
        for c in ['\u{202E}', '\u{2066}', '\u{0}', '\u{7}', '\r'] {
            assert!(!md.contains(c), "Markdown carries {c:?} from {s:?}");
        }
        assert!(!md.contains("https://evil"), "a live link from {s:?}");
        for line in csv(&plan, Lang::En).lines() {
            for cell in line.split(',') {
                let inner = cell.trim_matches('"');
                assert!(
                    !inner.starts_with(['=', '+', '-', '@']),
                    "CSV formula {cell:?} from {s:?}"
                );
            }
        }
        let cal =
            ics(&plan, "20270101T000000Z", Lang::En, None).expect("the example has a start date");
        // Two reviews and one event per month of the horizon: no more. The user's text
        // is in the descriptions, escaped on one content line: an event begins only on a
        // line of its own.
        let unfolded = cal.replace("\r\n ", "");
        assert!(
            unfolded
                .split("\r\n")
                .all(|l| !l.contains('\n') && !l.contains('\r')),
            "a raw line break from {s:?}"
        );
        assert_eq!(
            unfolded
                .split("\r\n")
                .filter(|l| *l == "BEGIN:VEVENT")
                .count(),
            2 + plan.business.horizon_months as usize,
            "ICS events injected by {s:?}"
        );
        assert!(!cal.contains('\u{202E}'));
    }
}

#[test]
fn links_files_and_storage_carry_hostile_strings_unchanged() {
    for s in corpus() {
        let plan = hostile_plan(&s);
        assert_eq!(
            decode_link(&encode_link(&plan)).as_ref(),
            Ok(&plan),
            "{s:?}"
        );
        let file = json(&plan, None, "2027-01-01T00:00:00Z", Lang::En);
        assert_eq!(import_json(file.as_bytes()).as_ref(), Ok(&plan), "{s:?}");
        let stored = persist::encode(&plan, 3, "2027-01-01T00:00:00Z");
        match persist::decode(Some(&stored)) {
            persist::Loaded::Plan { plan: back, .. } => assert_eq!(*back, plan, "{s:?}"),
            other => panic!("{s:?}: {other:?}"),
        }
    }
}

#[test]
fn a_100_kb_string_is_refused_with_its_field_named() {
    let long = "A".repeat(100_000);
    let mut plan = example_plan();
    plan.governance.notes = long.clone();
    let err = plan.check().unwrap_err();
    assert_eq!(err.field, "governance.notes");
    let file = json(&plan, None, "2027-01-01T00:00:00Z", Lang::En);
    assert!(import_json(file.as_bytes()).is_err());
    assert!(decode_link(&encode_link(&plan)).is_err());
    assert!(matches!(
        persist::decode(Some(&persist::encode(&plan, 1, "x"))),
        persist::Loaded::Unreadable(_)
    ));
}

#[test]
fn decoders_never_panic_on_the_corpus_as_raw_input() {
    let mut inputs = corpus();
    inputs.push("A".repeat(100_000));
    inputs.push(format!("p1.{}", "A".repeat(100_000)));
    inputs.push(format!("p2.{}", "A".repeat(100_000)));
    for s in &inputs {
        let _ = decode_link(s);
        let _ = decode_link(&format!("#p1.{s}"));
        let _ = decode_link(&format!("#p2.{s}"));
        let _ = import_json(s.as_bytes());
        let _ = persist::decode(Some(s));
        let _ = EmbedParams::parse(&format!("?embed=1&accent={s}&preset={s}"), &["en"]);
    }
}
