#!/usr/bin/env python3
"""Makes every unit-test module of the core also run under wasm-bindgen-test.

Inserts, right after `mod tests {`, the line that shadows `#[test]` with
`#[wasm_bindgen_test]` on wasm32. Idempotent; skips native-only modules.
Run after adding a test module: python3 scripts/wasm-tests.py
"""
import pathlib, sys

LINE = "    #[cfg(target_arch = \"wasm32\")]\n    use wasm_bindgen_test::wasm_bindgen_test as test;\n"
NATIVE_ONLY = {"html.rs"}
changed = []
for p in sorted(pathlib.Path(__file__).resolve().parent.parent.joinpath("crate/src").rglob("*.rs")):
    if p.name in NATIVE_ONLY or "bin" in p.parts:
        continue
    s = p.read_text()
    if "mod tests {\n" in s and "wasm_bindgen_test as test" not in s:
        s = s.replace("mod tests {\n", "mod tests {\n" + LINE, 1)
        p.write_text(s)
        changed.append(str(p))
print("\n".join(changed) or "all test modules already run in wasm")
sys.exit(0)
