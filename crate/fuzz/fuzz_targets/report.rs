//! Any text, as plain text and as a page of blocks: the report's invariants
//! hold and nothing panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use lector::{Block, Input};

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let input = Input::from_text(&s);
    let text = input.text();
    let r = lector::annotate_text(&text, &input).expect("refused");
    r.check(&text).expect("invariant");

    // The same bytes as page blocks split on '|', with hints from the first byte.
    let hints = ["", "article", "nav", "main article", "comments", "footer"];
    let h = hints[data.first().map_or(0, |b| *b as usize % hints.len())];
    let blocks = s.split('|').map(|t| Block { text: t.to_string(), tag: "p".into(), hints: h.into(), ..Block::default() }).collect();
    let input = Input { blocks, ..Input::default() };
    let text = input.text();
    let r = lector::annotate_text(&text, &input).expect("refused");
    r.check(&text).expect("invariant");
});
