//! Which language the text is in (stop-word profiles over article tokens)
//! and which script dominates it.

use crate::text::Lower;
use std::sync::OnceLock;

use crate::detect::cues::StrMap;
use crate::lexicon;
use crate::text::{Doc, Script, TokKind};

/// Languages with stop-word profiles, in order of preference on ties.
pub const PROFILED: &[&str] = &["en", "fr", "de", "id"];

/// How many word tokens language detection looks at, at most.
const SAMPLE_WORDS: usize = 4000;

/// The language as a one-byte value: a test of it is a byte compare in
/// the wasm, where `code == "de"` compared a length and the bytes (about
/// 40 tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangId {
    En,
    Fr,
    De,
    Id,
    Und,
}

/// `PROFILED[k]`'s `LangId`.
const PROFILED_IDS: [LangId; 4] = [LangId::En, LangId::Fr, LangId::De, LangId::Id];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang {
    /// ISO 639-1 code ("en", "fr", "de", "id"), or "und" when unknown.
    pub code: &'static str,
    /// `code` as a `LangId`.
    pub id: LangId,
    /// The script most article words are written in.
    pub script: Script,
}

/// Each stop word (lower case) of the profiled languages, with bit `k` of
/// its flags set when it is a stop word of `PROFILED[k]`: one lookup per
/// word instead of one per language. (The `String → usize` map type of
/// `lexicon` and `resolve`: no new code in the wasm.)
fn stop_langs() -> &'static StrMap {
    static MAP: OnceLock<StrMap> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = StrMap::default();
        for (k, l) in PROFILED.iter().enumerate() {
            for e in &lexicon::list(l, lexicon::STOPWORDS).entries {
                let w = e.lower();
                match m.get_mut(&w) {
                    Some(f) => *f |= 1 << k,
                    None => {
                        m.insert(w, 1 << k);
                    }
                }
            }
        }
        m
    })
}

/// Detects the language and main script of the article paragraphs.
pub fn detect(doc: &Doc) -> Lang {
    let mut scores = [0usize; PROFILED.len()];
    let mut scripts: Vec<(Script, usize)> = Vec::new();
    let mut seen = 0;
    let stop = stop_langs();
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
            if let Some(&f) = stop.get(doc.low(p.toks.start + i)) {
                for (k, n) in scores.iter_mut().enumerate() {
                    *n += f >> k & 1;
                }
            }
        }
    }
    let script = scripts.iter().max_by_key(|(_, n)| *n).map(|(s, _)| *s).unwrap_or(Script::Latin);
    let best = (0..PROFILED.len()).max_by_key(|&k| (scores[k], usize::MAX - k)).unwrap();
    if scores[best] == 0 || script != Script::Latin {
        Lang { code: "und", id: LangId::Und, script }
    } else {
        Lang { code: PROFILED[best], id: PROFILED_IDS[best], script }
    }
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
