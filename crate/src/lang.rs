//! Which language the text is in (stop-word profiles over article tokens)
//! and which script dominates it.

use crate::lexicon;
use crate::text::{Doc, Script, TokKind};

/// Languages with stop-word profiles, in order of preference on ties.
pub const PROFILED: &[&str] = &["en", "fr", "de", "id"];

/// How many word tokens language detection looks at, at most.
const SAMPLE_WORDS: usize = 4000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang {
    /// ISO 639-1 code ("en", "fr", "de", "id"), or "und" when unknown.
    pub code: &'static str,
    /// The script most article words are written in.
    pub script: Script,
}

/// Detects the language and main script of the article paragraphs.
pub fn detect(doc: &Doc) -> Lang {
    let mut scores = [0usize; PROFILED.len()];
    let mut scripts: Vec<(Script, usize)> = Vec::new();
    let mut seen = 0;
    let lists: Vec<_> = PROFILED.iter().map(|l| lexicon::list(l, "stopwords")).collect();
    'outer: for p in doc.paras.iter().filter(|p| p.article) {
        for (i, t) in doc.toks[p.toks.clone()].iter().enumerate() {
            if t.kind != TokKind::Word {
                continue;
            }
            seen += 1;
            if seen > SAMPLE_WORDS {
                break 'outer;
            }
            match scripts.iter_mut().find(|(s, _)| *s == t.script) {
                Some((_, n)) => *n += 1,
                None => scripts.push((t.script, 1)),
            }
            if t.script != Script::Latin {
                continue;
            }
            let w = doc.low(p.toks.start + i);
            for (k, l) in lists.iter().enumerate() {
                if l.contains_lower(w) {
                    scores[k] += 1;
                }
            }
        }
    }
    let script = scripts.iter().max_by_key(|(_, n)| *n).map(|(s, _)| *s).unwrap_or(Script::Latin);
    let best = (0..PROFILED.len()).max_by_key(|&k| (scores[k], usize::MAX - k)).unwrap();
    let code = if scores[best] == 0 || script != Script::Latin { "und" } else { PROFILED[best] };
    Lang { code, script }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use crate::input::Input;
    use crate::text::{Doc, Script};

    fn lang(s: &str) -> &'static str {
        let i = Input::from_text(s);
        let t = i.text();
        let d = Doc::new(&t, &i, &vec![true; i.blocks.len()]);
        d.lang.code
    }

    #[test]
    fn detects_four_languages() {
        assert_eq!(lang("The minister said that the troops would not be sent to the front."), "en");
        assert_eq!(lang("Le ministre a dit que les troupes ne seront pas envoyées sur le front."), "fr");
        assert_eq!(lang("Der Minister sagte, dass die Truppen nicht an die Front geschickt werden."), "de");
        assert_eq!(lang("Menteri mengatakan bahwa pasukan tidak akan dikirim ke garis depan itu."), "id");
    }

    #[test]
    fn script_of_korean_text() {
        let i = Input::from_text("관련 뉴스 입니다");
        let t = i.text();
        let d = Doc::new(&t, &i, &[true]);
        assert_eq!(d.lang.script, Script::Hangul);
        assert_eq!(d.lang.code, "und");
    }
}
