//! The n-th root by Newton's method: what the page needs of `powf` (a monthly discount
//! factor, a colour's luminance) without carrying the general power function in the
//! main file.

/// The `n`-th root of `x` (x > 0, n >= 1), to the last bit or so; `NaN` otherwise.
pub fn nth_root(x: f64, n: u32) -> f64 {
    if !(x > 0.0 && x.is_finite()) || n == 0 {
        return if x == 0.0 && n > 0 { 0.0 } else { f64::NAN };
    }
    let k = n as f64;
    // From 1, the first step lands at or above the root (the mean of the n - 1 ones and
    // x bounds the geometric mean); from there every step falls towards it.
    let mut y = 1.0f64;
    for _ in 0..200 {
        let next = ((k - 1.0) * y + x / y.powi(n as i32 - 1)) / k;
        if (next - y).abs() <= y * 1e-16 || next == y {
            return next;
        }
        y = next;
    }
    y
}
