use offshoring_planner::app::history::{History, COALESCE_MS, MAX_STEPS};

#[test]
fn undo_and_redo_walk_back_and_forth() {
    let mut h = History::default();
    assert!(!h.can_undo());
    h.record(1, 0.0);
    h.record(2, 5_000.0);
    // Now at 3.
    assert_eq!(h.undo(3), Some(2));
    assert_eq!(h.undo(2), Some(1));
    assert_eq!(h.undo(1), None);
    assert_eq!(h.redo(1), Some(2));
    assert_eq!(h.redo(2), Some(3));
    assert_eq!(h.redo(3), None);
}

#[test]
fn quick_successive_changes_are_one_step() {
    let mut h = History::default();
    h.record(10, 0.0); // 10 -> 1
    h.record(1, 100.0); // 1 -> 12, typed right after
    h.record(12, 300.0); // 12 -> 123
    assert_eq!(h.undo(123), Some(10));
    assert!(!h.can_undo());
    let mut h = History::default();
    h.record(10, 0.0);
    h.record(1, COALESCE_MS + 1.0);
    assert_eq!(h.undo(2), Some(1));
    assert_eq!(h.undo(1), Some(10));
}

#[test]
fn a_new_change_drops_the_redo_steps() {
    let mut h = History::default();
    h.record(1, 0.0);
    assert_eq!(h.undo(2), Some(1));
    h.record(1, 10_000.0);
    assert!(!h.can_redo());
}

#[test]
fn history_is_bounded() {
    let mut h = History::default();
    for i in 0..(MAX_STEPS as i32 + 20) {
        h.record(i, i as f64 * 10_000.0);
    }
    let mut steps = 0;
    let mut current = -1;
    while let Some(p) = h.undo(current) {
        current = p;
        steps += 1;
    }
    assert_eq!(steps, MAX_STEPS);
    assert_eq!(current, 20, "the oldest steps were dropped");
}

#[test]
fn a_whole_replacement_is_a_step_of_its_own_even_between_quick_changes() {
    let mut h = History::default();
    h.record(1, 0.0); // typing: 1 -> 2
    h.record_whole(2); // an example loaded 0.3 s later: 2 -> 3
    h.record(3, 600.0); // typing again at once: 3 -> 4
    h.record(4, 700.0); // and on: 4 -> 5, the same step as 3 -> 4
    assert_eq!(
        h.undo(5),
        Some(3),
        "the typing after the example goes first"
    );
    assert_eq!(h.undo(3), Some(2), "then the example");
    assert_eq!(h.undo(2), Some(1), "then the typing before it");
    assert!(!h.can_undo());
    assert_eq!(h.redo(1), Some(2));
    assert_eq!(h.redo(2), Some(3));
}

#[test]
fn retain_forgets_refused_steps_back_and_forward() {
    let mut h = History::default();
    for (v, t) in [(1, 0.0), (2, 5_000.0), (3, 10_000.0), (4, 15_000.0)] {
        h.record(v, t);
    }
    // Back to 3 from 5, so 5 waits to be redone.
    assert_eq!(h.undo(5), Some(4));
    assert_eq!(h.undo(4), Some(3));
    assert!(h.retain(|v| v % 2 == 1));
    assert!(!h.retain(|v| v % 2 == 1), "nothing more to forget");
    // 2 and 4 are gone from both directions; the order of the rest is kept.
    assert_eq!(h.undo(3), Some(1));
    assert_eq!(h.undo(1), None);
    assert_eq!(h.redo(1), Some(3));
    assert_eq!(h.redo(3), Some(5));
    assert!(!h.can_redo());
}
