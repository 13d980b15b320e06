//! Organization mentions: the gazetteer, head-word patterns and acronym links.
//!
//! Takes the text and the knowledge; gives every organization mention with a
//! canonical name. A document's own long form wins over the gazetteer's
//! (`Public and Commercial Services (PCS)` → `Public and Commercial Services`),
//! and `Long Name (ACR)` links the acronym both ways for the whole document.
//! Unknown organizations are found by their head word (`Whitley Council`,
//! `… Union`, `Royal College of …`, `Department for …`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, BuildError, MatchKind};
use rustc_hash::FxHashMap;

use crate::knowledge::{on_word_bounds, Knowledge, OrgKind};
use crate::segment::{Segmentation, Token};
use crate::span::Span;

/// An organization as the document names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgName {
    pub name: String,
    pub acronym: Option<String>,
    pub kind: OrgKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMention {
    pub span: Span,
    pub org: OrgName,
}

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
    /// For the pair of bytes `a b` at `256 * a + b`: one more than the index
    /// in `groups` of the names beginning with them, or 0 for none.
    group_of_pair: Vec<u32>,
    /// The indices of the names beginning with one pair of bytes, the longest
    /// first, and of equal length the first listed.
    groups: Vec<Vec<usize>>,
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
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (index, name) in names.iter().enumerate() {
            let &[a, b, ..] = name.as_bytes() else {
                continue;
            };
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
                group.push(index);
            }
        }
        for group in &mut groups {
            // Stable: of names of one length, the first listed stays first.
            group.sort_by_key(|&i| std::cmp::Reverse(names.get(i).map_or(0, String::len)));
        }
        Ok(Gazetteer {
            names: names.to_vec(),
            pair_bits,
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
            let offset = rest
                .iter()
                .zip(rest.get(1..)?)
                .position(|(&a, &b)| self.pair_begins_name(a, b))?;
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
    fn group(&self, bytes: &[u8]) -> Option<&[usize]> {
        let &[a, b, ..] = bytes else {
            return None;
        };
        let slot = *self.group_of_pair.get(pair_index(a, b))?;
        let group = self.groups.get((slot as usize).checked_sub(1)?)?;
        Some(group)
    }

    /// The longest name `rest` begins with: its index and length.
    fn longest_at(&self, rest: &[u8]) -> Option<(usize, usize)> {
        self.group(rest)?.iter().find_map(|&i| {
            let name = self.names.get(i)?.as_bytes();
            // Most places end up not fitting: a look at the last byte first
            // saves the comparison of the whole name.
            let fits =
                rest.get(name.len().checked_sub(1)?) == name.last() && rest.starts_with(name);
            fits.then_some((i, name.len()))
        })
    }
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

/// All organization mentions of a text, in order, with document-level canonical names.
///
/// ```
/// use sayso::{orgs::find_orgs, segment::segment, Knowledge};
/// let k = Knowledge::builtin();
/// let text = "Kevin Courtney of the National Education Union (NEU) spoke.";
/// let orgs = find_orgs(text, &segment(text, &k), &k);
/// assert_eq!(orgs[0].org.name, "National Education Union");
/// assert_eq!(orgs[0].org.acronym.as_deref(), Some("NEU"));
/// ```
pub fn find_orgs(text: &str, seg: &Segmentation, knowledge: &Knowledge) -> Vec<OrgMention> {
    let mut found: Vec<OrgMention> = Vec::new();
    for (span, name) in knowledge.org_matcher.find_iter(text) {
        if !on_word_bounds(text, span.start, span.end) {
            continue;
        }
        let Some(entry) = knowledge
            .org_of_pattern
            .get(name)
            .and_then(|&i| knowledge.org(i))
        else {
            continue;
        };
        found.push(OrgMention {
            span,
            org: OrgName {
                name: entry.name.clone(),
                acronym: entry.acronym.clone(),
                kind: entry.kind,
            },
        });
    }
    let unknown: Vec<OrgMention> = pattern_orgs(text, seg, knowledge)
        .into_iter()
        .filter(|p| !found.iter().any(|f| f.span.overlaps(p.span)))
        .collect();
    found.extend(unknown);
    found.sort_by_key(|m| m.span.start);
    link_acronyms(text, &mut found);
    found
}

/// Capitalized phrases ending in an organization head word, or `Royal College of …`.
fn pattern_orgs(text: &str, seg: &Segmentation, knowledge: &Knowledge) -> Vec<OrgMention> {
    // The tokens inside the text, as `Segmentation::tokens_in` gives them.
    let spans = seg
        .tokens
        .get(..seg.tokens.partition_point(|t| t.end <= text.len()))
        .unwrap_or_default();
    let token = |i: usize| {
        spans.get(i).map(|&span| Token {
            span,
            text: span.of(text),
        })
    };
    let capitalized_at = |i: usize| token(i).is_some_and(|t| t.is_capitalized());
    let mut out = Vec::new();
    // Names begin with a capital: only the capitalized tokens can start one.
    let mut capitals = seg.capitalized.iter().copied();
    let mut i = 0;
    while let Some(next) = capitals.find(|&c| c >= i) {
        i = next;
        let Some(first) = token(i) else {
            break;
        };
        // A run of capitalized words joined by `of`, `for`, `and`, `the`.
        let mut end = i;
        let mut j = i;
        let mut t = first;
        loop {
            if t.is_capitalized() && t.is_word() {
                end = j;
            } else if !(matches!(t.text, "of" | "for" | "and" | "the" | "’" | "'")
                && capitalized_at(j + 1))
            {
                break;
            }
            j += 1;
            match token(j) {
                Some(next) => t = next,
                None => break,
            }
        }
        // One word alone names no organization (see below).
        if end == i {
            i += 1;
            continue;
        }
        let run = i..=end;
        let head_kind = run
            .clone()
            .rev()
            .filter_map(token)
            .find_map(|t| knowledge.org_head(t.text).map(|k| (t, k)));
        // A run that begins with a function word is no name, but the rest of
        // it may be one. (A run without a head word is no name, and neither
        // is the rest of it: the function word is looked up only for one with.)
        if head_kind.is_some() && knowledge.is_function_word(first.text) {
            i += 1;
            continue;
        }
        let last = token(end).unwrap_or(first);
        if let Some((head, kind)) = head_kind {
            // The head must end the name or be followed by `of`/`for` and a name.
            let head_at_end = head.span == last.span;
            let department = matches!(first.text, "Department" | "Ministry");
            let words = end - i + 1;
            if (head_at_end || department || words >= 3) && words >= 2 {
                let span = Span::new(first.span.start, last.span.end);
                let name = span.of(text).to_string();
                let kind = if department {
                    OrgKind::Government
                } else {
                    kind
                };
                out.push(OrgMention {
                    span,
                    org: OrgName {
                        name,
                        acronym: None,
                        kind,
                    },
                });
            }
        }
        i = end + 1;
    }
    out
}

/// `National Education Union (NEU)`: the acronym takes the long name, and the
/// long name the acronym, everywhere in the document.
fn link_acronyms(text: &str, found: &mut [OrgMention]) {
    let mut long_of: FxHashMap<&str, OrgName> = FxHashMap::default();
    for m in found.iter() {
        let after = text.get(m.span.end..).unwrap_or_default();
        let Some(inner) = after
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .map(|(a, _)| a)
        else {
            continue;
        };
        let is_acronym = inner.len() >= 2
            && inner.len() <= 8
            && inner.chars().all(|c| c.is_ascii_uppercase() || c == '&');
        if is_acronym {
            let long = m.span.of(text).trim_start_matches("the ").to_string();
            long_of.insert(
                inner,
                OrgName {
                    name: long,
                    acronym: Some(inner.to_string()),
                    kind: m.org.kind,
                },
            );
        }
    }
    if long_of.is_empty() {
        return;
    }
    for m in found.iter_mut() {
        let mention = m.span.of(text);
        let key = m.org.acronym.as_deref().unwrap_or(mention);
        if let Some(long) = long_of.get(key).or_else(|| long_of.get(mention)) {
            m.org = long.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orgs(text: &str) -> Vec<(String, String, Option<String>)> {
        let k = Knowledge::builtin();
        find_orgs(text, &crate::segment::segment(text, &k), &k)
            .into_iter()
            .map(|m| (m.span.of(text).to_string(), m.org.name, m.org.acronym))
            .collect()
    }

    fn owned(items: &[(&str, &str, Option<&str>)]) -> Vec<(String, String, Option<String>)> {
        items
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.map(str::to_string)))
            .collect()
    }

    type Case = (
        &'static str,
        &'static [(&'static str, &'static str, Option<&'static str>)],
    );

    #[test]
    fn gazetteer_patterns_and_acronyms() {
        let cases: &[Case] = &[
            (
                "Kevin Courtney of the National Education Union (NEU) spoke. The NEU agreed.",
                &[
                    (
                        "National Education Union",
                        "National Education Union",
                        Some("NEU"),
                    ),
                    ("NEU", "National Education Union", Some("NEU")),
                    ("NEU", "National Education Union", Some("NEU")),
                ],
            ),
            (
                "Talks with the Public and Commercial Services (PCS) civil service union.",
                &[
                    (
                        "Public and Commercial Services",
                        "Public and Commercial Services",
                        Some("PCS"),
                    ),
                    ("PCS", "Public and Commercial Services", Some("PCS")),
                ],
            ),
            (
                "A meeting of the Whitley Council for staff.",
                &[("Whitley Council", "Whitley Council", None)],
            ),
            (
                "The RMT’s Mick Lynch spoke.",
                &[(
                    "RMT",
                    "National Union of Rail, Maritime and Transport Workers",
                    Some("RMT"),
                )],
            ),
            (
                "the NHS Confederation said",
                &[("NHS Confederation", "NHS Confederation", None)],
            ),
            (
                "the Department for Work and Pensions",
                &[(
                    "Department for Work and Pensions",
                    "Department for Work and Pensions",
                    Some("DWP"),
                )],
            ),
            (
                "the Royal College of Podiatry said",
                &[(
                    "Royal College of Podiatry",
                    "Royal College of Podiatry",
                    None,
                )],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(orgs(text), owned(expected), "orgs of {text:?}");
        }
    }
}
