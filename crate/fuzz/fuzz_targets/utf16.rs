//! The binding's offset conversion: for any text, every byte offset on a char
//! boundary maps to the UTF-16 offset JavaScript would see, monotonically.
#![no_main]
use libfuzzer_sys::fuzz_target;
use lector::report::utf16_table;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let table = utf16_table(&s);
    // A running count of UTF-16 units (recounting from 0 at every char made
    // each run quadratic in the input and the fuzzer crawl).
    let mut units = 0;
    for (b, c) in s.char_indices() {
        assert_eq!(table[b] as usize, units);
        units += c.len_utf16();
    }
    assert_eq!(table[s.len()] as usize, units);
    assert_eq!(units, s.encode_utf16().count());
    // A report mapped through the table stays consistent with the UTF-16 text.
    let input = lector::Input::from_text(&s);
    let text = input.text();
    let mut r = lector::annotate_text(&text, &input).unwrap();
    let t = utf16_table(&text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let quotes: Vec<String> = r.quotes.iter().map(|q| q.text.clone()).collect();
    r.map_offsets(|b| t[b] as usize);
    for (q, orig) in r.quotes.iter().zip(quotes) {
        assert_eq!(String::from_utf16(&utf16[q.start..q.end]).unwrap(), orig);
    }
});
