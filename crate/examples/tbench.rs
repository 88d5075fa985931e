use std::time::Instant;
fn main() {
    let src = std::fs::read_to_string("tests/fixtures/nato-troops.txt").unwrap();
    let big: String = std::iter::repeat(src.as_str()).take(100).collect::<Vec<_>>().join("\n\n");
    let input = lector::Input::from_text(&big);
    let text = input.text();
    let (flags, _) = lector::article::select(&input);
    let n = 5;
    let t = Instant::now();
    for _ in 0..n { let _ = lector::text::Doc::new(&text, &input, &flags); }
    println!("doc      {:?}", t.elapsed() / n);
    let doc = lector::text::Doc::new(&text, &input, &flags);
    let t = Instant::now();
    for _ in 0..n { let _ = lector::detect::quotes::find(&doc); }
    println!("quotes   {:?}", t.elapsed() / n);
    let lex = lector::detect::cues::lex(doc.lang.code);
    let t = Instant::now();
    for _ in 0..n { let _ = lex.tag(&doc); }
    println!("tag      {:?}", t.elapsed() / n);
    let tags = lex.tag(&doc);
    let inq = vec![false; doc.toks.len()];
    let t = Instant::now();
    for _ in 0..n { let _ = lector::detect::mentions::find(&doc, lex, &tags, &inq); }
    println!("mentions {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n { let _ = lector::resolve::attribute(&doc); }
    println!("attribute {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n { let _ = lector::detect::hedges::find(&doc); }
    println!("hedges   {:?}", t.elapsed() / n);
    let a = lector::resolve::attribute(&doc);
    let t = Instant::now();
    for _ in 0..n { let _ = lector::detect::artifacts::find(&doc, &a.quotes); }
    println!("artifacts {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n { let _ = lector::detect::mt::verdict(&doc, &input.page); }
    println!("mt       {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n { let _ = lector::annotate_text(&text, &input); }
    println!("total    {:?}  ({} bytes)", t.elapsed() / n, text.len());
}
#[allow(dead_code)]
fn more() {}
