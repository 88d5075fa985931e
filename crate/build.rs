//! Copies the lexicons of `data/` into OUT_DIR without their comments and
//! blank lines, for `lexicon.rs` to embed: the comments document the data
//! for people and would cost the wasm about 12 KB.

use std::fs;
use std::path::Path;

fn copy(src: &Path, dst: &Path) {
    for entry in fs::read_dir(src).expect("read data dir") {
        let entry = entry.expect("data entry");
        let path = entry.path();
        let out = dst.join(entry.file_name());
        if path.is_dir() {
            fs::create_dir_all(&out).expect("create out dir");
            copy(&path, &out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            let text = fs::read_to_string(&path).expect("read lexicon");
            // The same rule as lexicon::parse: " #" starts a comment, "#" a comment line.
            let kept: Vec<&str> = text
                .lines()
                .map(|l| l.split(" #").next().unwrap_or("").trim())
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            fs::write(&out, kept.join("\n") + "\n").expect("write lexicon");
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("data");
    fs::create_dir_all(&out).expect("create OUT_DIR/data");
    copy(Path::new("data"), &out);
}
