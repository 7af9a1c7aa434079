//! Names for the offshore vs nearshore step's values.

use super::labels_cost::country_key;
use super::{t, Key, Lang};
use crate::domain::overlap::locations::{Candidate, Collaboration, GovernanceLoad};
use crate::domain::overlap::Class;

/// "Poland (Europe/Warsaw)" for a catalogue entry, the user's own name otherwise.
pub fn candidate_name(lang: Lang, c: &Candidate) -> String {
    match c.country {
        Some(country) => t(lang, country_key(country)).to_string(),
        None => c.name.clone(),
    }
}

pub fn class_key(c: Class) -> Key {
    match c {
        Class::NearshoreLike => Key::ClassNearshore,
        Class::Partial => Key::ClassPartial,
        Class::OffshoreLike => Key::ClassOffshore,
    }
}

pub fn collaboration_key(c: Collaboration) -> Key {
    match c {
        Collaboration::WholeDay => Key::CollabWholeDay,
        Collaboration::OverlapOnly => Key::CollabOverlap,
        Collaboration::AlmostNone => Key::CollabNone,
    }
}

pub fn governance_key(g: GovernanceLoad) -> Key {
    match g {
        GovernanceLoad::Lower => Key::GovLower,
        GovernanceLoad::Moderate => Key::GovModerate,
        GovernanceLoad::Higher => Key::GovHigher,
    }
}
