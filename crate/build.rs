//! Packs the lexicons of `data/` into one file in OUT_DIR without their
//! comments and blank lines, for `lexicon.rs` to embed: the comments
//! document the data for people and would cost the wasm about 12 KB. One
//! file, not one per list: a table of 137 (language, name, contents) string
//! references cost the wasm about 1 KB gzipped.
//!
//! The packed file, `lexicons.txt`: for each `data/<lang>/<name>.txt`, in
//! path order, a line "\u{1}<lang>/<name>" and then the list's entries,
//! one a line. The wasm's, `lexicons.bin`, has the entries front-coded:
//! each opens with a byte 0x10 + n, n (at most 15) the bytes it shares with
//! the entry before it in the list, which are left out; no newlines (the
//! bytes below 0x20 separate the names and entries). `lexicon::unpack`
//! restores the text. 2.3 KB less gzipped in the wasm (session size14).

use std::fs;
use std::path::Path;

/// The lists under `src` (recursively), as (key "lang/name", entries).
fn collect(src: &Path, lang: &str, out: &mut Vec<(String, Vec<String>)>) {
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
            assert!(!kept.iter().any(|l| l.bytes().any(|b| b < 0x20)), "{}: a control char", path.display());
            out.push((format!("{lang}/{name}"), kept.iter().map(|l| l.to_string()).collect()));
        }
    }
}

/// The entries front-coded (see the file's comment), on char boundaries.
fn front_code(entries: &[String]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev: &[u8] = b"";
    for e in entries {
        let e = e.as_bytes();
        let mut n = e.iter().zip(prev).take(15).take_while(|(a, b)| a == b).count();
        while n > 0 && n < e.len() && e[n] & 0xC0 == 0x80 {
            n -= 1;
        }
        out.push(0x10 + n as u8);
        out.extend_from_slice(&e[n..]);
        prev = e;
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    let mut lists: Vec<(String, Vec<String>)> = Vec::new();
    collect(Path::new("data"), "", &mut lists);
    // (read_dir's order is the file system's: sorted, for a reproducible build.)
    lists.sort();
    // The entries of the lists whose order means nothing sorted (byte
    // order): front-coded and gzipped, 0.4 KB less in the wasm (session
    // size17). Only lists the code asks `contains` of, or reads whole
    // into a set of words or flags; a list whose order decides something
    // (which entry matches first: outlets, relays, hedges, suffixes, …)
    // must not be named here. (Session size19 added seven, 0.5 KB: the
    // outlets, whose candidates by first word `Lex::outlet_at` sorts by
    // length and which give only that length; konjunktiv, outlet_nouns,
    // place_words, separable (its particles asked with `any`), titles and
    // title_suffixes (asked with `any`).)
    const UNORDERED: [&str; 35] = [
        "abbreviations", "adverbs", "anonymous_sources", "back_nouns", "countries", "demonyms", "document_nouns", "elisions", "evidence_nouns", "gender_nouns", "generic_org_refs", "group_nouns", "honorifics", "konjunktiv", "konjunktiv2", "needs_that", "not_names", "org_words", "outlet_nouns", "outlet_words", "outlets", "participles", "place_nouns", "place_words", "post_cues", "pronouns", "region_titles", "reported_verbs", "role_nouns", "separable", "speech_verbs", "stopwords", "term_markers", "title_suffixes", "titles",
    ];
    // (Of one language only: the German org_refs answer `compound_tail`
    // with the first entry a word ends in, and "bundesregierung" ends in
    // "regierung", "fluggesellschaft" in "gesellschaft".)
    const UNORDERED_KEYS: [&str; 18] = [
        "de/template_labels", "en/org_refs", "en/template_labels", "en/title_abbreviations", "es/template_labels", "fr/org_refs", "fr/template_labels", "id/org_refs", "id/template_labels", "it/template_labels", "ja/template_labels", "ko/template_labels", "nl/template_labels", "pt/template_labels", "ru/template_labels", "tr/template_labels", "vi/template_labels", "zh/template_labels",
    ];
    // The outlets in ASCII lower case (the code reads them only lower-cased:
    // `cues::split_entry` lower-cases their words, `List::contains` ignores
    // case): 0.2 KB less gzipped (session size19). Only ASCII capitals, so
    // that any lower-casing of an entry gives what it gave before.
    const LOWERED: [&str; 1] = ["outlets"];
    for (key, entries) in &mut lists {
        let name = key.split_once('/').expect("lang/name").1;
        if LOWERED.contains(&name) {
            entries.iter_mut().for_each(|e| e.make_ascii_lowercase());
        }
        if UNORDERED.contains(&name) || UNORDERED_KEYS.contains(&key.as_str()) {
            // (And without their repeats, which only set a flag again, or
            // answer `contains` or `any` the same: 19 outlets written in two
            // cases, a few of the others.)
            entries.sort();
            entries.dedup();
        }
        if name == "mt_notice" {
            // (Sorted too, but the entries of one literal of mt::vocab (the
            // phrase lower-cased without its "*"), matched in their order
            // ("translation auto-translat*" before "mechanism
            // auto-translat*"), take the places sorting gives them in their
            // order in the file.)
            let lit = |e: &String| {
                let p = e.split_once(' ').map_or("", |(_, p)| p).trim().to_lowercase();
                p.strip_suffix('*').map(str::to_string).unwrap_or(p)
            };
            let mut sorted = entries.clone();
            sorted.sort();
            let mut slots: Vec<Option<String>> = vec![None; sorted.len()];
            let mut taken = vec![false; entries.len()];
            for (i, e) in sorted.iter().enumerate() {
                // The first entry of `e`'s literal not yet placed.
                let l = lit(e);
                let j = (0..entries.len()).find(|&j| !taken[j] && lit(&entries[j]) == l).expect("an entry");
                taken[j] = true;
                slots[i] = Some(entries[j].clone());
            }
            *entries = slots.into_iter().map(|e| e.expect("placed")).collect();
        }
        if name == "language_names" {
            // (Sorted too, but a name's prefix entry ("ar arabisch*") kept
            // before its whole-word one ("ar arabisch"): both are entries of
            // one literal, in the order mt::vocab matches them. The codes
            // are numbered in order of first appearance, but only looked up
            // by that number; no name belongs to two codes.)
            entries.sort_by(|a, b| a.trim_end_matches('*').cmp(b.trim_end_matches('*')).then(b.ends_with('*').cmp(&a.ends_with('*'))));
        }
    }
    // The lists' names: a char each in the keys, and a constant of that
    // char for the code (lexicon::SPEECH_VERBS): the names themselves,
    // written in the code and in every list's key, cost the wasm 0.4 KB
    // gzipped (session size14).
    let mut names: Vec<&str> = lists.iter().map(|(key, _)| key.split_once('/').expect("lang/name").1).collect();
    names.sort();
    names.dedup();
    assert!(names.len() <= 0x50, "too many list names for a char each");
    let id = |name: &str| char::from(0x30 + names.iter().position(|n| *n == name).expect("a name") as u8);
    let consts: String = names
        .iter()
        .map(|n| format!("/// The list `data/*/{n}.txt`.\npub const {}: &str = {:?};\n", n.to_uppercase(), id(n).to_string()))
        .collect();
    let lists: Vec<(String, Vec<String>)> = lists
        .iter()
        .map(|(key, entries)| {
            let (lang, name) = key.split_once('/').expect("lang/name");
            (format!("{lang}/{}", id(name)), entries.clone())
        })
        .collect();
    let (mut plain, mut coded) = (String::new(), Vec::new());
    for (key, entries) in &lists {
        plain.push_str(&format!("\u{1}{key}\n"));
        plain.extend(entries.iter().map(|l| format!("{l}\n")));
        coded.push(1);
        coded.extend_from_slice(key.as_bytes());
        coded.extend_from_slice(&front_code(entries));
    }
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    fs::write(Path::new(&dir).join("lexicons.txt"), plain).expect("write lexicons");
    fs::write(Path::new(&dir).join("lexicons.bin"), coded).expect("write lexicons");
    fs::write(Path::new(&dir).join("list_names.rs"), consts).expect("write list names");
}
