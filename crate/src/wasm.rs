//! The wasm binding: strings in, report out, offsets converted to UTF-16
//! code units from a table built once per call. No logic lives here.

use js_sys::Array;
use wasm_bindgen::prelude::*;

use crate::input::{Alternate, Block, Input, PageSignals};
use crate::report::{
    ArticleInfo, Artifact, ArtifactKind, Hedge, HedgeFamily, MachineTranslation, Quote, QuoteKind, Report, Reported, Speaker, SpeakerKind, Span,
};

// No panic hook: the shipped build's panics trap at once, without a message
// (scripts/stub-panics.mjs), so console_error_panic_hook could never run.

/// Annotates a page described by `input` (`{blocks: [{text, tag, linkChars,
/// hints, articleBody}], page: {...}, allArticle}`); returns the report with
/// offsets in UTF-16 code units into the blocks' texts joined by "\n\n".
/// Throws an `Error` with a readable message on refused input.
#[wasm_bindgen]
pub fn annotate(input: JsValue) -> Result<JsValue, JsError> {
    let input = read_input(&input).map_err(|e| JsError::new(&crate::text::joined(&["bad input: ", &e], "")))?;
    let text = input.text();
    let mut report = crate::annotate_text(&text, &input).map_err(|e| JsError::new(&e.message()))?;
    let table = crate::report::utf16_table(&text);
    report.map_offsets(|b| table[b] as usize);
    Ok(report.to_js(&Writer::default()))
}

/// The core's version, for the UI's "about" line.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

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
    /// `obj[key] = value`, as serde_wasm_bindgen sets a struct's fields.
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set_field(this: &Fields, key: &JsValue, value: &JsValue);
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
        Some(i) => {
            let mut s = crate::text::joined(&[name, "["], "");
            crate::text::push_uint(&mut s, i.into());
            s.push(']');
            s
        }
        None => name.to_string(),
    }
}

impl<'a> Obj<'a> {
    fn new(obj: &'a JsValue, at: (&'static str, Option<u32>)) -> Result<Obj<'a>, String> {
        if obj.is_object() {
            Ok(Obj { obj: obj.unchecked_ref(), at })
        } else {
            Err(path(at) + ": expected an object")
        }
    }

    /// The field's value, `None` when it is missing or `undefined`.
    fn get(&self, key: &Key) -> Option<JsValue> {
        let v = self.obj.field(&key.1);
        (!v.is_undefined()).then_some(v)
    }

    fn fail(&self, key: &Key, what: &str) -> String {
        let at = path(self.at);
        crate::text::joined(&[at.as_str(), if at.is_empty() { "" } else { "." }, key.0, ": expected ", what], "")
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
        // (A loop, not `collect` into a Result: its adapter was a sizeable
        // copy in the wasm for each element type.)
        let mut out = Vec::new();
        for i in 0..arr.length() {
            out.push(each(&arr.get(i), (name, Some(i)))?);
        }
        Ok(out)
    }
}

/// The input object, as `Input`'s serde derive reads it natively.
fn read_input(v: &JsValue) -> Result<Input, String> {
    let keys = [
        "blocks", "text", "tag", "linkChars", "hints", "articleBody", "page", "lang", "mtMarkers", "alternates", "hreflang", "href", "url",
        "allArticle",
    ]
    .map(Key::new);
    read_fields(v, &keys)
}

/// [`read_input`] with the field names' keys, which it drops in one place:
/// dropped here, each of the function's exits dropped all fourteen.
#[inline(never)]
fn read_fields(v: &JsValue, keys: &[Key; 14]) -> Result<Input, String> {
    let [blocks, text, tag, link_chars, hints, article_body, page, lang, mt_markers, alternates, hreflang, href, url, all_article] = keys;
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
                    m.as_string().ok_or_else(|| path(at) + ": expected a string")
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

// ----------------------------------------------------------------- output
// The report is written by hand, as the plain JS objects that
// serde_wasm_bindgen's Serializer (missing as null) made from its Serialize
// derive: a struct is an object with its fields in declaration order, `None`
// is null, a number a number, an enum its snake_case name, a Vec an array.
// serde's generic code, instantiated for every type of the report, cost
// 9 KB of wasm (4 KB gzipped). `writes_what_serde_wrote` keeps them equal.

/// Makes the report's JS objects; field names become JS strings once per call.
#[derive(Default)]
struct Writer {
    keys: std::cell::RefCell<Vec<(&'static str, JsValue)>>,
}

impl Writer {
    /// An object with the fields `names` (each followed by a space) set to
    /// `values`, in order. (The names one string: a (name, value) pair per
    /// field cost the wasm the stores of each name's address and length.)
    fn object(&self, names: &'static str, values: &[JsValue]) -> JsValue {
        let obj: Fields = js_sys::Object::new().unchecked_into();
        let mut keys = self.keys.borrow_mut();
        for (name, value) in crate::text::split_byte(names, b' ').zip(values) {
            let key = match keys.iter().find(|(k, _)| *k == name) {
                Some((_, key)) => key.clone(),
                None => {
                    let key = JsValue::from_str(name);
                    keys.push((name, key.clone()));
                    key
                }
            };
            obj.set_field(&key, value);
        }
        obj.into()
    }
}

/// A value of the report as JavaScript sees it.
trait ToJs {
    fn to_js(&self, w: &Writer) -> JsValue;
}

impl ToJs for usize {
    fn to_js(&self, _: &Writer) -> JsValue {
        // (Offsets and counts: far below 2^53, where serde would refuse them.)
        JsValue::from_f64(*self as f64)
    }
}

impl ToJs for f32 {
    fn to_js(&self, _: &Writer) -> JsValue {
        JsValue::from_f64(*self as f64)
    }
}

impl ToJs for bool {
    fn to_js(&self, _: &Writer) -> JsValue {
        JsValue::from_bool(*self)
    }
}

impl ToJs for String {
    fn to_js(&self, _: &Writer) -> JsValue {
        JsValue::from_str(self)
    }
}

impl<T: ToJs> ToJs for Option<T> {
    fn to_js(&self, w: &Writer) -> JsValue {
        self.as_ref().map_or(JsValue::NULL, |v| v.to_js(w))
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(&self, w: &Writer) -> JsValue {
        let arr = Array::new();
        for v in self {
            arr.push(&v.to_js(w));
        }
        arr.into()
    }
}

/// Enums are written as their serde names (`rename_all = "snake_case"`).
macro_rules! enum_to_js {
    ($t:ty { $($v:ident => $s:literal),* }) => {
        impl ToJs for $t {
            fn to_js(&self, _: &Writer) -> JsValue {
                JsValue::from_str(match self { $(<$t>::$v => $s),* })
            }
        }
    };
}
enum_to_js!(QuoteKind { Speech => "speech", Term => "term" });
enum_to_js!(SpeakerKind { Person => "person", Organisation => "organisation", Unknown => "unknown" });
enum_to_js!(HedgeFamily { Modal => "modal", Attribution => "attribution", Epistemic => "epistemic", Weasel => "weasel" });
enum_to_js!(ArtifactKind { Insertion => "insertion", ForeignScript => "foreign_script" });

/// Structs are written field by field, in declaration order.
macro_rules! struct_to_js {
    ($t:ty { $($f:ident),* }) => {
        impl ToJs for $t {
            fn to_js(&self, w: &Writer) -> JsValue {
                // (Destructured: a field added to the struct and not here fails to compile.)
                let Self { $($f),* } = self;
                w.object(concat!($(stringify!($f), " "),*), &[$($f.to_js(w)),*])
            }
        }
    };
}
struct_to_js!(Span { start, end, text });
struct_to_js!(Quote { start, end, text, kind, speaker, cue, source, source_span, open, close, translated });
struct_to_js!(Speaker { name, title, kind, mentions });
struct_to_js!(Reported { start, end, text, speaker, cue });
struct_to_js!(Hedge { start, end, text, family, scope });
struct_to_js!(Artifact { start, end, text, kind });
struct_to_js!(MachineTranslation { source_language, evidence, signals, confidence, original_url });
struct_to_js!(ArticleInfo { blocks, method });
struct_to_js!(Report { language, quotes, speakers, reported, hedges, artifacts, machine_translation, article });

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

    /// The hand-written report objects are the ones serde_wasm_bindgen made.
    #[test]
    fn writes_what_serde_wrote() {
        use serde::Serialize;
        // Speech, terms, reported speech, hedges, artifacts, a machine
        // translation, and an empty report.
        let texts = [
            include_str!("../../tests/fixtures/en-mt-jellyfish-haewol.txt"),
            include_str!("../../tests/fixtures/de-zeitung-bahnstreik.txt"),
            include_str!("../../tests/fixtures/fr-depeche-retraites.txt"),
            include_str!("../../tests/fixtures/hedge-traps-en.txt"),
            "",
        ];
        for text in texts {
            let input = crate::input::Input::from_text(text);
            let report = crate::annotate_text(&input.text(), &input).unwrap();
            let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
            let want = js_sys::JSON::stringify(&report.serialize(&ser).unwrap()).unwrap();
            let got = js_sys::JSON::stringify(&super::ToJs::to_js(&report, &super::Writer::default())).unwrap();
            assert_eq!(got, want);
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
