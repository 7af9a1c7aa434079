//! Typed numbers become the same `f64` that the standard library's parser gives, bit for
//! bit, up to 19 significant digits, and within one unit in the last place beyond.

use offshoring_planner::support::decimal::to_f64;

/// A small deterministic generator, so a failure names a case that can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + (self.next() % 10) as u8))
            .collect()
    }
}

fn std_parse(int: &str, frac: &str) -> f64 {
    format!("0{int}.{frac}0").parse().unwrap()
}

fn ulps(a: f64, b: f64) -> u64 {
    a.to_bits().abs_diff(b.to_bits())
}

#[test]
fn plain_cases() {
    assert_eq!(to_f64("", ""), 0.0);
    assert_eq!(to_f64("000", "000"), 0.0);
    assert_eq!(to_f64("42", ""), 42.0);
    assert_eq!(to_f64("", "5"), 0.5);
    assert_eq!(to_f64("0", "1"), 0.1);
    assert_eq!(to_f64("1", "1"), 1.1);
    assert_eq!(to_f64("85000", ""), 85_000.0);
    assert_eq!(to_f64("0", "3"), 0.3);
    assert_eq!(to_f64("123456", "789"), 123_456.789);
    assert_eq!(
        to_f64("9007199254740993", ""),
        9_007_199_254_740_992.0,
        "ties to even"
    );
    assert_eq!(
        to_f64("9007199254740995", ""),
        9_007_199_254_740_996.0,
        "ties to even"
    );
    assert_eq!(to_f64("", "0000000000000000000000000000001"), 1e-31);
}

/// Every length of integer and fraction part a 32-character field can hold, with up to 19
/// significant digits: identical to `str::parse`.
#[test]
fn up_to_19_significant_digits_it_is_exact() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for case in 0..200_000 {
        let int_len = (rng.next() % 20) as usize;
        let frac_len = (rng.next() % (32 - int_len as u64)) as usize;
        let (int, mut frac) = (rng.digits(int_len), rng.digits(frac_len));
        // Keep at most 19 significant digits: zeros after them.
        let lead = int
            .bytes()
            .chain(frac.bytes())
            .take_while(|b| *b == b'0')
            .count();
        let keep = lead + 19;
        if int_len + frac_len > keep {
            let from = keep.saturating_sub(int_len);
            frac = format!(
                "{}{}",
                &frac[..from.min(frac_len)],
                "0".repeat(frac_len - from.min(frac_len))
            );
        }
        if int_len > keep {
            continue;
        }
        let (ours, theirs) = (to_f64(&int, &frac), std_parse(&int, &frac));
        assert_eq!(
            ours.to_bits(),
            theirs.to_bits(),
            "case {case}: {int}.{frac}: {ours} vs {theirs}"
        );
    }
}

/// Halfway cases are where a rounding error shows: the decimal value of the midpoint
/// between two neighbouring `f64`s, and a hair either side of it.
#[test]
fn midpoints_round_to_even_and_neighbours_to_the_nearest() {
    for text in [
        "9007199254740993",
        "9007199254740995",
        "4503599627370496.5",
        "4503599627370497.5",
        "2251799813685248.25",
        "2251799813685248.75",
        "1125899906842624.125",
        "9007199254740992.9999",
        "9007199254740993.0001",
    ] {
        let (int, frac) = text.split_once('.').unwrap_or((text, ""));
        assert_eq!(
            to_f64(int, frac).to_bits(),
            std_parse(int, frac).to_bits(),
            "{text}"
        );
    }
}

/// Longer numbers (pasted from a spreadsheet, say) are cut to 19 significant digits.
#[test]
fn beyond_19_digits_it_is_within_one_unit_in_the_last_place() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for case in 0..50_000 {
        let int_len = (rng.next() % 12) as usize;
        let frac_len = 20 + (rng.next() % (31 - 20 - int_len as u64).max(1)) as usize;
        let (int, frac) = (rng.digits(int_len), rng.digits(frac_len.min(31 - int_len)));
        let (ours, theirs) = (to_f64(&int, &frac), std_parse(&int, &frac));
        assert!(
            ulps(ours, theirs) <= 1,
            "case {case}: {int}.{frac}: {ours} vs {theirs}"
        );
    }
    assert_eq!(to_f64("0", "3333333333333333333333"), 1.0 / 3.0);
}

/// Hostile lengths never panic.
#[test]
fn any_length_is_safe() {
    let long = "9".repeat(200);
    assert!(to_f64(&long, "").is_finite() || to_f64(&long, "").is_infinite());
    assert!(to_f64("1", &long) > 1.9);
    assert!(to_f64("", &format!("{}1", "0".repeat(60))) >= 0.0);
}

#[test]
fn the_nth_root_agrees_with_powf() {
    use offshoring_planner::support::root::nth_root;
    for n in [2u32, 5, 12] {
        for i in 1..=2000 {
            let x = i as f64 * 0.0061;
            let want = x.powf(1.0 / n as f64);
            let got = nth_root(x, n);
            assert!(
                (got - want).abs() <= want * 4e-16,
                "{x}^(1/{n}): {got} vs {want}"
            );
        }
    }
    assert_eq!(nth_root(0.0, 12), 0.0);
    assert!(nth_root(-1.0, 12).is_nan());
    assert!(nth_root(f64::INFINITY, 12).is_nan());
    assert!(nth_root(f64::NAN, 12).is_nan());
}
