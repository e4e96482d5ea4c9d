//! Moving an item one place up or down in a list, and renumbering what moved.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// The keys in their new order after moving `key` one step, or `None` when it
/// cannot move (already first or last, or not in the list).
pub fn moved<K: PartialEq + Copy>(
    keys_in_order: &[K],
    key: K,
    direction: Direction,
) -> Option<Vec<K>> {
    let from = keys_in_order.iter().position(|k| *k == key)?;
    let to = match direction {
        Direction::Up => from.checked_sub(1)?,
        Direction::Down => Some(from + 1).filter(|&i| i < keys_in_order.len())?,
    };
    let mut keys = keys_in_order.to_vec();
    keys.swap(from, to);
    Some(keys)
}

/// Items that carry their own position.
pub trait Ordered {
    fn order(&self) -> u32;
    fn set_order(&mut self, order: u32);
}

/// Gives `items` (already in the wanted sequence) the positions 0, 1, 2, … and
/// returns only those whose position changed: the records to write.
pub fn renumber<T: Ordered + Clone>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    items
        .into_iter()
        .zip(0u32..)
        .filter_map(|(mut item, order)| {
            (item.order() != order).then(|| {
                item.set_order(order);
                item
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct Item(char, u32);
    impl Ordered for Item {
        fn order(&self) -> u32 {
            self.1
        }
        fn set_order(&mut self, order: u32) {
            self.1 = order;
        }
    }

    #[test]
    fn moves_one_step_and_stops_at_the_ends() {
        let keys = ['a', 'b', 'c'];
        assert_eq!(moved(&keys, 'b', Direction::Up), Some(vec!['b', 'a', 'c']));
        assert_eq!(
            moved(&keys, 'b', Direction::Down),
            Some(vec!['a', 'c', 'b'])
        );
        assert_eq!(moved(&keys, 'a', Direction::Up), None);
        assert_eq!(moved(&keys, 'c', Direction::Down), None);
        assert_eq!(moved(&keys, 'x', Direction::Down), None);
    }

    #[test]
    fn renumbering_returns_only_what_changed() {
        let items = vec![Item('a', 0), Item('c', 2), Item('b', 1)];
        assert_eq!(renumber(items), vec![Item('c', 1), Item('b', 2)]);
    }

    #[test]
    fn renumbering_closes_gaps() {
        let items = vec![Item('a', 3), Item('b', 9)];
        assert_eq!(renumber(items), vec![Item('a', 0), Item('b', 1)]);
    }
}
