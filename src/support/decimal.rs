//! Decimal text to `f64`, for the numbers people type (at most 32 characters, checked by
//! the caller). Exact: the nearest `f64`, ties to even, whenever the number has at most
//! 19 significant digits; longer ones are cut to their first 19 (an error below one part
//! in 10^18, so at most one unit in the last place). Written here instead of calling
//! `str::parse`, whose general algorithm brings about 16 KB of tables and code to the
//! first page.

/// The value of `int.frac`, both plain ASCII digits (either may be empty).
pub fn to_f64(int: &str, frac: &str) -> f64 {
    const KEPT: usize = 19;
    let digits: Vec<u8> = int
        .bytes()
        .chain(frac.bytes())
        .skip_while(|b| *b == b'0')
        .collect();
    if digits.is_empty() {
        return 0.0;
    }
    // The value is `digits` × 10^-scale; cut to 19 digits, the scale drops with them.
    let cut = digits.len().saturating_sub(KEPT);
    let scale = frac.len() as i32 - cut as i32;
    let (kept, dropped) = digits.split_at(digits.len() - cut);
    let m = kept.iter().fold(0u64, |m, d| m * 10 + u64::from(d - b'0'));
    // Digits cut off still say whether the value is above the one kept, for rounding.
    let above = dropped.iter().any(|d| *d != b'0');
    match scale {
        // Twenty digits or more before the point: far beyond any field's bound.
        ..0 => m as f64 * 10f64.powi(-scale),
        0..=32 => ratio(m, 10u128.pow(scale as u32), above),
        // Longer than any text the caller passes; near enough, never a panic.
        _ => ratio(m, 10u128.pow(32), above) / 10f64.powi(scale - 32),
    }
}

/// The `f64` nearest to `m / d` (`m` ≥ 1, `d` ≤ 10^32), ties to even, by long division in
/// binary: 53 bits of quotient, one more to round with, and whether anything is left
/// (`above`: something below `m`'s last digit was cut off).
fn ratio(m: u64, d: u128, above: bool) -> f64 {
    let (mut q, mut r) = (u128::from(m) / d, u128::from(m) % d);
    let mut exp: i32 = 0; // the value is (q + r / d) × 2^exp
    while q < 1 << 53 {
        r <<= 1;
        q <<= 1;
        if r >= d {
            r -= d;
            q |= 1;
        }
        exp -= 1;
    }
    let mut sticky = r != 0 || above;
    while q >= 1 << 54 {
        sticky |= q & 1 == 1;
        q >>= 1;
        exp += 1;
    }
    // q has 54 bits: 53 for the result, then the rounding bit.
    let half = q & 1 == 1;
    let mut mantissa = (q >> 1) as u64;
    exp += 1;
    if half && (sticky || mantissa & 1 == 1) {
        mantissa += 1;
        if mantissa == 1 << 53 {
            mantissa >>= 1;
            exp += 1;
        }
    }
    // Exact: a 53-bit integer times a power of two, all well within the normal range.
    mantissa as f64 * f64::from_bits(((exp + 1023) as u64) << 52)
}
