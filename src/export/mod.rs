//! Export formats of the plan: pure functions from the plan state (and the location
//! analysis, computed by the caller) to text. No browser types.

mod calendar;
pub mod data;
pub mod decision;
mod json;
pub mod markdown;
mod markdown_blocks;
mod markdown_plan;
mod markdown_summary;
pub mod tables;
mod text;

pub use text::{escape_markdown, flip_text, money_plain, savings_with_spread};
