//! A plan's exchange rate against the US dollar and its changes of currency: converted
//! (every amount at the rates in force) or relabelled.

use super::business::{BusinessCase, Currency};
use super::cost::inputs::Place;
use super::fx::{check_rate, reference_rate};

/// The plan's rate and changes of currency.
impl BusinessCase {
    /// Units of the plan's currency per US dollar: the user's rate, or the bundled one.
    pub fn fx(&self) -> f64 {
        self.usd_rate
            .filter(|r| check_rate(*r).is_ok())
            .unwrap_or_else(|| reference_rate(self.currency))
    }

    /// Changes the plan's currency and converts every amount (salary, rates, setup and
    /// trip costs) at the rates in force: the old one (the user's, if set) to the new
    /// currency's bundled one.
    pub fn convert_to(&mut self, c: Currency) {
        let factor = reference_rate(c) / self.fx();
        self.assumptions.salary = self.assumptions.salary.map(|v| v * factor);
        for o in &mut self.options {
            o.convert(factor);
        }
        self.relabel(c);
    }

    /// Changes the plan's currency and leaves the amounts as they are.
    pub fn relabel(&mut self, c: Currency) {
        self.currency = c;
        self.usd_rate = None;
    }

    /// Moves option `i` to a place: that place's rate (converted into the plan's
    /// currency) and typical overlap.
    pub fn set_place(&mut self, i: usize, place: Place) {
        let fx = self.fx();
        if let Some(o) = self.options.get_mut(i) {
            o.set_place(place);
            o.rate = o.rate.map(|v| v * fx);
        }
    }
}
