//! Stable sorting through one shared sort routine.
//!
//! The standard library's stable sort is compiled again for every element type and
//! comparison it is used with, about 4 KB of wasm each time; twenty-one of them were
//! 85 KB of the download. Here only a list of positions is ever sorted, by one
//! non-generic function, and the items are then moved into that order. The order is
//! the standard stable sort's: equal items keep their order.

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    arrange(items, order);
}

/// Sorts `items` by a key, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by a key worked out once per item (folded names, for example).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = stable_order(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    arrange(items, order);
}

/// A map of these pairs, the later of two equal keys winning as with `collect()`.
/// Collecting into a `BTreeMap` sorts the pairs first, with a sort compiled for each
/// key and value type; inserting one by one needs none.
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(pairs);
    map
}

/// The positions `0..len` in stable sorted order: the only sort the wasm carries.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves items so that the item at `order[i]` ends at `i`, following each cycle of
/// the permutation once.
fn arrange<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != at {
            let next = order[at];
            order[at] = at;
            if next == start {
                break;
            }
            items.swap(at, next);
            at = next;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_exactly_as_the_standard_stable_sort(
            items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)
        ) {
            let mut expected = items.clone();
            expected.sort_by_key(|(key, _)| *key);
            let mut by_key = items.clone();
            sort_by_key(&mut by_key, |(key, _)| *key);
            prop_assert_eq!(&by_key, &expected);
            let mut cached = items.clone();
            sort_by_cached_key(&mut cached, |(key, _)| *key);
            prop_assert_eq!(&cached, &expected);
            let mut reversed = items.clone();
            sort_by(&mut reversed, |a, b| b.0.cmp(&a.0));
            expected.sort_by_key(|b| std::cmp::Reverse(b.0));
            prop_assert_eq!(reversed, expected);
        }
    }

    #[test]
    fn a_map_of_pairs_keeps_the_later_of_equal_keys() {
        let pairs = [("b", 1), ("a", 2), ("b", 3)];
        assert_eq!(map_of(pairs), pairs.into_iter().collect::<BTreeMap<_, _>>());
    }

    #[test]
    fn equal_items_keep_their_order() {
        let mut names = vec![("b", 1), ("a", 2), ("b", 3), ("a", 4)];
        sort_by_key(&mut names, |(name, _)| *name);
        assert_eq!(names, [("a", 2), ("a", 4), ("b", 1), ("b", 3)]);
    }
}
