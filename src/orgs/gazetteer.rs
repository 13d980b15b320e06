//! The gazetteer: every known organization name, found in one scan of a text.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, BuildError, MatchKind};

use crate::span::Span;

/// The gazetteer's names (names, acronyms and aliases), for finding them in a text.
///
/// The matches are those of a leftmost-longest scan of the whole text: at the
/// first place where some name fits, the longest that fits (of equal ones, the
/// first listed); the search goes on after it. A name fits only where the text
/// has its first two bytes, and few places have the first two bytes of any
/// name: the names are grouped by them, and a place is looked at only if its
/// first two bytes begin some name (one bit of `pair_bits`).
#[derive(Debug, Clone)]
pub(crate) struct Gazetteer {
    names: Vec<String>,
    /// Bit `pair_bit(a, b)` is set when some name begins with the bytes `a b`:
    /// the scan asks this at nearly every byte, and at 8 KB it stays in the
    /// L1 cache where `group_of_pair` (256 KB) does not. A fixed-size array:
    /// every pair's word is provably in it, so the hot loop checks no bounds.
    pair_bits: Box<[u64; PAIR_WORDS]>,
    /// Whether some name begins with the byte: most bytes of a text begin
    /// none, and this one lookup rules them out before their pair is read.
    first_bytes: [bool; 256],
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
        Ok(Gazetteer {
            names: names.to_vec(),
            pair_bits,
            first_bytes,
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
        let by_pairs = std::iter::from_fn(move || loop {
            // The next place whose first two bytes begin some name.
            let rest = bytes.get(at..)?;
            let offset = rest.iter().zip(rest.get(1..)?).position(|(&a, &b)| {
                self.first_bytes[usize::from(a)] && self.pair_begins_name(a, b)
            })?;
            let here = at + offset;
            at = here + 1;
            if let Some((name, len)) = self.longest_at(bytes.get(here..)?) {
                at = here + len;
                return Some((Span::new(here, here + len), name));
            }
        });
        everywhere.into_iter().flatten().chain(by_pairs)
    }

    fn pair_begins_name(&self, a: u8, b: u8) -> bool {
        // The index is below `PAIR_WORDS` for every pair, so the compiler
        // drops the bounds check from the scan.
        let bit = pair_bit(a, b);
        self.pair_bits
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
        let head = head_of(rest.get(..8).unwrap_or(rest));
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

/// Up to eight bytes as a little-endian `u64`, the missing ones zero.
fn head_of(bytes: &[u8]) -> u64 {
    let mut word = [0; 8];
    for (w, b) in word.iter_mut().zip(bytes) {
        *w = *b;
    }
    u64::from_le_bytes(word)
}

/// How many `u64` words `Gazetteer::pair_bits` has: one bit per pair of bytes.
const PAIR_WORDS: usize = 256 * 256 / 64;

/// Which bit of `Gazetteer::pair_bits` stands for the pair of bytes `a b`:
/// the pair read as a little-endian `u16`, which the scan gets with one load
/// of the two adjacent bytes.
fn pair_bit(a: u8, b: u8) -> usize {
    usize::from(u16::from_le_bytes([a, b]))
}

/// Where the pair of bytes `a b` is in `Gazetteer::group_of_pair`.
fn pair_index(a: u8, b: u8) -> usize {
    usize::from(a) * 256 + usize::from(b)
}
