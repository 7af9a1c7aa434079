//! What every Markdown section shares: the context computed once per export, and
//! tables in Markdown form.

use super::tables::Table;
use crate::domain::business::BusinessCase;
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::uncertainty::RunResult;
use crate::domain::overlap::analysis::Analysis;
use crate::domain::overlap::SharedWindow;
use crate::domain::Plan;
use crate::i18n::{t, Lang};

/// Everything the sections read, computed once.
#[derive(Clone, Copy)]
pub(super) struct Ctx<'a> {
    pub(super) plan: &'a Plan,
    pub(super) lang: Lang,
    pub(super) b: &'a BusinessCase,
    pub(super) code: &'static str,
    pub(super) figs: &'a CaseFigures,
    pub(super) run: &'a RunResult,
    pub(super) names: &'a [String],
    pub(super) lead: Option<usize>,
    pub(super) location: &'a Option<(String, u32, Option<SharedWindow>)>,
    pub(super) analysis: Option<&'a Analysis>,
}

/// A Markdown table row from cells (already escaped).
fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

/// Cell formatting for Markdown: plain amounts, escaped user text (the caller imports
/// `Cells`, `money_plain` and `escape_markdown as esc`).
#[allow(clippy::crate_in_macro_def)]
macro_rules! cells {
    ($c:expr) => {
        Cells {
            lang: $c.lang,
            money: &|v: f64| money_plain(v, $c.code, $c.lang),
            user: &|s: &str| esc(s),
        }
    };
}
pub(super) use cells;

/// A shared table as Markdown.
pub(super) fn render(tb: Table, lang: Lang) -> String {
    let head: Vec<&str> = tb.head.iter().map(|k| t(lang, *k)).collect();
    table(&head, tb.rows)
}

pub(super) fn table(head: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut out = row(&head.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    out.push_str(&row(&head
        .iter()
        .map(|_| "---".to_string())
        .collect::<Vec<_>>()));
    for r in rows {
        out.push_str(&row(&r));
    }
    out
}
