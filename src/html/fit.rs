//! The five-factor fit cards as HTML (see the module above).

use super::results::name_at;
use super::{Html, Numbers};
use crate::domain::cost::fit::Fit;
use crate::i18n::{factor_key, fit_reason, t, Lang};

/// One card per option: its fit out of 100 and the reason behind each factor's score.
pub fn fit_cards(fits: &[Fit], names: &[String], lang: Lang, n: &dyn Numbers) -> String {
    let mut h = Html::new();
    let num = |v: f64, d: u32| n.num(v, d);
    let pct = |v: f64| n.pct(v);
    for (i, f) in fits.iter().enumerate() {
        h.open("div", &[("class", "fit-card")])
            .open("p", &[("class", "fit-total")])
            .leaf("span", &[], &name_at(names, i))
            .text(" ")
            .leaf("strong", &[], &format!("{}/100", f.total))
            .close("p")
            .open("ul", &[]);
        for s in &f.scores {
            let label = t(lang, factor_key(s.factor));
            let score = (s.score * 100.0).round() as u32;
            let why = fit_reason(lang, &s.reason, &num, &pct);
            h.open("li", &[])
                .leaf("strong", &[], &format!("{label} {score}/100"))
                .text(": ")
                .text(&why)
                .close("li");
        }
        h.close("ul").close("div");
    }
    h.finish()
}
