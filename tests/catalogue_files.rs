//! The language files the site fetches at run time are written by the build script from
//! the catalogues' sources (build/catalogues.rs); each must say exactly what the compiled
//! catalogue says, message for message, in `Key::ALL`'s order.

use offshoring_planner::i18n::{fetched, Lang};

#[test]
fn every_fetched_language_file_equals_the_compiled_catalogue() {
    let dir = std::path::Path::new(env!("OUT_DIR")).join("catalogues");
    let mut written = 0;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let path = dir.join(format!("lang-{}.json", lang.tag()));
        let file = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("the build wrote no {}: {e}", path.display()));
        assert_eq!(
            file,
            fetched::to_json(lang),
            "{} differs from the compiled {lang:?} catalogue",
            path.display()
        );
        assert!(fetched::parse(&file).is_ok(), "{lang:?}'s file reads back");
        written += 1;
    }
    assert!(written >= 1, "no language besides English was found");
    let files = std::fs::read_dir(&dir)
        .expect("the catalogues folder")
        .count();
    assert_eq!(
        files, written,
        "one file per fetched language, nothing else"
    );
}
