//! `lector-bench [FILE]` — native throughput of the core on 1×, 10× and 100×
//! the article text (default: tests/fixtures/nato-troops.txt). Prints one
//! JSON object: per size, bytes, median and min time per call (ms) and MB/s
//! (10^6 bytes per second), plus the ratio of per-byte cost 100× vs 1×.

use std::time::Instant;

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/fixtures/nato-troops.txt".into());
    let base = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut rows = Vec::new();
    let mut per_byte = Vec::new();
    for times in [1usize, 10, 100] {
        let text = vec![base.trim(); times].join("\n\n");
        let input = lector::Input::from_text(&text);
        let joined = input.text();
        // Enough runs for a stable median, bounded in total time.
        let runs = (2000 / times).max(15);
        for _ in 0..3 {
            std::hint::black_box(lector::annotate_text(&joined, &input).unwrap());
        }
        let mut ms = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(lector::annotate_text(&joined, &input).unwrap());
            ms.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let min = ms.iter().cloned().fold(f64::MAX, f64::min);
        let med = median(&mut ms);
        let mbps = joined.len() as f64 / (med / 1e3) / 1e6;
        per_byte.push(med / joined.len() as f64);
        rows.push(format!(
            "{{\"times\":{times},\"bytes\":{},\"runs\":{runs},\"median_ms\":{med:.4},\"min_ms\":{min:.4},\"mb_per_s\":{mbps:.1}}}",
            joined.len()
        ));
    }
    let linearity = per_byte[2] / per_byte[0];
    println!("{{\"file\":{:?},\"sizes\":[{}],\"cost_per_byte_100x_over_1x\":{linearity:.2}}}", path, rows.join(","));
}
