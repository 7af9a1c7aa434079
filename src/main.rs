#[cfg(target_arch = "wasm32")]
fn main() {
    offshoring_planner::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The offshoring planner runs in the browser: see README.md (make serve).");
}
