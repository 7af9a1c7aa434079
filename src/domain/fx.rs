//! Currencies: the bundled reference rates that convert the planner's US-dollar defaults
//! into a plan's currency, and the contract currencies a vendor may bill in, each with
//! the yearly exchange-rate drift the uncertainty run samples when a contract's currency
//! is not the plan's.
//!
//! Reference rates: the European Central Bank's euro foreign exchange reference rates
//! of 8 May 2026 (USD 1.1761, GBP 0.86410, MXN 20.2716, PLN 4.2318, RON 5.2235,
//! INR 111.1285, PHP 71.136 per euro), crossed through the euro into units per US
//! dollar; the Colombian peso, which the ECB does not publish, from the market
//! representative rate (TRM) certified by Colombia's Superintendencia Financiera for
//! 12 March 2026, 3,687.87 pesos per dollar.

use serde::{Deserialize, Serialize};

use super::cost::range::Range;

/// The date of the bundled reference rates.
pub const REFERENCE_DATE: &str = "2026-05-08";
/// Where they come from.
pub const REFERENCE_SOURCE: &str = "European Central Bank, euro foreign exchange reference rates of 2026-05-08, crossed through the euro; COP: TRM certified by the Superintendencia Financiera de Colombia for 2026-03-12";
/// US dollars per euro on [`REFERENCE_DATE`] (ECB).
const USD_PER_EUR: f64 = 1.1761;

/// The currencies a plan's amounts can be in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    #[default]
    Usd,
    Eur,
    Gbp,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Eur, Currency::Gbp];

    /// ISO 4217 code, for Intl.NumberFormat.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == s)
    }
}

/// A currency a vendor contract can be priced in: the plan currencies, and the
/// catalogue countries' own where a reference rate is bundled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum Contract {
    #[default]
    Usd,
    Eur,
    Gbp,
    Mxn,
    Cop,
    Pln,
    Ron,
    Inr,
    Php,
}

impl Contract {
    pub const ALL: [Contract; 9] = [
        Contract::Usd,
        Contract::Eur,
        Contract::Gbp,
        Contract::Mxn,
        Contract::Cop,
        Contract::Pln,
        Contract::Ron,
        Contract::Inr,
        Contract::Php,
    ];

    /// ISO 4217 code.
    pub fn code(self) -> &'static str {
        match self {
            Contract::Usd => "USD",
            Contract::Eur => "EUR",
            Contract::Gbp => "GBP",
            Contract::Mxn => "MXN",
            Contract::Cop => "COP",
            Contract::Pln => "PLN",
            Contract::Ron => "RON",
            Contract::Inr => "INR",
            Contract::Php => "PHP",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == s)
    }

    /// Units of this currency per US dollar at the bundled reference rate.
    pub fn per_usd(self) -> f64 {
        let per_eur = match self {
            Contract::Usd => return 1.0,
            Contract::Cop => return 3_687.87,
            Contract::Eur => 1.0,
            Contract::Gbp => 0.86410,
            Contract::Mxn => 20.2716,
            Contract::Pln => 4.2318,
            Contract::Ron => 5.2235,
            Contract::Inr => 111.1285,
            Contract::Php => 71.136,
        };
        per_eur / USD_PER_EUR
    }

    /// How far this currency may move against the US dollar in a year, as a share
    /// (the drift's range is this either side of no change). The Colombian peso's is
    /// sourced from its recent yearly moves; the others are assumptions (2026).
    pub fn yearly_swing(self) -> f64 {
        match self {
            Contract::Usd => 0.0,
            // The TRM rose 18.71% in the year to 26 December 2022 and fell 11.19% in the
            // year to 12 March 2026 (Banco de la República, as reported then).
            Contract::Cop => 0.15,
            Contract::Eur | Contract::Gbp | Contract::Ron => 0.08,
            Contract::Mxn | Contract::Pln => 0.10,
            Contract::Inr | Contract::Php => 0.06,
        }
    }
}

impl From<Currency> for Contract {
    fn from(c: Currency) -> Self {
        match c {
            Currency::Usd => Contract::Usd,
            Currency::Eur => Contract::Eur,
            Currency::Gbp => Contract::Gbp,
        }
    }
}

/// The yearly drift of a contract's cost in the plan's currency: none when the two are
/// the same; otherwise the wider of the two currencies' swings against the dollar,
/// either side of no change.
pub fn drift(contract: Contract, plan: Currency) -> Range {
    let plan = Contract::from(plan);
    if contract == plan {
        return Range::exact(0.0);
    }
    let w = contract.yearly_swing().max(plan.yearly_swing());
    Range::new(-w, 0.0, w)
}

/// Units of the plan's currency per US dollar at the bundled reference rate.
pub fn reference_rate(c: Currency) -> f64 {
    Contract::from(c).per_usd()
}

/// The most a rate may be, in units of the plan's currency per dollar.
pub const MAX_RATE: f64 = 1_000_000.0;

/// Why a typed exchange rate is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateError {
    NotANumber,
    NotPositive,
    TooLarge,
}

/// A typed exchange rate (units of the plan's currency per dollar): a finite number
/// above zero and at most [`MAX_RATE`].
pub fn check_rate(v: f64) -> Result<f64, RateError> {
    if !v.is_finite() {
        Err(RateError::NotANumber)
    } else if v <= 0.0 {
        Err(RateError::NotPositive)
    } else if v > MAX_RATE {
        Err(RateError::TooLarge)
    } else {
        Ok(v)
    }
}
