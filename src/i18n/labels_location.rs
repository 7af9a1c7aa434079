//! Names for the offshore vs nearshore step's values.

use super::{t, Key, Lang};
use crate::domain::overlap::locations::{Candidate, Collaboration, Country, GovernanceLoad};
use crate::domain::overlap::Class;

pub fn country_key(c: Country) -> Key {
    match c {
        Country::Argentina => Key::CountryArgentina,
        Country::Chile => Key::CountryChile,
        Country::Colombia => Key::CountryColombia,
        Country::Mexico => Key::CountryMexico,
        Country::Peru => Key::CountryPeru,
        Country::Uruguay => Key::CountryUruguay,
        Country::Poland => Key::CountryPoland,
        Country::Romania => Key::CountryRomania,
        Country::India => Key::CountryIndia,
        Country::Vietnam => Key::CountryVietnam,
        Country::Philippines => Key::CountryPhilippines,
    }
}

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
