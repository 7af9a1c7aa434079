//! The offshoring business: the plan's answers, the cost model, the work, the engagement,
//! the locations and the roadmap. No browser or UI types, and nothing from the
//! application around it (`crate::app`): everything here runs in a native test.

pub mod business;
pub mod cost;
mod currency;
pub mod decision;
pub mod engagement;
pub mod example;
pub mod fx;
pub mod geo;
pub mod overlap;
pub mod plan;
pub mod roadmap;
pub mod validate;
pub mod work;

pub use plan::Plan;
