//! The gazetteer: every known organization name, found in one scan of a text.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, BuildError, MatchKind};
use memchr::memmem;

use crate::span::Span;

/// The gazetteer's names (names, acronyms and aliases), for finding them in a text.
///
/// The matches are those of a leftmost-longest scan of the whole text: at the
/// first place where some name fits, the longest that fits (of equal ones, the
/// first listed); the search goes on after it. A name fits only where the text
/// has its first two bytes, and few places have the first two bytes of any
/// name: the names are grouped by them, and a place is looked at only if its
/// first two bytes begin some name (one bit of `pair_bits`), and in the
/// eight-byte scan only if its first three do too (one bit of
/// `triple_bits`). Where the first bytes allow it, eight bytes of the text
/// are told at once (see [`FastScan`]).
#[derive(Debug, Clone)]
pub(crate) struct Gazetteer {
    names: Vec<String>,
    /// Bit `pair_bit(a, b)` is set when some name begins with the bytes `a b`:
    /// the scan asks this at nearly every byte, and at 8 KB it stays in the
    /// L1 cache where `group_of_pair` (256 KB) does not. A fixed-size array:
    /// every pair's word is provably in it, so the hot loop checks no bounds.
    pair_bits: Box<[u64; PAIR_WORDS]>,
    /// Bit `triple_bit(a, b, c)` is set when some name begins with the bytes
    /// `a b c`, or is `a b` alone. Capitals begin names and words alike, and
    /// most places whose pair begins a name (`Cl` of `Clinton`) are ruled
    /// out by their third byte before any name is read. (Hashed into 8 KB:
    /// another triple may share a bit, which only costs a look for nothing.)
    triple_bits: Box<[u64; TRIPLE_WORDS]>,
    /// Whether some name begins with the byte: most bytes of a text begin
    /// none, and this one lookup rules them out before their pair is read.
    first_bytes: [bool; 256],
    /// The scan eight bytes at a time, when the first bytes allow it.
    fast: Option<FastScan>,
    /// For the pair of bytes `a b` at `256 * a + b`: one more than the index
    /// in `groups` of the names beginning with them, or 0 for none.
    group_of_pair: Vec<u32>,
    /// The names beginning with one pair of bytes, the longest first, and of
    /// equal length the first listed.
    groups: Vec<Vec<Member>>,
    /// With a name shorter than two bytes any place may begin one: then an
    /// automaton scans the whole text.
    short_names: Option<AhoCorasick>,
}

impl Gazetteer {
    pub(crate) fn new(names: &[String]) -> Result<Gazetteer, BuildError> {
        let short_names = if names.iter().any(|n| n.len() < 2) {
            let automaton = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(names)?;
            Some(automaton)
        } else {
            None
        };
        let mut group_of_pair = vec![0u32; 256 * 256];
        let mut pair_bits = Box::new([0u64; PAIR_WORDS]);
        let mut triple_bits = Box::new([0u64; TRIPLE_WORDS]);
        let mut first_bytes = [false; 256];
        let mut groups: Vec<Vec<Member>> = Vec::new();
        for (index, name) in names.iter().enumerate() {
            let &[a, b, ..] = name.as_bytes() else {
                continue;
            };
            first_bytes[usize::from(a)] = true;
            if let Some(word) = pair_bits.get_mut(pair_bit(a, b) / 64) {
                *word |= 1 << (pair_bit(a, b) % 64);
            }
            // A name of two bytes fits whatever byte comes third.
            let thirds = match name.as_bytes().get(2) {
                Some(&c) => c..=c,
                None => 0..=u8::MAX,
            };
            for c in thirds {
                let bit = triple_bit(a, b, c);
                if let Some(word) = triple_bits.get_mut(bit / 64) {
                    *word |= 1 << (bit % 64);
                }
            }
            let Some(slot) = group_of_pair.get_mut(pair_index(a, b)) else {
                continue;
            };
            if *slot == 0 {
                groups.push(Vec::new());
                *slot = u32::try_from(groups.len()).unwrap_or(u32::MAX);
            }
            if let Some(group) = groups.get_mut(*slot as usize - 1) {
                let head = &name.as_bytes()[..name.len().min(8)];
                group.push(Member {
                    index,
                    head: head_of(head),
                    mask: head_of(&[0xff; 8][..head.len()]),
                });
            }
        }
        for group in &mut groups {
            // Stable: of names of one length, the first listed stays first.
            group.sort_by_key(|m| std::cmp::Reverse(names.get(m.index).map_or(0, String::len)));
        }
        let fast = FastScan::new(names, &first_bytes);
        Ok(Gazetteer {
            names: names.to_vec(),
            pair_bits,
            triple_bits,
            first_bytes,
            fast,
            group_of_pair,
            groups,
            short_names,
        })
    }

    /// The gazetteer's names in `text`, left to right: each match's span and
    /// the index of the name.
    pub(crate) fn find_iter<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (Span, usize)> + 't {
        let everywhere = self.short_names.as_ref().map(|automaton| {
            automaton
                .find_iter(text)
                .map(|m| (Span::new(m.start(), m.end()), m.pattern().as_usize()))
        });
        let bytes = text.as_bytes();
        let mut at = if everywhere.is_some() { bytes.len() } else { 0 };
        // Where each name of `FastScan::rare` occurs next, once searched for
        // (`usize::MAX` for nowhere): kept until the scan passes it.
        let mut rare_next: Vec<Option<usize>> =
            vec![None; self.fast.as_ref().map_or(0, |f| f.rare.len())];
        // The earliest of `rare_next` once searched: until the scan passes
        // it, no rare name needs searching for again.
        let mut soonest: Option<usize> = None;
        let by_pairs = std::iter::from_fn(move || loop {
            // The next place whose first two bytes begin some name.
            let here = match &self.fast {
                Some(fast) => {
                    if soonest.is_none_or(|p| p < at) {
                        for (next, finder) in rare_next.iter_mut().zip(&fast.rare) {
                            if next.is_none_or(|p| p < at) {
                                let found = bytes.get(at..).and_then(|rest| finder.find(rest));
                                *next = Some(found.map_or(usize::MAX, |p| at + p));
                            }
                        }
                        soonest = Some(
                            rare_next
                                .iter()
                                .flatten()
                                .copied()
                                .min()
                                .unwrap_or(usize::MAX),
                        );
                    }
                    // The earlier of the next common place and the next rare name.
                    let rare = soonest.filter(|&p| p != usize::MAX);
                    match (self.next_common_place(fast, bytes, at), rare) {
                        (Some(common), Some(rare)) => common.min(rare),
                        (common, rare) => common.or(rare)?,
                    }
                }
                None => self.next_place(bytes, at)?,
            };
            at = here + 1;
            if let Some((name, len)) = self.longest_at(bytes.get(here..)?) {
                at = here + len;
                return Some((Span::new(here, here + len), name));
            }
        });
        everywhere.into_iter().flatten().chain(by_pairs)
    }

    /// The first place at or after `from` whose first two bytes begin some name.
    fn next_place(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let rest = bytes.get(from..)?;
        let offset = rest
            .iter()
            .zip(rest.get(1..)?)
            .position(|(&a, &b)| self.first_bytes[usize::from(a)] && self.pair_begins_name(a, b))?;
        Some(from + offset)
    }

    /// [`Gazetteer::next_place`] among the places whose first byte is one of
    /// `fast.common`, eight bytes at a time.
    fn next_common_place(&self, fast: &FastScan, bytes: &[u8], from: usize) -> Option<usize> {
        // The first byte's test is exact, and rules out the bytes of a
        // chunk's range that begin no name; the pair's is exact too; the
        // triple's (where a third byte follows) rules out most of the rest.
        let begins = |here: usize| {
            let (Some(&a), Some(&b)) = (bytes.get(here), bytes.get(here + 1)) else {
                return false;
            };
            fast.common[usize::from(a)]
                && self.pair_begins_name(a, b)
                && bytes
                    .get(here + 2)
                    .is_none_or(|&c| self.triple_begins_name(a, b, c))
        };
        // The first place of `mask` (bit `k`: the byte at `at + k`), lowest
        // first, that begins a name. (A place at the text's last byte begins
        // no pair, and `begins` says so.)
        let first_of = |at: usize, mut mask: u32| {
            while mask != 0 {
                let here = at + mask.trailing_zeros() as usize;
                mask &= mask - 1;
                if begins(here) {
                    return Some(here);
                }
            }
            None
        };
        let mut at = from;
        // Four chunks at a time: most blocks of 32 bytes hold no byte in the
        // ranges, told by one test of the four chunks together, and the
        // places of the others are read off one mask of the block's 32
        // bytes, lowest first (one test a place, not one a chunk too).
        while let Some(block) = bytes.get(at..).and_then(|rest| rest.first_chunk::<32>()) {
            let ([a, b, c, d], _) = block.as_chunks::<8>() else {
                break;
            };
            let firsts =
                [a, b, c, d].map(|chunk| chunk_firsts(u64::from_le_bytes(*chunk), &fast.ranges));
            if firsts.iter().fold(0, |any, chunk| any | chunk) == 0 {
                at += 32;
                continue;
            }
            let places = (0..4).zip(firsts).fold(0u32, |places, (n, chunk)| {
                places | byte_mask(chunk) << (8 * n)
            });
            if let Some(here) = first_of(at, places) {
                return Some(here);
            }
            at += 32;
        }
        // (Whole chunks of the rest: one test of the bound, and one count of
        // the bytes read.)
        while let Some(chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
            // Most chunks hold no capital; of the others, only the bytes in
            // the ranges are looked at.
            let firsts = chunk_firsts(u64::from_le_bytes(*chunk), &fast.ranges);
            if let Some(here) = first_of(at, byte_mask(firsts)) {
                return Some(here);
            }
            at += 8;
        }
        // The last bytes, one at a time.
        (at..bytes.len().saturating_sub(1)).find(|&here| begins(here))
    }

    fn pair_begins_name(&self, a: u8, b: u8) -> bool {
        // The index is below `PAIR_WORDS` for every pair, so the compiler
        // drops the bounds check from the scan.
        let bit = pair_bit(a, b);
        self.pair_bits
            .get(bit / 64)
            .is_some_and(|word| word & (1 << (bit % 64)) != 0)
    }

    /// Whether some name begins with the bytes `a b c` (or may: see `triple_bits`).
    fn triple_begins_name(&self, a: u8, b: u8, c: u8) -> bool {
        let bit = triple_bit(a, b, c);
        self.triple_bits
            .get(bit / 64)
            .is_some_and(|word| word & (1 << (bit % 64)) != 0)
    }

    /// The names beginning with the first two bytes of `bytes`.
    fn group(&self, bytes: &[u8]) -> Option<&[Member]> {
        let &[a, b, ..] = bytes else {
            return None;
        };
        let slot = *self.group_of_pair.get(pair_index(a, b))?;
        let group = self.groups.get((slot as usize).checked_sub(1)?)?;
        Some(group)
    }

    /// The longest name `rest` begins with: its index and length.
    fn longest_at(&self, rest: &[u8]) -> Option<(usize, usize)> {
        let group = self.group(rest)?;
        // Most places end up not fitting, told by their first eight bytes
        // before any name is read.
        let head = head_of(rest);
        group.iter().find_map(|m| {
            if head & m.mask != m.head {
                return None;
            }
            let name = self.names.get(m.index)?.as_bytes();
            rest.starts_with(name).then_some((m.index, name.len()))
        })
    }
}

/// A name of a group of [`Gazetteer`]: its index, and its first eight bytes
/// (or fewer) for a first test of a place, with the mask of those bytes.
#[derive(Debug, Clone, Copy)]
struct Member {
    index: usize,
    head: u64,
    mask: u64,
}

/// The first eight bytes (or fewer) as a little-endian `u64`, the missing ones zero.
fn head_of(bytes: &[u8]) -> u64 {
    // (Most places have eight bytes after them: one load.)
    if let Some(eight) = bytes.first_chunk::<8>() {
        return u64::from_le_bytes(*eight);
    }
    let mut word = [0; 8];
    for (w, b) in word.iter_mut().zip(bytes) {
        *w = *b;
    }
    u64::from_le_bytes(word)
}

/// The high bits of the eight bytes of `firsts` (each byte `0x80` or 0, as
/// [`chunk_firsts`] gives them) as the eight low bits, byte `k` as bit `k`:
/// the multiplication moves each byte's bit to its place in the top byte,
/// and no two of them meet.
#[inline]
fn byte_mask(firsts: u64) -> u32 {
    ((firsts >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
}

/// How many `u64` words `Gazetteer::pair_bits` has: one bit per pair of bytes.
const PAIR_WORDS: usize = 256 * 256 / 64;

/// Which bit of `Gazetteer::pair_bits` stands for the pair of bytes `a b`:
/// the pair read as a little-endian `u16`, which the scan gets with one load
/// of the two adjacent bytes.
fn pair_bit(a: u8, b: u8) -> usize {
    usize::from(u16::from_le_bytes([a, b]))
}

/// How many `u64` words `Gazetteer::triple_bits` has: 2^16 bits.
const TRIPLE_WORDS: usize = 1 << 16 >> 6;

/// Which bit of `Gazetteer::triple_bits` stands for the bytes `a b c`: the
/// top sixteen bits of their product with an odd constant (Fibonacci
/// hashing), which spreads the triples of a few letters over the table.
fn triple_bit(a: u8, b: u8, c: u8) -> usize {
    let triple = u32::from_le_bytes([a, b, c, 0]);
    (triple.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// Where the pair of bytes `a b` is in `Gazetteer::group_of_pair`.
fn pair_index(a: u8, b: u8) -> usize {
    usize::from(a) * 256 + usize::from(b)
}

/// The scan for places that may begin a name, eight bytes at a time.
///
/// Lowercase letters fill a text, and few names begin with one (of the
/// built-in names, `the Treasury`): those few are each found by a search of
/// their own. The first bytes of the others (the `common` ones, capitals for
/// the built-in names) lie in a few ranges of ASCII bytes, and most chunks of
/// eight bytes of text hold no byte of those ranges, as [`chunk_firsts`]
/// tells with a few operations on the chunk as a number.
#[derive(Debug, Clone)]
struct FastScan {
    ranges: [ByteRange; MAX_FIRST_RANGES],
    /// The first bytes of the names, but for lowercase ASCII letters.
    common: [bool; 256],
    /// A search for each name that begins with a lowercase ASCII letter.
    rare: Vec<memmem::Finder<'static>>,
}

/// How many names beginning with a lowercase letter [`FastScan`] searches
/// for, at most: each is a search through the whole text.
const MAX_RARE_NAMES: usize = 4;

/// How many ranges [`chunk_firsts`] tests, each at a cost per chunk: the
/// built-in names need one, and names that need more are scanned byte by
/// byte. (Fewer are made up with empty ones, whose zero `from` sets no bit.)
const MAX_FIRST_RANGES: usize = 1;

impl FastScan {
    /// The scan for `names` with the first bytes `first_bytes`; `None` when
    /// they begin with too many different bytes, or too many with a lowercase one.
    fn new(names: &[String], first_bytes: &[bool; 256]) -> Option<FastScan> {
        let lowercase_first =
            |name: &&String| name.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
        let rare: Vec<memmem::Finder<'static>> = names
            .iter()
            .filter(|name| name.len() >= 2)
            .filter(lowercase_first)
            .map(|name| memmem::Finder::new(name.as_bytes()).into_owned())
            .collect();
        if rare.len() > MAX_RARE_NAMES {
            return None;
        }
        let mut common = *first_bytes;
        for letter in b'a'..=b'z' {
            common[usize::from(letter)] = false;
        }
        let ranges = ascii_ranges(&common)?;
        Some(FastScan {
            ranges,
            common,
            rare,
        })
    }
}

/// A range of ASCII bytes `lo..=hi`, as the two addends of [`chunk_firsts`]:
/// `0x80 - lo` and `0x7f - hi` in every byte.
#[derive(Debug, Clone, Copy, Default)]
struct ByteRange {
    from: u64,
    past: u64,
}

/// Ranges of ASCII bytes that hold the bytes set in `set`, at most
/// [`MAX_FIRST_RANGES`] of them, or `None`. Bytes at most three apart share a
/// range (`A` to `W` for the capitals of the built-in names, without `V`):
/// a byte in a range but not in `set` is only looked at for nothing.
fn ascii_ranges(set: &[bool; 256]) -> Option<[ByteRange; MAX_FIRST_RANGES]> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    if set.iter().skip(0x80).any(|&b| b) {
        return None;
    }
    let mut bounds: Vec<(u8, u8)> = Vec::new();
    for b in (0..0x80u8).filter(|&b| set[usize::from(b)]) {
        match bounds.last_mut() {
            Some((_, hi)) if b - *hi <= 3 => *hi = b,
            _ => bounds.push((b, b)),
        }
    }
    let mut ranges = [ByteRange::default(); MAX_FIRST_RANGES];
    if bounds.len() > MAX_FIRST_RANGES {
        return None;
    }
    for (range, &(lo, hi)) in ranges.iter_mut().zip(&bounds) {
        *range = ByteRange {
            from: ONES * u64::from(0x80 - lo),
            past: ONES * u64::from(0x7f - hi),
        };
    }
    Some(ranges)
}

/// The high bit of each byte of `chunk` (eight bytes of text, little-endian)
/// that lies in one of `ranges`, all others clear.
///
/// With its high bit cleared, a byte `b` plus `0x80 - lo` has its high bit
/// set exactly when `b >= lo`, and plus `0x7f - hi` exactly when `b > hi`;
/// neither sum passes `0xff`, so no byte carries into the next. A byte beyond
/// ASCII is in no range, and its bit is cleared at the end.
#[inline]
fn chunk_firsts(chunk: u64, ranges: &[ByteRange; MAX_FIRST_RANGES]) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = chunk & !HIGH;
    let mut firsts = 0;
    for range in ranges {
        firsts |= low.wrapping_add(range.from) & !low.wrapping_add(range.past);
    }
    firsts & !chunk & HIGH
}

#[cfg(test)]
mod tests {
    use crate::Knowledge;

    /// The scan eight bytes at a time finds what the scan byte by byte finds.
    fn check_fast_scan(text: &str) {
        let fast = Knowledge::builtin().org_matcher;
        assert!(
            fast.fast.is_some(),
            "the built-in names allow the fast scan"
        );
        let slow = super::Gazetteer {
            fast: None,
            ..fast.clone()
        };
        let found: Vec<_> = fast.find_iter(text).collect();
        let expected: Vec<_> = slow.find_iter(text).collect();
        assert_eq!(found, expected, "names in {text:?}");
    }

    #[test]
    fn fast_scan_agrees_with_bytewise_scan() {
        for text in [
            "",
            "the Treasury",
            "UNISON and the Treasury said the Treasury Select Committee met the TUC.",
            "The NHS Confederation, the BMA and the RCN; Vale of Glamorgan Council.",
            "Über die Treasury: the BBC’s HM Treasury, W",
        ] {
            check_fast_scan(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_scan_agrees_on_any_text(text in "[theTrasuyHMBCNSUIOW ’é]{0,40}") {
            check_fast_scan(&text);
        }
    }
}
