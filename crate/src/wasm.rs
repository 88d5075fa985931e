//! The wasm binding: strings in, report out, offsets converted to UTF-16
//! code units from a table built once per call. No logic lives here.

use js_sys::Array;
use wasm_bindgen::prelude::*;

use crate::input::{Alternate, Block, Input, PageSignals};

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Annotates a page described by `input` (`{blocks: [{text, tag, linkChars,
/// hints, articleBody}], page: {...}, allArticle}`); returns the report with
/// offsets in UTF-16 code units into the blocks' texts joined by "\n\n".
/// Throws an `Error` with a readable message on refused input.
#[wasm_bindgen]
pub fn annotate(input: JsValue) -> Result<JsValue, JsError> {
    let input = read_input(&input).map_err(|e| JsError::new(&format!("bad input: {e}")))?;
    let text = input.text();
    let mut report = crate::annotate_text(&text, &input).map_err(|e| JsError::new(&e.to_string()))?;
    let table = crate::report::utf16_table(&text);
    report.map_offsets(|b| table[b] as usize);
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    report.serialize(&ser).map_err(|e| JsError::new(&e.to_string()))
}

/// The core's version, for the UI's "about" line.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

use serde::Serialize;

// ------------------------------------------------------------------ input
// The input is read field by field rather than through serde's Deserialize:
// serde's error messages can format a float ("invalid type: floating point
// `1.5`"), which alone brings ~18 KB of float formatting into the wasm.
// Same model as serde_wasm_bindgen's: every field may be missing (its
// default), `null` stands for `None`, anything of the wrong type is refused.

#[wasm_bindgen]
extern "C" {
    /// Any JS object, read with `obj[key]` (what serde_wasm_bindgen does too).
    type Fields;
    #[wasm_bindgen(method, structural, indexing_getter)]
    fn field(this: &Fields, key: &JsValue) -> JsValue;
}

/// A field name, with its JS string made once per call rather than once per read.
struct Key(&'static str, JsValue);

impl Key {
    fn new(name: &'static str) -> Key {
        Key(name, JsValue::from_str(name))
    }
}

/// Reads one object's fields. `at` (the array's path and the index, or the
/// object's path) names it in error messages; built only on error.
struct Obj<'a> {
    obj: &'a Fields,
    at: (&'static str, Option<u32>),
}

fn path((name, index): (&str, Option<u32>)) -> String {
    match index {
        Some(i) => format!("{name}[{i}]"),
        None => name.to_string(),
    }
}

impl<'a> Obj<'a> {
    fn new(obj: &'a JsValue, at: (&'static str, Option<u32>)) -> Result<Obj<'a>, String> {
        if obj.is_object() {
            Ok(Obj { obj: obj.unchecked_ref(), at })
        } else {
            Err(format!("{}: expected an object", path(at)))
        }
    }

    /// The field's value, `None` when it is missing or `undefined`.
    fn get(&self, key: &Key) -> Option<JsValue> {
        let v = self.obj.field(&key.1);
        (!v.is_undefined()).then_some(v)
    }

    fn fail(&self, key: &Key, what: &str) -> String {
        let at = path(self.at);
        format!("{at}{}{}: expected {what}", if at.is_empty() { "" } else { "." }, key.0)
    }

    fn string(&self, key: &Key) -> Result<String, String> {
        match self.get(key) {
            None => Ok(String::new()),
            Some(v) => v.as_string().ok_or_else(|| self.fail(key, "a string")),
        }
    }

    fn opt_string(&self, key: &Key) -> Result<Option<String>, String> {
        match self.get(key) {
            Some(v) if !v.is_null() => v.as_string().map(Some).ok_or_else(|| self.fail(key, "a string or null")),
            _ => Ok(None),
        }
    }

    fn bool(&self, key: &Key) -> Result<bool, String> {
        match self.get(key) {
            None => Ok(false),
            Some(v) => v.as_bool().ok_or_else(|| self.fail(key, "a boolean")),
        }
    }

    /// A non-negative safe integer that fits a usize.
    fn count(&self, key: &Key) -> Result<usize, String> {
        let Some(v) = self.get(key) else { return Ok(0) };
        match v.as_f64() {
            Some(n) if n >= 0.0 && n <= 9007199254740991.0 && n <= usize::MAX as f64 && n == (n as usize) as f64 => {
                Ok(n as usize)
            }
            _ => Err(self.fail(key, "a non-negative integer")),
        }
    }

    /// Reads the array field `key` (whose path is `name`) with `each`,
    /// given each element and its place.
    fn array<T>(
        &self,
        key: &Key,
        name: &'static str,
        mut each: impl FnMut(&JsValue, (&'static str, Option<u32>)) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        let Some(v) = self.get(key) else { return Ok(Vec::new()) };
        if !Array::is_array(&v) {
            return Err(self.fail(key, "an array"));
        }
        let arr: Array = v.unchecked_into();
        (0..arr.length()).map(|i| each(&arr.get(i), (name, Some(i)))).collect()
    }
}

/// The input object, as `Input`'s serde derive reads it natively.
fn read_input(v: &JsValue) -> Result<Input, String> {
    let [blocks, text, tag, link_chars, hints, article_body, page, lang, mt_markers, alternates, hreflang, href, url, all_article] = [
        "blocks", "text", "tag", "linkChars", "hints", "articleBody", "page", "lang", "mtMarkers", "alternates", "hreflang", "href", "url",
        "allArticle",
    ]
    .map(Key::new);
    let o = Obj::new(v, ("input", None)).map_err(|_| "expected an object".to_string())?;
    let o = Obj { at: ("", None), ..o };
    let blocks = o.array(&blocks, "blocks", |b, at| {
        let b = Obj::new(b, at)?;
        Ok(Block {
            text: b.string(&text)?,
            tag: b.string(&tag)?,
            link_chars: b.count(&link_chars)?,
            hints: b.string(&hints)?,
            article_body: b.bool(&article_body)?,
        })
    })?;
    let page = match o.get(&page) {
        None => PageSignals::default(),
        Some(p) => {
            let p = Obj::new(&p, ("page", None))?;
            PageSignals {
                lang: p.opt_string(&lang)?,
                mt_markers: p.array(&mt_markers, "page.mtMarkers", |m, at| {
                    m.as_string().ok_or_else(|| format!("{}: expected a string", path(at)))
                })?,
                alternates: p.array(&alternates, "page.alternates", |a, at| {
                    let a = Obj::new(a, at)?;
                    Ok(Alternate { hreflang: a.string(&hreflang)?, href: a.string(&href)? })
                })?,
                url: p.opt_string(&url)?,
            }
        }
    };
    Ok(Input { blocks, page, all_article: o.bool(&all_article)? })
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// `read_input` accepts what serde_wasm_bindgen accepted, with the same result, and refuses what it refused.
    #[test]
    fn reads_what_serde_read() {
        let cases = [
            r#"{"blocks":[{"text":"“We are ready,” she said.","tag":"p","linkChars":3,"hints":"article main","articleBody":true},{"text":"Two","tag":"h2"}],
                "page":{"lang":"en-x-mtfrom-id","mtMarkers":["lang=\"en-x-mtfrom-id\""],"alternates":[{"hreflang":"id","href":"/id/x"}],"url":"https://a.example/x"},
                "allArticle":true}"#,
            r#"{"blocks":[{"text":"x","tag":"p"}],"allArticle":true}"#,
            r#"{"blocks":[],"page":{"lang":null,"mtMarkers":[],"alternates":[],"url":null}}"#,
            r#"{"page":{"alternates":[{}]},"extra":1}"#,
            r#"{}"#,
            r#"{"blocks":[{"linkChars":1.5}]}"#,
            r#"{"blocks":[{"linkChars":-1}]}"#,
            r#"{"blocks":[{"linkChars":"3"}]}"#,
            r#"{"blocks":[{"text":5}]}"#,
            r#"{"blocks":[{"text":null}]}"#,
            r#"{"blocks":[{"articleBody":1}]}"#,
            r#"{"blocks":{"text":"x"}}"#,
            r#"{"blocks":["x"]}"#,
            r#"{"page":null}"#,
            r#"{"page":{"mtMarkers":[1]}}"#,
            r#"{"page":{"lang":3}}"#,
            r#"{"allArticle":"yes"}"#,
            r#"null"#,
            r#"[]"#,
            r#""text""#,
        ];
        for json in cases {
            let v = js_sys::JSON::parse(json).unwrap();
            let want = serde_wasm_bindgen::from_value::<super::Input>(v.clone()).map(|i| format!("{i:?}"));
            let got = super::read_input(&v).map(|i| format!("{i:?}"));
            assert_eq!(got.is_ok(), want.is_ok(), "{json}: {got:?} vs {want:?}");
            if let (Ok(got), Ok(want)) = (got, want) {
                assert_eq!(got, want, "{json}");
            }
        }
    }

    #[test]
    fn errors_name_the_field() {
        let err = |json: &str| super::read_input(&js_sys::JSON::parse(json).unwrap()).unwrap_err();
        assert_eq!(err(r#"{"blocks":[{},{"linkChars":1.5}]}"#), "blocks[1].linkChars: expected a non-negative integer");
        assert_eq!(err(r#"{"page":{"alternates":[{"href":null}]}}"#), "page.alternates[0].href: expected a string");
        assert_eq!(err(r#"{"page":{"mtMarkers":[1]}}"#), "page.mtMarkers[0]: expected a string");
        assert_eq!(err(r#"{"allArticle":1}"#), "allArticle: expected a boolean");
        assert_eq!(err("7"), "expected an object");
    }
}
