//! The little randomness a check needs: which questions are drawn, and in what order
//! choices and steps are offered. A seeded generator (xorshift64*), so a test gives the
//! seed and gets the same check; the page seeds it from the clock. Not for secrets: a
//! random-number crate would add weight to the page for nothing this needs.

#[derive(Clone, Debug)]
pub struct Shuffle(u64);

impl Shuffle {
    pub fn new(seed: u64) -> Self {
        // Zero would stay zero for ever.
        Shuffle(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number from 0 to `n - 1` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next() % n as u64) as usize
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_order_and_every_item_stays() {
        let mut a: Vec<u32> = (0..20).collect();
        let mut b = a.clone();
        Shuffle::new(7).shuffle(&mut a);
        Shuffle::new(7).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..20).collect::<Vec<_>>());
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, (0..20).collect::<Vec<_>>());
        let mut s = Shuffle::new(0);
        assert!((0..100).all(|_| s.below(3) < 3));
    }
}
