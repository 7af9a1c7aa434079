//! The browser, seen through small interfaces. Nothing here holds a business rule.

pub mod bench;
pub mod browser;
pub mod catalogue;
pub mod embed;
pub mod format;
pub mod intl;
pub mod lock;
pub mod offline;
pub mod plan_store;
pub mod reader;
pub mod storage;
pub mod task_queue;
pub mod zones;
