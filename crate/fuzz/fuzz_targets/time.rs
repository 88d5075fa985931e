//! Hunts inputs whose cost grows faster than their length: the input is
//! repeated 1× and 32×, and the 32× run may not take more than
//! 32 × 8 (+ slack) the time of the 1× run. Quote marks, brackets and
//! newlines are the alphabet that stresses pairing.
#![no_main]
use std::time::Instant;
use libfuzzer_sys::fuzz_target;

const ALPHABET: &[&str] = &[
    "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}", "\u{201E}", "(", ")", "[", "]",
    "\n\n", " ", ".", ",", ":", "said", "he", "Smith", "may", "a", "\u{300C}", "\u{300D}", "\u{AD00}",
];

fn time(text: &str) -> f64 {
    let input = lector::Input::from_text(text);
    let joined = input.text();
    let t = Instant::now();
    let _ = lector::annotate_text(&joined, &input);
    t.elapsed().as_secs_f64()
}

fuzz_target!(|data: &[u8]| {
    if data.is_empty() || data.len() > 256 {
        return;
    }
    let unit: String = data.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()]).collect();
    let big = unit.repeat(32 * 8);
    let small = unit.repeat(8);
    let (s, b) = (time(&small).max(20e-6), time(&big));
    assert!(b < s * 32.0 * 8.0 + 0.05, "super-linear: {} bytes {:.3} ms, {} bytes {:.3} ms", small.len(), s * 1e3, big.len(), b * 1e3);
});
