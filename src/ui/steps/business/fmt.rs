//! How the business step's results format amounts and name the options: computed once
//! per change and shared by the tables, the charts and the formulas.

use leptos::prelude::*;

use crate::domain::Plan;
pub use crate::html::results::names;
use crate::html::Numbers;
use crate::i18n::Lang;
use crate::platform::format::{money, money_compact, number, percent};

/// Formats amounts in the plan's currency for the current language.
#[derive(Clone, Copy, PartialEq)]
pub struct Fmt {
    pub lang: Lang,
    pub currency: &'static str,
}

impl Fmt {
    pub fn current(plan: RwSignal<Plan>, lang: RwSignal<Lang>) -> Fmt {
        Fmt {
            lang: lang.get(),
            currency: plan.with(|p| p.business.currency.code()),
        }
    }
}

impl Numbers for Fmt {
    fn money(&self, v: f64) -> String {
        money(v, self.currency, self.lang.tag())
    }
    fn money_compact(&self, v: f64) -> String {
        money_compact(v, self.currency, self.lang.tag())
    }
    fn num(&self, v: f64, digits: u32) -> String {
        number(v, digits, self.lang.tag())
    }
    fn pct(&self, v: f64) -> String {
        percent(v, 1, self.lang.tag())
    }
}

/// The formatter and the option names every result section uses, computed once per
/// change and compared, so a keystroke that leaves them alone goes no further.
pub type Labels = Memo<(Fmt, Vec<String>)>;

pub fn labels(plan: RwSignal<Plan>, lang: RwSignal<Lang>) -> Labels {
    Memo::new(move |_| {
        let fmt = Fmt::current(plan, lang);
        (fmt, plan.with(|p| names(p, fmt.lang)))
    })
}
