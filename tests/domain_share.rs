//! Share links and imports: round trips over many generated plans, and hostile input
//! (random bytes, damaged links) that must give an error, never a panic.

use offshoring_planner::app::share::{
    base64url, decode_link, encode_link, import_json, looks_like_link, unbase64url, OpenError,
};
use offshoring_planner::domain::cost::inputs::Range;
use offshoring_planner::domain::cost::uncertainty::Rng;
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::plan::FORMAT_VERSION;
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
    assert_eq!(decode_link("p3.abcd"), Err(OpenError::NewerLink));
    assert_eq!(decode_link("p2.abcd"), Err(OpenError::Damaged));
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
    let newer = good.replacen(
        &format!("\"schema_version\": {FORMAT_VERSION}"),
        "\"schema_version\": 9",
        1,
    );
    assert_ne!(newer, good, "the export's version was not found");
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
    use offshoring_planner::app::persist::{encode, SCHEMA_VERSION};
    let raw = encode(&example_plan(), 12, "2026-11-27T10:00:00.000Z");
    assert_eq!(import_json(raw.as_bytes()), Ok(example_plan()));
    let newer = raw.replacen(
        &format!("\"schema_version\":{SCHEMA_VERSION}"),
        &format!("\"schema_version\":{}", SCHEMA_VERSION + 1),
        1,
    );
    assert_eq!(
        import_json(newer.as_bytes()),
        Err(OpenError::NewerVersion {
            version: SCHEMA_VERSION + 1
        })
    );
    let broken = raw.replacen("\"revision\":12", "\"revision\":\"x\"", 1);
    assert!(matches!(
        import_json(broken.as_bytes()),
        Err(OpenError::WrongShape(_))
    ));
}

/// Links carry a checksum (`p2.`, zlib's Adler-32 over the plan): every one-character
/// change of the example link is refused or opens the very same plan, never another.
#[test]
fn a_changed_character_never_opens_another_plan() {
    let plan = example_plan();
    let good = encode_link(&plan);
    assert!(good.starts_with("p2."));
    let (mut refused, mut same) = (0, 0);
    let alphabet = b"AQgw19-_";
    for at in 3..good.len() {
        for &c in alphabet {
            let mut bytes = good.clone().into_bytes();
            if bytes[at] == c {
                continue;
            }
            bytes[at] = c;
            match decode_link(std::str::from_utf8(&bytes).unwrap()) {
                Err(_) => refused += 1,
                Ok(p) => {
                    assert_eq!(p, plan, "a changed link opened another plan at {at}");
                    same += 1;
                }
            }
        }
    }
    assert!(refused > 1000, "{refused} refused, {same} the same");
}

/// Links of the first version (raw deflate, no checksum) keep opening.
#[test]
fn version_1_links_keep_opening() {
    let plan = example_plan();
    let json = serde_json::to_vec(&plan).unwrap();
    let v1 = format!(
        "p1.{}",
        base64url(&miniz_oxide::deflate::compress_to_vec(&json, 10))
    );
    assert_eq!(decode_link(&v1), Ok(plan.clone()));
    assert_eq!(decode_link(&format!("#{v1}")), Ok(plan));
}

/// A version tag that is not exactly `p`, a version without leading zeros and a dot is
/// not a link this planner can open (and is said, since it looks like one); a higher
/// version is a newer planner's.
#[test]
fn damaged_version_tags_are_refused_and_recognised_as_links() {
    let good = encode_link(&example_plan());
    let body = &good[3..];
    for tag in [
        "p0.",
        "P1.",
        "P2.",
        "p-1.",
        "p01.",
        "p02.",
        "p4294967296.",
        "p%31.",
        "p+2.",
        "p.",
        "p2,",
        "p1",
    ] {
        let link = format!("#{tag}{body}");
        assert!(looks_like_link(&link), "{tag} looks like a plan link");
        assert_eq!(decode_link(&link), Err(OpenError::NotAPlanLink), "{tag}");
    }
    assert_eq!(
        decode_link(&format!("p3.{body}")),
        Err(OpenError::NewerLink)
    );
    assert_eq!(
        decode_link(&format!("p4294967295.{body}")),
        Err(OpenError::NewerLink)
    );
    for other in [
        "#",
        "#plan-summary",
        "#main",
        "#step=work",
        "#p",
        "#pricing",
    ] {
        assert!(
            !looks_like_link(other),
            "{other} is another kind of fragment"
        );
    }
}

#[test]
fn an_import_may_start_with_a_byte_order_mark() {
    let good = json(&example_plan(), None, "x", Lang::En);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(good.as_bytes());
    assert_eq!(import_json(&bom), Ok(example_plan()));
}

/// serde reads a list as a struct of defaults: a plan given as `[]` (or a part of it as
/// a list) is refused with a reason, never opened as a blank plan.
#[test]
fn a_plan_given_as_a_list_is_refused() {
    for file in [
        r#"{"schema_version":1,"plan":[]}"#,
        r#"{"schema_version":1,"plan":{"business":[]}}"#,
        r#"{"schema_version":1,"plan":{"business":{"assumptions":[]}}}"#,
        r#"{"schema_version":1,"plan":{"location":{"candidates":[[]]}}}"#,
    ] {
        assert!(
            matches!(import_json(file.as_bytes()), Err(OpenError::WrongShape(_))),
            "{file}"
        );
    }
    let link = offshoring_planner::app::share::pack(b"[]");
    assert!(matches!(decode_link(&link), Err(OpenError::WrongShape(_))));
}
