//! Embed parameters: only whitelisted, well-formed values get through; accent shades stay
//! readable; presets carry only defaults; the snippet escapes what it embeds.

use offshoring_planner::app::embed::colour::{
    contrast, palette, Rgb, DARK_BG, LIGHT_BG, MIN_CONTRAST,
};
use offshoring_planner::app::embed::{percent_decode, snippet, EmbedParams, Preset, Theme};
use offshoring_planner::app::share::{base64url, encode_link};
use offshoring_planner::domain::business::Currency;
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::Plan;

const LANGS: [&str; 1] = ["en"];

#[test]
fn whitelisted_parameters_are_read() {
    let p = EmbedParams::parse(
        "?embed=1&accent=%23C0FFEE&theme=dark&lang=en&currency=EUR&step=work",
        &LANGS,
    );
    assert!(p.embed);
    assert_eq!(p.accent, Some(Rgb(0xc0, 0xff, 0xee)));
    assert_eq!(p.theme, Some(Theme::Dark));
    assert_eq!(p.lang, Some("en"));
    assert_eq!(p.currency, Some(Currency::Eur));
    assert_eq!(p.preset, None);
    assert_eq!(
        EmbedParams::parse("?accent=18a", &LANGS).accent,
        Some(Rgb(0x11, 0x88, 0xaa))
    );
}

#[test]
fn malformed_or_unknown_parameters_are_ignored() {
    for q in [
        "?accent=red",
        "?accent=%23abcd",
        "?accent=%3Cscript%3E",
        "?accent=javascript:alert(1)",
        "?accent=%ZZ",
        "?accent=%E2%80%AE123456",
        "?theme=<b>dark</b>",
        "?theme=DARK",
        "?lang=xx",
        "?lang=en%00",
        "?currency=BTC",
        "?currency=usd",
        "?preset=p1.not-a-plan",
        "?preset=%3Csvg%20onload%3Dalert(1)%3E",
        "?embed=0",
        "?onload=alert(1)&style=x",
    ] {
        assert_eq!(
            EmbedParams::parse(q, &LANGS),
            EmbedParams::default(),
            "{q} must change nothing"
        );
    }
    let huge = format!("?embed=1&accent={}", "a".repeat(20_000));
    assert_eq!(EmbedParams::parse(&huge, &LANGS), EmbedParams::default());
}

#[test]
fn percent_decoding_refuses_broken_escapes() {
    assert_eq!(percent_decode("%23fff").as_deref(), Some("#fff"));
    assert_eq!(percent_decode("a+b").as_deref(), Some("a b"));
    assert_eq!(percent_decode("%2"), None);
    assert_eq!(percent_decode("%FF"), None, "not UTF-8");
    assert_eq!(percent_decode("%€1"), None);
}

#[test]
fn accent_shades_always_read_at_aa_in_both_themes() {
    let mut checked = 0;
    for r in (0..=255).step_by(15) {
        for g in (0..=255).step_by(15) {
            for b in (0..=255).step_by(15) {
                let (light, dark) = palette(Rgb(r as u8, g as u8, b as u8));
                for (s, bg) in [(&light, LIGHT_BG), (&dark, DARK_BG)] {
                    assert!(contrast(s.accent, bg) >= MIN_CONTRAST, "{r},{g},{b}");
                    assert!(contrast(s.strong, bg) >= MIN_CONTRAST, "{r},{g},{b}");
                    assert!(
                        contrast(s.on_accent, s.accent) >= MIN_CONTRAST,
                        "{r},{g},{b}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 18 * 18 * 18);
    // A colour that already reads is kept as it is.
    let (light, _) = palette(Rgb(0x1f, 0x5f, 0xae));
    assert_eq!(light.accent.hex(), "#1f5fae");
}

#[test]
fn a_preset_carries_rates_and_locations_only() {
    let example = example_plan();
    let code = Preset::of(&example).encode();
    assert!(code.starts_with("p2."), "presets carry a checksum");
    let p = EmbedParams::parse(&format!("?preset={code}&currency=GBP"), &LANGS);
    let preset = p.preset.clone().expect("preset decodes");
    assert_eq!(preset, Preset::of(&example));
    assert_eq!(preset.business.options, example.business.options);
    assert_eq!(preset.location.candidates, example.location.candidates);
    let start = p.starting_plan();
    assert_eq!(start.business.primary_goal, None, "answers are not preset");
    assert_eq!(start.business.scope, "");
    assert_eq!(start.business.currency, Currency::Gbp);
    // The preset's amounts are in US dollars: converted at the reference rate.
    let gbp = offshoring_planner::domain::fx::reference_rate(Currency::Gbp);
    let mut converted = example.business.options.clone();
    for o in &mut converted {
        o.convert(gbp);
    }
    assert_eq!(start.business.options, converted);
    assert!((start.business.options[0].rate.likely - 48.0 * 0.86410 / 1.1761).abs() < 1e-9);
    assert!(
        (start.business.assumptions.salary.likely
            - example.business.assumptions.salary.likely * gbp)
            .abs()
            < 1e-6
    );
    assert_eq!(
        EmbedParams::default().starting_plan(),
        Plan::default(),
        "no preset: the blank plan"
    );
    assert!(code.len() < 1500, "preset is {} characters", code.len());
}

/// A preset made from a whole plan (a share link's payload, every answer in it) gives a
/// new user only the preset's fields: the type has no room for the rest.
#[test]
fn a_preset_carrying_a_whole_plan_gives_only_defaults() {
    let mut whole = example_plan();
    whole.business.scope = "Call our support line on 555-0100 for a quote".into();
    whole.governance.notes = "Injected".into();
    whole.business.team_size = 77;
    for link in [encode_link(&whole), format!("p1.{}", v1_payload(&whole))] {
        let p = EmbedParams::parse(&format!("?preset={link}"), &LANGS);
        let start = p.starting_plan();
        assert_eq!(start.business.scope, "", "{link:.12}: scope is the user's");
        assert_eq!(start.governance.notes, "");
        assert_eq!(start.business.team_size, Plan::default().business.team_size);
        assert_eq!(start.business.assumptions, whole.business.assumptions);
        assert_eq!(start.location.candidates, whole.location.candidates);
        let mut expected = Plan::default();
        Preset::of(&whole).apply(&mut expected);
        assert_eq!(start, expected, "nothing but the preset's fields differs");
    }
    // A preset whose values break the plan's bounds is refused as a whole.
    let mut bad = example_plan();
    bad.location.hq_start_min = 5000;
    let p = EmbedParams::parse(&format!("?preset={}", Preset::of(&bad).encode()), &LANGS);
    assert_eq!(p.preset, None);
    // A damaged preset is refused by its checksum, not read as other defaults.
    let good = Preset::of(&example_plan()).encode();
    let mut refused = 0;
    for at in (3..good.len()).step_by(7) {
        let mut bytes = good.clone().into_bytes();
        bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
        let damaged = String::from_utf8(bytes).unwrap();
        // (A change in the last character's unused bits leaves the bytes as they were.)
        match Preset::decode(&damaged) {
            Err(_) => refused += 1,
            Ok(p) => assert_eq!(p, Preset::of(&example_plan()), "another preset read"),
        }
    }
    assert!(refused > 10);
}

/// A plan in the version 1 link form (raw deflate, no checksum), as older builds wrote.
fn v1_payload(plan: &Plan) -> String {
    let json = serde_json::to_vec(plan).unwrap();
    base64url(&miniz_oxide::deflate::compress_to_vec(&json, 10))
}

#[test]
fn the_snippet_is_a_titled_lazy_iframe_with_escaped_attributes() {
    let p = EmbedParams {
        embed: true,
        accent: Some(Rgb(1, 2, 3)),
        theme: Some(Theme::Light),
        lang: Some("en"),
        currency: Some(Currency::Usd),
        preset: None,
    };
    let html = snippet("https://plan.example/", &p, "Planner \"<b>\" & co", true);
    assert!(html.starts_with("<iframe src=\"https://plan.example/?embed=1&amp;accent=010203&amp;theme=light&amp;lang=en&amp;currency=USD\""));
    assert!(html.contains("title=\"Planner &quot;&lt;b&gt;&quot; &amp; co\""));
    assert!(html.contains("loading=\"lazy\""));
    assert!(html.contains("<script src=\"https://plan.example/embed.js\" async></script>"));
    assert!(!snippet("https://plan.example/", &p, "t", false).contains("<script"));
    // What the snippet asks for is what the app reads back.
    let query = p.query();
    assert_eq!(EmbedParams::parse(&query, &LANGS), p);
}
