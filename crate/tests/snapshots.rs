//! Golden snapshots: for every `tests/fixtures/*.txt`, the CLI's readable
//! listing (`lector FILE`) is stored as `tests/snapshots/<name>.txt` and
//! compared here. Humans review changes as diffs; to accept them, run
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` and commit the files.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// The CLI's listing of `rel` (a path relative to the workspace root, so the
/// header line is the same on every machine).
fn listing(rel: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_lector")).arg(rel).current_dir(root()).output().expect("run the lector CLI");
    assert!(out.status.success(), "lector {rel} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 listing")
}

/// The first line where two texts differ, for the failure message.
fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied().unwrap_or("<end>"), g.get(i).copied().unwrap_or("<end>"));
        if a != b {
            return format!("line {}:\n  - {a}\n  + {b}", i + 1);
        }
    }
    "(same lines, different line endings)".into()
}

#[test]
fn listings_match_snapshots() {
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let fixtures = root().join("tests/fixtures");
    let snapshots = root().join("tests/snapshots");
    let mut names: Vec<String> = std::fs::read_dir(&fixtures)
        .expect("tests/fixtures")
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".txt")).map(str::to_string))
        .filter(|n| n != "README")
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no fixtures found");
    let mut failures = Vec::new();
    for name in &names {
        let got = listing(&format!("tests/fixtures/{name}.txt"));
        let path = snapshots.join(format!("{name}.txt"));
        if update {
            std::fs::create_dir_all(&snapshots).unwrap();
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!("{name}: {}", first_difference(&want, &got))),
            Err(_) => failures.push(format!("{name}: no snapshot at {}", path.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} snapshot(s) differ (review, then accept with UPDATE_SNAPSHOTS=1 cargo test --test snapshots):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
