use offshoring_planner::domain::summary::{missing_steps, step_complete};
use offshoring_planner::domain::{example::example_plan, Plan, Step};
use offshoring_planner::i18n::{fill, placeholders, t, Key, Lang};

#[test]
fn every_message_exists_in_every_language() {
    for lang in Lang::ALL {
        for key in Key::ALL {
            assert!(
                !t(lang, *key).trim().is_empty(),
                "{lang:?} {key:?} is empty"
            );
        }
    }
}

#[test]
fn every_language_uses_the_same_placeholders_as_english() {
    for lang in Lang::ALL {
        for key in Key::ALL {
            let mut ours = placeholders(t(lang, *key));
            let mut english = placeholders(t(Lang::En, *key));
            ours.sort();
            english.sort();
            assert_eq!(ours, english, "{lang:?} {key:?}");
        }
    }
}

#[test]
fn placeholders_are_filled_and_unknown_ones_kept() {
    assert_eq!(
        fill("Step {n} of {total}", &[("n", "2"), ("total", "5")]),
        "Step 2 of 5"
    );
    assert_eq!(fill("{a} and {b}", &[("a", "x")]), "x and {b}");
    assert_eq!(fill("open { brace", &[]), "open { brace");
    assert_eq!(fill("{n}{n}", &[("n", "1")]), "11");
}

#[test]
fn completion_follows_the_answers() {
    let fresh = Plan::default();
    assert_eq!(missing_steps(&fresh), &Step::ALL[..4]);
    assert!(!step_complete(&fresh, Step::Plan));
    let example = example_plan();
    assert!(missing_steps(&example).is_empty());
    assert!(step_complete(&example, Step::Plan));
}

#[test]
fn language_tags_match_the_languages() {
    use offshoring_planner::i18n::Lang;
    assert_eq!(Lang::TAGS.len(), Lang::ALL.len());
    for (tag, lang) in Lang::TAGS.iter().zip(Lang::ALL) {
        assert_eq!(*tag, lang.tag());
        assert_eq!(Lang::from_tag(tag), Some(lang));
    }
    assert_eq!(Lang::from_tag("xx"), None);
}

#[test]
fn every_glossary_entry_is_a_term_and_its_definition_in_every_language() {
    use offshoring_planner::i18n::{t, Key, Lang};
    let entries: Vec<Key> = Key::ALL
        .iter()
        .copied()
        .filter(|k| format!("{k:?}").starts_with("Gloss") && *k != Key::GlossaryTitle)
        .collect();
    assert!(entries.len() >= 20);
    for lang in Lang::ALL {
        for k in &entries {
            let (term, def) = t(lang, *k)
                .split_once(": ")
                .unwrap_or_else(|| panic!("{lang:?} {k:?} has no 'term: definition'"));
            assert!(!term.is_empty() && def.len() > 20, "{lang:?} {k:?}");
        }
    }
}

#[test]
fn browser_languages_pick_the_best_catalogue() {
    use offshoring_planner::i18n::Lang;
    assert_eq!(Lang::negotiate(["es-MX", "en-US"]), Some(Lang::Es));
    assert_eq!(Lang::negotiate(["fr-FR", "en-GB"]), Some(Lang::En));
    assert_eq!(Lang::negotiate(["fr-FR", "de"]), None);
    assert_eq!(Lang::negotiate(["ES"]), Some(Lang::Es));
}

#[test]
fn numbers_are_written_the_language_s_way() {
    use offshoring_planner::i18n::{number_in, Lang};
    assert_eq!(number_in(Lang::En, 144570.5), "144,570.5");
    assert_eq!(number_in(Lang::Es, 144570.5), "144.570,5");
    assert_eq!(number_in(Lang::Es, -1234.0), "-1.234");
}

#[test]
fn the_example_plan_speaks_each_language_and_english_is_the_domain_example() {
    use offshoring_planner::domain::example::example_plan;
    use offshoring_planner::i18n::{example_plan_in, Lang};
    assert_eq!(example_plan_in(Lang::En), example_plan());
    let es = example_plan_in(Lang::Es);
    assert!(es.business.scope.starts_with("Acelerar"));
    assert_eq!(es.check(), Ok(()));
    assert_eq!(es.business.team_size, 8);
}
