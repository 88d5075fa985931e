//! `cargo run --release --example tbench -- FILE [TIMES]` — median time of
//! each stage of the pipeline on FILE repeated TIMES (default 1) times.
//! TBENCH_TOTAL=1: only the whole pipeline's median; TBENCH_LOOP=N: run the
//! pipeline N times and print nothing (for `perf record`).
use std::time::Instant;

fn med<F: FnMut()>(runs: usize, mut f: F) -> f64 {
    let mut v: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "tests/fixtures/nato-troops.txt".into());
    let times: usize = args.next().map(|s| s.parse().unwrap()).unwrap_or(1);
    let src = std::fs::read_to_string(&path).unwrap();
    let big = vec![src.trim(); times].join("\n\n");
    let input = lector::Input::from_text(&big);
    let text = input.text();
    if let Ok(n) = std::env::var("TBENCH_LOOP") {
        // Only the whole pipeline, n times (for perf record).
        for _ in 0..n.parse::<usize>().unwrap() {
            drop(std::hint::black_box(lector::annotate_text(&text, &input)));
        }
        return;
    }
    let runs = (20_000_000 / text.len()).clamp(5, 2000);
    if std::env::var_os("TBENCH_TOTAL").is_some() {
        // Only the whole pipeline's median (for A/B comparisons).
        let total = med(runs, || drop(std::hint::black_box(lector::annotate_text(&text, &input))));
        println!("{:.4}", total);
        return;
    }
    let (flags, _) = lector::article::select(&input);
    let doc = lector::text::Doc::new(&text, &input, &flags);
    let lex = lector::detect::cues::lex(doc.lang.code);
    let tags = lex.tag(&doc);
    let inq = vec![false; doc.toks.len()];
    let a = lector::resolve::attribute(&doc);
    println!("{} bytes, lang {}, {} runs (ms medians)", text.len(), doc.lang.code, runs);
    println!("select    {:.4}", med(runs, || drop(std::hint::black_box(lector::article::select(&input)))));
    println!("doc       {:.4}", med(runs, || drop(std::hint::black_box(lector::text::Doc::new(&text, &input, &flags)))));
    println!("lang      {:.4}", med(runs, || { std::hint::black_box(lector::lang::detect(&doc)); }));
    println!("quotes    {:.4}", med(runs, || drop(std::hint::black_box(lector::detect::quotes::find(&doc)))));
    println!("tag       {:.4}", med(runs, || drop(std::hint::black_box(lex.tag(&doc)))));
    println!("mentions  {:.4}", med(runs, || drop(std::hint::black_box(lector::detect::mentions::find(&doc, lex, &tags, &inq)))));
    println!("attribute {:.4}", med(runs, || drop(std::hint::black_box(lector::resolve::attribute(&doc)))));
    println!("hedges    {:.4}", med(runs, || drop(std::hint::black_box(lector::detect::hedges::find(&doc)))));
    println!("artifacts {:.4}", med(runs, || drop(std::hint::black_box(lector::detect::artifacts::find(&doc, &a.quotes)))));
    println!("mt        {:.4}", med(runs, || drop(std::hint::black_box(lector::detect::mt::verdict(&doc, &input.page)))));
    let total = med(runs, || drop(std::hint::black_box(lector::annotate_text(&text, &input))));
    println!("total     {:.4}  ({:.1} MB/s)", total, text.len() as f64 / total / 1e3);
}
