//! Pure domain logic: no browser or UI types. Everything here runs in a native test.

pub mod bench;
pub mod business;
pub mod cost;
pub mod decimal;
pub mod embed;
pub mod engagement;
pub mod example;
pub mod history;
pub mod json;
pub mod overlap;
pub mod persist;
pub mod plan;
pub mod roadmap;
pub mod route;
pub mod scenarios;
pub mod share;
pub mod summary;
pub mod validate;
pub mod work;

pub use plan::Plan;
pub use route::Step;
