//! Every fixture, every regression entry and a set of hostile inputs must
//! give a report whose invariants hold (`Report::check`), without panicking.
//! Regression entries live in tests/regressions/, one file per bug found.

use std::path::{Path, PathBuf};

use lector::{html, Input};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn check_input(name: &str, input: &Input) {
    let text = input.text();
    match lector::annotate_text(&text, input) {
        Ok(r) => r.check(&text).unwrap_or_else(|e| panic!("{name}: {e}")),
        Err(e) => panic!("{name}: refused: {e}"),
    }
}

fn files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo().join(dir))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn fixtures_and_regressions_keep_invariants() {
    let mut n = 0;
    for p in files("tests/fixtures").into_iter().chain(files("tests/regressions")) {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        let Ok(bytes) = std::fs::read(&p) else { continue };
        let src = String::from_utf8_lossy(&bytes);
        let input = match ext {
            "txt" => Input::from_text(&src),
            "html" => html::read(&src),
            _ => continue,
        };
        check_input(&p.display().to_string(), &input);
        n += 1;
    }
    assert!(n >= 2, "no fixtures found");
}

#[test]
fn hostile_inputs_keep_invariants() {
    let cases: Vec<String> = vec![
        String::new(),
        "\"".into(),
        "\"\"\"\"\"".into(),
        "\u{201C}".repeat(1000),
        "\" a \" b \" c".repeat(500),
        "« » « ‹ › „ “ ‚ ‘ 「 」 『 』".repeat(50),
        "He said: \"Unclosed quote in a paragraph.\n\nAnother \"paragraph\" here.".into(),
        "emoji 👍🏽 \"quote 😀 here,\" she said. 🇮🇩".into(),
        "\u{0645}\u{0631}\u{062D}\u{0628}\u{0627} \"Hello\" \u{05E9}\u{05DC}\u{05D5}\u{05DD}".into(),
        "e\u{0301}\u{0301} combining \"marks\u{0301}\" said X".into(),
        "\u{FFFD}\u{FFFD}\"lone\u{FFFD}\" said he".into(),
        "((((((((((\"(x)\"))))))))))".into(),
        "'''''''''''''' ’’’’’ ‘‘‘‘".into(),
        "Mr. Mr. Mr. . . . ! ? \"".repeat(100),
        "관련 뉴스 相关新闻 関連記事 Baca juga Lire aussi".into(),
    ];
    for (i, c) in cases.iter().enumerate() {
        check_input(&format!("case {i}"), &Input::from_text(c));
        // The same text as one block of a page, selection by density.
        let mut input = Input::from_text(c);
        input.all_article = false;
        check_input(&format!("case {i} (page)"), &input);
    }
}

#[test]
fn too_large_input_is_refused_with_a_message() {
    let big = "a".repeat(lector::input::MAX_TEXT_BYTES + 1);
    let input = Input::from_text(&big);
    let err = lector::annotate(&input).unwrap_err();
    assert!(err.to_string().contains("MB"), "{err}");
}
