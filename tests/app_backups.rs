//! Unreadable saved values are kept in backup slots, the newest first, and a refused
//! write never loses a value that was kept (`app::persist::backup_writes`).

use offshoring_planner::app::persist::{backup_slot_key, backup_writes, BACKUP_KEY, BACKUP_SLOTS};

/// The slots after `writes` are applied to `held`, the first `n` of them only.
fn applied(held: &[Option<String>], writes: &[(usize, String)], n: usize) -> Vec<Option<String>> {
    let mut slots = held.to_vec();
    for (slot, value) in writes.iter().take(n) {
        slots[*slot] = Some(value.clone());
    }
    slots
}

fn slots(values: [Option<&str>; BACKUP_SLOTS]) -> Vec<Option<String>> {
    values.iter().map(|v| v.map(str::to_string)).collect()
}

#[test]
fn backup_slots_are_named_after_the_backup_key() {
    assert_eq!(backup_slot_key(BACKUP_KEY, 0), "offshoring-planner.backup");
    assert_eq!(
        backup_slot_key(BACKUP_KEY, 1),
        "offshoring-planner.backup.2"
    );
    assert_eq!(
        backup_slot_key(BACKUP_KEY, 2),
        "offshoring-planner.backup.3"
    );
}

#[test]
fn a_new_unreadable_value_keeps_the_older_ones_below_it() {
    let cases = [
        ([None, None, None], [Some("v"), None, None]),
        ([Some("a"), None, None], [Some("v"), Some("a"), None]),
        (
            [Some("a"), Some("b"), None],
            [Some("v"), Some("a"), Some("b")],
        ),
        // Full: the oldest goes.
        (
            [Some("a"), Some("b"), Some("c")],
            [Some("v"), Some("a"), Some("b")],
        ),
        // A gap: only the values above it move.
        (
            [Some("a"), None, Some("c")],
            [Some("v"), Some("a"), Some("c")],
        ),
        ([None, Some("b"), None], [Some("v"), Some("b"), None]),
    ];
    for (before, after) in cases {
        let held = slots(before);
        let writes = backup_writes(&held, "v");
        assert_eq!(
            applied(&held, &writes, writes.len()),
            slots(after),
            "from {before:?}"
        );
    }
}

#[test]
fn a_value_already_kept_is_not_kept_twice() {
    for held in [
        slots([Some("v"), None, None]),
        slots([Some("a"), Some("v"), Some("c")]),
        slots([Some("a"), Some("b"), Some("v")]),
    ] {
        assert!(backup_writes(&held, "v").is_empty(), "{held:?}");
    }
}

#[test]
fn stopping_at_a_refused_write_loses_nothing_that_stays_kept() {
    let held = slots([Some("a"), Some("b"), None]);
    let writes = backup_writes(&held, "v");
    for n in 0..=writes.len() {
        let now = applied(&held, &writes, n);
        for kept in ["a", "b"] {
            assert!(
                now.iter().any(|s| s.as_deref() == Some(kept)),
                "{kept} lost after {n} writes: {now:?}"
            );
        }
    }
}
