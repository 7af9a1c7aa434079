//! The business case: a transparent cost model, its uncertainty run and the five-factor
//! fit of each option.

pub mod assumptions;
pub mod case;
pub mod fit;
pub mod inputs;
pub mod limits;
pub mod model;
pub mod range;
pub mod sensitivity;
pub mod shift;
pub mod totals;
pub mod uncertainty;
pub mod years;
