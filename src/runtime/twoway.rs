//! The search for a needle longer than a chunk (`work_meter::TEXT_CHUNK`): Crochemore and
//! Perrin's two-way algorithm ("Two-way string-matching", J. ACM 38, 1991), written so that
//! every part of it, the needle's preparation included, stops to charge its work at least
//! every `step` bytes compared or needle positions examined.
//!
//! `textsearch` looks for a short needle a chunk of the haystack at a time with
//! `memchr::memmem`; a window reaches `needle.len() - 1` bytes past its chunk, so a needle of
//! 64 MiB would make each chunk a 64 MiB step that no deadline can stop. Here the haystack is
//! not cut at all: the matcher itself pauses. Its work stays linear, as CPython's and
//! `memmem`'s (which falls back to the same algorithm): the critical factorization is two
//! maximal-suffix passes over the needle (at most `3m` steps each), and the search compares at
//! most `2n` bytes. Each stretch of up to `step` bytes compared is one slice comparison, so a
//! long match is checked at memory speed, and the work is charged through `Meter::work` after
//! each `step` of it (a function of the input only: the fuel trip point does not move), with
//! the search's progress through the haystack reported by `Meter::to` as for short needles.
//!
//! A search from the right is the same algorithm on the needle and the haystack read
//! backwards (`Dir`): no reversed copy is made.

use crate::runtime::textsearch::Meter;

/// A text read forwards, or backwards with `rev`: position `i` is byte `i` of the text as read.
#[derive(Clone, Copy)]
pub(crate) struct Dir<'a> {
    s: &'a [u8],
    rev: bool,
}

impl<'a> Dir<'a> {
    pub(crate) fn new(s: &'a [u8], rev: bool) -> Dir<'a> {
        Dir { s, rev }
    }

    fn len(&self) -> usize {
        self.s.len()
    }

    /// Positions `i..j` as read, as a slice of the text (read backwards when `rev`).
    fn span(&self, i: usize, j: usize) -> &'a [u8] {
        let n = self.s.len();
        let r = if self.rev {
            n.saturating_sub(j)..n.saturating_sub(i)
        } else {
            i..j
        };
        self.s.get(r).unwrap_or_default()
    }
}

/// Work done since the last charge, charged once it reaches `step`.
struct Budget {
    done: usize,
    step: usize,
}

impl Budget {
    fn new(step: usize) -> Budget {
        Budget {
            done: 0,
            step: step.max(1),
        }
    }

    /// Work that may be done before the next charge (at least 1).
    fn room(&self) -> usize {
        self.step.saturating_sub(self.done).max(1)
    }

    fn spend<E>(&mut self, k: usize, meter: &mut impl Meter<E>) -> Result<(), E> {
        self.done += k;
        if self.done >= self.step {
            let d = std::mem::take(&mut self.done);
            meter.work(d)?;
        }
        Ok(())
    }

    /// Charges what is left (at the end of a search).
    fn flush<E>(&mut self, meter: &mut impl Meter<E>) -> Result<(), E> {
        match std::mem::take(&mut self.done) {
            0 => Ok(()),
            d => meter.work(d),
        }
    }
}

/// The bytes `a` and `b` have equal, read from the front (or with `from_end` from the back)
/// before they first differ; `None` when they are equal. Blocks are compared a slice at a
/// time (a vectorised compare), the byte inside a differing block found after.
fn equal_run(a: &[u8], b: &[u8], from_end: bool) -> Option<usize> {
    const BLOCK: usize = 64;
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n {
        let j = (i + BLOCK).min(n);
        let (x, y) = if from_end {
            (a.get(a.len() - j..a.len() - i), b.get(b.len() - j..b.len() - i))
        } else {
            (a.get(i..j), b.get(i..j))
        };
        if x != y {
            let (x, y) = (x.unwrap_or_default(), y.unwrap_or_default());
            let d = if from_end {
                x.iter().rev().zip(y.iter().rev()).position(|(p, q)| p != q)
            } else {
                x.iter().zip(y).position(|(p, q)| p != q)
            };
            return Some(i + d.unwrap_or(0));
        }
        i = j;
    }
    if a.len() == b.len() { None } else { Some(n) }
}

/// The start and the period of the maximal suffix of `x` (for the alphabet order, or the
/// reversed order with `greater`), Crochemore and Perrin's `MAXIMAL-SUFFIX` (after the Rust
/// standard library's `maximal_suffix`): each step raises `left + right + offset`, so there
/// are fewer than `3 * x.len()` of them, spent from `b` a budget's room at a time.
fn maximal_suffix<E>(
    x: Dir<'_>,
    greater: bool,
    b: &mut Budget,
    meter: &mut impl Meter<E>,
) -> Result<(usize, usize), E> {
    let (s, m) = (x.s, x.s.len());
    let mut st = Suffix {
        left: 0,
        right: 1,
        offset: 0,
        period: 1,
    };
    loop {
        let room = b.room();
        // One loop per reading direction and order, each with its byte access inlined.
        let (steps, done) = match (x.rev, greater) {
            (false, false) => st.steps(room, |i| s.get(i).copied(), |a, c| a < c),
            (false, true) => st.steps(room, |i| s.get(i).copied(), |a, c| a > c),
            (true, false) => st.steps(room, |i| s.get(m.wrapping_sub(i + 1)).copied(), |a, c| a < c),
            (true, true) => st.steps(room, |i| s.get(m.wrapping_sub(i + 1)).copied(), |a, c| a > c),
        };
        b.spend(steps, meter)?;
        if done {
            return Ok((st.left, st.period));
        }
    }
}

/// The state of `maximal_suffix`: the candidate suffix starts at `left`, with period `period`;
/// the text at `right + offset` is compared with the candidate at `left + offset`.
#[derive(Clone, Copy)]
struct Suffix {
    left: usize,
    right: usize,
    offset: usize,
    period: usize,
}

impl Suffix {
    /// At most `room` steps over a text read by `at` (`None` past its end), `before` the
    /// order: the steps taken, and whether the text is done.
    #[inline(always)]
    fn steps(
        &mut self,
        room: usize,
        at: impl Fn(usize) -> Option<u8>,
        before: impl Fn(u8, u8) -> bool,
    ) -> (usize, bool) {
        let Suffix {
            mut left,
            mut right,
            mut offset,
            mut period,
        } = *self;
        let mut steps = 0;
        let mut done = true;
        while let (Some(a), Some(c)) = (at(right + offset), at(left + offset)) {
            if steps == room {
                done = false;
                break;
            }
            steps += 1;
            if before(a, c) {
                // The suffix at `right` is smaller: the period is the whole prefix so far.
                right += offset + 1;
                offset = 0;
                period = right - left;
            } else if a == c {
                // Through a repetition of the current period.
                if offset + 1 == period {
                    right += offset + 1;
                    offset = 0;
                } else {
                    offset += 1;
                }
            } else {
                // The suffix at `right` is larger: it is the new candidate.
                left = right;
                right += 1;
                offset = 0;
                period = 1;
            }
        }
        *self = Suffix {
            left,
            right,
            offset,
            period,
        };
        (steps, done)
    }
}

/// A needle (non-empty) prepared for the two-way search, read forwards or backwards.
pub(crate) struct TwoWay<'n> {
    needle: Dir<'n>,
    /// The critical position: the needle is `u v` with `u` its first `crit` bytes.
    crit: usize,
    /// The shift after a mismatch in `u` or a match: the needle's period when `u` is a
    /// suffix of `v`'s first period (a periodic needle), else `max(|u|, |v|) + 1`.
    period: usize,
    /// Not periodic: no memory of a matched prefix is kept between windows.
    long_period: bool,
    /// Work between two charges.
    step: usize,
}

impl<'n> TwoWay<'n> {
    /// Prepares `needle` (non-empty; with `rev` for a search from the right), charging its
    /// factorization `step` bytes of work at a time.
    pub(crate) fn new<E>(needle: &'n [u8], rev: bool, step: usize, meter: &mut impl Meter<E>) -> Result<TwoWay<'n>, E> {
        let x = Dir::new(needle, rev);
        let m = x.len();
        let mut b = Budget::new(step);
        let (c1, p1) = maximal_suffix(x, false, &mut b, meter)?;
        let (c2, p2) = maximal_suffix(x, true, &mut b, meter)?;
        let (crit, period) = if c1 > c2 { (c1, p1) } else { (c2, p2) };
        // Periodic when `u` occurs again `period` bytes on (compared a step at a time).
        let mut periodic = crit + period <= m;
        let mut i = 0;
        while periodic && i < crit {
            let j = crit.min(i + b.room());
            periodic = x.span(i, j) == x.span(period + i, period + j);
            b.spend(j - i, meter)?;
            i = j;
        }
        b.flush(meter)?;
        let tw = if periodic {
            TwoWay {
                needle: x,
                crit,
                period,
                long_period: false,
                step,
            }
        } else {
            TwoWay {
                needle: x,
                crit,
                period: crit.max(m - crit) + 1,
                long_period: true,
                step,
            }
        };
        Ok(tw)
    }

    /// The needle's length.
    pub(crate) fn len(&self) -> usize {
        self.needle.len()
    }

    /// The first match at or after `from` in `hay` (read the needle's way: positions count
    /// from the end when it is read backwards). `meter.to(off + p)` comes before the windows
    /// starting below `p` are looked at; the bytes compared are charged through `meter.work`.
    pub(crate) fn find<E>(
        &self,
        hay: Dir<'_>,
        from: usize,
        off: usize,
        meter: &mut impl Meter<E>,
    ) -> Result<Option<usize>, E> {
        let m = self.needle.len();
        let n = hay.len();
        let mut b = Budget::new(self.step);
        let mut pos = from;
        // Bytes of the needle's prefix known to match at `pos` (periodic needles).
        let mut memory = 0usize;
        let found = loop {
            if n < m || pos > n - m {
                meter.to(off.saturating_add(n))?;
                break None;
            }
            meter.to(off + pos + 1)?;
            let start = if self.long_period {
                self.crit
            } else {
                self.crit.max(memory)
            };
            if let Some(i) = self.right_mismatch(hay, pos, start, &mut b, meter)? {
                pos += i - self.crit + 1;
                memory = 0;
                continue;
            }
            let stop = if self.long_period { 0 } else { memory };
            if self.left_mismatch(hay, pos, stop, &mut b, meter)? {
                pos += self.period;
                if !self.long_period {
                    memory = m - self.period;
                }
                continue;
            }
            break Some(pos);
        };
        b.flush(meter)?;
        Ok(found)
    }

    /// The first position in `start..m` where the needle and the window at `pos` differ,
    /// compared left to right (as read) a budget's room at a time.
    fn right_mismatch<E>(
        &self,
        hay: Dir<'_>,
        pos: usize,
        start: usize,
        b: &mut Budget,
        meter: &mut impl Meter<E>,
    ) -> Result<Option<usize>, E> {
        let m = self.needle.len();
        let mut i = start;
        while i < m {
            let j = m.min(i + b.room());
            let e = equal_run(self.needle.span(i, j), hay.span(pos + i, pos + j), self.needle.rev);
            b.spend(e.map_or(j - i, |e| (e + 1).min(j - i)), meter)?;
            if let Some(e) = e {
                return Ok(Some(i + e));
            }
            i = j;
        }
        Ok(None)
    }

    /// Whether the needle and the window at `pos` differ in `stop..crit`, compared right to
    /// left (as read) a budget's room at a time.
    fn left_mismatch<E>(
        &self,
        hay: Dir<'_>,
        pos: usize,
        stop: usize,
        b: &mut Budget,
        meter: &mut impl Meter<E>,
    ) -> Result<bool, E> {
        let mut j = self.crit;
        while j > stop {
            let i = stop.max(j.saturating_sub(b.room()));
            let e = equal_run(self.needle.span(i, j), hay.span(pos + i, pos + j), !self.needle.rev);
            b.spend(e.map_or(j - i, |e| (e + 1).min(j - i)), meter)?;
            if e.is_some() {
                return Ok(true);
            }
            j = i;
        }
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A meter that counts its calls and checks progress never goes back.
    #[derive(Default)]
    struct Count {
        last: usize,
        work: usize,
        calls: usize,
    }

    impl Meter<()> for Count {
        fn to(&mut self, upto: usize) -> Result<(), ()> {
            assert!(upto >= self.last, "progress went back: {upto} < {}", self.last);
            self.last = upto;
            Ok(())
        }
        fn work(&mut self, bytes: usize) -> Result<(), ()> {
            self.work += bytes;
            self.calls += 1;
            Ok(())
        }
    }

    fn rng(x: &mut u64) -> u64 {
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        *x
    }

    /// All matches, left to right, overlapping ones too, by the two-way matcher.
    fn all_fwd(hay: &[u8], needle: &[u8], step: usize) -> Vec<usize> {
        let mut c = Count::default();
        let tw = TwoWay::new(needle, false, step, &mut c).unwrap();
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(k) = tw.find(Dir::new(hay, false), from, 0, &mut c).unwrap() {
            out.push(k);
            from = k + 1;
        }
        out
    }

    /// All matches, right to left, by the matcher reading backwards (as real starts).
    fn all_rev(hay: &[u8], needle: &[u8], step: usize) -> Vec<usize> {
        let mut c = Count::default();
        let tw = TwoWay::new(needle, true, step, &mut c).unwrap();
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(k) = tw.find(Dir::new(hay, true), from, 0, &mut c).unwrap() {
            out.push(hay.len() - k - needle.len());
            from = k + 1;
        }
        out
    }

    fn oracle(hay: &[u8], needle: &[u8]) -> Vec<usize> {
        (0..hay.len().saturating_sub(needle.len() - 1))
            .filter(|&i| hay.get(i..i + needle.len()) == Some(needle))
            .collect()
    }

    /// Random haystacks and needles over small alphabets, periodic needles and needles cut
    /// from the haystack: every match found both ways, whatever the step.
    #[test]
    fn two_way_agrees_with_a_naive_search() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for round in 0..3000 {
            let sigma = 1 + (rng(&mut x) % 4) as u8;
            let n = (rng(&mut x) % 200) as usize;
            let mut hay: Vec<u8> = (0..n).map(|_| b'a' + (rng(&mut x) % u64::from(sigma)) as u8).collect();
            let m = 1 + (rng(&mut x) % 24) as usize;
            let needle: Vec<u8> = match round % 3 {
                0 => (0..m).map(|_| b'a' + (rng(&mut x) % u64::from(sigma)) as u8).collect(),
                1 => {
                    // Periodic: a short root repeated, perhaps with its last byte changed.
                    let p = 1 + (rng(&mut x) % 4) as usize;
                    let root: Vec<u8> = (0..p).map(|_| b'a' + (rng(&mut x) % u64::from(sigma)) as u8).collect();
                    let mut v: Vec<u8> = root.iter().copied().cycle().take(m).collect();
                    if rng(&mut x).is_multiple_of(2)
                        && let Some(l) = v.last_mut()
                    {
                        *l = b'a' + sigma;
                    }
                    // Plant it in the haystack too.
                    if hay.len() > m {
                        let at = (rng(&mut x) as usize) % (hay.len() - m);
                        hay[at..at + m].copy_from_slice(&v);
                    }
                    v
                }
                _ => {
                    if hay.len() > m {
                        let at = (rng(&mut x) as usize) % (hay.len() - m);
                        hay[at..at + m].to_vec()
                    } else {
                        vec![b'a'; m]
                    }
                }
            };
            let want = oracle(&hay, &needle);
            let step = [1, 2, 3, 7, 64, 1 << 20][round % 6];
            assert_eq!(all_fwd(&hay, &needle, step), want, "{hay:?} {needle:?} step {step}");
            let mut rev = want.clone();
            rev.reverse();
            assert_eq!(all_rev(&hay, &needle, step), rev, "{hay:?} {needle:?} step {step}");
        }
    }

    /// The work is charged in steps of at most `step` (plus one byte), and in all it stays
    /// linear: at most `6m` for the needle and `2n` compared for a search.
    #[test]
    fn work_is_charged_in_bounded_steps() {
        let hay: Vec<u8> = b"ab".iter().copied().cycle().take(100_000).chain(*b"abc").collect();
        for needle in [
            &b"ababababababababababababababababababc"[..],
            b"aaaaaaaaaaaaaaaaaaaaaab",
            b"babababa",
        ] {
            for step in [5usize, 100, 4096] {
                let mut c = Count::default();
                let tw = TwoWay::new(needle, false, step, &mut c).unwrap();
                assert!(c.work <= 7 * needle.len(), "{needle:?}: factorization {}", c.work);
                let mut c = Count::default();
                let k = tw.find(Dir::new(&hay, false), 0, 0, &mut c).unwrap();
                assert_eq!(k, memchr::memmem::find(&hay, needle));
                assert!(c.work <= 2 * hay.len() + needle.len(), "{needle:?}: search {}", c.work);
                assert!(
                    c.calls >= c.work / (step + 1),
                    "{needle:?}: {} calls for {}",
                    c.calls,
                    c.work
                );
                assert_eq!(c.last, k.map_or(hay.len(), |k| k + 1));
            }
        }
    }

    /// A charge that fails stops the preparation or the search with its error.
    #[test]
    fn a_failed_charge_stops_the_search() {
        struct Trip(usize);
        impl Meter<&'static str> for Trip {
            fn to(&mut self, _: usize) -> Result<(), &'static str> {
                Ok(())
            }
            fn work(&mut self, bytes: usize) -> Result<(), &'static str> {
                self.0 = self.0.saturating_sub(bytes);
                if self.0 == 0 { Err("tripped") } else { Ok(()) }
            }
        }
        let needle = vec![b'a'; 10_000];
        assert!(matches!(
            TwoWay::new(&needle, false, 100, &mut Trip(5_000)),
            Err("tripped")
        ));
        let tw = TwoWay::new(&needle, false, 100, &mut Trip(usize::MAX)).unwrap();
        let hay = vec![b'a'; 100_000];
        let r = tw.find(Dir::new(&hay[..9_999], false), 0, 0, &mut Trip(usize::MAX));
        assert_eq!(r, Ok(None));
        let r = tw.find(Dir::new(&hay, false), 0, 0, &mut Trip(5_000));
        assert_eq!(r, Err("tripped"));
    }
}
