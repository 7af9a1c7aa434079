//! Small helpers both the domain and the application use: JSON reading and writing with
//! bounds, and exact decimal parsing.

pub mod decimal;
pub mod json;
pub mod root;
