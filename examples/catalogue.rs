//! Writes the catalogue files the site's build fetches at run time: `lang-<tag>.json`
//! for every language but English, into the folder given (scripts/catalogues.mjs runs
//! this after each Trunk build). Prints the files' names.
//!
//! `cargo run --quiet --example catalogue -- <folder>`

use offshoring_planner::i18n::{fetched, Lang};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: catalogue <folder>");
        std::process::exit(2);
    };
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let name = format!("lang-{}.json", lang.tag());
        let path = std::path::Path::new(&dir).join(&name);
        if let Err(e) = std::fs::write(&path, fetched::to_json(lang)) {
            eprintln!("catalogue: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("{name}");
    }
}
