//! `lector-eval DIR|FILE.gold.json…` — scores the core against gold files.
//!
//! For every `NAME.gold.json` that has a `NAME.txt` beside it, annotates the
//! text and compares the report with the gold (format: tests/fixtures/README.md):
//!
//! - speech quotes: precision / recall / F1 on exact quote text;
//! - speaker accuracy: of the gold quotes that were found, how many carry the
//!   gold speaker (canonical name, `A|B` alternatives, case-insensitive, a
//!   leading "the" ignored);
//! - relay-source accuracy: of the found quotes where the gold or the core
//!   names a source, how many name the same one;
//! - reported speech: precision / recall, a match being same speaker, same cue
//!   (an auxiliary before it may be on one side only: "a déclaré" / "déclaré")
//!   and the gold `contains` substring inside the reported span;
//! - terms reported as speech (gold `non_speech_quotes` the core calls speech);
//! - issue 4's metrics: hedge cues (in order), artifacts (exact text), the
//!   machine-translation verdict and its source language.
//!
//! Exits non-zero only on errors (unreadable or malformed files), never on
//! low scores. Native only.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lector::report::{QuoteKind, Report};
use serde_json::Value;

/// Counts for one file; summed for the overall line.
#[derive(Default, Clone)]
struct Score {
    /// Speech quotes: matched, predicted, gold.
    q_tp: usize,
    q_pred: usize,
    q_gold: usize,
    /// Speakers right among matched quotes.
    spk_ok: usize,
    spk_n: usize,
    /// Relay sources right among matched quotes where either side names one.
    src_ok: usize,
    src_n: usize,
    /// Reported speech: matched, predicted, gold.
    r_tp: usize,
    r_pred: usize,
    r_gold: usize,
    /// Gold non-speech quotes the core reported as speech.
    terms_as_speech: usize,
    terms_gold: usize,
    /// Hedge cues: in-order matches, predicted, gold.
    h_tp: usize,
    h_pred: usize,
    h_gold: usize,
    /// Artifacts: matched, predicted, gold.
    a_tp: usize,
    a_pred: usize,
    a_gold: usize,
    /// Machine-translation verdict right (files), source language right (files
    /// where the gold says translated).
    mt_ok: usize,
    mt_n: usize,
    mt_lang_ok: usize,
    mt_lang_n: usize,
    /// Human-readable mismatches, for the details section.
    misses: Vec<String>,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.q_tp += o.q_tp;
        self.q_pred += o.q_pred;
        self.q_gold += o.q_gold;
        self.spk_ok += o.spk_ok;
        self.spk_n += o.spk_n;
        self.src_ok += o.src_ok;
        self.src_n += o.src_n;
        self.r_tp += o.r_tp;
        self.r_pred += o.r_pred;
        self.r_gold += o.r_gold;
        self.terms_as_speech += o.terms_as_speech;
        self.terms_gold += o.terms_gold;
        self.h_tp += o.h_tp;
        self.h_pred += o.h_pred;
        self.h_gold += o.h_gold;
        self.a_tp += o.a_tp;
        self.a_pred += o.a_pred;
        self.a_gold += o.a_gold;
        self.mt_ok += o.mt_ok;
        self.mt_n += o.mt_n;
        self.mt_lang_ok += o.mt_lang_ok;
        self.mt_lang_n += o.mt_lang_n;
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v" || a == "--verbose");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if paths.is_empty() {
        eprintln!("usage: lector-eval [-v] DIR|FILE.gold.json...");
        return ExitCode::from(2);
    }
    let mut golds: Vec<PathBuf> = Vec::new();
    for p in paths {
        let p = Path::new(p);
        if p.is_dir() {
            match std::fs::read_dir(p) {
                Ok(rd) => {
                    for e in rd.flatten() {
                        let f = e.path();
                        if f.to_string_lossy().ends_with(".gold.json") {
                            golds.push(f);
                        }
                    }
                }
                Err(e) => {
                    eprintln!("lector-eval: {}: {e}", p.display());
                    return ExitCode::FAILURE;
                }
            }
        } else {
            golds.push(p.to_path_buf());
        }
    }
    golds.sort();

    let mut rows: Vec<(String, Score)> = Vec::new();
    let mut failed = false;
    for g in &golds {
        let name = g.file_name().unwrap().to_string_lossy().trim_end_matches(".gold.json").to_string();
        let txt = g.with_file_name(format!("{name}.txt"));
        if !txt.exists() {
            continue;
        }
        match score_file(g, &txt) {
            Ok(s) => rows.push((name, s)),
            Err(e) => {
                eprintln!("lector-eval: {}: {e}", g.display());
                failed = true;
            }
        }
    }

    let mut total = Score::default();
    println!(
        "{:<28} {:>6} {:>6} {:>6} {:>7} {:>7} {:>6} {:>6} {:>5} {:>6} {:>6} {:>6} {:>6} {:>4} {:>4}",
        "file", "q.P", "q.R", "q.F1", "spk", "src", "rep.P", "rep.R", "t→s", "hdg.P", "hdg.R", "art.P", "art.R", "mt", "src"
    );
    for (name, s) in &rows {
        println!("{}", row(name, s));
        total.add(s);
    }
    println!("{}", row("OVERALL", &total));
    println!();
    println!(
        "speech quotes  P {} R {} F1 {}  ({} found of {} gold, {} predicted)",
        pct(total.q_tp, total.q_pred),
        pct(total.q_tp, total.q_gold),
        f1(total.q_tp, total.q_pred, total.q_gold),
        total.q_tp,
        total.q_gold,
        total.q_pred
    );
    println!("speaker acc    {}  ({}/{} found quotes)", pct(total.spk_ok, total.spk_n), total.spk_ok, total.spk_n);
    println!("relay source   {}  ({}/{} found quotes with a source)", pct(total.src_ok, total.src_n), total.src_ok, total.src_n);
    // Precision and recall of one category: matched, predicted, gold.
    let pr = |label: &str, tp: usize, pred: usize, gold: usize| {
        println!("{label:<14} P {} R {}  ({tp} matched, {pred} predicted, {gold} gold)", pct(tp, pred), pct(tp, gold));
    };
    pr("reported", total.r_tp, total.r_pred, total.r_gold);
    println!("terms→speech   {} of {} gold non-speech quotes", total.terms_as_speech, total.terms_gold);
    pr("hedges", total.h_tp, total.h_pred, total.h_gold);
    pr("artifacts", total.a_tp, total.a_pred, total.a_gold);
    println!(
        "MT verdict     {}/{} files right; source language {}/{}",
        total.mt_ok, total.mt_n, total.mt_lang_ok, total.mt_lang_n
    );
    if verbose {
        for (name, s) in &rows {
            if !s.misses.is_empty() {
                println!("\n{name}:");
                for m in &s.misses {
                    println!("  {m}");
                }
            }
        }
    }
    println!("eval: {} files", rows.len());
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn row(name: &str, s: &Score) -> String {
    format!(
        "{:<28} {:>6} {:>6} {:>6} {:>7} {:>7} {:>6} {:>6} {:>5} {:>6} {:>6} {:>6} {:>6} {:>4} {:>4}",
        name,
        pct(s.q_tp, s.q_pred),
        pct(s.q_tp, s.q_gold),
        f1(s.q_tp, s.q_pred, s.q_gold),
        pct(s.spk_ok, s.spk_n),
        pct(s.src_ok, s.src_n),
        pct(s.r_tp, s.r_pred),
        pct(s.r_tp, s.r_gold),
        s.terms_as_speech,
        pct(s.h_tp, s.h_pred),
        pct(s.h_tp, s.h_gold),
        pct(s.a_tp, s.a_pred),
        pct(s.a_tp, s.a_gold),
        format!("{}/{}", s.mt_ok, s.mt_n),
        format!("{}/{}", s.mt_lang_ok, s.mt_lang_n),
    )
}

/// A ratio as a fraction with three decimals; "-" when nothing to divide.
fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.3}", a as f64 / b as f64)
    }
}

fn f1(tp: usize, pred: usize, gold: usize) -> String {
    if pred + gold == 0 {
        return "-".into();
    }
    format!("{:.3}", 2.0 * tp as f64 / (pred + gold) as f64)
}

/// Lower case, whitespace collapsed, a leading "the " dropped.
fn norm_name(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

/// Whether `pred` is one of the `|`-separated gold alternatives.
fn name_ok(gold: Option<&str>, pred: Option<&str>) -> bool {
    match (gold, pred) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            let p = norm_name(p);
            g.split('|').any(|alt| norm_name(alt) == p)
        }
        _ => false,
    }
}

fn str_field<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

fn strings(v: &Value, k: &str) -> Vec<String> {
    v.get(k)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn score_file(gold_path: &Path, txt_path: &Path) -> Result<Score, String> {
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold_path).map_err(|e| e.to_string())?)
        .map_err(|e| format!("bad JSON: {e}"))?;
    let src = std::fs::read_to_string(txt_path).map_err(|e| format!("{}: {e}", txt_path.display()))?;
    let (_, r) = lector::annotate_plain(&src).map_err(|e| e.to_string())?;
    Ok(score(&gold, &r))
}

fn score(gold: &Value, r: &Report) -> Score {
    let mut s = Score::default();
    let spk_name = |i: Option<usize>| i.and_then(|i| r.speakers.get(i)).map(|sp| sp.name.as_str());

    // Speech quotes: one-to-one on exact text, in document order.
    let gq: Vec<&Value> = gold.get("quotes").and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
    let speech: Vec<usize> = (0..r.quotes.len()).filter(|&i| r.quotes[i].kind == QuoteKind::Speech).collect();
    let mut used = vec![false; speech.len()];
    s.q_gold = gq.len();
    s.q_pred = speech.len();
    for g in &gq {
        let text = str_field(g, "text").unwrap_or("");
        let hit = (0..speech.len()).find(|&k| !used[k] && r.quotes[speech[k]].text == text);
        let Some(k) = hit else {
            s.misses.push(format!("quote missed: \u{201C}{}\u{201D}", short(text)));
            continue;
        };
        used[k] = true;
        s.q_tp += 1;
        let q = &r.quotes[speech[k]];
        let gs = str_field(g, "speaker");
        s.spk_n += 1;
        if name_ok(gs, spk_name(q.speaker)) {
            s.spk_ok += 1;
        } else {
            s.misses.push(format!(
                "speaker: \u{201C}{}\u{201D} gold {:?} got {:?}",
                short(text),
                gs.unwrap_or("-"),
                spk_name(q.speaker).unwrap_or("-")
            ));
        }
        let gsrc = str_field(g, "source");
        if gsrc.is_some() || q.source.is_some() {
            s.src_n += 1;
            if name_ok(gsrc, q.source.as_deref()) {
                s.src_ok += 1;
            } else {
                s.misses.push(format!(
                    "source: \u{201C}{}\u{201D} gold {:?} got {:?}",
                    short(text),
                    gsrc.unwrap_or("-"),
                    q.source.as_deref().unwrap_or("-")
                ));
            }
        }
    }
    for (k, &i) in speech.iter().enumerate() {
        if !used[k] {
            s.misses.push(format!("extra speech quote: \u{201C}{}\u{201D}", short(&r.quotes[i].text)));
        }
    }

    // Terms reported as speech.
    let terms = strings(gold, "non_speech_quotes");
    s.terms_gold = terms.len();
    for t in &terms {
        if r.quotes.iter().any(|q| q.kind == QuoteKind::Speech && &q.text == t) {
            s.terms_as_speech += 1;
            s.misses.push(format!("term reported as speech: \u{201C}{t}\u{201D}"));
        }
    }

    // Reported speech.
    let gr: Vec<&Value> = gold.get("reported").and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
    s.r_gold = gr.len();
    s.r_pred = r.reported.len();
    let mut rused = vec![false; r.reported.len()];
    for g in &gr {
        let gs = str_field(g, "speaker");
        let cue = str_field(g, "cue").unwrap_or("").to_lowercase();
        let contains = str_field(g, "contains").unwrap_or("");
        let hit = (0..r.reported.len()).find(|&k| {
            let p = &r.reported[k];
            !rused[k] && cue_ok(&cue, &p.cue.text.to_lowercase()) && p.text.contains(contains) && name_ok(gs, spk_name(p.speaker))
        });
        match hit {
            Some(k) => {
                rused[k] = true;
                s.r_tp += 1;
            }
            None => s.misses.push(format!("reported missed: {} [{}] {}", gs.unwrap_or("-"), cue, short(contains))),
        }
    }
    for (k, p) in r.reported.iter().enumerate() {
        if !rused[k] {
            s.misses.push(format!("extra reported: {} [{}] {}", spk_name(p.speaker).unwrap_or("?"), p.cue.text, short(&p.text)));
        }
    }

    // Hedges: longest common subsequence of cue texts.
    let gh: Vec<String> = strings(gold, "hedges").iter().map(|h| h.to_lowercase()).collect();
    let ph: Vec<String> = r.hedges.iter().map(|h| h.text.to_lowercase()).collect();
    s.h_gold = gh.len();
    s.h_pred = ph.len();
    s.h_tp = lcs(&gh, &ph);
    if s.h_tp < gh.len().max(ph.len()) {
        s.misses.push(format!("hedges: gold {:?} got {:?}", gh, ph));
    }

    // Artifacts: one-to-one on exact text.
    let ga = strings(gold, "artifacts");
    s.a_gold = ga.len();
    s.a_pred = r.artifacts.len();
    let mut aused = vec![false; r.artifacts.len()];
    for a in &ga {
        if let Some(k) = (0..r.artifacts.len()).find(|&k| !aused[k] && &r.artifacts[k].text == a) {
            aused[k] = true;
            s.a_tp += 1;
        } else {
            s.misses.push(format!("artifact missed: {a}"));
        }
    }
    for (k, a) in r.artifacts.iter().enumerate() {
        if !aused[k] {
            s.misses.push(format!("extra artifact: {}", a.text));
        }
    }

    // Machine translation.
    let gmt = gold.get("machine_translated").and_then(Value::as_bool).unwrap_or(false);
    s.mt_n = 1;
    if gmt == r.machine_translation.is_some() {
        s.mt_ok = 1;
    } else {
        s.misses.push(format!("MT verdict: gold {gmt}, got {}", r.machine_translation.is_some()));
    }
    if gmt {
        s.mt_lang_n = 1;
        let gl = str_field(gold, "mt_source_language");
        let pl = r.machine_translation.as_ref().and_then(|m| m.source_language.as_deref());
        if gl == pl {
            s.mt_lang_ok = 1;
        } else {
            s.misses.push(format!("MT source language: gold {:?}, got {:?}", gl, pl));
        }
    }
    s
}

/// Cues match when equal, or when one is the other with an auxiliary before
/// it ("a déclaré" / "déclaré", "hat gesagt" / "gesagt").
/// Cues match when one is the other with words around it: "a déclaré" and
/// "déclaré", "said in a statement" and "said", "told reporters" and "told".
fn cue_ok(gold: &str, pred: &str) -> bool {
    let within = |long: &str, short: &str| format!(" {long} ").contains(&format!(" {short} "));
    gold == pred || within(gold, pred) || within(pred, gold)
}

/// Length of the longest common subsequence (hedge cues matched in order).
fn lcs(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
        }
        prev = cur;
    }
    prev[b.len()]
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}
