//! Quote pairing: finds the marks that open and close quotations in the
//! article paragraphs, in every convention — straight `"…"` `'…'`, curly
//! `“…”` `‘…’`, guillemets `«…»` `»…«` `‹…›` (with or without inner spaces),
//! German `„…“` `‚…‘`, CJK `「…」` `『…』` — nested in one another.
//!
//! One pass over each paragraph's chars. Each candidate mark is classified by
//! its flanks (what stands before and after it) into opener, closer, or
//! nothing (apostrophes: don't, the Joneses' dog, '80s, rock 'n' roll; primes:
//! a 27" monitor). A stack pairs closers with the nearest compatible opener;
//! a closer with no opener is ignored and openers still pending at the end of
//! a paragraph are dropped, so an unbalanced mark never shifts the pairing of
//! the rest. A quote left open at the end of a paragraph whose next paragraph
//! reopens it with the same family of mark runs on (the multi-paragraph
//! convention) and is one quote.

use crate::text::Lower;
use crate::text::Doc;

/// A pair of quote marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteMarks {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset of the first char inside.
    pub start: usize,
    /// Byte offset one past the last char inside.
    pub end: usize,
    /// Byte offset of the closing mark.
    pub close: usize,
    /// Paragraph index of the opening mark.
    pub para: usize,
    /// Paragraph index of the closing mark (later than `para` for a quote
    /// that runs over several paragraphs).
    pub para_end: usize,
    /// Inside another quote.
    pub nested: bool,
}

/// Families of marks: a closer only pairs with an opener of its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

fn family(c: char) -> Option<Family> {
    Some(match c {
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{FF02}' => Family::Double,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => Family::Single,
        '\u{00AB}' | '\u{00BB}' => Family::Guillemet,
        '\u{2039}' | '\u{203A}' => Family::SingleGuillemet,
        '\u{300C}' | '\u{300D}' => Family::Corner,
        '\u{300E}' | '\u{300F}' => Family::WhiteCorner,
        _ => return None,
    })
}

/// What a mark does at its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    /// Closes a pending opener of its family.
    Close,
    /// Closes only if a pending opener of its family exists and no strong
    /// closer of the family follows in the paragraph (`s'` may be a
    /// possessive: the Joneses' dog).
    WeakClose,
    /// Closes if an opener of its family is pending, otherwise opens
    /// (a straight mark between two letters or spaces).
    Either,
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// Chars of scripts written without spaces (Han, Kana, Thai) and CJK
/// punctuation: next to a mark they play the part a space plays in English
/// (发言人说：“我们不会派兵，”他表示).
fn unspaced(c: char) -> bool {
    use crate::text::Script;
    matches!(Script::of(c), Script::Han | Script::Kana | Script::Thai)
        || ('\u{3000}'..='\u{303F}').contains(&c)
        || (('\u{FF00}'..='\u{FF65}').contains(&c) && !c.is_alphanumeric())
}

/// Chars that may stand right before an opening mark besides whitespace.
fn opens_after(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':') || family(c).is_some()
}

/// Chars that may stand right after a closing mark besides whitespace.
fn closes_before(c: char) -> bool {
    matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\u{2026}' | '\u{2014}' | '\u{2013}' | '-' | '/')
        || family(c).is_some()
}

/// `'80s`, `'em`, `'n'`: a mark before these is an apostrophe.
fn is_elision(after: &str) -> bool {
    let mut it = after.chars();
    let (a, b, c) = (it.next(), it.next(), it.next());
    if a.is_some_and(|a| a.is_ascii_digit()) && b.is_some_and(|b| b.is_ascii_digit()) && !c.is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    // The word's length in `after` itself: lower-casing can change it
    // (İ, the Kelvin sign), and slicing by the lower-cased length panicked.
    let len: usize = after.chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
    let word = after[..len].lower();
    let next = crate::text::first_char(&after[len..]);
    let word_ends = !next.is_some_and(|n| n.is_alphabetic());
    word_ends && crate::lexicon::list("common", crate::lexicon::ELISIONS).contains(&word) && !matches!(next, Some('\'' | '\u{2019}') if word != "n")
}

/// The role of the mark `c` at byte `i` of `p`, or `None` when it is no mark.
fn role(p: &str, i: usize, c: char) -> Option<Role> {
    let prev = crate::text::last_char(&p[..i]);
    let after = &p[i + c.len_utf8()..];
    let next = crate::text::first_char(after);
    let left_open = is_space(prev) || prev.is_some_and(|p| opens_after(p) || unspaced(p));
    let right_open = is_space(next) || next.is_some_and(|n| closes_before(n) || unspaced(n));
    let letter = |x: Option<char>| x.is_some_and(|x| x.is_alphanumeric());
    match c {
        '"' | '\u{FF02}' => {
            // A prime after a digit ("a 27" monitor") closes only a pending quote.
            if prev.is_some_and(|p| p.is_ascii_digit()) && !closes_strongly(next) {
                return Some(Role::WeakClose);
            }
            match (left_open && !is_space(next), !is_space(prev) && right_open) {
                (true, false) => Some(Role::Open),
                (false, true) => Some(Role::Close),
                (true, true) => Some(Role::Either),
                (false, false) => {
                    if letter(prev) && letter(next) {
                        Some(Role::Either)
                    } else {
                        None
                    }
                }
            }
        }
        '\'' | '\u{2019}' => {
            if letter(prev) && letter(next) {
                return None; // don't, it's
            }
            // The second mark of rock 'n' roll (the first is an elision).
            let before = &p[..i];
            for ap in ["'", "\u{2019}", "\u{2018}"] {
                for n in ["n", "N"] {
                    if let Some(rest) = before.strip_suffix(n).and_then(|b| b.strip_suffix(ap)) {
                        if crate::text::last_char(rest).is_none_or(char::is_whitespace) {
                            return None;
                        }
                    }
                }
            }
            if left_open && !is_space(next) {
                if is_elision(after) || c == '\u{2019}' {
                    // ’80s, 'em, rock ’n’ roll; ’ is not an English opener.
                    return None;
                }
                return Some(Role::Open);
            }
            if !is_space(prev) && right_open {
                // After punctuation the mark can only close; after a letter it
                // may be a possessive or an elision (goin').
                if prev.is_some_and(|p| !p.is_alphanumeric()) || next.is_some_and(|n| !n.is_whitespace()) {
                    return Some(Role::Close);
                }
                return Some(Role::WeakClose);
            }
            None
        }
        '\u{2018}' | '\u{201B}' => {
            if left_open && !is_space(next) {
                if is_elision(after) {
                    return None;
                }
                Some(Role::Open)
            } else if !is_space(prev) && right_open {
                Some(Role::Close) // German ‚…‘
            } else {
                None
            }
        }
        '\u{201C}' | '\u{201F}' => {
            if left_open && !is_space(next) {
                Some(Role::Open)
            } else if !is_space(prev) && right_open {
                Some(Role::Close) // German „…“
            } else {
                None
            }
        }
        '\u{201D}' => {
            if !is_space(prev) && right_open {
                Some(Role::Close)
            } else if left_open && !is_space(next) {
                Some(Role::Open) // Swedish ”…”
            } else {
                Some(Role::Close)
            }
        }
        '\u{201E}' => Some(Role::Open),
        '\u{201A}' => {
            if left_open && letter(next) {
                Some(Role::Open)
            } else {
                None
            }
        }
        '\u{00AB}' | '\u{2039}' => {
            // « opens (French); after a word and before a space it closes (German »…«).
            if !is_space(prev) && !prev.is_some_and(opens_after) && right_open {
                Some(Role::Close)
            } else {
                Some(Role::Open)
            }
        }
        '\u{00BB}' | '\u{203A}' => {
            // » closes (French); after a space and before a word it opens (German).
            if is_space(prev) && !is_space(next) && !next.is_some_and(closes_before) {
                Some(Role::Open)
            } else {
                Some(Role::Close)
            }
        }
        '\u{300C}' | '\u{300E}' => Some(Role::Open),
        '\u{300D}' | '\u{300F}' => Some(Role::Close),
        _ => None,
    }
}

/// Punctuation or the end of the text after a mark: it surely closes.
fn closes_strongly(next: Option<char>) -> bool {
    next.is_none_or(|n| matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '\n'))
}

/// One candidate mark of a paragraph.
#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    fam: Family,
    role: Role,
    /// A strong closer of this family follows before the next opener of it.
    strong_ahead: bool,
}

/// The high bit of each zero byte of `x` set (and maybe of bytes above a
/// zero one; none when no byte is zero), with other bits besides.
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(0x0101_0101_0101_0101) & !x
}

/// Finds quote pairs in the article paragraphs, in order of their opening mark.
pub fn find(doc: &Doc) -> Vec<QuoteMarks> {
    let text = doc.text;
    let mut out = Vec::new();
    // (family, open offset, open mark length, paragraph) of a quote carried
    // over from the previous paragraph.
    let mut carried: Option<(Family, usize, usize, usize)> = None;
    let mut marks: Vec<Mark> = Vec::new();
    let paras: Vec<usize> = doc.article_paras().map(|(i, _)| i).collect();
    for (k, &pi) in paras.iter().enumerate() {
        let range = doc.paras[pi].range.clone();
        let p = &text[range.clone()];
        marks.clear();
        let bytes = p.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // (Natively on x86-64 sixteen bytes tested at once with SSE2, part
            // of its baseline: the bytes before the first `"`, `'` or
            // non-ASCII byte, which hold no mark, are skipped.)
            #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
            if at + 16 <= bytes.len() {
                use std::arch::x86_64::*;
                // SAFETY: bytes `at..at + 16` are in `bytes`; SSE2 is enabled.
                let m = unsafe {
                    let v = _mm_loadu_si128(bytes.as_ptr().add(at) as *const __m128i);
                    let q = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8)), _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\'' as i8)));
                    _mm_movemask_epi8(_mm_or_si128(v, q)) as u32
                };
                if m == 0 {
                    at += 16;
                    continue;
                }
                at += m.trailing_zeros() as usize;
            }
            // Eight ASCII bytes without `"` or `'` hold no mark: skipped at
            // once (the byte-by-byte test was most of this function's time).
            // (The three tests' high bits or-ed, one branch: a byte of `"`
            // or `'` may set a high bit above it too, which only sends the
            // chunk to the byte-by-byte test below.)
            if let Some(chunk) = bytes.get(at..at + 8) {
                let w = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
                if (w | zero_bytes(w ^ 0x2222_2222_2222_2222) | zero_bytes(w ^ 0x2727_2727_2727_2727)) & 0x8080_8080_8080_8080 == 0 {
                    at += 8;
                    continue;
                }
            }
            let until = (at + 8).min(bytes.len());
            for i in at..until {
                // Every mark is `"`, `'`, or starts with one of these lead bytes
                // (U+00AB/BB, U+20xx, U+300x, U+FF02): other bytes need no decoding.
                if !matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3 | 0xEF) {
                    continue;
                }
                let Some(c) = crate::text::first_char(&p[i..]) else { continue };
                let Some(fam) = family(c) else { continue };
                if let Some(role) = role(p, i, c) {
                    marks.push(Mark { pos: range.start + i, len: c.len_utf8(), fam, role, strong_ahead: false });
                }
            }
            at = until;
        }
        // Backward pass: is a strong closer of the family ahead, before the next opener?
        let mut ahead = [false; 6];
        for m in marks.iter_mut().rev() {
            let f = m.fam as usize;
            m.strong_ahead = ahead[f];
            match m.role {
                Role::Close => ahead[f] = true,
                Role::Open | Role::Either => ahead[f] = false,
                Role::WeakClose => {}
            }
        }
        // Stack of (family, open offset, mark length, paragraph).
        let mut stack: Vec<(Family, usize, usize, usize)> = Vec::new();
        let mut skip_first_open = false;
        if let Some(c) = carried.take() {
            // The paragraph reopens the carried quote with its first mark.
            let first = p.char_indices().find(|(_, c)| !c.is_whitespace());
            if let (Some(m), Some((fi, _))) = (marks.first(), first) {
                if m.pos == range.start + fi && m.fam == c.0 && matches!(m.role, Role::Open | Role::Either) {
                    stack.push(c);
                    skip_first_open = true;
                }
            }
        }
        for (mi, m) in marks.iter().enumerate() {
            if mi == 0 && skip_first_open {
                continue;
            }
            let pending = stack.iter().rposition(|s| s.0 == m.fam);
            let closes = match m.role {
                Role::Open => false,
                Role::Close => pending.is_some(),
                Role::WeakClose => pending.is_some() && !m.strong_ahead,
                Role::Either => pending.is_some(),
            };
            if closes {
                let at = pending.unwrap();
                let (_, open, olen, opara) = stack[at];
                // Openers above it were never closed: drop them.
                stack.truncate(at);
                // The spaces typography puts inside guillemets (« Oui », often
                // no-break) belong to the marks, not to the words quoted.
                let inner = &text[open + olen..m.pos];
                let start = open + olen + (inner.len() - inner.trim_start().len());
                let end = (m.pos - (inner.len() - inner.trim_end().len())).max(start);
                out.push(QuoteMarks {
                    open,
                    start,
                    end,
                    close: m.pos,
                    para: opara,
                    para_end: pi,
                    nested: !stack.is_empty(),
                });
            } else if matches!(m.role, Role::Open | Role::Either) {
                stack.push((m.fam, m.pos, m.len, pi));
            }
        }
        // An open quote runs on only when the next article paragraph starts
        // with an opener of its family.
        // The open mark must stand where a quote starts: at the paragraph's
        // start, after a colon or comma ("X said: “…"), or opening a sentence
        // ("…,” she told the chamber. “I certainly didn’t. …").
        let carry_ok = stack.first().is_some_and(|o| {
            if o.1 < range.start {
                return true; // carried from an earlier paragraph
            }
            let before = text[range.start..o.1].trim_end();
            before.is_empty() || crate::text::ends_with_byte(before, b":,.!?")
        });
        if let (true, Some(&outer)) = (carry_ok, stack.first()) {
            if let Some(&next) = paras.get(k + 1) {
                let np = &text[doc.paras[next].range.clone()];
                if let Some((i, c)) = np.char_indices().find(|(_, c)| !c.is_whitespace()) {
                    if family(c) == Some(outer.0) && matches!(role(np, i, c), Some(Role::Open | Role::Either)) {
                        carried = Some(outer);
                    }
                }
            }
        }
    }
    crate::sort::by_key(&mut out, |q| (q.open, 0));
    out
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;
    use crate::input::Input;

    fn quotes(s: &str) -> Vec<String> {
        let i = Input::from_text(s);
        let t = i.text();
        let d = Doc::new(&t, &i, &vec![true; i.blocks.len()]);
        find(&d).iter().map(|q| t[q.start..q.end].to_string()).collect()
    }

    #[test]
    fn pairs_straight_and_curly() {
        assert_eq!(quotes("\"One,\" he said. \u{201C}Two\u{201D}"), ["One,", "Two"]);
    }

    #[test]
    fn every_convention() {
        assert_eq!(quotes("« Nous sommes prêts », a-t-il dit."), ["Nous sommes prêts"]);
        assert_eq!(quotes("\u{ab}\u{a0}Oui\u{a0}\u{bb}, dit-elle. \u{ab}\u{202f}Non\u{202f}\u{bb}"), ["Oui", "Non"]);
        assert_eq!(quotes("\u{201E}Wir sind bereit\u{201C}, sagte er. \u{bb}Gut\u{ab}, so sie."), ["Wir sind bereit", "Gut"]);
        assert_eq!(quotes("Er sagte \u{201A}ja\u{2018} und ging."), ["ja"]);
        assert_eq!(quotes("\u{300C}はい\u{300D}と言った。\u{300E}本\u{300F}"), ["はい", "本"]);
        assert_eq!(quotes("\u{2039}Oui\u{203A}, dit-il."), ["Oui"]);
    }

    #[test]
    fn letters_that_change_length_when_lower_cased_after_a_mark() {
        // Found by the utf16 fuzzer: 'İ' (2 bytes) lower-cases to 3 bytes.
        for s in ["x 'İstanbul' y", "'\u{212A}elvin'", "\u{2019}İİ\u{2019}"] {
            let _ = quotes(s);
        }
        assert_eq!(quotes("He said 'İstanbul is calm,' and left."), ["İstanbul is calm,"]);
    }

    #[test]
    fn curly_quotes_in_text_without_spaces() {
        assert_eq!(quotes("发言人说：\u{201C}我们不会派兵,\u{201D}他在北京表示。"), ["我们不会派兵,"]);
        assert_eq!(quotes("彼は\u{201C}大丈夫\u{201D}と言った。"), ["大丈夫"]);
    }

    #[test]
    fn nested_styles() {
        let q = quotes("\u{2018}They told us \u{201C}no\u{201D} again,\u{2019} she said.");
        assert_eq!(q, ["They told us \u{201C}no\u{201D} again,", "no"]);
        let q = quotes("\"He called it 'a farce' twice,\" she said.");
        assert_eq!(q, ["He called it 'a farce' twice,", "a farce"]);
    }

    #[test]
    fn apostrophes_and_primes_are_not_marks() {
        assert_eq!(quotes("Don\u{2019}t worry, it\u{2019}s fine, he said."), Vec::<String>::new());
        assert_eq!(quotes("\u{2018}The Joneses\u{2019} dog barked all night,\u{2019} she said."), ["The Joneses\u{2019} dog barked all night,"]);
        assert_eq!(quotes("Music of the \u{2019}80s and rock \u{2019}n\u{2019} roll, 'em all."), Vec::<String>::new());
        // Inside a quote, straight marks: the quote still closes at its end.
        assert_eq!(quotes("'It's rock 'n' roll, not a crime,' he said. 'ROCK 'N' ROLL IS HERE'"), ["It's rock 'n' roll, not a crime,", "ROCK 'N' ROLL IS HERE"]);
        assert_eq!(quotes("He bought a 27\" monitor and \"loves it\" a lot."), ["loves it"]);
        assert_eq!(quotes("The Joneses' dog and the boss' car."), Vec::<String>::new());
    }

    #[test]
    fn uk_single_quotes() {
        assert_eq!(quotes("'We are ready,' he said. 'We won't wait.'"), ["We are ready,", "We won't wait."]);
    }

    #[test]
    fn unbalanced_marks_do_not_shift_the_rest() {
        let q = quotes("He said \"hello and left.\n\n\"Fine,\" she said. \"Good.\"");
        assert_eq!(q, ["Fine,", "Good."]);
        let q = quotes("A stray\" mark. \"Real,\" she said. Then \"open and \u{201C}curly\u{201D}.");
        assert_eq!(q, ["Real,", "curly"]);
    }

    #[test]
    fn multi_paragraph_quote_opened_mid_paragraph() {
        let q = quotes("\u{201C}No,\u{201D} Ana said. \u{201C}We tried. We failed.\n\n\u{201C}We will try again.\u{201D}\n\nThe end.");
        assert_eq!(q, ["No,", "We tried. We failed.\n\n\u{201C}We will try again."]);
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        let s = "\u{201C}First part.\n\n\u{201C}Second part.\n\n\u{201C}Last part,\u{201D} he said.";
        assert_eq!(quotes(s), ["First part.\n\n\u{201C}Second part.\n\n\u{201C}Last part,"]);
        // Not reopened: the open mark is dropped.
        assert_eq!(quotes("\u{201C}Unclosed.\n\nPlain \u{201C}x y z\u{201D}."), ["x y z"]);
    }

    #[test]
    fn nothing_breaks_on_marks_alone() {
        for s in ["\"", "'", "\u{201D}\u{201C}", "\u{ab}\u{ab}\u{bb}", "\" \" \"", "a\"b\"c'd'"] {
            let _ = quotes(s);
        }
    }
}
