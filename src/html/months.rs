//! A small chart of a location's shared hours in each month of the year, as inline SVG
//! with a title and a description that holds every figure.

use super::charts::{svg_open_wide, tick, title_desc};
use super::{coord, Html};

const W: f64 = 360.0;
const H: f64 = 120.0;
const TOP: f64 = 8.0;
const BOTTOM: f64 = 20.0;

/// One bar per month. `labels` are the months' short names, `values` the hours written
/// out for the description; `id` keeps the title and description ids unique.
pub fn months_chart(
    minutes: &[u64; 12],
    labels: &[String; 12],
    title: &str,
    desc: &str,
    id: &str,
) -> String {
    let max = minutes.iter().copied().max().unwrap_or(0).max(1) as f64;
    let step = W / 12.0;
    let mut h = Html::new();
    svg_open_wide(&mut h, "chart months", W, H, id);
    title_desc(&mut h, id, title, desc);
    for (i, m) in minutes.iter().enumerate() {
        let height = (H - TOP - BOTTOM) * *m as f64 / max;
        let x = step * i as f64 + step * 0.15;
        h.empty(
            "rect",
            &[
                ("x", &coord(x)),
                ("y", &coord(H - BOTTOM - height)),
                ("width", &coord(step * 0.7)),
                ("height", &coord(height.max(1.0))),
                ("fill", "#1f5fae"),
            ],
        );
        tick(&mut h, x + step * 0.35, H - 6.0, "middle", &labels[i]);
    }
    h.close("svg");
    h.finish()
}
