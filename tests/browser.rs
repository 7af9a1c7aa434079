//! Browser tests: storage probe, fallback and the saved-plan envelope, in real Chromium.
#![cfg(target_arch = "wasm32")]

use js_sys::Function;
use offshoring_planner::app::persist::{self, LoadProblem, BACKUP_KEY, PLAN_KEY};
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::Plan;
use offshoring_planner::platform::plan_store::{self, Opened, ScenariosOpened};
use offshoring_planner::platform::storage::{Store, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(body: &str) {
    Function::new_no_args(body)
        .call0(&wasm_bindgen::JsValue::NULL)
        .expect("test script runs");
}

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Runs `f` while the page's localStorage getter throws, as in a sandboxed iframe.
fn with_storage_blocked(f: impl FnOnce()) {
    js(
        "window.__saved = Object.getOwnPropertyDescriptor(window, 'localStorage');
        Object.defineProperty(window, 'localStorage', { configurable: true,
          get() { throw new DOMException('blocked', 'SecurityError'); } });",
    );
    f();
    js("Object.defineProperty(window, 'localStorage', window.__saved);");
}

/// Runs `f` while every write to storage throws the given DOMException name.
fn with_writes_failing(name: &str, f: impl FnOnce()) {
    js(&format!(
        "window.__setItem = Storage.prototype.setItem;
         Storage.prototype.setItem = function () {{ throw new DOMException('full', '{name}'); }};"
    ));
    f();
    js("Storage.prototype.setItem = window.__setItem;");
}

#[wasm_bindgen_test]
fn the_probe_picks_local_storage_when_the_browser_allows_it() {
    let store = Store::open();
    assert!(store.is_persistent());
    store.set("t.key", "value").unwrap();
    assert_eq!(local().get_item("t.key").unwrap().as_deref(), Some("value"));
    assert_eq!(store.get("t.key").as_deref(), Some("value"));
    store.remove("t.key");
    assert_eq!(local().get_item("t.key").unwrap(), None);
}

#[wasm_bindgen_test]
fn blocked_storage_falls_back_to_memory_without_panicking() {
    with_storage_blocked(|| {
        let store = Store::open();
        assert!(!store.is_persistent());
        store.set("t.mem", "kept in memory").unwrap();
        assert_eq!(store.get("t.mem").as_deref(), Some("kept in memory"));
        let (plan, opened) = plan_store::open(&store, Plan::default());
        assert!(plan.is_blank());
        assert_eq!(opened, Opened::Fine { revision: 0 });
        assert_eq!(plan_store::save(&store, &example_plan(), 0), Ok(1));
    });
    assert_eq!(
        local().get_item("t.mem").unwrap(),
        None,
        "nothing leaked to localStorage"
    );
}

#[wasm_bindgen_test]
fn storage_that_refuses_writes_fails_the_probe() {
    with_writes_failing("SecurityError", || {
        assert!(!Store::open().is_persistent());
    });
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_with_the_browser_error_name() {
    let store = Store::open();
    with_writes_failing("QuotaExceededError", || {
        assert_eq!(
            store.set("t.quota", "x"),
            Err(StoreError::Refused("QuotaExceededError".into()))
        );
    });
}

#[wasm_bindgen_test]
fn a_saved_plan_is_restored_with_its_revision() {
    let store = Store::open();
    store.remove(PLAN_KEY);
    assert_eq!(plan_store::save(&store, &example_plan(), 0), Ok(1));
    let (plan, opened) = plan_store::open(&store, Plan::default());
    assert_eq!(opened, Opened::Fine { revision: 1 });
    assert_eq!(plan, example_plan());
    // Saving the same plan again writes nothing and keeps the revision.
    assert_eq!(plan_store::save(&store, &example_plan(), 1), Ok(1));
    store.remove(PLAN_KEY);
}

#[wasm_bindgen_test]
fn a_stale_tab_is_refused_and_the_newer_plan_stays() {
    let store = Store::open();
    store.remove(PLAN_KEY);
    let mut theirs = example_plan();
    theirs.business.team_size = 20;
    // This tab knows revision 1; another tab has since written revision 2.
    assert_eq!(plan_store::save(&store, &example_plan(), 0), Ok(1));
    assert_eq!(plan_store::save(&store, &theirs, 1), Ok(2));
    let mut mine = example_plan();
    mine.business.team_size = 3;
    assert_eq!(
        plan_store::save(&store, &mine, 1),
        Err(plan_store::SaveError::Conflict { theirs: 2 })
    );
    assert_eq!(plan_store::read_saved(&store), Some((theirs, 2)));
    store.remove(PLAN_KEY);
}

/// Another tab's write is not what this tab last wrote: the save reads it in full.
#[wasm_bindgen_test]
fn a_write_by_another_tab_is_read_in_full_before_saving() {
    let store = Store::open();
    store.remove(PLAN_KEY);
    assert_eq!(plan_store::save(&store, &example_plan(), 0), Ok(1));
    // The other tab saved the same plan at revision 5, with its own saved-at time.
    let _ = store.set(
        PLAN_KEY,
        &persist::encode(&example_plan(), 5, "2026-01-01T00:00:00Z"),
    );
    assert_eq!(
        plan_store::save(&store, &example_plan(), 1),
        Ok(5),
        "same plan: adopted"
    );
    let mut mine = example_plan();
    mine.business.team_size = 3;
    assert_eq!(
        plan_store::save(&store, &mine, 1),
        Err(plan_store::SaveError::Conflict { theirs: 5 })
    );
    assert_eq!(plan_store::save(&store, &mine, 5), Ok(6));
    assert_eq!(plan_store::read_saved(&store), Some((mine, 6)));
    store.remove(PLAN_KEY);
}

#[wasm_bindgen_test]
fn a_plan_from_a_newer_version_is_never_written_over() {
    let store = Store::open();
    let newer = r#"{"schema_version":9,"revision":3,"plan":{"business":{"team_size":5}}}"#;
    local().set_item(PLAN_KEY, newer).unwrap();
    let (plan, opened) = plan_store::open(&store, Plan::default());
    assert_eq!(plan.business.team_size, 5);
    assert_eq!(
        opened,
        Opened::Newer {
            version: 9,
            kept: newer.to_string()
        }
    );
    assert!(matches!(
        plan_store::save(&store, &example_plan(), 1_000_000),
        Err(plan_store::SaveError::Conflict { .. })
    ));
    assert_eq!(local().get_item(PLAN_KEY).unwrap().as_deref(), Some(newer));
    store.remove(PLAN_KEY);
}

#[wasm_bindgen_test]
fn an_unreadable_saved_value_is_kept_under_the_backup_key() {
    let store = Store::open();
    let second = persist::backup_slot_key(BACKUP_KEY, 1);
    let third = persist::backup_slot_key(BACKUP_KEY, 2);
    for key in [BACKUP_KEY, &second, &third] {
        store.remove(key);
    }
    local()
        .set_item(PLAN_KEY, "{\"schema_version\":1,\"plan\":")
        .unwrap();
    let (plan, opened) = plan_store::open(&store, Plan::default());
    assert!(plan.is_blank());
    match opened {
        Opened::Unreadable {
            problem,
            kept,
            copied,
        } => {
            assert_eq!(problem, LoadProblem::NotJson);
            assert_eq!(kept, "{\"schema_version\":1,\"plan\":");
            assert!(copied, "the copy was written and read back");
        }
        other => panic!("expected unreadable, got {other:?}"),
    }
    assert_eq!(
        local().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("{\"schema_version\":1,\"plan\":")
    );
    // A second unreadable value is kept above the first, which stays; opening the same
    // value again keeps nothing twice.
    local().set_item(PLAN_KEY, "null").unwrap();
    for _ in 0..2 {
        let (_, opened) = plan_store::open(&store, Plan::default());
        assert!(matches!(opened, Opened::Unreadable { .. }), "{opened:?}");
        assert_eq!(
            local().get_item(BACKUP_KEY).unwrap().as_deref(),
            Some("null")
        );
        assert_eq!(
            local().get_item(&second).unwrap().as_deref(),
            Some("{\"schema_version\":1,\"plan\":")
        );
        assert_eq!(local().get_item(&third).unwrap(), None);
    }
    store.remove(PLAN_KEY);
    for key in [BACKUP_KEY.to_string(), second, third] {
        store.remove(&key);
    }
}

/// Storage full: the probe still picks localStorage (what is saved can be read), an
/// unreadable value that cannot be copied aside is reported as not copied, and nothing
/// is written over it; the same for saved scenarios.
#[wasm_bindgen_test]
fn an_unreadable_value_that_cannot_be_copied_is_left_as_it_is() {
    use offshoring_planner::app::scenarios::SCENARIOS_KEY;
    let store = Store::open();
    for key in [BACKUP_KEY, "offshoring-planner.scenarios.backup"] {
        store.remove(key);
    }
    let cut = persist::encode(&example_plan(), 3, "2026-01-01T00:00:00Z");
    let cut = &cut[..cut.len() - 1];
    local().set_item(PLAN_KEY, cut).unwrap();
    local()
        .set_item(SCENARIOS_KEY, "{\"schema_version\":1,")
        .unwrap();
    with_writes_failing("QuotaExceededError", || {
        let full = Store::open();
        assert!(full.is_persistent(), "a full storage is still read");
        assert!(full.started_full());
        let (plan, opened) = plan_store::open(&full, Plan::default());
        assert!(plan.is_blank());
        assert!(
            matches!(opened, Opened::Unreadable { copied: false, .. }),
            "{opened:?}"
        );
        let scenarios = plan_store::open_scenarios(&full, plan_store_reader());
        assert!(
            matches!(scenarios, ScenariosOpened::Unreadable { copied: false, .. }),
            "{scenarios:?}"
        );
    });
    assert_eq!(local().get_item(PLAN_KEY).unwrap().as_deref(), Some(cut));
    assert_eq!(local().get_item(BACKUP_KEY).unwrap(), None);
    assert_eq!(
        local().get_item(SCENARIOS_KEY).unwrap().as_deref(),
        Some("{\"schema_version\":1,")
    );
    assert!(!Store::open().started_full());
    store.remove(PLAN_KEY);
    store.remove(SCENARIOS_KEY);
}

/// A stored value with a lone UTF-16 surrogate (which a Rust string cannot hold) is
/// backed up code unit for code unit.
#[wasm_bindgen_test]
fn a_backup_is_an_exact_copy_even_of_a_lone_surrogate() {
    use js_sys::JsString;
    use offshoring_planner::platform::storage::Raw;
    let store = Store::open();
    store.remove(BACKUP_KEY);
    let odd = JsString::from_char_code(&[0x7b, 0xd800, 0x41, 0xdfff]);
    js(
        "window.__odd = String.fromCharCode(0x7b, 0xd800, 0x41, 0xdfff);
        localStorage.setItem('offshoring-planner.plan', window.__odd);",
    );
    assert_eq!(store.get_raw(PLAN_KEY), Some(Raw::Js(odd.clone())));
    let (_, opened) = plan_store::open(&store, Plan::default());
    assert!(
        matches!(opened, Opened::Unreadable { copied: true, .. }),
        "{opened:?}"
    );
    assert_eq!(store.get_raw(BACKUP_KEY), Some(Raw::Js(odd)));
    js("if (localStorage.getItem('offshoring-planner.backup') !== window.__odd) throw new Error('not exact');");
    store.remove(PLAN_KEY);
    store.remove(BACKUP_KEY);
}

/// Without the JSON reader (its file not fetched): nothing saved is read or written
/// over; a save still works against an empty store or this build's own envelope.
#[wasm_bindgen_test]
fn without_the_reader_nothing_saved_is_read_or_written_over() {
    use offshoring_planner::app::scenarios::SCENARIOS_KEY;
    let store = Store::open();
    store.remove(PLAN_KEY);
    store.remove(BACKUP_KEY);
    // Nothing saved: a save needs no reader.
    assert_eq!(
        plan_store::save_with(&store, &example_plan(), 0, None),
        Ok(1)
    );
    // Something saved: it is not read, and the caller is told.
    let (plan, opened) = plan_store::open_with(&store, Plan::default(), None);
    assert!(plan.is_blank());
    assert_eq!(opened, Opened::NotRead);
    // Another tab's envelope in this build's form: its revision is read from its head.
    let theirs = persist::encode(&example_plan(), 5, "2026-01-01T00:00:00Z");
    local().set_item(PLAN_KEY, &theirs).unwrap();
    let mut mine = example_plan();
    mine.business.team_size = 3;
    assert_eq!(
        plan_store::save_with(&store, &mine, 1, None),
        Err(plan_store::SaveError::Conflict { theirs: 5 })
    );
    assert_eq!(plan_store::save_with(&store, &mine, 5, None), Ok(6));
    // Anything else asks for the reader and writes nothing.
    let odd = r#"{"revision":9,"schema_version":2}"#;
    local().set_item(PLAN_KEY, odd).unwrap();
    assert_eq!(
        plan_store::save_with(&store, &mine, 6, None),
        Err(plan_store::SaveError::NeedsReader)
    );
    assert_eq!(local().get_item(PLAN_KEY).unwrap().as_deref(), Some(odd));
    assert_eq!(local().get_item(BACKUP_KEY).unwrap(), None);
    // Saved scenarios are not read either (`None`: leave them alone).
    local().set_item(SCENARIOS_KEY, "[]").unwrap();
    assert_eq!(
        plan_store::open_scenarios(&store, None),
        ScenariosOpened::NotRead
    );
    assert_ne!(
        plan_store::open_scenarios(&store, plan_store_reader()),
        ScenariosOpened::NotRead
    );
    store.remove(SCENARIOS_KEY);
    store.remove(PLAN_KEY);
}

fn plan_store_reader() -> Option<offshoring_planner::platform::reader::Reader> {
    offshoring_planner::platform::reader::reader()
}

mod intl_zones {
    use offshoring_planner::domain::overlap::calendar::days_from_civil;
    use offshoring_planner::domain::overlap::{year_overlap, Side, Window};
    use offshoring_planner::platform::zones::{offset_minutes, rules};
    use wasm_bindgen_test::*;

    fn utc(y: i32, m: u32, d: u32, h: i64) -> i64 {
        days_from_civil(y, m, d) * 86_400_000 + h * 3_600_000
    }

    #[wasm_bindgen_test]
    fn intl_gives_the_offsets_of_real_zones() {
        assert_eq!(
            offset_minutes("America/New_York", utc(2027, 1, 15, 12)),
            Some(-300)
        );
        assert_eq!(
            offset_minutes("America/New_York", utc(2027, 7, 15, 12)),
            Some(-240)
        );
        assert_eq!(
            offset_minutes("Asia/Kolkata", utc(2027, 7, 15, 12)),
            Some(330)
        );
        assert_eq!(
            offset_minutes("Australia/Sydney", utc(2027, 1, 15, 12)),
            Some(660)
        );
        assert_eq!(offset_minutes("UTC", utc(2027, 1, 15, 12)), Some(0));
    }

    #[wasm_bindgen_test]
    fn unknown_zones_are_refused_without_a_panic() {
        assert_eq!(offset_minutes("Mars/Olympus_Mons", 0), None);
        assert_eq!(offset_minutes("<script>", 0), None);
        assert!(rules("Mars/Olympus_Mons", 2027).is_err());
    }

    #[wasm_bindgen_test]
    fn learned_rules_match_the_written_down_transitions() {
        let warsaw = rules("Europe/Warsaw", 2027).unwrap();
        assert_eq!(warsaw.offset_at(utc(2027, 3, 28, 1) - 60_000), 60);
        assert_eq!(warsaw.offset_at(utc(2027, 3, 28, 1)), 120);
        let ny = rules("America/New_York", 2027).unwrap();
        let nine_to_five = Window {
            start_min: 540,
            end_min: 1020,
        };
        let y = year_overlap(
            2027,
            &Side {
                rules: &ny,
                window: nine_to_five,
            },
            &Side {
                rules: &warsaw,
                window: nine_to_five,
            },
        );
        assert_eq!((y.typical, y.min, y.max), (120, 120, 180));
        assert_eq!(y.differs.len(), 2);
    }
}

mod after_this_task {
    use std::cell::RefCell;
    use std::rc::Rc;

    use offshoring_planner::platform::task_queue::{after_this_task, waiting};
    use wasm_bindgen_test::*;

    /// Resolves in a timer task `ms` from now.
    async fn sleep(ms: i32) {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }

    #[wasm_bindgen_test]
    async fn queued_jobs_run_later_in_order_one_per_task() {
        let log = Rc::new(RefCell::new(Vec::new()));
        for i in 0..3 {
            let l = log.clone();
            after_this_task(move || l.borrow_mut().push(i));
        }
        let l = log.clone();
        after_this_task(move || {
            // A job may queue another: it runs after those already waiting.
            let again = l.clone();
            after_this_task(move || again.borrow_mut().push(9));
            l.borrow_mut().push(3);
        });
        assert!(
            log.borrow().is_empty(),
            "nothing runs in the task that queued it"
        );
        assert_eq!(waiting(), 4);
        sleep(0).await;
        assert_eq!(*log.borrow(), vec![0], "the first job has its own task");
        for _ in 0..20 {
            if waiting() == 0 {
                break;
            }
            sleep(5).await;
        }
        sleep(5).await;
        assert_eq!(*log.borrow(), vec![0, 1, 2, 3, 9]);
        assert_eq!(waiting(), 0);
    }
}
