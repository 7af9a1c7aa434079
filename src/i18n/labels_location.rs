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

/// A country's name from its ISO code, for the holiday table's countries; the code
/// itself for any other.
pub fn iso_country_name(lang: Lang, code: &str) -> String {
    use crate::domain::geo::Country;
    if let Some(c) = Country::ALL.into_iter().find(|c| c.iso() == code) {
        return t(lang, country_key(c)).to_string();
    }
    let key = match code {
        "US" => Key::CountryUs,
        "CA" => Key::CountryCa,
        "GB" => Key::CountryGb,
        "IE" => Key::CountryIe,
        "DE" => Key::CountryDe,
        "FR" => Key::CountryFr,
        "ES" => Key::CountryEs,
        "NL" => Key::CountryNl,
        "CH" => Key::CountryCh,
        "AU" => Key::CountryAu,
        "SG" => Key::CountrySg,
        other => return other.to_string(),
    };
    t(lang, key).to_string()
}
