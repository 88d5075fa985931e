//! Packs the lexicons of `data/` into one file in OUT_DIR without their
//! comments and blank lines, for `lexicon.rs` to embed: the comments
//! document the data for people and would cost the wasm about 12 KB. One
//! file, not one per list: a table of 137 (language, name, contents) string
//! references cost the wasm about 1 KB gzipped.
//!
//! The packed file: for each `data/<lang>/<name>.txt`, in path order, a line
//! "\u{1}<lang>/<name>" and then the list's entries, one a line.

use std::fs;
use std::path::Path;

/// The lists under `src` (recursively), as (key "lang/name", entries).
fn collect(src: &Path, lang: &str, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(src).expect("read data dir") {
        let entry = entry.expect("data entry");
        let path = entry.path();
        let file_name = entry.file_name().into_string().expect("UTF-8 file name");
        if path.is_dir() {
            collect(&path, &file_name, out);
        } else if let Some(name) = file_name.strip_suffix(".txt") {
            let text = fs::read_to_string(&path).expect("read lexicon");
            // The rule lexicon::parse relies on: " #" starts a comment, "#" a
            // comment line; entries trimmed, blank lines dropped.
            let kept: Vec<&str> = text
                .lines()
                .map(|l| l.split(" #").next().unwrap_or("").trim())
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            assert!(!kept.iter().any(|l| l.contains('\u{1}')), "{}: a control char U+0001", path.display());
            out.push((format!("{lang}/{name}"), kept.iter().map(|l| format!("{l}\n")).collect()));
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    let mut lists = Vec::new();
    collect(Path::new("data"), "", &mut lists);
    // (read_dir's order is the file system's: sorted, for a reproducible build.)
    lists.sort();
    let packed: String = lists.iter().map(|(key, entries)| format!("\u{1}{key}\n{entries}")).collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lexicons.txt");
    fs::write(&out, packed).expect("write lexicons");
}
