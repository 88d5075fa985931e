//! Where findings meet: quotes get cues and speakers, mentions are linked to
//! one canonical speaker each, reported speech and relay sources are attached.
//!
//! Passes, each linear in the number of tokens (look-backs are bounded):
//! 1. names are linked to entities (exact name, acronym alias, surname);
//!    what the text tells of each person's gender is gathered;
//! 2. every speech cue (verb or "according to") gets its subject, in
//!    document order, so that a pronoun or a title alone resolves to the most
//!    recent compatible speaker;
//! 3. every quote gets a cue after it (`"…," he said`, `"…," said X`), or
//!    before it in its sentence (`X said: "…"`, split quotes), or continues
//!    the previous speaker (follow-on sentences, quote-only paragraphs); its
//!    kind (speech or term) and its relay source;
//! 4. cues left over introduce reported speech.

use std::collections::HashMap;
use std::ops::Range;

use crate::detect::cues::{self, Class, Lex, Tag};
use crate::detect::mentions::{self, Mention, MentionKind};
use crate::detect::quotes::{self, QuoteMarks};
use crate::lexicon;
use crate::report::{Quote, QuoteKind, Reported, Speaker, SpeakerKind, Span};
use crate::text::{Case, Doc, TokKind};

/// Quotes, speakers and reported speech of the document.
#[derive(Debug, Default)]
pub struct Attribution {
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub reported: Vec<Reported>,
}

/// How far back a pronoun or title looks for its referent, in speakers.
const HISTORY: usize = 24;
/// How far back a title or organisation reference looks, in mentions.
const LOOKBACK: usize = 80;
/// Longest subject clause before a speech verb, in tokens.
const MAX_CLAUSE: usize = 24;

/// Words that end a reported clause before the next speaker's clause.
const CONJUNCTIONS: &[&str] = &[
    "although", "though", "but", "while", "whereas", "and", "as", "yet", "mais", "tandis", "alors", "et", "aber", "während", "und",
    "doch", "tetapi", "namun", "sedangkan", "dan", "meski", "meskipun", "walaupun",
];

#[derive(Debug, Clone)]
struct Entity {
    name: String,
    title: Option<String>,
    heads: Vec<String>,
    kind: SpeakerKind,
    class: Class,
    /// Byte ranges of every mention linked to it.
    mentions: Vec<Range<usize>>,
    speaks: bool,
}

#[derive(Default)]
struct Entities {
    list: Vec<Entity>,
    exact: HashMap<String, usize>,
    surname: HashMap<String, usize>,
}

fn words_of(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

impl Entities {
    /// Links a name mention to an entity (creating one when none fits).
    fn link(&mut self, m: &Mention, first_names: &FirstNames) -> usize {
        let key = m.name.to_lowercase();
        let alias = m.alias.as_ref().map(|a| a.to_lowercase());
        let mut found = self.exact.get(&key).copied();
        if found.is_none() {
            if let Some(a) = &alias {
                found = self.exact.get(a).copied();
            }
        }
        let ws = words_of(&m.name);
        if found.is_none() && m.entity != SpeakerKind::Organisation && !ws.is_empty() {
            let sur = ws[ws.len() - 1].to_lowercase();
            if let Some(&e) = self.surname.get(&sur) {
                let ent = &self.list[e];
                let ews = words_of(&ent.name);
                let compatible = ent.kind != SpeakerKind::Organisation
                    && (ws.len() == 1 || ews.len() == 1 || ews[0].eq_ignore_ascii_case(ws[0]) || initial_of(ws[0], ews[0]) || initial_of(ews[0], ws[0]));
                if compatible {
                    found = Some(e);
                }
            }
            if found.is_none() && ws.len() == 1 {
                // A lone word may be the first word of a longer name seen
                // before ("Peskov" after "Dmitry Peskov" is caught above;
                // "Harbor" after "Harbor Mining" is not a person).
            }
        }
        let e = match found {
            Some(e) => e,
            None => {
                self.list.push(Entity {
                    name: m.name.clone(),
                    title: None,
                    heads: Vec::new(),
                    kind: m.entity,
                    class: Class::None,
                    mentions: Vec::new(),
                    speaks: false,
                });
                self.list.len() - 1
            }
        };
        let ent = &mut self.list[e];
        if ws.len() > words_of(&ent.name).len() {
            ent.name = m.name.clone();
        }
        if ent.title.is_none() {
            ent.title = m.title.clone().map(|t| strip_determiner(&t));
        }
        for h in &m.heads {
            if !ent.heads.contains(h) {
                ent.heads.push(h.clone());
            }
        }
        if ent.kind == SpeakerKind::Unknown && m.entity != SpeakerKind::Unknown {
            ent.kind = m.entity;
        }
        if ent.class == Class::None || ent.class == Class::Person {
            if matches!(m.class, Class::M | Class::F) {
                ent.class = m.class;
            } else if ent.kind != SpeakerKind::Organisation {
                if let Some(c) = first_names.class(ws.first().copied().unwrap_or("")) {
                    if ws.len() >= 2 {
                        ent.class = c;
                    }
                }
            }
        }
        ent.mentions.push(m.span.clone());
        self.exact.insert(key, e);
        if let Some(a) = alias {
            self.exact.insert(a, e);
        }
        if ent.kind != SpeakerKind::Organisation {
            if let Some(last) = ws.last() {
                self.surname.insert(last.to_lowercase(), e);
            }
        }
        e
    }
}

/// "J." is the initial of "John".
fn initial_of(a: &str, b: &str) -> bool {
    let a = a.trim_end_matches('.');
    a.chars().count() == 1 && b.starts_with(a)
}

fn strip_determiner(t: &str) -> String {
    let lower = t.to_lowercase();
    for d in ["the ", "a ", "an ", "le ", "la ", "der ", "die ", "das ", "sang "] {
        if lower.starts_with(d) {
            return t[d.len()..].to_string();
        }
    }
    t.to_string()
}

/// First names with a gender, from the lexicon (common to all languages).
struct FirstNames {
    male: &'static lexicon::List,
    female: &'static lexicon::List,
}

impl FirstNames {
    fn class(&self, w: &str) -> Option<Class> {
        match (self.male.contains(w), self.female.contains(w)) {
            (true, false) => Some(Class::M),
            (false, true) => Some(Class::F),
            _ => None,
        }
    }
}

/// The subject of a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    /// Index into the mentions.
    Mention(usize),
    /// A pronoun inside the verb (Indonesian "ujarnya").
    Embedded(Class),
}

#[derive(Debug, Clone)]
struct Cue {
    /// Token of the verb (or first token of the construction).
    tok: usize,
    /// Byte range of the cue text.
    span: Range<usize>,
    /// Token range of the cue's words (verb, or "according to").
    toks: Range<usize>,
    subject: Option<Subject>,
    /// The subject stands after the verb.
    inverted: bool,
    entity: Option<usize>,
    /// Introduces reported speech when no quote takes it.
    reported: bool,
    /// A reporting construction ("according to X").
    construction: bool,
    /// Used by a quote.
    used: bool,
}

fn is_boundary(s: &str) -> bool {
    matches!(s, "," | ";" | ":" | "\u{2014}" | "\u{2013}")
}

/// Runs quote pairing and attribution over the article paragraphs.
pub fn attribute(doc: &Doc) -> Attribution {
    let lex = cues::lex(doc.lang.code);
    let tags = lex.tag(doc);
    let marks = quotes::find(doc);
    let ntok = doc.toks.len();

    // Tokens inside quotes, and the closing and opening marks.
    let mut in_quote = vec![false; ntok];
    let mut close_tok = vec![false; ntok];
    let mut open_tok = vec![false; ntok];
    for q in &marks {
        let a = doc.tok_at(q.start);
        let b = doc.tok_at(q.end);
        for t in in_quote.iter_mut().take(b).skip(a) {
            *t = true;
        }
        if b < ntok {
            close_tok[b] = true;
        }
        let o = doc.tok_at(q.open);
        if o < ntok {
            open_tok[o] = true;
        }
    }

    let ments = mentions::find(doc, lex, &tags, &in_quote);
    let mut mention_at = vec![u32::MAX; ntok];
    for (k, m) in ments.iter().enumerate() {
        mention_at[m.toks.start] = k as u32;
    }

    // 1. Names → entities; gender from honorifics, roles, first names, and
    //    the pronouns a sentence uses after its subject.
    let first_names =
        FirstNames { male: lexicon::list("common", "male_names"), female: lexicon::list("common", "female_names") };
    let mut ents = Entities::default();
    let mut ent_of: Vec<Option<usize>> = vec![None; ments.len()];
    let mut sentence_subject: Option<(usize, usize)> = None; // (sentence, entity)
    for (k, m) in ments.iter().enumerate() {
        let sent = doc.sent_of(m.span.start);
        match m.kind {
            MentionKind::Name => {
                let e = ents.link(m, &first_names);
                ent_of[k] = Some(e);
                if sentence_subject.is_none_or(|(s, _)| s != sent) && ents.list[e].kind != SpeakerKind::Organisation && !m.possessive {
                    sentence_subject = Some((sent, e));
                } else if sentence_subject.is_some_and(|(s, se)| s == sent && se != e) && ents.list[e].kind == SpeakerKind::Person {
                    // A second person in the sentence: later pronouns are ambiguous.
                    sentence_subject = Some((sent, usize::MAX));
                }
            }
            MentionKind::Pronoun => {
                if let Some((s, e)) = sentence_subject {
                    if s == sent && e != usize::MAX && matches!(m.class, Class::M | Class::F) {
                        let ent = &mut ents.list[e];
                        if matches!(ent.class, Class::None | Class::Person) {
                            ent.class = m.class;
                        }
                    }
                }
            }
            _ => {}
        }
    }

    // Relay constructions, per paragraph: (construction tokens, outlet tokens).
    let is_name = |j: usize| -> Option<usize> {
        let k = mention_at[j];
        if k != u32::MAX && ments[k as usize].kind == MentionKind::Name {
            Some(ments[k as usize].toks.end)
        } else {
            None
        }
    };
    let mut relays: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for (_, p) in doc.article_paras() {
        for r in lex.relays(doc, p.toks.clone(), &is_name) {
            if !in_quote[r.0.start] {
                relays.push(r);
            }
        }
    }
    let mut in_relay = vec![false; ntok];
    for (c, o) in &relays {
        for t in c.start.min(o.start)..c.end.max(o.end) {
            in_relay[t] = true;
        }
    }

    // 2. Cues and their subjects, in document order.
    let mut cues_list: Vec<Cue> = Vec::new();
    let mut cue_at: HashMap<usize, usize> = HashMap::new();
    let mut history: Vec<usize> = Vec::new();
    for (_, p) in doc.article_paras() {
        for v in p.toks.clone() {
            if in_quote[v] || doc.toks[v].kind != TokKind::Word {
                continue;
            }
            let tag = tags[v];
            let w = doc.tok_text(v);
            let sent = &doc.sents[doc.sent_of(doc.toks[v].start as usize)];
            // A reporting construction: "according to X".
            if let Some(slot) = lex.reporting_at(doc, v, sent.toks.end) {
                if !in_relay[v] && lex.outlet_at(doc, slot, sent.toks.end).is_none() {
                    let subj = (slot..(slot + 4).min(sent.toks.end)).find_map(|j| {
                        let k = mention_at[j];
                        (k != u32::MAX && !ments[k as usize].possessive).then_some(k as usize)
                    });
                    if let Some(k) = subj {
                        let span = doc.toks[v].start as usize..doc.toks[slot - 1].end as usize;
                        cue_at.insert(v, cues_list.len());
                        cues_list.push(Cue {
                            tok: v,
                            span,
                            toks: v..slot,
                            subject: Some(Subject::Mention(k)),
                            inverted: true,
                            entity: None,
                            reported: true,
                            construction: true,
                            used: false,
                        });
                    }
                    continue;
                }
            }
            // French inversion with an auxiliary: "a-t-il dit" — the verb is next.
            let aux_pronoun = mentions::inverted_pronoun(w, lex).is_some() && !tag.has(cues::SPEECH);
            let own_pronoun = mentions::inverted_pronoun(w, lex).is_some() && tag.has(cues::SPEECH);
            // Verbs are lower case: "States" in "United States" is no cue.
            let speech = (tag.has(cues::SPEECH) || own_pronoun || speech_with_pronoun(w, lex)) && doc.toks[v].case == Case::Lower;
            if !speech || aux_pronoun {
                continue;
            }
            let after_quote = after_quote(doc, &close_tok, v, p.toks.start);
            if tag.has(cues::POST_ONLY) && !after_quote {
                continue;
            }
            // The subject.
            let mut subject = None;
            let mut inverted = false;
            if own_pronoun {
                subject = Some(Subject::Mention(mention_at[v] as usize)).filter(|_| mention_at[v] != u32::MAX);
            } else if v > p.toks.start && mention_at[v - 1] != u32::MAX && mentions::inverted_pronoun(doc.tok_text(v - 1), lex).is_some() {
                subject = Some(Subject::Mention(mention_at[v - 1] as usize));
            } else if w.to_lowercase().ends_with("nya") && w.len() > 5 {
                subject = Some(Subject::Embedded(Class::Person));
            }
            if subject.is_none() {
                let inv = inverted_subject(doc, &tags, &mention_at, &ments, v, sent.toks.end);
                let pre = pre_subject(doc, &tags, &in_quote, &close_tok, &mention_at, &ments, &in_relay, v, sent.toks.start);
                let (first, second) = if after_quote { (inv, pre) } else { (pre, inv) };
                subject = first.or(second).map(Subject::Mention);
                inverted = subject.is_some() && subject == inv.map(Subject::Mention) && inv != pre;
            }
            let Some(subject) = subject else { continue };
            cue_at.insert(v, cues_list.len());
            cues_list.push(Cue {
                tok: v,
                span: doc.toks[v].range(),
                toks: v..v + 1,
                subject: Some(subject),
                inverted,
                entity: None,
                reported: tag.has(cues::REPORTED) && !tag.has(cues::POST_ONLY),
                construction: false,
                used: false,
            });
        }
    }
    // Resolve subjects in order; each resolved subject becomes a speaker.
    for ci in 0..cues_list.len() {
        let c = cues_list[ci].clone();
        let e = match c.subject {
            Some(Subject::Mention(k)) => resolve_mention(&ments, &ent_of, &ents, &history, k),
            Some(Subject::Embedded(cl)) => resolve_pronoun(&ents, &history, cl, &ments, &ent_of, usize::MAX, c.tok),
            None => None,
        };
        cues_list[ci].entity = e;
        if let Some(e) = e {
            if let Some(Subject::Mention(k)) = c.subject {
                let sp = ments[k].span.clone();
                if !ents.list[e].mentions.contains(&sp) {
                    ents.list[e].mentions.push(sp);
                }
                // What a resolved pronoun says of the person's gender.
                if ments[k].kind == MentionKind::Pronoun && matches!(ments[k].class, Class::M | Class::F) {
                    let ent = &mut ents.list[e];
                    if matches!(ent.class, Class::None | Class::Person) && ent.kind != SpeakerKind::Organisation {
                        ent.class = ments[k].class;
                    }
                }
            }
            history.push(e);
        }
    }

    // 3. Quotes.
    let mut quotes_out: Vec<Quote> = Vec::new();
    let mut speaker_of: Vec<Option<usize>> = Vec::new();
    let mut outer_end = 0usize;
    // (entity, paragraph, source, source span) of the last speech quote.
    let mut last_quote: Option<(Option<usize>, usize, Option<(String, Span)>)> = None;
    for q in &marks {
        let nested = q.open < outer_end;
        outer_end = outer_end.max(q.close);
        let text = &doc.text[q.start..q.end];
        let close_t = doc.tok_at(q.close);
        let open_t = doc.tok_at(q.open);
        let inner = doc.tok_at(q.start)..close_t;
        let words = inner.clone().filter(|&t| doc.toks[t].kind != TokKind::Punct).count();
        // The cue after the quote.
        let post = post_cue(doc, &tags, &cue_at, &cues_list, &mention_at, &ments, close_t + 1, q.para_end);
        // The cue before it, in its sentence.
        let pre = if post.is_none() { pre_cue(doc, &cue_at, &cues_list, &close_tok, open_t, q.para) } else { None };
        let cue = post.or(pre);
        let colon = open_t > 0 && doc.tok_text(open_t - 1) == ":";
        let kind = if nested {
            QuoteKind::Term
        } else {
            classify(doc, &tags, text, words, open_t, close_t, post.is_some(), colon || (pre.is_some() && words >= 3))
        };
        let mut speaker = None;
        let mut source: Option<(String, Span)> = None;
        let mut cue_span = None;
        if let Some(ci) = cue {
            cues_list[ci].used = true;
            speaker = cues_list[ci].entity;
            cue_span = Some(Span::of(doc.text, cues_list[ci].span.start, cues_list[ci].span.end));
        }
        if kind == QuoteKind::Speech {
            // The frame: the quote's sentence through the cue's sentence.
            let s0 = doc.sents[doc.sent_of(q.open)].toks.start;
            let last = cue.map(|ci| cues_list[ci].tok).unwrap_or(close_t).max(close_t);
            let s1 = doc.sents[doc.sent_of(doc.toks[last.min(ntok - 1)].start as usize)].toks.end;
            let lo = relays.partition_point(|(c, _)| c.start < s0);
            for (c, o) in relays[lo..].iter().take_while(|(c, _)| c.start < s1) {
                if c.start >= open_t && c.start <= close_t {
                    continue;
                }
                let (a, b) = (doc.toks[o.start].start as usize, doc.toks[o.end - 1].end as usize);
                let name = cues::strip_elided(&doc.text[a..b]);
                let name = strip_determiner(name);
                source = Some((name, Span::of(doc.text, a, b)));
                break;
            }
            if cue.is_none() {
                // Follow-on quote, quote-only paragraph, or a partial quote
                // in a sentence whose subject speaks.
                let cont = last_quote.as_ref().filter(|(_, para, _)| q.para <= para + 1 && is_quote_para_or_near(doc, q, *para));
                if let Some((e, para, src)) = cont {
                    speaker = *e;
                    if *para == q.para && source.is_none() {
                        source = src.clone();
                    }
                }
                if speaker.is_none() {
                    speaker = sentence_speaker(doc, &ments, &ent_of, &ents, &history, &mention_at, open_t);
                }
                if speaker.is_none() {
                    // The last cue's speaker in this or the previous paragraph.
                    let k = cues_list.partition_point(|c| c.tok < open_t);
                    if k > 0 {
                        let c = &cues_list[k - 1];
                        let cp = doc.para_of(doc.toks[c.tok].start as usize);
                        if cp + 1 >= q.para {
                            speaker = c.entity;
                        }
                    }
                }
            }
            last_quote = Some((speaker, q.para_end, source.clone()));
        }
        speaker_of.push(speaker);
        quotes_out.push(Quote {
            start: q.start,
            end: q.end,
            text: text.to_string(),
            kind,
            speaker: None,
            cue: cue_span,
            source: source.as_ref().map(|s| s.0.clone()),
            source_span: source.map(|s| s.1),
            open: q.open,
            close: q.close,
            translated: false,
        });
    }

    // 4. Reported speech from the cues no quote took.
    let mut reported: Vec<(Range<usize>, usize, Range<usize>)> = Vec::new(); // (content bytes, entity, cue bytes)
    for ci in 0..cues_list.len() {
        let c = &cues_list[ci];
        if c.used || !c.reported {
            continue;
        }
        let Some(e) = c.entity else { continue };
        if let Some(r) = reported_content(doc, lex, &tags, &in_quote, &open_tok, &cues_list, ci, &ments, &in_relay) {
            reported.push((r, e, c.span.clone()));
        }
    }

    // Speakers: entities that speak, in order of first mention.
    for (k, q) in quotes_out.iter().enumerate() {
        if q.kind == QuoteKind::Speech {
            if let Some(e) = speaker_of[k] {
                ents.list[e].speaks = true;
            }
        }
    }
    for r in &reported {
        ents.list[r.1].speaks = true;
    }
    let mut order: Vec<usize> = (0..ents.list.len()).filter(|&e| ents.list[e].speaks).collect();
    order.sort_by_key(|&e| ents.list[e].mentions.iter().map(|m| m.start).min().unwrap_or(usize::MAX));
    let mut index = vec![usize::MAX; ents.list.len()];
    let mut speakers = Vec::with_capacity(order.len());
    for (i, &e) in order.iter().enumerate() {
        index[e] = i;
        let ent = &ents.list[e];
        let mut ms: Vec<Span> = ent.mentions.iter().map(|r| Span::of(doc.text, r.start, r.end)).collect();
        ms.sort_by_key(|s| s.start);
        ms.dedup_by_key(|s| s.start);
        speakers.push(Speaker { name: ent.name.clone(), title: ent.title.clone(), kind: ent.kind, mentions: ms });
    }
    for (k, q) in quotes_out.iter_mut().enumerate() {
        if q.kind == QuoteKind::Speech {
            q.speaker = speaker_of[k].map(|e| index[e]);
        }
    }
    let reported = reported
        .into_iter()
        .map(|(r, e, c)| Reported {
            start: r.start,
            end: r.end,
            text: doc.text[r.clone()].to_string(),
            speaker: Some(index[e]),
            cue: Span::of(doc.text, c.start, c.end),
        })
        .collect();
    Attribution { quotes: quotes_out, speakers, reported }
}

/// A quote-only paragraph, or one right after the last quote's paragraph.
fn is_quote_para_or_near(doc: &Doc, q: &QuoteMarks, last_para: usize) -> bool {
    if q.para == last_para {
        return true;
    }
    // The next paragraph: only when it opens with this quote.
    let p = &doc.paras[q.para];
    doc.text[p.range.start..q.open].trim().is_empty()
}

/// Indonesian "ujarnya": a speech verb with the pronoun suffix.
fn speech_with_pronoun(w: &str, lex: &Lex) -> bool {
    let l = w.to_lowercase();
    l.ends_with("nya") && lex.tag_word(&l[..l.len() - 3]).has(cues::SPEECH)
}

/// Whether token `v` follows a closing quote mark, with only punctuation or
/// an auxiliary between ("," said; », a déclaré).
fn after_quote(doc: &Doc, close_tok: &[bool], v: usize, para_start: usize) -> bool {
    let mut j = v;
    for _ in 0..3 {
        if j <= para_start {
            return false;
        }
        j -= 1;
        if close_tok[j] {
            return true;
        }
        let t = doc.tok_text(j);
        let aux = doc.toks[j].case == Case::Lower && t.len() <= 3 && doc.toks[j].kind == TokKind::Word;
        if !(matches!(t, "," | "\u{2014}" | "\u{2013}" | "-") || aux) {
            return false;
        }
    }
    false
}

/// A mention right after the verb ("said German Chancellor Olaf Scholz").
fn inverted_subject(doc: &Doc, tags: &[Tag], mention_at: &[u32], ments: &[Mention], v: usize, end: usize) -> Option<usize> {
    for j in v + 1..(v + 3).min(end) {
        let k = mention_at[j];
        if k != u32::MAX {
            let m = &ments[k as usize];
            if !m.possessive {
                return Some(k as usize);
            }
        }
        if !(tags[j].has(cues::DETERMINER) || doc.toks[j].kind == TokKind::Word && doc.toks[j].case == Case::Lower && j == v + 1 && tags[j].has(cues::STOP)) {
            break;
        }
    }
    None
}

/// The subject before the verb: the first mention of the verb's clause
/// (after the last comma, colon, dash or quote), or of the clause before it
/// when an apposition stands between ("Pistorius, the minister, said").
#[allow(clippy::too_many_arguments)]
fn pre_subject(
    doc: &Doc,
    tags: &[Tag],
    in_quote: &[bool],
    close_tok: &[bool],
    mention_at: &[u32],
    ments: &[Mention],
    in_relay: &[bool],
    v: usize,
    sent_start: usize,
) -> Option<usize> {
    let _ = tags;
    let mut end = v;
    for _round in 0..3 {
        let mut start = end;
        while start > sent_start {
            let j = start - 1;
            let t = doc.tok_text(j);
            let spaced_dash = t == "-" && doc.toks[j].space_before;
            if in_quote[j] || close_tok[j] || is_boundary(t) || spaced_dash || end - j > MAX_CLAUSE {
                break;
            }
            start -= 1;
        }
        let mut j = start;
        let mut weak = None;
        while j < end {
            let k = mention_at[j];
            if k != u32::MAX {
                let m = &ments[k as usize];
                if !m.possessive && !in_relay[j] && m.toks.end <= v {
                    // A lone capitalised word opening the sentence ("Later")
                    // yields to a name after it.
                    if m.weak && weak.is_none() {
                        weak = Some(k as usize);
                    } else {
                        return Some(k as usize);
                    }
                }
                j = m.toks.end.max(j + 1);
            } else {
                j += 1;
            }
        }
        if weak.is_some() {
            return weak;
        }
        // Nothing in this clause: look before a comma (apposition), once the
        // clause is short.
        if start <= sent_start || doc.tok_text(start - 1) != "," || end - start > 8 {
            return None;
        }
        end = start - 1;
    }
    None
}

/// Resolves a subject mention to an entity.
fn resolve_mention(ments: &[Mention], ent_of: &[Option<usize>], ents: &Entities, history: &[usize], k: usize) -> Option<usize> {
    let m = &ments[k];
    match m.kind {
        MentionKind::Name => ent_of[k],
        MentionKind::Pronoun => resolve_pronoun(ents, history, m.class, ments, ent_of, k, m.toks.start),
        MentionKind::TitleRef | MentionKind::OrgRef => {
            let head = m.heads.first()?;
            let org = m.kind == MentionKind::OrgRef;
            let fits = |e: usize| {
                let ent = &ents.list[e];
                if org {
                    ent.kind == SpeakerKind::Organisation && (ent.name.to_lowercase().contains(head.as_str()) || ent.heads.iter().any(|h| h == head))
                } else {
                    ent.kind != SpeakerKind::Organisation && ent.heads.iter().any(|h| h == head || h.ends_with(head.as_str()))
                }
            };
            // Recent speakers first, then recent mentions.
            if let Some(&e) = history.iter().rev().take(HISTORY).find(|&&e| fits(e)) {
                return Some(e);
            }
            (k.saturating_sub(LOOKBACK)..k).rev().find_map(|j| ent_of[j].filter(|&e| fits(e))).or_else(|| {
                // "the company said": the most recent organisation.
                if org {
                    (k.saturating_sub(LOOKBACK)..k)
                        .rev()
                        .find_map(|j| ent_of[j].filter(|&e| ents.list[e].kind == SpeakerKind::Organisation && ments[j].kind == MentionKind::Name && ments[j].name.split_whitespace().count() > 1))
                } else {
                    None
                }
            })
        }
    }
}

fn compatible(class: Class, ent: &Entity) -> bool {
    let person = ent.kind != SpeakerKind::Organisation;
    match class {
        Class::M => person && matches!(ent.class, Class::M | Class::None | Class::Person),
        Class::F => person && matches!(ent.class, Class::F | Class::None | Class::Person),
        Class::Person => person,
        Class::N => ent.kind == SpeakerKind::Organisation,
        Class::P => ent.kind != SpeakerKind::Person,
        Class::FP => ent.kind == SpeakerKind::Organisation || person && matches!(ent.class, Class::F | Class::None | Class::Person),
        Class::None => true,
    }
}

/// A pronoun goes to the most recent compatible speaker: one whose gender the
/// text stated matches first, else one of unknown gender; then to the most
/// recent compatible name mentioned before it.
fn resolve_pronoun(ents: &Entities, history: &[usize], class: Class, ments: &[Mention], ent_of: &[Option<usize>], k: usize, _tok: usize) -> Option<usize> {
    let recent: Vec<usize> = {
        let mut v: Vec<usize> = Vec::new();
        for &e in history.iter().rev() {
            if !v.contains(&e) {
                v.push(e);
            }
            if v.len() >= 6 {
                break;
            }
        }
        v
    };
    let gendered = matches!(class, Class::M | Class::F);
    // The nearest speaker decides unless the text said it is someone else.
    if let Some(&e) = recent.first() {
        let ent = &ents.list[e];
        if compatible(class, ent) && (!gendered || ent.class == class) {
            return Some(e);
        }
    }
    if gendered {
        if let Some(&e) = recent.iter().find(|&&e| ents.list[e].class == class && compatible(class, &ents.list[e])) {
            return Some(e);
        }
    }
    if let Some(&e) = recent.iter().find(|&&e| compatible(class, &ents.list[e])) {
        return Some(e);
    }
    if k == usize::MAX {
        return None;
    }
    (k.saturating_sub(LOOKBACK)..k).rev().find_map(|j| {
        if ments[j].kind != MentionKind::Name {
            return None;
        }
        ent_of[j].filter(|&e| compatible(class, &ents.list[e]) && ents.list[e].kind != SpeakerKind::Unknown)
    })
}

/// The cue right after a quote: `"…," he said`, `"…," said X`, `"…", a déclaré X`,
/// `"…," kata X`, `"…," ujarnya`.
#[allow(clippy::too_many_arguments)]
fn post_cue(
    doc: &Doc,
    tags: &[Tag],
    cue_at: &HashMap<usize, usize>,
    cues_list: &[Cue],
    mention_at: &[u32],
    ments: &[Mention],
    from: usize,
    para: usize,
) -> Option<usize> {
    let ptoks = &doc.paras[para].toks;
    let mut t = from;
    let mut skipped = 0;
    while t < ptoks.end && skipped < 2 && matches!(doc.tok_text(t), "," | "\u{2014}" | "\u{2013}" | "-") {
        t += 1;
        skipped += 1;
    }
    if t >= ptoks.end {
        return None;
    }
    // Verb first (inverted or with its pronoun), allowing an auxiliary.
    for j in t..(t + 2).min(ptoks.end) {
        if let Some(&ci) = cue_at.get(&j) {
            if !cues_list[ci].construction {
                return Some(ci);
            }
        }
        let aux = doc.toks[j].case == Case::Lower && doc.tok_text(j).len() <= 3 || mentions::inverted_pronoun(doc.tok_text(j), cues::lex(doc.lang.code)).is_some();
        if !aux {
            break;
        }
    }
    // Subject first: a mention, then the verb after at most two adverbs.
    if mention_at[t] == u32::MAX && tags[t].has(cues::DETERMINER) && t + 1 < ptoks.end {
        t += 1; // "a spokesperson for …"
    }
    let k = mention_at[t];
    if k != u32::MAX {
        let m = &ments[k as usize];
        let mut j = m.toks.end;
        for _ in 0..3 {
            if j >= ptoks.end {
                break;
            }
            if let Some(&ci) = cue_at.get(&j) {
                return Some(ci);
            }
            let adverb = doc.toks[j].kind == TokKind::Word && doc.toks[j].case == Case::Lower && !tags[j].has(cues::SPEECH);
            if !adverb {
                break;
            }
            j += 1;
        }
    }
    None
}

/// The cue before a quote, in the quote's sentence (or at the end of the
/// previous paragraph when it ends with a colon).
fn pre_cue(doc: &Doc, cue_at: &HashMap<usize, usize>, cues_list: &[Cue], close_tok: &[bool], open_t: usize, para: usize) -> Option<usize> {
    let _ = (cue_at, close_tok);
    let sent = &doc.sents[doc.sent_of(doc.toks[open_t.min(doc.toks.len() - 1)].start as usize)];
    let mut lo = sent.toks.start;
    let p = &doc.paras[para];
    if open_t == p.toks.start && para > 0 {
        // "Peskov said:" closing the previous paragraph.
        let prev = &doc.paras[para - 1];
        if prev.article && !prev.toks.is_empty() && doc.tok_text(prev.toks.end - 1) == ":" {
            lo = doc.sents[prev.sents.end - 1].toks.start;
        }
    }
    let k = cues_list.partition_point(|c| c.tok < open_t);
    (0..k).rev().take_while(|&ci| cues_list[ci].tok >= lo).find(|&ci| cues_list[ci].entity.is_some())
}

/// The speaker of a quote in a sentence without a cue: the sentence's subject
/// before the quote ("He called the plan "…"").
fn sentence_speaker(
    doc: &Doc,
    ments: &[Mention],
    ent_of: &[Option<usize>],
    ents: &Entities,
    history: &[usize],
    mention_at: &[u32],
    open_t: usize,
) -> Option<usize> {
    let sent = &doc.sents[doc.sent_of(doc.toks[open_t.min(doc.toks.len() - 1)].start as usize)];
    for j in sent.toks.start..open_t {
        let k = mention_at[j];
        if k == u32::MAX {
            continue;
        }
        let m = &ments[k as usize];
        if m.possessive {
            continue;
        }
        let e = resolve_mention(ments, ent_of, ents, history, k as usize)?;
        if ents.list[e].kind != SpeakerKind::Unknown || m.kind != MentionKind::Name {
            return Some(e);
        }
        return None;
    }
    None
}

/// Speech or term: titles, scare quotes, nicknames and quoted words are terms.
#[allow(clippy::too_many_arguments)]
fn classify(doc: &Doc, tags: &[Tag], text: &str, words: usize, open_t: usize, close_t: usize, post_cue: bool, introduced: bool) -> QuoteKind {
    let trimmed = text.trim_end();
    let ends_punct = trimmed.ends_with(|c: char| matches!(c, ',' | '.' | '!' | '?' | '\u{2026}' | ';' | ':'));
    if words == 0 {
        return QuoteKind::Term;
    }
    let prev = (open_t > 0).then(|| open_t - 1);
    let next = close_t + 1;
    // "so-called", "the album", "dubbed": a term when short.
    let marked = prev.is_some_and(|p| tags[p].has(cues::TERM_MARK)) || prev.is_some_and(|p| p > 0 && doc.tok_text(p) == "as" && tags[p - 1].has(cues::TERM_MARK));
    if marked && words <= 6 && !ends_punct {
        return QuoteKind::Term;
    }
    // Tomas "Steel" Varga.
    let cap = |i: usize| i < doc.toks.len() && doc.toks[i].kind == TokKind::Word && doc.toks[i].case == Case::Upper;
    if words <= 3 && prev.is_some_and(cap) && cap(next) && !post_cue {
        return QuoteKind::Term;
    }
    if post_cue || introduced {
        return QuoteKind::Speech;
    }
    if ends_punct && words >= 2 {
        return QuoteKind::Speech;
    }
    // Titles: every longer word capitalised.
    // Token indices between the marks (open_t and close_t are the marks' own tokens).
    let inner_toks = (open_t + 1).min(close_t)..close_t;
    let mut long = 0;
    let mut capd = 0;
    for t in inner_toks {
        let tk = &doc.toks[t];
        if tk.kind == TokKind::Word && tk.end - tk.start > 3 {
            long += 1;
            if tk.case == Case::Upper {
                capd += 1;
            }
        }
    }
    if long > 0 && capd == long && words <= 8 {
        return QuoteKind::Term;
    }
    if words <= 2 {
        return QuoteKind::Term;
    }
    QuoteKind::Speech
}

/// The content of reported speech after cue `ci`: from after the verb (and
/// its "that") to the end of the clause.
#[allow(clippy::too_many_arguments)]
fn reported_content(
    doc: &Doc,
    lex: &Lex,
    tags: &[Tag],
    in_quote: &[bool],
    open_tok: &[bool],
    cues_list: &[Cue],
    ci: usize,
    ments: &[Mention],
    in_relay: &[bool],
) -> Option<Range<usize>> {
    let _ = lex;
    let c = &cues_list[ci];
    let sent = &doc.sents[doc.sent_of(doc.toks[c.tok].start as usize)];
    let (s0, s1) = (sent.toks.start, sent.toks.end);
    let subj_end = match c.subject {
        Some(Subject::Mention(k)) => Some(ments[k].toks.clone()),
        _ => None,
    };
    let (mut a, mut b);
    if c.construction {
        // "According to X, content." or "Content, according to X."
        let m = subj_end.clone()?;
        let before_comma = c.tok > s0 && doc.tok_text(c.tok - 1) == ",";
        if before_comma && c.tok - 1 > s0 {
            a = s0;
            b = c.tok - 1;
        } else {
            a = m.end;
            while a < s1 && (doc.tok_text(a) == "," || doc.toks[a].kind == TokKind::Word && doc.toks[a].case == Case::Lower && a < m.end + 3 && tags[a].has(cues::DETERMINER)) {
                a += 1;
            }
            b = s1;
        }
    } else {
        a = c.toks.end;
        if c.inverted {
            if let Some(m) = &subj_end {
                a = a.max(m.end);
            }
        }
        if a < s1 && (doc.tok_text(a) == ":" || open_tok[a]) {
            return None;
        }
        // Skip the person told, and "that": "told reporters that …".
        let told = matches!(doc.tok_text(c.tok).to_lowercase().as_str(), "told" | "tell" | "tells" | "telling");
        let mut comp = None;
        for j in a..(a + 8).min(s1) {
            if tags[j].has(cues::COMPLEMENTISER) {
                comp = Some(j);
                break;
            }
            if matches!(doc.tok_text(j), "." | ";" | ":") || in_quote[j] {
                break;
            }
        }
        match comp {
            Some(j) => a = j + 1,
            None if told => return None,
            None => {}
        }
        while a < s1 && doc.tok_text(a) == "," {
            a += 1;
        }
        b = s1;
    }
    // Cut at a quote, a relay construction, or the next speaker's clause.
    for j in a..b {
        if in_quote[j] || open_tok[j] || in_relay[j] {
            b = j;
            break;
        }
    }
    if let Some(next) = cues_list.get(ci + 1) {
        if next.tok > a && next.tok < b && !next.construction {
            if let Some(Subject::Mention(k)) = next.subject {
                let st = ments[k].toks.start;
                if st > a && st < next.tok {
                    b = st;
                } else if !next.inverted {
                    b = next.tok;
                }
            }
        } else if next.construction && next.tok > a && next.tok < b {
            b = next.tok;
        }
    }
    // Trim trailing punctuation and conjunctions.
    while b > a {
        let t = doc.tok_text(b - 1);
        if doc.toks[b - 1].kind == TokKind::Punct && t != ")" && t != "%" || CONJUNCTIONS.contains(&t.to_lowercase().as_str()) {
            b -= 1;
        } else {
            break;
        }
    }
    while a < b && doc.toks[a].kind == TokKind::Punct && doc.tok_text(a) != "(" {
        a += 1;
    }
    let words = (a..b).filter(|&j| doc.toks[j].kind == TokKind::Word).count();
    if words < 2 {
        return None;
    }
    Some(doc.toks[a].start as usize..doc.toks[b - 1].end as usize)
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;
    use crate::input::Input;

    fn run(s: &str) -> (Vec<(String, QuoteKind, Option<String>, Option<String>)>, Vec<(String, String, String)>) {
        let i = Input::from_text(s);
        let t = i.text();
        let d = Doc::new(&t, &i, &vec![true; i.blocks.len()]);
        let a = attribute(&d);
        let name = |k: Option<usize>| k.map(|k| a.speakers[k].name.clone());
        let q = a.quotes.iter().map(|q| (q.text.clone(), q.kind, name(q.speaker), q.source.clone())).collect();
        let r = a.reported.iter().map(|r| (name(r.speaker).unwrap_or_default(), r.cue.text.clone(), r.text.clone())).collect();
        (q, r)
    }

    fn speakers(s: &str) -> Vec<Option<String>> {
        run(s).0.into_iter().filter(|q| q.1 == QuoteKind::Speech).map(|q| q.2).collect()
    }

    #[test]
    fn cue_after_and_before() {
        let s = "Finance Minister Ana Ruiz spoke on Monday.\n\n\"We will not raise taxes,\" Ruiz said.\n\n\"Nor will we cut,\" said Labour leader Tom Hale.\n\nHale told reporters: \"It is over.\"";
        assert_eq!(speakers(s), [Some("Ana Ruiz".into()), Some("Tom Hale".into()), Some("Tom Hale".into())]);
    }

    #[test]
    fn pronoun_uses_gender_the_text_gives() {
        let s = "Ms. Clara Ortiz met Paul Berger, and both spoke.\n\nBerger said the deal was close.\n\n\"It is not done,\" she said.";
        assert_eq!(speakers(s), [Some("Clara Ortiz".into())]);
        let s = "Paul Berger said the deal was close.\n\n\"It is done,\" he said.";
        assert_eq!(speakers(s), [Some("Paul Berger".into())]);
    }

    #[test]
    fn split_follow_on_and_quote_only_paragraphs() {
        let s = "\"We are ready,\" Mayor Lina Park said, \"to talk tomorrow.\" \"And after.\"\n\n\"We never left.\"\n\nThe council said nothing.";
        assert_eq!(speakers(s), vec![Some("Lina Park".to_string()); 4]);
    }

    #[test]
    fn terms_are_not_speech() {
        let (q, _) = run("The so-called \"reforms\" failed, and Tomas \"Steel\" Varga released the album \"Blue Hours\" on Friday.");
        assert!(q.iter().all(|q| q.1 == QuoteKind::Term), "{q:?}");
        let (q, _) = run("Opposition leader Mara Quist called the plan \"a reckless gamble with lives\" on Tuesday.");
        assert_eq!(q[0].1, QuoteKind::Speech);
        assert_eq!(q[0].2.as_deref(), Some("Mara Quist"));
    }

    #[test]
    fn organisations_and_according_to() {
        let (q, r) = run("\"Output will fall,\" a spokesperson for Harbor Mining said.\n\nAccording to the ministry of finance, prices rose by 3 percent.\n\nThe White House later reiterated it had no plans to intervene.");
        assert_eq!(q[0].2.as_deref(), Some("Harbor Mining"));
        assert!(r.iter().any(|r| r.0 == "White House" && r.1 == "reiterated" && r.2.starts_with("it had no plans")), "{r:?}");
    }

    #[test]
    fn relay_sources() {
        let (q, _) = run("\"No troops,\" he said, quoted from TASS.\n\n\"No plans,\" said Olaf Scholz, citing Reuters.\n\n\"Never,\" Ana Lopes told AFP.");
        assert_eq!(q.iter().map(|q| q.3.clone()).collect::<Vec<_>>(), [Some("TASS".into()), Some("Reuters".into()), Some("AFP".into())]);
    }

    #[test]
    fn reported_speech_spans() {
        let (_, r) = run("French President Emmanuel Macron said on Monday allies should act, although he stressed there was no consensus.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].2, "on Monday allies should act");
        assert_eq!((r[1].0.as_str(), r[1].2.as_str()), ("Emmanuel Macron", "there was no consensus"));
    }

    #[test]
    fn other_languages() {
        let i = Input::from_text("« Nous sommes prêts », a déclaré la ministre Claire Vidal.\n\n« Rien n'est fait », a-t-elle ajouté.");
        let t = i.text();
        let d = Doc::new(&t, &i, &[true, true]);
        let a = attribute(&d);
        assert_eq!(a.quotes.len(), 2);
        assert!(a.quotes.iter().all(|q| q.speaker == Some(0)), "{:?}", a.quotes);
        assert_eq!(a.speakers[0].name, "Claire Vidal");
    }
}
