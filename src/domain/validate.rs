//! Checks for what the user types. Each returns a typed error that the UI turns into a
//! message beside the field; the last valid value stays in the plan meanwhile.

/// A stored or imported plan whose values break the bounds the UI enforces.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidField {
    pub field: &'static str,
    pub error: FieldError,
}

/// Why a value was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldError {
    Empty,
    NotWholeNumber,
    NotANumber,
    Negative,
    OutOfRange {
        min: u32,
        max: u32,
    },
    OutOfRangeDecimal {
        min: f64,
        max: f64,
    },
    /// Low, likely and high are not in that order.
    Unordered,
    BadDate,
    /// Two items share an identity that must be unique.
    Duplicate,
    TooLong {
        max: u32,
    },
    BadTime,
    EndBeforeStart,
    BadZone,
    /// Not a country's two-letter code.
    BadCountry,
    TooMany {
        max: u32,
    },
}

/// An inclusive range for a whole-number field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WholeRange {
    pub min: u32,
    pub max: u32,
}

impl WholeRange {
    pub fn check(self, v: u32) -> Result<(), FieldError> {
        if (self.min..=self.max).contains(&v) {
            Ok(())
        } else {
            Err(FieldError::OutOfRange {
                min: self.min,
                max: self.max,
            })
        }
    }

    /// Parses typed text: surrounding spaces are fine, anything but digits is not.
    pub fn parse(self, text: &str) -> Result<u32, FieldError> {
        let t = text.trim();
        if t.is_empty() {
            return Err(FieldError::Empty);
        }
        if !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(FieldError::NotWholeNumber);
        }
        // Only digits: the one failure left is overflow, which is out of range too.
        let v: u32 = t.parse().map_err(|_| FieldError::OutOfRange {
            min: self.min,
            max: self.max,
        })?;
        self.check(v)?;
        Ok(v)
    }
}

/// Engineers in the offshore team.
pub const TEAM_SIZE: WholeRange = WholeRange { min: 1, max: 500 };
/// Months of a plan or an engagement.
pub const HORIZON: WholeRange = WholeRange { min: 1, max: 120 };
/// Longest scope sentence, in characters.
pub const SCOPE_MAX_CHARS: u32 = 500;
/// Longest IANA zone name we accept (the longest real one is about 30).
pub const ZONE_MAX_CHARS: usize = 64;

/// The scope sentence: any text up to the limit.
pub fn scope(text: &str) -> Result<&str, FieldError> {
    if text.chars().count() > SCOPE_MAX_CHARS as usize {
        Err(FieldError::TooLong {
            max: SCOPE_MAX_CHARS,
        })
    } else {
        Ok(text)
    }
}

/// Parses `HH:MM` (24-hour) into minutes after midnight; `24:00` is the end of the day.
pub fn parse_time(text: &str) -> Result<u16, FieldError> {
    let t = text.trim();
    let (h, m) = t.split_once(':').ok_or(FieldError::BadTime)?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || m.len() != 2 || !digits(m) {
        return Err(FieldError::BadTime);
    }
    let (h, m): (u16, u16) = (h.parse().unwrap_or(99), m.parse().unwrap_or(99));
    if m > 59 || h > 24 || (h == 24 && m != 0) {
        return Err(FieldError::BadTime);
    }
    Ok(h * 60 + m)
}

/// Formats minutes after midnight as `HH:MM`.
pub fn format_time(min: u16) -> String {
    format!("{:02}:{:02}", min / 60, min % 60)
}

/// A working day as "13:00–22:00".
pub fn format_day(start_min: u16, end_min: u16) -> String {
    format!("{}–{}", format_time(start_min), format_time(end_min))
}

pub fn minute_of_day(min: u16) -> Result<(), FieldError> {
    if min <= 24 * 60 {
        Ok(())
    } else {
        Err(FieldError::BadTime)
    }
}

/// A working day must end after it starts (night shifts are entered per location later).
pub fn working_window(start: u16, end: u16) -> Result<(), FieldError> {
    if end > start {
        Ok(())
    } else {
        Err(FieldError::EndBeforeStart)
    }
}

/// The shape of an IANA zone name (`Area/City`, `UTC`); whether the browser knows it is
/// checked separately against the browser's list. Empty means "not set yet".
pub fn zone_syntax(zone: &str) -> Result<(), FieldError> {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+');
    if zone.len() > ZONE_MAX_CHARS || !zone.chars().all(ok_char) {
        Err(FieldError::BadZone)
    } else {
        Ok(())
    }
}

/// A zone typed by the user: well-formed and one the browser knows (matched without
/// regard to case, returning the browser's spelling).
pub fn zone_in<'a>(text: &str, known: &'a [String]) -> Result<&'a str, FieldError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(FieldError::Empty);
    }
    zone_syntax(t)?;
    known
        .iter()
        .find(|z| z.eq_ignore_ascii_case(t))
        .map(String::as_str)
        .ok_or(FieldError::BadZone)
}

/// An inclusive range for a decimal field, in the unit stored in the plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub min: f64,
    pub max: f64,
}

impl Bounds {
    pub fn check(self, v: f64) -> Result<(), FieldError> {
        if v.is_finite() && v >= self.min && v <= self.max {
            Ok(())
        } else {
            Err(FieldError::OutOfRangeDecimal {
                min: self.min,
                max: self.max,
            })
        }
    }

    /// The same bounds in a display unit (`scale` 100 for a share shown as percent).
    pub fn scaled(self, scale: f64) -> Bounds {
        Bounds {
            min: self.min * scale,
            max: self.max * scale,
        }
    }

    /// Parses typed text (see [`parse_decimal`]) and checks it.
    pub fn parse(self, text: &str) -> Result<f64, FieldError> {
        self.parse_with(text, '.', ',')
    }

    /// Like [`Bounds::parse`], with a language's decimal and group separators.
    pub fn parse_with(self, text: &str, decimal: char, group: char) -> Result<f64, FieldError> {
        let v = parse_decimal_with(text, decimal, group)?;
        self.check(v)?;
        Ok(v)
    }
}

/// A country's ISO 3166 code: two capital letters.
pub fn country_code(code: &str) -> Result<(), FieldError> {
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(FieldError::BadCountry)
    }
}

/// Annual salary.
pub const SALARY: Bounds = Bounds {
    min: 1_000.0,
    max: 10_000_000.0,
};
/// Loaded-cost multiplier.
pub const MULTIPLIER: Bounds = Bounds { min: 1.0, max: 3.0 };
/// Hiring lead time, months.
pub const LEAD_MONTHS: Bounds = Bounds {
    min: 0.0,
    max: 36.0,
};
/// Annual attrition, as a share.
pub const ATTRITION: Bounds = Bounds { min: 0.0, max: 1.0 };
/// Any share (recruiting fee).
pub const SHARE: Bounds = Bounds { min: 0.0, max: 1.0 };
/// Vendor mobilisation, weeks.
pub const MOBILISATION_WEEKS: Bounds = Bounds {
    min: 0.0,
    max: 52.0,
};
/// Billable hours a month.
pub const HOURS_PER_MONTH: Bounds = Bounds {
    min: 1.0,
    max: 300.0,
};
/// Hourly rate.
pub const RATE: Bounds = Bounds {
    min: 1.0,
    max: 5_000.0,
};
/// Daily overlap, hours.
pub const OVERLAP: Bounds = Bounds {
    min: 0.0,
    max: 24.0,
};
/// A one-off amount of money.
pub const MONEY: Bounds = Bounds {
    min: 0.0,
    max: 100_000_000.0,
};
/// Longest metric target, in characters.
pub const TARGET_MAX_CHARS: u32 = 120;

/// Parses a decimal number as people type it in English: `144570`, `144,570`, `1,234.5`,
/// `0.18`. Commas are accepted only as thousands separators (groups of three digits).
pub fn parse_decimal(text: &str) -> Result<f64, FieldError> {
    parse_decimal_with(text, '.', ',')
}

/// Parses a decimal number written with the given decimal and group separators (Spanish:
/// `144.570,5`). A group separator is accepted only between groups of three digits, so a
/// number typed in the other convention (`0.18` in Spanish) is refused, never misread.
pub fn parse_decimal_with(text: &str, decimal: char, group: char) -> Result<f64, FieldError> {
    if decimal == group || decimal.is_ascii_digit() || group.is_ascii_digit() {
        return Err(FieldError::NotANumber);
    }
    let normal: String = text
        .chars()
        .map(|c| {
            if c == decimal {
                '.'
            } else if c == group {
                ','
            } else if c == '.' || c == ',' {
                '\u{1}' // the other convention's separator: refused below
            } else {
                c
            }
        })
        .collect();
    parse_english(&normal)
}

fn parse_english(text: &str) -> Result<f64, FieldError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(FieldError::Empty);
    }
    if t.len() > 32 {
        return Err(FieldError::NotANumber);
    }
    // One minus sign at most: `-0` is 0, `--0` is not a number.
    if let Some(rest) = t.strip_prefix('-') {
        return match unsigned(rest.trim_start()) {
            Ok(0.0) => Ok(0.0),
            Ok(_) => Err(FieldError::Negative),
            Err(e) => Err(e),
        };
    }
    unsigned(t)
}

fn unsigned(t: &str) -> Result<f64, FieldError> {
    if t.is_empty() {
        return Err(FieldError::NotANumber);
    }
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let groups: Vec<&str> = int.split(',').collect();
    let grouped_ok = groups.len() == 1
        || (matches!(groups[0].len(), 1..=3) && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped_ok
        || !groups.iter().all(|g| digits(g))
        || !digits(frac)
        || (int.is_empty() && frac.is_empty())
    {
        return Err(FieldError::NotANumber);
    }
    Ok(crate::support::decimal::to_f64(&groups.concat(), frac))
}

/// A low / likely / high estimate: each within bounds, and in that order.
pub fn range(r: &crate::domain::cost::range::Range, b: Bounds) -> Result<(), FieldError> {
    b.check(r.low)?;
    b.check(r.likely)?;
    b.check(r.high)?;
    if r.is_ordered() {
        Ok(())
    } else {
        Err(FieldError::Unordered)
    }
}

/// A calendar date `YYYY-MM-DD` (years 1970-2200), or empty.
pub fn date_or_empty(text: &str) -> Result<(), FieldError> {
    if text.is_empty() {
        return Ok(());
    }
    parse_date(text).map(drop)
}

/// Parses `YYYY-MM-DD` into (year, month, day), checking the day exists.
pub fn parse_date(text: &str) -> Result<(i32, u32, u32), FieldError> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(FieldError::BadDate);
    }
    let y: i32 = text[0..4].parse().map_err(|_| FieldError::BadDate)?;
    let m: u32 = text[5..7].parse().map_err(|_| FieldError::BadDate)?;
    let d: u32 = text[8..10].parse().map_err(|_| FieldError::BadDate)?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(FieldError::BadDate),
    };
    if !(1970..=2200).contains(&y) || d == 0 || d > days {
        return Err(FieldError::BadDate);
    }
    Ok((y, m, d))
}

/// A metric's target: free text up to the limit.
pub fn metric_target(text: &str) -> Result<(), FieldError> {
    if text.chars().count() > TARGET_MAX_CHARS as usize {
        Err(FieldError::TooLong {
            max: TARGET_MAX_CHARS,
        })
    } else {
        Ok(())
    }
}

/// Free text up to a number of characters.
pub fn text(text: &str, max: u32) -> Result<(), FieldError> {
    if text.chars().count() > max as usize {
        Err(FieldError::TooLong { max })
    } else {
        Ok(())
    }
}
