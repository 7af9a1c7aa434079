//! A small, deterministic fuzz run on stable `cargo test`: valid inputs for the link
//! decoder, the JSON importer, the storage loader and the embed parameters, mutated
//! thousands of ways (bytes flipped, cut, repeated, spliced). Nothing may panic, and
//! anything accepted must pass the plan's checks. The coverage-guided runs live in
//! fuzz/ (docs/architecture.md, "Fuzzing"); a crash they find is added here as a fixed case.

use offshoring_planner::app::embed::{EmbedParams, Preset};
use offshoring_planner::app::persist::{self, Loaded};
use offshoring_planner::app::share::{decode_link, encode_link, import_json};
use offshoring_planner::domain::cost::uncertainty::Rng;
use offshoring_planner::domain::example::example_plan;

const ROUNDS: usize = 3000;

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = seed.to_vec();
    let pick = |rng: &mut Rng, n: usize| (rng.next_u64() % n.max(1) as u64) as usize;
    for _ in 0..1 + pick(rng, 4) {
        match pick(rng, 5) {
            0 if !out.is_empty() => {
                let i = pick(rng, out.len());
                out[i] ^= 1 << pick(rng, 8);
            }
            1 => out.truncate(pick(rng, out.len() + 1)),
            2 if !out.is_empty() => {
                let (a, b) = (pick(rng, out.len()), pick(rng, out.len()));
                let (a, b) = (a.min(b), a.max(b));
                let chunk = out[a..b].to_vec();
                out.splice(a..a, chunk);
            }
            3 => {
                let i = pick(rng, out.len() + 1);
                let b = [
                    b'{', b'}', b'"', b'[', b']', b'0', b'-', b'e', b'%', b'.', 0xff,
                ][pick(rng, 11)];
                out.insert(i, b);
            }
            _ if !out.is_empty() => {
                let i = pick(rng, out.len());
                out.remove(i);
            }
            _ => {}
        }
    }
    out
}

fn run(seed: &[u8], salt: u64, check: impl Fn(&[u8])) {
    let mut rng = Rng::new(0x5eed ^ salt);
    check(seed);
    for _ in 0..ROUNDS {
        check(&mutate(seed, &mut rng));
    }
}

#[test]
fn mutated_links_never_panic() {
    run(include_bytes!("../fuzz/seeds/link/example"), 1, |b| {
        if let Ok(text) = std::str::from_utf8(b) {
            if let Ok(plan) = decode_link(text) {
                assert!(plan.check().is_ok());
            }
        }
    });
}

/// Links of the current version carry a checksum: a mutation that still decodes gives
/// the very plan the link was made of, never another one.
#[test]
fn mutated_checked_links_open_the_same_plan_or_nothing() {
    let plan = example_plan();
    let link = encode_link(&plan);
    let refused = std::cell::Cell::new(0);
    run(link.as_bytes(), 5, |b| {
        if let Ok(text) = std::str::from_utf8(b) {
            match decode_link(text) {
                Ok(p) => assert_eq!(p, plan, "a changed link opened another plan: {text:.40}"),
                Err(_) => refused.set(refused.get() + 1),
            }
        }
    });
    assert!(refused.get() > ROUNDS / 2, "{} refused", refused.get());
}

#[test]
fn mutated_presets_never_panic() {
    let preset = Preset::of(&example_plan()).encode();
    run(preset.as_bytes(), 6, |b| {
        if let Ok(text) = std::str::from_utf8(b) {
            if let Ok(p) = Preset::decode(text) {
                let mut plan = offshoring_planner::domain::Plan::default();
                p.apply(&mut plan);
                assert!(plan.check().is_ok());
            }
        }
    });
}

#[test]
fn mutated_imports_never_panic() {
    run(include_bytes!("fixtures/plan-v1.json"), 2, |b| {
        if let Ok(plan) = import_json(b) {
            assert!(plan.check().is_ok());
        }
    });
}

#[test]
fn mutated_stored_values_never_panic() {
    for (salt, seed) in [
        (3, &include_bytes!("fixtures/plan-v1.json")[..]),
        (4, &include_bytes!("fixtures/plan-v2.json")[..]),
        (5, &include_bytes!("fixtures/plan-v3.json")[..]),
    ] {
        run(seed, salt, |b| {
            if let Ok(text) = std::str::from_utf8(b) {
                if let Loaded::Plan { plan, .. } = persist::decode(Some(text)) {
                    assert!(plan.check().is_ok());
                }
            }
        });
    }
}

#[test]
fn mutated_embed_queries_never_panic() {
    run(include_bytes!("../fuzz/seeds/embed_params/seed"), 5, |b| {
        if let Ok(text) = std::str::from_utf8(b) {
            let _ = EmbedParams::parse(text, &["en"]);
        }
    });
}
