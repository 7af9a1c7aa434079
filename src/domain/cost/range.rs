//! A low / likely / high estimate, the shape of every uncertain input.

use serde::{Deserialize, Serialize};

/// A low / likely / high estimate. The deterministic figures use `likely`; the
/// uncertainty run samples a triangular distribution over the three.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

impl Range {
    pub const fn new(low: f64, likely: f64, high: f64) -> Self {
        Range { low, likely, high }
    }

    /// The same value for all three: no uncertainty.
    pub const fn exact(v: f64) -> Self {
        Range::new(v, v, v)
    }

    /// likely +- a share of it (0.25 = +-25%).
    pub fn spread(likely: f64, share: f64) -> Self {
        Range::new(likely * (1.0 - share), likely, likely * (1.0 + share))
    }

    pub fn is_ordered(&self) -> bool {
        self.low <= self.likely && self.likely <= self.high
    }

    pub fn map(self, f: impl Fn(f64) -> f64) -> Self {
        Range::new(f(self.low), f(self.likely), f(self.high))
    }

    pub fn get(&self, part: Part) -> f64 {
        match part {
            Part::Low => self.low,
            Part::Likely => self.likely,
            Part::High => self.high,
        }
    }

    /// Sets one part and moves the others just enough to keep low <= likely <= high,
    /// so the user can raise or lower an estimate one field at a time.
    pub fn with(self, part: Part, v: f64) -> Self {
        let Range { low, likely, high } = self;
        match part {
            Part::Low => Range::new(v, likely.max(v), high.max(v)),
            Part::Likely => Range::new(low.min(v), v, high.max(v)),
            Part::High => Range::new(low.min(v), likely.min(v), v),
        }
    }
}

/// One of the three values of a [`Range`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Low,
    Likely,
    High,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Low, Part::Likely, Part::High];
}
