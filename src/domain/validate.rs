//! Checks for what the user types. Each returns a typed error that the UI turns into a
//! message beside the field; the last valid value stays in the plan meanwhile.

/// Why a value was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    Empty,
    NotWholeNumber,
    OutOfRange { min: u32, max: u32 },
    TooLong { max: u32 },
    BadTime,
    EndBeforeStart,
    BadZone,
    TooMany { max: u32 },
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
