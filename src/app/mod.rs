//! The application around the offshoring domain: saved data and its migrations, share
//! links, presets for embedders, scenarios, undo history, the steps and their URL, and
//! the rules that keep several tabs in step (`session`). Pure Rust, tested natively; it
//! reads the domain and is never read by it.

pub mod bench;
pub mod embed;
pub mod history;
mod migrate;
pub mod persist;
pub mod route;
pub mod scenarios;
pub mod session;
pub mod share;
pub mod summary;

pub use route::Step;
