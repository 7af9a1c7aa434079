//! The domain enums offered in a select, each described once: its values, how a value is
//! written in the page, and its label. `ChoiceSelect` reads this instead of five props.
//! The later steps' own enums are described in their step's module (their labels travel
//! with that step's file): the engagement questions in `steps/engagement.rs`, countries
//! in `steps/location/candidates.rs`.

use crate::domain::business::{Currency, Goal};
use crate::domain::cost::inputs::{EngagementModel, Place, Region, SpecClarity};
use crate::domain::engagement::WorkNature;
use crate::i18n::{
    clarity_key, country_key, currency_key, goal_key, model_key, nature_key, region_key, Key,
};

/// A domain enum a user chooses from (see the module's comment).
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order offered.
    fn all() -> Vec<Self>;
    /// The value as written in the page (the `<option>`'s value).
    fn slug(self) -> &'static str;
    fn from_slug(slug: &str) -> Option<Self>;
    /// The message that names the value.
    fn label(self) -> Key;
}

/// `choice!(Type, slug, from_slug, label)`: a [`Choice`] from functions that exist.
macro_rules! choice {
    ($ty:ty, $slug:expr, $from:expr, $label:expr) => {
        impl $crate::ui::fields::Choice for $ty {
            fn all() -> Vec<Self> {
                <$ty>::ALL.to_vec()
            }
            fn slug(self) -> &'static str {
                $slug(self)
            }
            fn from_slug(slug: &str) -> Option<Self> {
                $from(slug)
            }
            fn label(self) -> $crate::i18n::Key {
                $label(self)
            }
        }
    };
}

choice!(Goal, Goal::slug, Goal::from_slug, goal_key);
choice!(Currency, Currency::code, Currency::from_code, currency_key);
choice!(Region, Region::slug, Region::from_slug, region_key);
choice!(Place, Place::slug, Place::from_slug, |p| match p {
    Place::Country(c) => country_key(c),
    Place::Region(r) => region_key(r),
});
choice!(
    EngagementModel,
    EngagementModel::slug,
    EngagementModel::from_slug,
    model_key
);
choice!(
    SpecClarity,
    SpecClarity::slug,
    SpecClarity::from_slug,
    clarity_key
);
choice!(
    WorkNature,
    WorkNature::slug,
    WorkNature::from_slug,
    nature_key
);
pub(crate) use choice;
