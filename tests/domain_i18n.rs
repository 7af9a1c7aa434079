use offshoring_planner::app::summary::{missing_steps, step_complete};
use offshoring_planner::app::Step;
use offshoring_planner::domain::{example::example_plan, Plan};
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
            // A plural form names its number again: each name counts once.
            ours.sort();
            ours.dedup();
            english.sort();
            english.dedup();
            assert_eq!(ours, english, "{lang:?} {key:?}");
        }
    }
}

#[test]
fn a_plural_agrees_with_its_number() {
    let t = "{n} {n|hour|hours} a day";
    assert_eq!(fill(t, &[("n", "1")]), "1 hour a day");
    assert_eq!(fill(t, &[("n", "2")]), "2 hours a day");
    assert_eq!(fill(t, &[("n", "1.5")]), "1.5 hours a day");
    assert_eq!(fill(t, &[("n", "0")]), "0 hours a day");
    // Unknown names stay as typed, forms and all.
    assert_eq!(fill("{m|a|b}", &[("n", "1")]), "{m|a|b}");
    assert_eq!(placeholders(t), vec!["n", "n"]);
}

#[test]
fn no_message_says_one_with_a_plural_noun() {
    // Every count that can be 1 in a message agrees with its noun: a template that puts
    // a bare placeholder before a plural noun is a "1 hours" waiting to happen.
    let nouns = [
        "hours",
        "months",
        "weeks",
        "engineers",
        "days",
        "horas",
        "meses",
        "semanas",
        "ingenieros",
        "días",
    ];
    for lang in Lang::ALL {
        for key in Key::ALL {
            let text = t(lang, *key);
            for noun in nouns {
                for p in [
                    "{n} ",
                    "{v} ",
                    "{d} ",
                    "{weeks} ",
                    "{months} ",
                    "{hours} ",
                    "{have} ",
                    "{engineers} ",
                ] {
                    assert!(
                        !text.contains(&format!("{p}{noun}")),
                        "{lang:?} {key:?}: \"{p}{noun}\" does not agree when the number is 1: {text}"
                    );
                }
            }
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
    assert_eq!(example_plan_in(Lang::En, None), example_plan());
    let es = example_plan_in(Lang::Es, None);
    assert!(es.business.scope.starts_with("Acelerar"));
    assert_eq!(
        es.governance.title,
        "Portal de clientes: un equipo nearshore"
    );
    assert_eq!(es.check(), Ok(()));
    assert_eq!(es.business.team_size, 8);
}

mod fetched_catalogues {
    use offshoring_planner::i18n::fetched::{
        parse, to_json, valid_file_name, CatalogueError, MAX_CATALOGUE_BYTES,
    };
    use offshoring_planner::i18n::{t, Key, Lang};

    fn spanish() -> Vec<serde_json::Value> {
        match serde_json::from_str(&to_json(Lang::Es)).unwrap() {
            serde_json::Value::Array(items) => items,
            other => panic!("not an array: {other}"),
        }
    }

    fn with(items: Vec<serde_json::Value>) -> String {
        serde_json::Value::Array(items).to_string()
    }

    fn at(key: Key) -> usize {
        Key::ALL.iter().position(|k| *k == key).unwrap()
    }

    #[test]
    fn a_written_catalogue_reads_back_message_for_message() {
        let messages = parse(&to_json(Lang::Es)).unwrap();
        assert_eq!(messages.len(), Key::ALL.len());
        for (key, message) in Key::ALL.iter().zip(&messages) {
            assert_eq!(message, t(Lang::Es, *key), "{key:?}");
        }
        assert!(
            to_json(Lang::Es).len() < MAX_CATALOGUE_BYTES / 2,
            "room to grow"
        );
    }

    #[test]
    fn a_key_is_its_place_in_the_file() {
        // fetched::text looks a message up by `key as usize`.
        for (i, key) in Key::ALL.iter().enumerate() {
            assert_eq!(*key as usize, i, "{key:?}");
        }
    }

    /// The catalogue's own reader agrees with serde_json on arrays of strings, whatever
    /// they hold and however they are written, and refuses what serde_json refuses.
    #[test]
    fn the_catalogue_reader_reads_json_strings_as_serde_json_does() {
        use offshoring_planner::i18n::fetched::string_array;
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet: Vec<char> = "aé\"\\/\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}{}€😀\u{2028} ,[]"
            .chars()
            .collect();
        for case in 0..3_000 {
            let items: Vec<String> = (0..next() % 6)
                .map(|_| {
                    (0..next() % 12)
                        .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                        .collect()
                })
                .collect();
            let compact = serde_json::to_string(&items).unwrap();
            let pretty = serde_json::to_string_pretty(&items).unwrap();
            // Every character as a \u escape (pairs for those beyond the BMP).
            let escaped = format!(
                "[{}]",
                items
                    .iter()
                    .map(|s| format!(
                        "\"{}\"",
                        s.encode_utf16()
                            .map(|u| format!("\\u{u:04X}"))
                            .collect::<String>()
                    ))
                    .collect::<Vec<_>>()
                    .join(" ,\n")
            );
            for text in [&compact, &pretty, &escaped] {
                assert_eq!(
                    string_array(text).as_ref(),
                    Ok(&items),
                    "case {case}: {text}"
                );
            }
        }
        for bad in [
            "",
            "[",
            "]",
            "[\"a\"",
            "[\"a\",]",
            "[,\"a\"]",
            "[\"a\" \"b\"]",
            "[\"a\"] x",
            "[\"\\x\"]",
            "[\"\\u12\"]",
            "[\"\\uD800\"]",
            "[\"\\uDC00\"]",
            "[\"\\uD800\\u0041\"]",
            "[\"tab\there\"]",
            "['a']",
            "[\"a\"]]",
        ] {
            assert!(serde_json::from_str::<Vec<String>>(bad).is_err(), "{bad:?}");
            assert!(string_array(bad).is_err(), "{bad:?}");
        }
        assert_eq!(string_array(" [ ] "), Ok(vec![]));
        assert_eq!(string_array("{}"), Err(CatalogueError::WrongShape));
        assert_eq!(string_array("[1]"), Err(CatalogueError::WrongShape));
    }

    #[test]
    fn a_damaged_catalogue_is_refused_whole() {
        assert_eq!(parse("[\"a\""), Err(CatalogueError::NotJson));
        assert_eq!(parse("{\"Next\": \"a\"}"), Err(CatalogueError::WrongShape));
        let big = format!("\"{}\"", "x".repeat(MAX_CATALOGUE_BYTES));
        assert_eq!(parse(&big), Err(CatalogueError::TooLarge));

        let mut short = spanish();
        short.pop();
        assert_eq!(parse(&with(short)), Err(CatalogueError::WrongShape));
        let mut long = spanish();
        long.push("más".into());
        assert_eq!(parse(&with(long)), Err(CatalogueError::WrongShape));
        let mut number = spanish();
        number[at(Key::Next)] = 3.into();
        assert_eq!(parse(&with(number)), Err(CatalogueError::WrongShape));

        // A message must keep the English placeholders: none lost, none invented. So a
        // file whose messages are out of order is refused too.
        let mut lost = spanish();
        lost[at(Key::StepOf)] = "Paso {n}".into();
        assert_eq!(
            parse(&with(lost)),
            Err(CatalogueError::Placeholders(Key::StepOf))
        );
        let mut invented = spanish();
        invented[at(Key::Next)] = "Siguiente {x}".into();
        assert_eq!(
            parse(&with(invented)),
            Err(CatalogueError::Placeholders(Key::Next))
        );
        let mut shifted = spanish();
        shifted.rotate_left(1);
        assert!(matches!(
            parse(&with(shifted)),
            Err(CatalogueError::Placeholders(_))
        ));
    }

    #[test]
    fn only_a_catalogue_file_name_for_that_language_is_fetched() {
        assert!(valid_file_name("lang-es-0123456789abcdef.json", Lang::Es));
        for bad in [
            "lang-es-0123456789abcdef.js",
            "lang-en-0123456789abcdef.json",
            "lang-es-0123456789abcde.json",
            "lang-es-0123456789abcdeg.json",
            "https://elsewhere.example/lang-es-0123456789abcdef.json",
            "../lang-es-0123456789abcdef.json",
            "lang-es-0123456789abcdef.json?x",
        ] {
            assert!(!valid_file_name(bad, Lang::Es), "{bad}");
        }
    }
}
