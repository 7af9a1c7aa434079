//! Share links and imports: round trips over many generated plans, and hostile input
//! (random bytes, damaged links) that must give an error, never a panic.

use offshoring_planner::domain::cost::inputs::Range;
use offshoring_planner::domain::cost::uncertainty::Rng;
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::share::{
    base64url, decode_link, encode_link, import_json, unbase64url, OpenError,
};
use offshoring_planner::domain::Plan;
use offshoring_planner::export::data::json;
use offshoring_planner::i18n::Lang;

/// A plan varied at random from the example, staying within the bounds.
fn random_plan(rng: &mut Rng) -> Plan {
    let mut p = example_plan();
    let pick = |rng: &mut Rng, n: u64| rng.next_u64() % n;
    p.business.team_size = 1 + pick(rng, 500) as u32;
    p.business.horizon_months = 1 + pick(rng, 120) as u32;
    let alphabet = [
        "a", "Z", " ", "é", "🚀", "<b>", "\"", "\\", "|", "\n", "ß", "中",
    ];
    p.business.scope = (0..pick(rng, 60))
        .map(|_| alphabet[pick(rng, alphabet.len() as u64) as usize])
        .collect();
    let salary = 50_000.0 + pick(rng, 100_000) as f64;
    p.business.assumptions.salary = Range::new(salary * 0.9, salary, salary * 1.1);
    for w in &mut p.work.workstreams {
        w.selected = pick(rng, 2) == 0;
        w.value = 1 + pick(rng, 5) as u8;
    }
    p.location.collaboration_hours = Some(pick(rng, 9) as f64);
    p.governance.owner_done = p.business.scope.chars().take(100).collect();
    p
}

#[test]
fn links_and_json_exports_round_trip() {
    let mut rng = Rng::new(7);
    for i in 0..300 {
        let plan = random_plan(&mut rng);
        assert_eq!(decode_link(&encode_link(&plan)), Ok(plan.clone()));
        // The JSON export also runs the uncertainty run: a sample of plans is enough.
        if i % 10 == 0 {
            let exported = json(&plan, None, "2026-11-26T00:00:00Z", Lang::En);
            assert_eq!(import_json(exported.as_bytes()), Ok(plan));
        }
    }
}

#[test]
fn the_example_link_stays_under_2000_characters() {
    let link = encode_link(&example_plan());
    assert!(
        link.len() < 2000 - 60,
        "fragment of {} characters",
        link.len()
    );
    assert!(link
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
}

#[test]
fn base64url_round_trips_every_length() {
    let mut rng = Rng::new(3);
    for len in 0..200 {
        let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
        assert_eq!(unbase64url(&base64url(&bytes)), Some(bytes));
    }
    assert_eq!(unbase64url("a"), None);
    assert_eq!(unbase64url("ab*d"), None);
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng::new(11);
    for i in 0..3000 {
        let len = (rng.next_u64() % 300) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
        assert!(import_json(&bytes).is_err());
        let text = String::from_utf8_lossy(&bytes);
        let _ = decode_link(&text);
        let _ = decode_link(&format!("p1.{}", base64url(&bytes)));
        if i % 10 == 0 {
            let _ = decode_link(&format!("p1.{text}"));
        }
    }
}

#[test]
fn damaged_links_are_errors() {
    let good = encode_link(&example_plan());
    let mut rng = Rng::new(5);
    for _ in 0..500 {
        let mut bytes = good.clone().into_bytes();
        let at = 3 + (rng.next_u64() as usize) % (bytes.len() - 3);
        bytes[at] = b"AZaz09-_"[(rng.next_u64() % 8) as usize];
        let cut = 3 + (rng.next_u64() as usize) % (bytes.len() - 3);
        let mutated = String::from_utf8(bytes).unwrap();
        let _ = decode_link(&mutated); // may still decode if the change was harmless
        assert!(decode_link(&mutated[..cut]).is_err() || cut == good.len());
    }
    assert_eq!(decode_link("#step=work"), Err(OpenError::NotAPlanLink));
    assert_eq!(decode_link("p2.abcd"), Err(OpenError::NewerLink));
    assert!(matches!(
        decode_link(&"p1.".repeat(40_000)),
        Err(OpenError::TooLarge { .. })
    ));
}

#[test]
fn imports_say_what_is_wrong() {
    let good = json(&example_plan(), None, "x", Lang::En);
    assert_eq!(import_json(b"PNG\x89 not json"), Err(OpenError::NotJson));
    assert_eq!(
        import_json(&good.as_bytes()[..good.len() / 2]),
        Err(OpenError::NotJson)
    );
    assert!(matches!(
        import_json(&vec![b' '; 1_000_001]),
        Err(OpenError::TooLarge { .. })
    ));
    let newer = good.replacen("\"schema_version\": 1", "\"schema_version\": 9", 1);
    assert_eq!(
        import_json(newer.as_bytes()),
        Err(OpenError::NewerVersion { version: 9 })
    );
    let out_of_range = good.replacen("\"team_size\": 8", "\"team_size\": 9000", 1);
    assert!(matches!(
        import_json(out_of_range.as_bytes()),
        Err(OpenError::OutOfRange(_))
    ));
    assert!(matches!(
        import_json(b"{\"schema_version\":1}"),
        Err(OpenError::WrongShape(_))
    ));
    assert!(matches!(
        import_json(b"[1,2]"),
        Err(OpenError::WrongShape(_))
    ));
}

#[test]
fn a_downloaded_copy_of_the_saved_plan_imports_like_an_export() {
    use offshoring_planner::domain::persist::encode;
    let raw = encode(&example_plan(), 12, "2026-11-27T10:00:00.000Z");
    assert_eq!(import_json(raw.as_bytes()), Ok(example_plan()));
    let newer = raw.replacen("\"schema_version\":2", "\"schema_version\":5", 1);
    assert_eq!(
        import_json(newer.as_bytes()),
        Err(OpenError::NewerVersion { version: 5 })
    );
    let broken = raw.replacen("\"revision\":12", "\"revision\":\"x\"", 1);
    assert!(matches!(
        import_json(broken.as_bytes()),
        Err(OpenError::WrongShape(_))
    ));
}
