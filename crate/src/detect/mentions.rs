//! Mentions of people and organisations: names with the titles before them
//! ("German Defense Minister Boris Pistorius", "Kremlin spokesman Dmitry
//! Peskov", "Mr Smith"), organisations ("the White House", "North Atlantic
//! Treaty Organization (NATO)"), role mentions of an organisation ("a State
//! Department spokesperson", "a spokesperson for Harbor Mining"), title
//! references ("the chancellor", "der Minister"), organisation references
//! ("the ministry") and pronouns (including French "dit-il" and Indonesian
//! "ujarnya").
//!
//! One pass over each sentence's tokens; mentions inside quotes are skipped
//! (names a speaker utters are not speakers).

use std::ops::Range;

use crate::detect::cues::{self, Class, Lex, Tag};
use crate::report::SpeakerKind;
use crate::text::{Case, Doc, TokKind};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name (person, organisation or unknown), maybe with a title.
    Name,
    /// A pronoun; `possessive` tells "his" from "he".
    Pronoun,
    /// A title alone: "the chancellor", "der Minister".
    TitleRef,
    /// A common noun for an organisation: "the ministry".
    OrgRef,
}

#[derive(Debug, Clone)]
pub struct Mention {
    /// Token range of the whole mention (title, honorific and name).
    pub toks: Range<usize>,
    /// Byte range of the whole mention.
    pub span: Range<usize>,
    pub kind: MentionKind,
    /// The name as written, without title, honorific or possessive ending.
    pub name: String,
    /// The title or role before the name, as written.
    pub title: Option<String>,
    /// Lower-case head words of the title (for "the chancellor").
    pub heads: Vec<String>,
    pub entity: SpeakerKind,
    /// Gender or class the mention tells.
    pub class: Class,
    /// "Macron's", "his": not a subject.
    pub possessive: bool,
    /// An acronym in brackets right after the name: "(NATO)".
    pub alias: Option<String>,
    /// The mention is the first of its sentence.
    pub sentence_initial: bool,
    /// A lone capitalised word opening a sentence: maybe no name at all.
    pub weak: bool,
}

fn is_cap_word(doc: &Doc, i: usize) -> bool {
    let t = &doc.toks[i];
    t.kind == TokKind::Word && t.case == Case::Upper
}

/// Strips a possessive ending: "Putin's" → ("Putin", true).
fn strip_possessive(w: &str) -> (&str, bool) {
    for suf in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(r) = w.strip_suffix(suf) {
            if !r.is_empty() {
                return (r, true);
            }
        }
    }
    (w, false)
}

/// An all-caps acronym of 2–8 letters ("NATO", "TASS").
fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=8).contains(&n) && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) && w.chars().any(|c| c.is_alphabetic())
}

/// Finds mentions in the article's sentences, in order. `in_quote[i]` tells
/// whether token `i` stands between quote marks.
pub fn find(doc: &Doc, lex: &Lex, tags: &[Tag], in_quote: &[bool]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (_, p) in doc.article_paras() {
        for s in &doc.sents[p.sents.clone()] {
            let first_len = out.len();
            scan_sentence(doc, lex, tags, in_quote, s.toks.clone(), &mut out);
            if let Some(m) = out.get_mut(first_len) {
                m.sentence_initial = true;
            }
        }
    }
    out
}

fn text_of(doc: &Doc, r: Range<usize>) -> String {
    if r.is_empty() {
        return String::new();
    }
    doc.text[doc.toks[r.start].start as usize..doc.toks[r.end - 1].end as usize].to_string()
}

fn scan_sentence(doc: &Doc, lex: &Lex, tags: &[Tag], in_quote: &[bool], toks: Range<usize>, out: &mut Vec<Mention>) {
    let _ = lex;
    let end = toks.end;
    let mut i = toks.start;
    while i < end {
        if in_quote[i] || doc.toks[i].kind != TokKind::Word {
            i += 1;
            continue;
        }
        let tag = tags[i];
        let w = doc.tok_text(i);
        let lower_word = doc.toks[i].case == Case::Lower;
        // Pronouns, and French inversions "dit-il", "a-t-elle".
        if tag.has(cues::PRONOUN) && (lower_word || i == toks.start) {
            let possessive = matches!(w.to_lowercase().as_str(), "his" | "her" | "its" | "their" | "him");
            out.push(pronoun(doc, i, tag.class, possessive));
            i += 1;
            continue;
        }
        if let Some(c) = inverted_pronoun(w, lex) {
            out.push(pronoun(doc, i, c, false));
            i += 1;
            continue;
        }
        // Determiner + lower-case title or organisation word: "the chancellor", "the ministry".
        let of_cap = |k: usize| k + 1 < end && matches!(doc.tok_text(k), "of" | "for") && is_cap_word(doc, k + 1);
        if lower_word && (tag.has(cues::TITLE) || tag.has(cues::ORG_REF)) && !(i + 1 < end && (is_cap_word(doc, i + 1) || of_cap(i + 1))) {
            let det = i > toks.start && tags[i - 1].has(cues::DETERMINER);
            if det {
                let kind = if tag.has(cues::TITLE) { MentionKind::TitleRef } else { MentionKind::OrgRef };
                out.push(Mention {
                    toks: i - 1..i + 1,
                    span: doc.toks[i - 1].start as usize..doc.toks[i].end as usize,
                    kind: kind.clone(),
                    name: String::new(),
                    title: None,
                    heads: vec![cues::strip_elided(&w.to_lowercase()).to_string()],
                    entity: if kind == MentionKind::OrgRef { SpeakerKind::Organisation } else { SpeakerKind::Person },
                    class: if tag.has(cues::GENDER_NOUN) { tag.class } else { Class::None },
                    possessive: false,
                    alias: None,
                    sentence_initial: false,
 weak: false,
                });
                i += 1;
                continue;
            }
        }
        // A group: honorifics, capitalised words, title words, particles.
        let starts = is_cap_word(doc, i)
            || tag.has(cues::HONORIFIC)
            || (tag.has(cues::TITLE) && i + 1 < end && (is_cap_word(doc, i + 1) || of_cap(i + 1)));
        if !starts {
            i += 1;
            continue;
        }
        let g0 = i;
        let mut j = i;
        let mut has_org = false;
        while j < end && !in_quote[j] {
            let t = &doc.toks[j];
            let tg = tags[j];
            let txt = doc.tok_text(j);
            if t.kind == TokKind::Word && t.case == Case::Upper {
                has_org |= tg.has(cues::ORG_WORD);
                j += 1;
                // A possessive ends the name.
                if strip_possessive(txt).1 && (txt.ends_with('s') || txt.ends_with('\'') || txt.ends_with('\u{2019}')) && txt.len() > 2 {
                    if txt.ends_with("'s") || txt.ends_with("\u{2019}s") {
                        break;
                    }
                }
                continue;
            }
            let next_cap = j + 1 < end && is_cap_word(doc, j + 1) && !in_quote[j + 1];
            if t.kind == TokKind::Punct && txt == "." && j > g0 && !t.space_before {
                // "J. Smith", "Mr. Smith": an initial or abbreviation inside a name.
                let prev = doc.tok_text(j - 1);
                if (prev.chars().count() == 1 || tags[j - 1].has(cues::HONORIFIC)) && next_cap {
                    j += 1;
                    continue;
                }
                break;
            }
            if t.kind == TokKind::Word && (tg.has(cues::PARTICLE) || tg.has(cues::HONORIFIC)) && next_cap && j > g0 {
                j += 1;
                continue;
            }
            if t.kind == TokKind::Word && tg.has(cues::TITLE) {
                j += 1;
                continue;
            }
            if t.kind == TokKind::Word && matches!(txt, "of" | "for") && next_cap && j > g0 && (has_org || tags[j - 1].has(cues::TITLE)) {
                j += 1;
                continue;
            }
            break;
        }
        let mut g = g0..j;
        // Sentence-initial function words ("The", "However") are not names.
        while !g.is_empty() && (tags[g.start].has(cues::DETERMINER) || tags[g.start].has(cues::STOP)) && !tags[g.start].has(cues::TITLE) {
            g.start += 1;
        }
        // Trailing lower-case words that are not titles cannot end a name.
        while !g.is_empty() && doc.toks[g.end - 1].case == Case::Lower && !tags[g.end - 1].has(cues::TITLE) {
            g.end -= 1;
        }
        i = j.max(i + 1);
        if g.is_empty() {
            continue;
        }
        // Days and months open no name ("on Monday Western allies").
        while !g.is_empty() && tags[g.start].has(cues::NOT_NAME) {
            g.start += 1;
        }
        if g.is_empty() {
            continue;
        }
        let single = g.len() == 1;
        if single && g.start == toks.start && doc.toks.get(g.end).is_some_and(|_| doc.tok_text(g.end) == ",") && !is_acronym(doc.tok_text(g.start)) {
            // "Separately, …": a sentence adverb.
            continue;
        }
        if single && (tags[g.start].has(cues::SPEECH) || tags[g.start].has(cues::COMPLEMENTISER)) {
            continue;
        }
        let weak = single && g.start == toks.start && !is_acronym(doc.tok_text(g.start)) && !tags[g.start].has(cues::TITLE);
        out.extend(split_group(doc, tags, g, has_org, i.min(end), end));
        if let Some(m) = out.last_mut() {
            m.weak = weak;
        }
        // "(NATO)": an alias of the name just found.
        if i + 2 < end && doc.tok_text(i) == "(" && doc.tok_text(i + 2) == ")" && is_acronym(doc.tok_text(i + 1)) {
            if let Some(m) = out.last_mut() {
                if m.kind == MentionKind::Name && m.toks.end == i {
                    m.alias = Some(doc.tok_text(i + 1).to_string());
                    i += 3;
                }
            }
        }
    }
}

fn pronoun(doc: &Doc, i: usize, class: Class, possessive: bool) -> Mention {
    Mention {
        toks: i..i + 1,
        span: doc.toks[i].range(),
        kind: MentionKind::Pronoun,
        name: String::new(),
        title: None,
        heads: Vec::new(),
        entity: if matches!(class, Class::N) { SpeakerKind::Organisation } else { SpeakerKind::Unknown },
        class,
        possessive,
        alias: None,
        sentence_initial: false,
 weak: false,
    }
}

/// French inversion: "dit-il", "a-t-elle", "estime-t-il" → the pronoun's class.
pub fn inverted_pronoun(w: &str, lex: &Lex) -> Option<Class> {
    let (_, last) = w.rsplit_once('-')?;
    let t = lex.tag_word(last);
    if t.has(cues::PRONOUN) && w.len() > last.len() + 1 {
        Some(t.class)
    } else {
        None
    }
}

/// Splits a group into title and name, and decides what kind of name it is.
fn split_group(doc: &Doc, tags: &[Tag], g: Range<usize>, has_org: bool, _after: usize, _end: usize) -> Vec<Mention> {
    let mut class = Class::None;
    let mut start = g.start;
    // Honorifics: "Mr", "Mrs.", "Frau", "Pak".
    while start < g.end && tags[start].has(cues::HONORIFIC) {
        class = tags[start].class;
        start += 1;
        if start < g.end && doc.tok_text(start) == "." {
            start += 1;
        }
    }
    // The last title word splits title from name.
    let last_title = (start..g.end).rev().find(|&k| tags[k].has(cues::TITLE) || tags[k].has(cues::GENDER_NOUN));
    let (title, name) = match last_title {
        Some(k) => (start..k + 1, k + 1..g.end),
        None => (start..start, start..g.end),
    };
    let mut heads = Vec::new();
    for k in title.clone() {
        if tags[k].has(cues::TITLE) || tags[k].has(cues::GENDER_NOUN) {
            heads.push(doc.tok_text(k).to_lowercase());
            if tags[k].has(cues::GENDER_NOUN) && matches!(tags[k].class, Class::M | Class::F) {
                class = tags[k].class;
            }
        }
    }
    let span = doc.toks[g.start].start as usize..doc.toks[g.end - 1].end as usize;
    let mut name_range = name.clone();
    // "spokesperson for Harbor Mining": the role of an organisation.
    if !name_range.is_empty() && matches!(doc.tok_text(name_range.start), "of" | "for") {
        name_range.start += 1;
        let n = text_of(doc, name_range.clone());
        return vec![Mention {
            toks: g.clone(),
            span,
            kind: MentionKind::Name,
            name: strip_possessive(&n).0.to_string(),
            title: Some(text_of(doc, title.clone())),
            heads,
            entity: SpeakerKind::Organisation,
            class: Class::N,
            possessive: false,
            alias: None,
            sentence_initial: false,
 weak: false,
        }];
    }
    if name_range.is_empty() {
        // A title alone. Capitalised non-title words in it name an
        // organisation ("State Department spokesperson") when they are one.
        let org: Vec<usize> = title.clone().filter(|&k| !tags[k].has(cues::TITLE) && is_cap_word(doc, k)).collect();
        let org_like = org.iter().any(|&k| tags[k].has(cues::ORG_WORD) || is_acronym(doc.tok_text(k)));
        if org_like && !org.is_empty() {
            let r = org[0]..org[org.len() - 1] + 1;
            return vec![Mention {
                toks: g.clone(),
                span,
                kind: MentionKind::Name,
                name: text_of(doc, r),
                title: Some(text_of(doc, title.clone())),
                heads,
                entity: SpeakerKind::Organisation,
                class: Class::N,
                possessive: false,
                alias: None,
                sentence_initial: false,
 weak: false,
            }];
        }
        return vec![Mention {
            toks: g.clone(),
            span,
            kind: MentionKind::TitleRef,
            name: String::new(),
            title: Some(text_of(doc, title)),
            heads,
            entity: SpeakerKind::Person,
            class,
            possessive: false,
            alias: None,
            sentence_initial: false,
 weak: false,
        }];
    }
    let raw = text_of(doc, name_range.clone());
    let (n, possessive) = strip_possessive(&raw);
    let name_org = name_range.clone().any(|k| tags[k].has(cues::ORG_WORD)) || (has_org && title.is_empty());
    let single = name_range.len() == 1;
    let entity = if name_org || (single && is_acronym(n)) {
        SpeakerKind::Organisation
    } else if !title.is_empty() || class != Class::None || name_range.len() >= 2 {
        SpeakerKind::Person
    } else {
        SpeakerKind::Unknown
    };
    vec![Mention {
        toks: g.clone(),
        span,
        kind: MentionKind::Name,
        name: n.to_string(),
        title: if title.is_empty() { None } else { Some(text_of(doc, title)) },
        heads,
        entity,
        class: if entity == SpeakerKind::Organisation { Class::N } else { class },
        possessive,
        alias: None,
        sentence_initial: false,
 weak: false,
    }]
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;
    use crate::input::Input;

    fn mentions(lang: &str, s: &str) -> Vec<(String, Option<String>, MentionKind, SpeakerKind)> {
        let i = Input::from_text(s);
        let t = i.text();
        let d = Doc::new(&t, &i, &vec![true; i.blocks.len()]);
        let lex = cues::lex(lang);
        let tags = lex.tag(&d);
        let inq = vec![false; d.toks.len()];
        find(&d, lex, &tags, &inq).into_iter().map(|m| (m.name, m.title, m.kind, m.entity)).collect()
    }

    #[test]
    fn names_with_titles() {
        let m = mentions("en", "German Defense Minister Boris Pistorius said so.");
        assert_eq!(m[0].0, "Boris Pistorius");
        assert_eq!(m[0].1.as_deref(), Some("German Defense Minister"));
        assert_eq!(m[0].3, SpeakerKind::Person);
        let m = mentions("en", "Asked again, Kremlin spokesman Dmitry Peskov told reporters.");
        assert_eq!(m[0].0, "Dmitry Peskov");
        assert_eq!(m[0].1.as_deref(), Some("Kremlin spokesman"));
    }

    #[test]
    fn organisations_and_roles() {
        let m = mentions("en", "The North Atlantic Treaty Organization (NATO) said no.");
        assert_eq!(m[0].0, "North Atlantic Treaty Organization");
        assert_eq!(m[0].3, SpeakerKind::Organisation);
        let m = mentions("en", "A State Department spokesperson said no.");
        assert_eq!((m[0].0.as_str(), m[0].3), ("State Department", SpeakerKind::Organisation));
        let m = mentions("en", "Later a spokesperson for Harbor Mining said no.");
        assert_eq!((m[1].0.as_str(), m[1].3), ("Harbor Mining", SpeakerKind::Organisation));
        let m = mentions("en", "Then the ministry said no and the chancellor agreed.");
        assert_eq!(m[1].2, MentionKind::OrgRef);
        assert_eq!(m[2].2, MentionKind::TitleRef);
    }

    #[test]
    fn pronouns_possessives_and_function_words() {
        let m = mentions("en", "However, President Macron's plan was his own, she said.");
        assert_eq!(m[0].0, "Macron", "{m:?}");
        assert_eq!(m[1].2, MentionKind::Pronoun, "{m:?}");
        assert_eq!(m.len(), 3);
        let m = mentions("fr", "Nous verrons, a-t-elle dit.");
        assert_eq!(m.last().unwrap().2, MentionKind::Pronoun);
        let m = mentions("en", "On Monday Mr. J. Smith left.");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0, "J. Smith");
    }
}
