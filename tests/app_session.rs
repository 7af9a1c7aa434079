//! The one-tab session rules (`app::session`), case by case: what may be saved, what
//! a plan from outside does to the user's own, and what another tab's saves change.

use offshoring_planner::app::session::{Event, ListSave, SaveStatus, Session, Viewing};

fn after(events: &[Event]) -> Session {
    let mut s = Session::default();
    for e in events {
        s.apply(*e);
    }
    s
}

#[test]
fn a_fresh_tab_saves_its_own_plan() {
    let s = after(&[Event::Restored { revision: 4 }]);
    assert_eq!(s.revision(), 4);
    assert!(s.may_save_plan());
    assert!(s.may_write_list());
    assert_eq!(s.unsaved_because(), None);
    assert!(s.has_history());
}

#[test]
fn guarded_data_is_read_only_and_never_written() {
    for v in [Viewing::Newer, Viewing::Unread, Viewing::Unkept] {
        let s = after(&[Event::Guarded(v)]);
        assert_eq!(s.viewing(), Some(v));
        assert!(!s.may_save_plan(), "{v:?}");
        assert!(!s.may_write_list(), "{v:?}");
        assert_eq!(s.unsaved_because(), Some(SaveStatus::ReadOnly));
        assert!(!s.has_history());
    }
    // A newer or unread plan keeps even other tabs' lists out; an unkept one does not.
    assert!(!after(&[Event::Guarded(Viewing::Newer)]).follows_other_tabs_list());
    assert!(!after(&[Event::Guarded(Viewing::Unread)]).follows_other_tabs_list());
    assert!(after(&[Event::Guarded(Viewing::Unkept)]).follows_other_tabs_list());
}

#[test]
fn replacing_an_unkept_plan_makes_the_tab_save_again_but_nothing_else_does() {
    let s = after(&[Event::Guarded(Viewing::Unkept), Event::ReplacedPlan]);
    assert_eq!(s.viewing(), None);
    assert!(s.may_save_plan());
    let s = after(&[Event::Guarded(Viewing::Newer), Event::ReplacedPlan]);
    assert_eq!(s.viewing(), Some(Viewing::Newer));
    let s = after(&[Event::Incoming(Viewing::Link), Event::ReplacedPlan]);
    assert_eq!(s.viewing(), Some(Viewing::Link));
}

#[test]
fn a_held_list_is_written_only_after_replace_or_another_tabs_list() {
    let s = after(&[Event::ListHeld]);
    assert_eq!(s.list(), ListSave::Held);
    assert!(!s.may_write_list());
    assert!(s.may_save_plan(), "the plan itself is still saved");
    assert!(after(&[Event::ListHeld, Event::ReplacedList]).may_write_list());
    let s = after(&[Event::ListHeld, Event::OtherTabsList { mine: 0, theirs: 0 }]);
    assert_eq!(s.list(), ListSave::Saved);
}

#[test]
fn a_refused_list_is_retried_until_it_is_saved() {
    let s = after(&[Event::ListNotSaved]);
    assert!(s.list_retry());
    assert!(s.may_write_list());
    assert!(!after(&[Event::ListNotSaved, Event::ListSaved]).list_retry());
}

#[test]
fn a_link_over_the_own_plan_sets_it_aside_and_can_be_made_mine() {
    let s = Session::default();
    assert!(s.sets_own_aside());
    let s = after(&[Event::Incoming(Viewing::Link)]);
    assert_eq!(s.viewing(), Some(Viewing::Link));
    assert!(!s.may_save_plan());
    assert!(s.may_make_mine());
    // A second plan from outside replaces the first; the own plan stays aside.
    assert!(!s.sets_own_aside());
    let s = after(&[
        Event::Incoming(Viewing::Link),
        Event::Incoming(Viewing::File),
    ]);
    assert_eq!(s.viewing(), Some(Viewing::File));
    let mine = after(&[Event::Incoming(Viewing::Link), Event::MadeMine]);
    assert_eq!(mine.viewing(), None);
    assert!(mine.may_save_plan());
    let back = after(&[Event::Incoming(Viewing::Link), Event::BackToMine]);
    assert_eq!(back.viewing(), None);
}

#[test]
fn a_link_over_guarded_data_goes_back_to_it_and_cannot_be_made_mine() {
    for v in [Viewing::Newer, Viewing::Unread, Viewing::Unkept] {
        let s = after(&[Event::Guarded(v)]);
        assert!(s.sets_own_aside(), "{v:?}");
        let s = after(&[Event::Guarded(v), Event::Incoming(Viewing::File)]);
        assert!(!s.may_make_mine(), "{v:?}");
        let s = after(&[
            Event::Guarded(v),
            Event::Incoming(Viewing::File),
            Event::Incoming(Viewing::Link),
            Event::BackToMine,
        ]);
        assert_eq!(s.viewing(), Some(v), "back to what was shown before");
        assert!(s.may_make_mine(), "nothing left to go back to");
    }
}

#[test]
fn another_tabs_older_or_overtaken_save_needs_no_look() {
    let s = after(&[Event::Restored { revision: 5 }]);
    assert!(!s.needs_look(4, false));
    assert!(!s.needs_look(4, true));
    assert!(!s.needs_look(5, true), "our write came after theirs");
    assert!(s.needs_look(5, false), "both saved 5 and theirs won");
    assert!(s.needs_look(6, true));
    assert!(!after(&[Event::Incoming(Viewing::Link)]).follows_other_tabs_plan());
}

#[test]
fn a_conflict_stops_saving_until_the_user_chooses() {
    let s = after(&[
        Event::Restored { revision: 2 },
        Event::Conflict { theirs: 3 },
    ]);
    assert_eq!(s.conflict(), Some(3));
    assert!(!s.may_save_plan());
    assert_eq!(s.unsaved_because(), Some(SaveStatus::NotSaved));
    let theirs = after(&[
        Event::Conflict { theirs: 3 },
        Event::Adopted { revision: 3 },
    ]);
    assert_eq!((theirs.conflict(), theirs.revision()), (None, 3));
    assert!(theirs.may_save_plan());
    let mine = after(&[
        Event::Conflict { theirs: 3 },
        Event::KeptMine { revision: 3 },
    ]);
    assert_eq!((mine.conflict(), mine.revision()), (None, 3));
    assert!(mine.may_save_plan());
    // The same plan saved elsewhere adopts the revision and leaves the question open.
    let same = after(&[
        Event::Conflict { theirs: 3 },
        Event::SameAsSaved { revision: 4 },
    ]);
    assert_eq!((same.conflict(), same.revision()), (Some(3), 4));
}

#[test]
fn a_switch_in_another_tab_is_remembered_until_this_tab_saves_or_follows() {
    let s = after(&[Event::OtherTabsList { mine: 1, theirs: 2 }]);
    assert_eq!(s.switched_from(), Some(1));
    assert_eq!(s.shown_scenario(2), 1);
    // A second switch keeps the scenario this tab's plan belongs to.
    let s = after(&[
        Event::OtherTabsList { mine: 1, theirs: 2 },
        Event::OtherTabsList { mine: 2, theirs: 3 },
    ]);
    assert_eq!(s.switched_from(), Some(1));
    for settle in [
        Event::Saved { revision: 9 },
        Event::SameAsSaved { revision: 9 },
        Event::Adopted { revision: 9 },
    ] {
        let s = after(&[Event::OtherTabsList { mine: 1, theirs: 2 }, settle]);
        assert_eq!(s.switched_from(), None, "{settle:?}");
        assert_eq!(s.shown_scenario(2), 2);
        assert_eq!(s.revision(), 9);
    }
    // Keeping this tab's plan keeps the scenario it belongs to until it is saved.
    let s = after(&[
        Event::OtherTabsList { mine: 1, theirs: 2 },
        Event::KeptMine { revision: 9 },
    ]);
    assert_eq!(s.switched_from(), Some(1));
    // A list that arrives with the same active scenario is no switch.
    assert_eq!(
        after(&[Event::OtherTabsList { mine: 1, theirs: 1 }]).switched_from(),
        None
    );
}
