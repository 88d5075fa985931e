//! The CLI's HTML reader: parses a page natively (html5ever through scraper)
//! into the same block descriptions the content script sends from a live
//! page, so that article selection is tested without a browser.
//!
//! Rules shared with `extension/content/collect.js`: a block is the inline
//! text of the nearest block-level element (a table row's cells make one
//! block, separated by a space); whitespace collapses as rendered;
//! `hints` lists the ancestors' landmark tags, ARIA roles and class/id words.

use crate::text::Lower;
use scraper::{ElementRef, Html, Node, Selector};

use crate::input::{Alternate, Block, Input, PageSignals};

const BLOCK_TAGS: &[&str] = &[
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "figcaption", "pre", "div",
    "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "dl", "table", "tr", "figure",
    "address", "button", "form", "body", "caption", "details", "summary",
];
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas", "select", "textarea",
    "input",
];
/// A table row is one block, its cells' texts separated by a space: a
/// 20,000-row table is 20,000 blocks, not 120,000 (issue #6).
const CELL_TAGS: &[&str] = &["td", "th"];
const LANDMARK_TAGS: &[&str] = &["article", "main", "nav", "header", "footer", "aside", "form", "figure", "button"];

struct Walker {
    blocks: Vec<Block>,
    buf: String,
    link_chars: usize,
    owner: Option<(String, String, bool)>,
}

impl Walker {
    fn flush(&mut self) {
        let text = self.buf.trim().to_string();
        if !text.is_empty() {
            let (tag, hints, article_body) = self.owner.clone().unwrap_or_default();
            self.blocks.push(Block { text, tag, link_chars: self.link_chars.min(self.buf.len()), hints, article_body });
        }
        self.buf.clear();
        self.link_chars = 0;
    }

    fn push_text(&mut self, s: &str, in_link: bool) {
        for c in s.chars() {
            let c = if c.is_whitespace() && c != '\u{A0}' { ' ' } else { c };
            if c == ' ' && (self.buf.is_empty() || self.buf.ends_with([' ', '\n'])) {
                continue;
            }
            self.buf.push(c);
            if in_link {
                self.link_chars += 1;
            }
        }
    }

    fn walk(&mut self, el: ElementRef, hints: &str, article_body: bool, in_link: bool) {
        let e = el.value();
        let tag = e.name();
        if SKIP_TAGS.contains(&tag) || e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
            return;
        }
        if e.attr("style").is_some_and(|s| s.replace(' ', "").contains("display:none")) {
            return;
        }
        let is_block = BLOCK_TAGS.contains(&tag);
        let article_body = article_body || e.attr("itemprop").is_some_and(|v| v.split_whitespace().any(|w| w == "articleBody"));
        let mut h = hints.to_string();
        if LANDMARK_TAGS.contains(&tag) {
            h.push(' ');
            h.push_str(tag);
        }
        for attr in ["role", "class", "id"] {
            if let Some(v) = e.attr(attr) {
                for w in v.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()) {
                    h.push(' ');
                    h.push_str(&w.lower());
                }
            }
        }
        let saved = if is_block {
            self.flush();
            let prev = self.owner.replace((tag.to_string(), h.trim().to_string(), article_body));
            Some(prev)
        } else {
            None
        };
        let in_link = in_link || tag == "a";
        if tag == "br" {
            self.buf.push('\n');
        } else if CELL_TAGS.contains(&tag) && !self.buf.is_empty() && !self.buf.ends_with([' ', '\n']) {
            self.buf.push(' ');
        }
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.push_text(t, in_link),
                Node::Element(_) => self.walk(ElementRef::wrap(child).unwrap(), &h, article_body, in_link),
                _ => {}
            }
        }
        if let Some(prev) = saved {
            self.flush();
            self.owner = prev;
        }
    }
}

/// Reads an HTML page into blocks and page signals.
pub fn read(html: &str) -> Input {
    let doc = Html::parse_document(html);
    let mut w = Walker { blocks: Vec::new(), buf: String::new(), link_chars: 0, owner: None };
    if let Some(body) = doc.select(&Selector::parse("body").unwrap()).next() {
        w.walk(body, "", false, false);
    }
    w.flush();
    let mut blocks = w.blocks;
    let mut page = PageSignals::default();
    let root = doc.root_element();
    page.lang = root.value().attr("lang").map(str::to_string);
    if let Some(l) = &page.lang {
        if l.contains("-x-mtfrom-") {
            page.mt_markers.push(format!("lang=\"{l}\""));
        }
    }
    if let Some(c) = root.value().attr("class") {
        for w in c.split_whitespace().filter(|w| w.starts_with("translated-")) {
            page.mt_markers.push(format!("class=\"{w}\""));
        }
    }
    for link in doc.select(&Selector::parse("link[rel]").unwrap()) {
        let rel = link.value().attr("rel").unwrap_or("").lower();
        let href = link.value().attr("href").unwrap_or("").to_string();
        if rel.contains("machine-translated-from") {
            page.mt_markers.push(format!("rel=\"{rel}\""));
        }
        if rel.split_whitespace().any(|r| r == "alternate") {
            if let Some(hl) = link.value().attr("hreflang") {
                page.alternates.push(Alternate { hreflang: hl.to_string(), href });
            }
        }
    }
    // JSON-LD articleBody marks the blocks whose text it contains.
    let sel = Selector::parse("script[type=\"application/ld+json\"]").unwrap();
    let mut bodies = Vec::new();
    for s in doc.select(&sel) {
        let src: String = s.text().collect();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&src) {
            collect_article_body(&v, &mut bodies);
        }
    }
    if !bodies.is_empty() {
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let bodies: Vec<String> = bodies.iter().map(|b| norm(b)).collect();
        for b in &mut blocks {
            let t = norm(&b.text);
            if t.len() >= 20 && bodies.iter().any(|body| body.contains(&t)) {
                b.article_body = true;
            }
        }
    }
    Input { blocks, page, all_article: false }
}

fn collect_article_body(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(serde_json::Value::String(s)) = m.get("articleBody") {
                out.push(s.clone());
            }
            m.values().for_each(|x| collect_article_body(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_article_body(x, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_hints_and_links() {
        let i = read(
            r##"<html lang="en-x-mtfrom-id"><body><nav><a href="/">Home</a></nav>
            <article class="story"><h1>Title  here</h1><p>One <b>two</b>
            three <a href="#">link</a></p><script>var x = "no";</script></article></body></html>"##,
        );
        let texts: Vec<&str> = i.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Home", "Title here", "One two three link"]);
        assert_eq!(i.blocks[0].hints, "nav");
        assert_eq!(i.blocks[2].tag, "p");
        assert!(i.blocks[2].hints.contains("article") && i.blocks[2].hints.contains("story"));
        assert_eq!(i.blocks[2].link_chars, 4);
        assert_eq!(i.page.mt_markers, ["lang=\"en-x-mtfrom-id\""]);
    }

    #[test]
    fn a_table_row_is_one_block() {
        let i = read(
            r#"<html><body><table id="t"><tr><th>Region</th><th>Votes</th></tr>
            <tr class="r"><td>North</td><td>"4"</td><td></td><td><a href="/">said</a></td></tr>
            <tr><td>A<p>Inner paragraph.</p>B<br>C</td></tr></table></body></html>"#,
        );
        let blocks: Vec<(&str, &str, &str)> = i.blocks.iter().map(|b| (b.tag.as_str(), b.hints.as_str(), b.text.as_str())).collect();
        assert_eq!(
            blocks,
            [
                ("tr", "t", "Region Votes"),
                ("tr", "t r", "North \"4\" said"),
                ("tr", "t", "A"),
                ("p", "t", "Inner paragraph."),
                ("tr", "t", "B\nC"),
            ]
        );
        assert_eq!(i.blocks[1].link_chars, 4);
    }

    #[test]
    fn json_ld_marks_article_body() {
        let i = read(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"The first paragraph of the story is here. And more."}</script></head>
            <body><div>The first paragraph of the story is here.</div><div>Unrelated sidebar text that is long enough.</div></body></html>"#,
        );
        assert!(i.blocks[0].article_body);
        assert!(!i.blocks[1].article_body);
    }
}
