//! `lector [--json] FILE…` — annotates `.txt` or `.html` files natively.
//! Offsets in `--json` output are bytes into the analysed text (the article's
//! blocks joined by blank lines; `--text` prints it).

use std::process::ExitCode;

use lector::{html, Input, Report};

const USAGE: &str = "usage: lector [--json | --text | --blocks] FILE...   (FILE: .txt or .html; - reads stdin as text)
  (default)  a readable listing: speakers, quotes, reported speech, hedges, artifacts, MT verdict
  --json     the report; offsets are bytes into the analysed text
  --text     the analysed text's article blocks
  --blocks   the blocks read from the file, one per line: index, kept as article or not, tag, hints, text";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut mode = "list";
    let mut files = Vec::new();
    for a in &args {
        match a.as_str() {
            "--json" => mode = "json",
            "--text" => mode = "text",
            "--blocks" => mode = "blocks",
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => {
                eprintln!("lector: unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for f in &files {
        match run(f, mode) {
            Ok(out) => {
                // A closed pipe (`lector … | head`) ends the output quietly.
                if std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes()).is_err() {
                    return ExitCode::SUCCESS;
                }
            }
            Err(e) => {
                eprintln!("lector: {f}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads a file into the core's input, by its extension.
fn load(path: &str) -> Result<Input, String> {
    let bytes = if path == "-" {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut v).map_err(|e| e.to_string())?;
        v
    } else {
        std::fs::read(path).map_err(|e| e.to_string())?
    };
    // (Valid UTF-8 checked by `from_utf8`'s fast loop: `from_utf8_lossy`
    // walks its chunks char by char, 2 M instructions on 320 KB.)
    let src = match std::str::from_utf8(&bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(&bytes),
    };
    let is_html = path.ends_with(".html") || path.ends_with(".htm");
    Ok(if is_html { html::read(&src) } else { Input::from_text(&src) })
}

fn run(path: &str, mode: &str) -> Result<String, String> {
    let input = load(path)?;
    let text = input.text();
    let report = lector::annotate_text(&text, &input).map_err(|e| e.to_string())?;
    Ok(match mode {
        "json" => serde_json::to_string_pretty(&report).map_err(|e| e.to_string())? + "\n",
        "text" => {
            let mut s = String::new();
            for &b in &report.article.blocks {
                s.push_str(&input.blocks[b].text);
                s.push_str("\n\n");
            }
            s
        }
        "blocks" => {
            let mut s = String::new();
            for (i, b) in input.blocks.iter().enumerate() {
                let kept = if report.article.blocks.contains(&i) { "article" } else { "-" };
                s.push_str(&format!("{i}\t{kept}\t{}\t[{}]\t{}\n", b.tag, b.hints, b.text));
            }
            s
        }
        _ => listing(path, &report),
    })
}

/// A readable listing of the report.
fn listing(path: &str, r: &Report) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "{path}  (language: {}, article blocks: {} by {})", r.language, r.article.blocks.len(), r.article.method);
    if let Some(mt) = &r.machine_translation {
        let _ = writeln!(
            s,
            "  MACHINE-TRANSLATED from {} (confidence {:.2}){}",
            mt.source_language.as_deref().unwrap_or("an unnamed language"),
            mt.confidence,
            mt.original_url.as_deref().map(|u| format!(", original: {u}")).unwrap_or_default()
        );
        for e in &mt.evidence {
            let _ = writeln!(s, "    notice: {}", e.text);
        }
    }
    let _ = writeln!(s, "  speakers ({}):", r.speakers.len());
    for (i, sp) in r.speakers.iter().enumerate() {
        let quotes = r.quotes.iter().filter(|q| q.speaker == Some(i)).count();
        let _ = writeln!(
            s,
            "    [{i}] {}{}  — {} quote(s), {} mention(s)",
            sp.name,
            sp.title.as_deref().map(|t| format!(" ({t})")).unwrap_or_default(),
            quotes,
            sp.mentions.len()
        );
    }
    let _ = writeln!(s, "  quotes ({}):", r.quotes.len());
    for q in &r.quotes {
        let who = q.speaker.map(|i| r.speakers[i].name.as_str()).unwrap_or("?");
        let kind = match q.kind {
            lector::report::QuoteKind::Speech => "speech",
            lector::report::QuoteKind::Term => "term",
        };
        let _ = writeln!(
            s,
            "    {kind:6} {who}{}{}: \u{201C}{}\u{201D}",
            q.cue.as_ref().map(|c| format!(" [{}]", c.text)).unwrap_or_default(),
            q.source.as_deref().map(|x| format!(" via {x}")).unwrap_or_default(),
            q.text
        );
    }
    let _ = writeln!(s, "  reported ({}):", r.reported.len());
    for p in &r.reported {
        let who = p.speaker.map(|i| r.speakers[i].name.as_str()).unwrap_or("?");
        let _ = writeln!(s, "    {who} [{}]: {}", p.cue.text, p.text);
    }
    let _ = writeln!(s, "  hedges ({}):", r.hedges.len());
    for h in &r.hedges {
        let _ = writeln!(s, "    {} ({:?}) — {}", h.text, h.family, h.scope.text);
    }
    let _ = writeln!(s, "  artifacts ({}):", r.artifacts.len());
    for a in &r.artifacts {
        let _ = writeln!(s, "    {:?}: {}", a.kind, a.text);
    }
    s
}
