//! One stable sort for the whole core, for the size of the wasm (issue #6).
//!
//! Each `sort_by_key` on a new element type instantiates the standard stable
//! sort again (driftsort: 4–9 KB of wasm each, ~70 KB for the nine call
//! sites). [`by_key`] sorts `(key, original index)` triples instead, with one
//! shared instance of `sort_unstable`, then moves the elements into place.
//! The index makes the order total, so the result is exactly that of the
//! stable `sort_by_key` with the same key.

/// Sorts `v` by `key`, stably: the same result as `v.sort_by_key(key)`.
/// Keys are pairs compared lexicographically; sort by one number with
/// `(n, 0)`, in reverse with `(usize::MAX - n, 0)`.
pub fn by_key<T>(v: &mut [T], key: impl Fn(&T) -> (usize, usize)) {
    if v.len() < 2 {
        return;
    }
    let mut keys: Vec<(usize, usize, usize)> = v
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let (a, b) = key(x);
            (a, b, i)
        })
        .collect();
    sort_keys(&mut keys);
    let mut from: Vec<usize> = keys.into_iter().map(|k| k.2).collect();
    permute(v, &mut from);
}

#[inline(never)]
fn sort_keys(keys: &mut [(usize, usize, usize)]) {
    // The keys are distinct (the index), so any correct sort gives the same
    // order. Natively the standard one; in the wasm a heapsort, whose few
    // hundred bytes replace the ~6 KB of `sort_unstable`'s instance (ipnsort,
    // quicksort, small sorts).
    #[cfg(not(target_arch = "wasm32"))]
    keys.sort_unstable();
    #[cfg(target_arch = "wasm32")]
    heapsort(keys);
}

/// In-place heapsort: the same result as `sort_unstable` on distinct keys.
#[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
fn heapsort<K: Ord>(v: &mut [K]) {
    fn sift<K: Ord>(v: &mut [K], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && v[child] < v[child + 1] {
                child += 1;
            }
            if v[root] >= v[child] {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

/// Rearranges `v` so that `v[i]` becomes the old `v[from[i]]`, cycle by
/// cycle, in O(n) swaps. `from` is used up (each visited slot is marked as
/// its own source).
fn permute<T>(v: &mut [T], from: &mut [usize]) {
    for start in 0..v.len() {
        let mut j = start;
        loop {
            let k = from[j];
            from[j] = j;
            if k == start || k == j {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn same_as_the_stable_sort() {
        // A small linear congruential generator: many ties, many lengths.
        let mut seed = 12345u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for len in 0..200 {
            let v: Vec<(usize, usize, usize)> = (0..len).map(|i| (next() % 7, next() % 3, i)).collect();
            let mut want = v.clone();
            want.sort_by_key(|x| (x.0, x.1));
            let mut got = v.clone();
            by_key(&mut got, |x| (x.0, x.1));
            assert_eq!(got, want);
            let mut want = v.clone();
            want.sort_by_key(|x| std::cmp::Reverse(x.0));
            let mut got = v.clone();
            by_key(&mut got, |x| (usize::MAX - x.0, 0));
            assert_eq!(got, want);
            // The wasm's heapsort, natively too.
            let mut want = v.clone();
            want.sort_unstable();
            let mut got = v;
            heapsort(&mut got);
            assert_eq!(got, want);
        }
    }
}
