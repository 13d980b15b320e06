//! Names written in camel case: `LiftLink`, `ReCell`, `YouGov`. News writes
//! a company or a website so, a capital inside one word, and no person's
//! name but after a glued surname prefix (`McCain`, `DeVos`, `LePage`, the
//! prefixes of `data/surname_prefixes.txt`). Hard cases: an inner capital
//! opening an acronym (`SurveyUSA`, `PhD`: read as no such name), a
//! possessive after the name (`ReCell's founder`: the name ends before it),
//! a word of letters and other marks (`O'Brien`), a tag or a handle
//! (`#FeelTheBern`), a person's name, wherever one of its uses shows it
//! (`Councillor Ellen LoPresti … LoPresti said`, `RoseAnn DeMoro`), two words run together where a space was lost (`FeaturedFebruary
//! 2`: a company's name is written more than once), and a longer name found
//! by context (`FlyBrava plc`, found first, keeps its words).

use super::{push_unless_taken, OrgMention};
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
    let word_at = |k: usize| seg.tokens.get(k).map_or("", |t| t.of(text));
    // Each token written so, with its word (without a possessive); most
    // texts have none.
    let camel: Vec<(Span, &str, usize)> = seg
        .capitalized
        .iter()
        .filter_map(|&i| {
            let token = *seg.tokens.get(i)?;
            let word = token.of(text);
            let word = &word[..word.len() - possessive_suffix(word)];
            let inner = inner_capital(word)?;
            // (`#FeelTheBern`, `@JohnSmith`: a tag or a handle is no name.)
            let tagged = text[..token.start].ends_with(['#', '@']);
            (!tagged && !knowledge.is_surname_prefix(&word[..inner])).then(|| {
                (
                    Span::new(token.start, token.start + word.len()),
                    word,
                    inner,
                )
            })
        })
        .collect();
    if camel.is_empty() {
        return;
    }
    // A person's name wherever one of its uses is: after a given name or
    // a title (`Frank VanderSloot`, `Councillor Ellen LoPresti … LoPresti
    // said`), or before another capitalized word (`RoseAnn DeMoro`,
    // `KeShawn Hill … said KeShawn`).
    let person_words: Vec<&str> = seg
        .capitalized
        .iter()
        .filter_map(|&i| {
            let word = word_at(i);
            let word = &word[..word.len() - possessive_suffix(word)];
            // (Only the camel-case words are asked about: most are none.)
            if !camel.iter().any(|&(_, w, _)| w == word) {
                return None;
            }
            let before = i.checked_sub(1).map_or("", word_at);
            // (A surname after it is a word in title case that is no
            // place, role or head word: not `ReCell UK`, `PolitiFact
            // Executive Director`, `LiftLink Group`.)
            let next = word_at(i + 1);
            let surname = {
                let mut chars = next.chars();
                chars.next().is_some_and(char::is_uppercase)
                    && chars.next().is_some_and(char::is_lowercase)
                    && !knowledge.is_place(next)
                    && !knowledge.is_role(next)
                    && knowledge.org_head(next).is_none()
            };
            let person = knowledge.first_name(before).is_some()
                || knowledge.title(before).is_some()
                || surname;
            person.then_some(word)
        })
        .collect();
    let mut new: Vec<OrgMention> = Vec::new();
    for &(span, word, inner) in &camel {
        // A name the text writes once may be two words run together where
        // a space was lost (`FeaturedFebruary 2`): a company's is repeated.
        let repeated = camel.iter().filter(|&&(_, w, _)| w == word).count() > 1;
        // (`FeaturedFebruary`, `ImagesRepublican`: where the text writes
        // either part as a word of its own, the two were run together.)
        let (head, tail) = word.split_at(inner);
        let run_together = || {
            seg.capitalized
                .iter()
                .any(|&k| matches!(word_at(k), w if w == head || w == tail))
        };
        if !repeated || person_words.contains(&word) || run_together() {
            continue;
        }
        push_unless_taken(text, span, OrgKind::Company, found, &mut new);
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
            // (A person's wherever one use is: after a title, before a surname.)
            (
                "Councillor Ellen LoPresti objected. LoPresti said so. LoPresti left.",
                &[],
            ),
            (
                "KeShawn Hill ran in. KeShawn said so. KeShawn's mother agreed.",
                &[],
            ),
            // (But not before a place, a role or a head word.)
            (
                "ReCell UK grew. ReCell Chairman Tom Hale said so.",
                &["ReCell", "ReCell"],
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
