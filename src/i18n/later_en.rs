//! The table of English messages used only by the later steps (work selection to the
//! plan) and the exports. In the site's build it travels with the later steps' files,
//! not the main one: a first visit that stays on the business case never fetches them.
//!
//! The messages themselves are in `src/i18n/lang/en.rs`; which keys are later ones is
//! declared in `src/i18n/keys.rs`. The rule that keeps this safe: a message is later only
//! if no code outside those steps' modules, `src/export/` and the later steps' label
//! modules names it, and no code outside them calls into them except through a split
//! point, which first makes these messages available ([`crate::i18n::use_later_english`]).
//! `tests/i18n_later.rs` checks both.

use crate::i18n::Key;

pub type Table = [&'static str; Key::ALL.len()];

/// These messages by key (empty for the others).
pub static TABLE: Table = message_table!(text);

/// The message if it is a later one, else empty (see `en::early`).
pub const fn text(key: Key) -> &'static str {
    if key.is_later() {
        super::en::english(key)
    } else {
        ""
    }
}
