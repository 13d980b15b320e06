//! Names written in camel case: `LiftLink`, `ReCell`, `YouGov`. News writes
//! a company or a website so, a capital inside one word, and no person's
//! name but after a glued surname prefix (`McCain`, `DeVos`, `LePage`, the
//! prefixes of `data/surname_prefixes.txt`). Hard cases: an inner capital
//! opening an acronym (`SurveyUSA`, `PhD`: read as no such name), a
//! possessive after the name (`ReCell's founder`: the name ends before it),
//! a word of letters and other marks (`O'Brien`), a tag or a handle
//! (`#FeelTheBern`), a person's name (`Frank VanderSloot`, `RoseAnn
//! DeMoro`), two words run together where a space was lost (`FeaturedFebruary
//! 2`: a company's name is written more than once), and a longer name found
//! by context (`FlyBrava plc`, found first, keeps its words).

use super::{OrgMention, OrgName};
use crate::knowledge::{Knowledge, OrgKind};
use crate::segment::{possessive_suffix, Segmentation};
use crate::span::Span;

/// Pushes to `found` each capitalized token written in camel case that no
/// mention found covers (unsorted: the caller sorts).
pub(super) fn push_camel_names(
    text: &str,
    seg: &Segmentation,
    knowledge: &Knowledge,
    found: &mut Vec<OrgMention>,
) {
    let mut new: Vec<OrgMention> = Vec::new();
    let word_at = |k: usize| seg.tokens.get(k).map_or("", |t| t.of(text));
    for (n, &i) in seg.capitalized.iter().enumerate() {
        let Some(&token) = seg.tokens.get(i) else {
            continue;
        };
        let word = token.of(text);
        let word = &word[..word.len() - possessive_suffix(word)];
        let Some(inner) = inner_capital(word) else {
            continue;
        };
        if knowledge.is_surname_prefix(&word[..inner]) {
            continue;
        }
        // (`#FeelTheBern`, `@JohnSmith`: a tag or a handle is no name.)
        let tagged = text[..token.start].ends_with(['#', '@']);
        // A person's name: after a given name or a title (`Frank
        // VanderSloot`), or a given name itself before a surname (`RoseAnn
        // DeMoro`, `KellyAnne Conway`).
        let before = i.checked_sub(1).map_or("", word_at);
        let after = word_at(i + 1);
        let person = knowledge.first_name(before).is_some()
            || knowledge.title(before).is_some()
            || after.starts_with(|c: char| c.is_uppercase());
        // A name the text writes once may be two words run together where
        // a space was lost (`FeaturedFebruary 2`): a company's is repeated.
        let repeated = || {
            seg.capitalized.iter().enumerate().any(|(m, &k)| {
                m != n && word_at(k).starts_with(word) && {
                    let other = word_at(k);
                    other.len() == word.len()
                        || possessive_suffix(other) + word.len() == other.len()
                }
            })
        };
        // (`FeaturedFebruary`, `ImagesRepublican`: where the text writes
        // either part as a word of its own, the two were run together.)
        let (head, tail) = word.split_at(inner);
        let run_together = || {
            seg.capitalized
                .iter()
                .any(|&k| matches!(word_at(k), w if w == head || w == tail))
        };
        if tagged || person || !repeated() || run_together() {
            continue;
        }
        let span = Span::new(token.start, token.start + word.len());
        let taken = |m: &OrgMention| m.span.overlaps(span);
        if found.iter().any(taken) || new.iter().any(taken) {
            continue;
        }
        new.push(OrgMention {
            span,
            org: OrgName {
                name: word.to_string(),
                acronym: None,
                kind: OrgKind::Company,
            },
        });
    }
    found.extend(new);
}

/// Where the first capital inside `word` stands, when `word` is ASCII
/// letters only, opens with a capital and a lowercase letter, and has a
/// capital after a lowercase letter that a lowercase letter follows
/// (`LiftLink` → 4); `None` otherwise (`Lift`, `PhD`, `SurveyUSA`, `BBC`).
fn inner_capital(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    if bytes.len() < 4
        || !bytes.iter().all(u8::is_ascii_alphabetic)
        || !bytes[0].is_ascii_uppercase()
        || !bytes[1].is_ascii_lowercase()
    {
        return None;
    }
    (2..bytes.len() - 1).find(|&k| {
        bytes[k].is_ascii_uppercase()
            && bytes[k - 1].is_ascii_lowercase()
            && bytes[k + 1].is_ascii_lowercase()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn names(text: &str) -> Vec<&str> {
        let k = Knowledge::builtin();
        let mut found = Vec::new();
        push_camel_names(text, &segment(text, &k), &k, &mut found);
        found.iter().map(|m| m.span.of(text)).collect()
    }

    #[test]
    fn names_in_camel_case() {
        let cases: &[(&str, &[&str])] = &[
            // Fire: a camel-case name, with a possessive after it too.
            (
                "LiftLink says ReCell's founder agreed. LiftLink and ReCell grew.",
                &["LiftLink", "ReCell", "LiftLink", "ReCell"],
            ),
            // Must not: once only, or a person's.
            ("LiftLink says so.", &[]),
            (
                "ImagesRepublican and ImagesRepublican. Republican voters.",
                &[],
            ),
            (
                "Frank VanderSloot met RoseAnn DeMoro. VanderSloot and RoseAnn DeMoro left.",
                &[],
            ),
            // Must not: a glued surname prefix, an acronym inside, marks.
            ("McCain, DeVos, LePage and MacKenzie met O'Brien.", &[]),
            ("A PhD from SurveyUSA and the BBC.", &[]),
            ("Lift and Link.", &[]),
            ("Join #FeelTheBern and follow @AnnLee today.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }
}
