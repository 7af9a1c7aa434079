//! A zone's UTC offsets over a year, learned from an injected probe (in the app, the
//! browser's Intl), so no offset table is ever typed into the code.

use super::calendar::{days_from_civil, MS_PER_DAY, MS_PER_MIN};

/// Offsets of one zone across a year: `(from_utc_ms, offset_minutes)`, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct ZoneRules {
    spans: Vec<(i64, i32)>,
}

/// The probe did not know the zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownZone;

/// How often the probe samples before refining a change (a week: offsets never change
/// twice within one).
const SAMPLE_MS: i64 = 7 * MS_PER_DAY;

impl ZoneRules {
    /// A zone with one offset all year.
    pub fn fixed(offset_min: i32) -> Self {
        ZoneRules {
            spans: vec![(i64::MIN, offset_min)],
        }
    }

    /// Learns the offsets from a few days before `year` to a few days after, sampling
    /// weekly and finding each change to the minute by bisection.
    pub fn learn(
        year: i32,
        mut probe: impl FnMut(i64) -> Option<i32>,
    ) -> Result<Self, UnknownZone> {
        let start = days_from_civil(year, 1, 1) * MS_PER_DAY - 3 * MS_PER_DAY;
        let end = days_from_civil(year + 1, 1, 1) * MS_PER_DAY + 3 * MS_PER_DAY;
        let first = probe(start).ok_or(UnknownZone)?;
        let mut spans = vec![(i64::MIN, first)];
        let (mut t, mut current) = (start, first);
        while t < end {
            let next_t = (t + SAMPLE_MS).min(end);
            let next = probe(next_t).ok_or(UnknownZone)?;
            if next != current {
                // The change lies in (t, next_t]: bisect on whole minutes (changes
                // happen on minute boundaries; the samples start on one).
                let (mut lo, mut hi) = (t, next_t);
                while hi - lo > MS_PER_MIN {
                    let mid = lo + (hi - lo) / MS_PER_MIN / 2 * MS_PER_MIN;
                    if probe(mid).ok_or(UnknownZone)? == current {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                spans.push((hi, next));
                current = next;
            }
            t = next_t;
        }
        Ok(ZoneRules { spans })
    }

    /// Offset in minutes at a UTC instant.
    pub fn offset_at(&self, utc_ms: i64) -> i32 {
        let i = self.spans.partition_point(|(from, _)| *from <= utc_ms);
        self.spans[i.saturating_sub(1)].1
    }

    /// The UTC instant of a local wall-clock time.
    pub fn to_utc(&self, local_ms: i64) -> i64 {
        let guess = local_ms - self.offset_at(local_ms) as i64 * MS_PER_MIN;
        local_ms - self.offset_at(guess) as i64 * MS_PER_MIN
    }

    /// Number of distinct offsets in the year (1 for a zone without daylight saving).
    pub fn offsets(&self) -> Vec<i32> {
        let mut o: Vec<i32> = self.spans.iter().map(|s| s.1).collect();
        o.sort_unstable();
        o.dedup();
        o
    }
}

/// Parses the offset Intl writes as a long time-zone name: `GMT`, `GMT-05:00`,
/// `GMT+05:30`, `GMT+13`. Anything else is `None`.
pub fn parse_gmt_offset(text: &str) -> Option<i32> {
    let rest = text
        .trim()
        .strip_prefix("GMT")
        .or_else(|| text.trim().strip_prefix("UTC"))?;
    if rest.is_empty() {
        return Some(0);
    }
    let (sign, digits) = match rest.as_bytes().first()? {
        b'+' => (1, &rest[1..]),
        b'-' | 0xE2 => (-1, rest.trim_start_matches(['-', '\u{2212}'])),
        _ => return None,
    };
    let (h, m) = digits.split_once(':').unwrap_or((digits, "0"));
    let ok = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !ok(h) || !ok(m) {
        return None;
    }
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}
