//! The subject of a sentence, for a later verb that shares it (`Earlier,
//! Rishi Sunak … and said`, `…, saying`): its first noun phrase after an
//! opening adverbial. Takes the sentence's tokens; gives the subject's span.
//! Hard cases: a subordinate clause opening the sentence, whose pronoun after
//! a comma is the main clause's subject (`When asked about it, he laughed
//! and said`); an opening phrase and the places ending it (`Speaking at a
//! rally in Salem, New Hampshire, Trump …`); a name before its apposition,
//! the subject and no adverbial (`Ann Lee, a former mayor, endorsed Hale,
//! saying`); capitals saying what a subject deals in before its name
//! (`Supermarket chain Dalby's`); a name's possessive owning a role, which is
//! the subject (`Scotland's health secretary`); and a role description whose
//! apposition names the subject (`The chief executive of Wexbury Hospitals
//! NHS Trust, Dr Neil Sandbrook, apologised and said`).

use super::determiners::{is_determiner, is_possessive_determiner};
use super::noun_phrase::noun_phrase_tail;
use crate::knowledge::{lower, Knowledge};
use crate::quotes::frames::inverted::apposed_name;
use crate::quotes::frames::is_word;
use crate::quotes::lower_is_one_of;
use crate::segment::{possessive_suffix, Token};
use crate::span::Span;

/// Conjunctions that open a subordinate clause (those not also prepositions).
const SUBORDINATORS: &[&str] = &[
    "when", "while", "although", "though", "because", "once", "if", "unless", "whereas",
];

/// The subject of a sentence, for a verb that shares it: its first noun phrase
/// after an opening adverbial (`Earlier, Rishi Sunak …`).
pub(in crate::quotes) fn sentence_subject(toks: &[Token], knowledge: &Knowledge) -> Option<Span> {
    // `When Robby Mook, the campaign manager, was asked …, he laughed and
    // said`: after a subordinate clause opening the sentence, the pronoun
    // that follows one of its commas is the main clause's subject.
    if toks
        .first()
        .is_some_and(|t| t.is_capitalized() && lower_is_one_of(t.text, SUBORDINATORS))
    {
        let pronoun = toks.windows(2).take(40).find_map(|w| {
            (w[0].text == "," && knowledge.pronoun(w[1].text).is_some()).then_some(w[1].span)
        });
        if pronoun.is_some() {
            return pronoun;
        }
    }
    let mut start = 0;
    if let Some(comma) = toks.iter().take(4).position(|t| t.text == ",") {
        // `Ann Lee, a former mayor, endorsed Hale, saying …`: a name before an
        // apposition is the subject, not an opening adverbial (`Earlier,`).
        let name = toks[..comma].iter().all(|t| t.is_capitalized())
            && toks[..comma].iter().any(|t| {
                !knowledge.is_function_word(t.text) && knowledge.pronoun(t.text).is_none()
            });
        let apposition = toks
            .get(comma + 1)
            .is_some_and(|t| !t.is_capitalized() && is_word(t));
        if !(name && apposition) {
            start = comma + 1;
        }
    }
    // `Speaking at a rally in Salem, New Hampshire, Trump …`, `In an
    // interview with CNN, she …`: a longer opening phrase, and the places
    // that end it, come before the subject.
    // So does a subordinate clause (`When asked about it, he laughed and said`).
    // (Not a noun before a role or a kind of body: `Housing minister Ann
    // Lee`, `Planning officer …`, `Banking regulator …`.)
    let participle = |t: &Token| {
        t.text.ends_with("ing")
            && !toks.get(1).is_some_and(|n| {
                knowledge.is_role(&lower(n.text)) || knowledge.org_noun(n.text).is_some()
            })
    };
    let opens_phrase = toks.first().is_some_and(|t| {
        t.is_capitalized()
            && (knowledge.is_preposition(t.text)
                || participle(t)
                || lower_is_one_of(t.text, SUBORDINATORS))
    });
    if start == 0 && opens_phrase {
        let commas = toks
            .iter()
            .enumerate()
            .take(24)
            .filter(|(_, t)| t.text == ",")
            .map(|(k, _)| k + 1);
        for next in commas {
            start = next;
            let place: Vec<&str> = toks[next..]
                .iter()
                .take_while(|t| t.is_capitalized())
                .map(|t| t.text)
                .collect();
            let place_then_comma = toks.get(next + place.len()).is_some_and(|t| t.text == ",");
            if !(place_then_comma && knowledge.is_place(&place.join(" "))) {
                break;
            }
        }
    }
    // `Minutes later, she sent an email saying …`: a pronoun after the opening.
    if let Some(first) = toks
        .get(start)
        .filter(|t| knowledge.pronoun(t.text).is_some())
    {
        return Some(first.span);
    }
    // `Then he cut into Bush, calling …`: a pronoun after an opening connective.
    if let [first, second, ..] = &toks[start.min(toks.len())..] {
        let connective = first.is_capitalized()
            && knowledge.is_function_word(first.text)
            && !is_determiner(first.text);
        if connective && knowledge.pronoun(second.text).is_some() {
            return Some(second.span);
        }
    }
    // `Rep. Hakeem Jeffries`: the stop after a title is part of the name.
    let title_stop = |start: usize, end: usize| {
        toks[end].text == "." && end > start && knowledge.title(toks[end - 1].text).is_some()
    };
    let run_end = |start: usize| {
        let mut end = start;
        while end < toks.len()
            && (toks[end].is_capitalized()
                || matches!(toks[end].text, "(" | ")" | "of" | "the")
                || title_stop(start, end))
        {
            end += 1;
        }
        end
    };
    let mut end = run_end(start);
    // `Supermarket chain Dalby's has rejected …, saying`: capitals before a
    // kind noun or a role say what the subject deals in, and its name comes
    // after them, after the kind's own modifiers too (`Department store chain
    // Bellamy's`).
    let lowercase_run = toks[end.min(toks.len())..]
        .iter()
        .take(3)
        .take_while(|t| is_word(t) && !t.is_capitalized() && !knowledge.is_function_word(t.text))
        .count();
    let kind_words = (1..=lowercase_run)
        .rev()
        .find(|&n| {
            let noun = toks[end + n - 1].text;
            knowledge.org_noun(noun).is_some() || knowledge.is_role(noun)
        })
        .unwrap_or(0);
    // `Scotland's health secretary has set out plans, warning …`: a name's
    // possessive owning a role is no subject itself; the role is.
    // (Or the possessive of its legal suffix: `Acme plc's chairman`.)
    let suffix_owner = kind_words >= 2 && {
        let word = toks[end].text;
        let mark = possessive_suffix(word);
        mark > 0 && knowledge.is_org_suffix(&word[..word.len() - mark])
    };
    let owned_role = end > start
        && kind_words > 0
        && (possessive_suffix(toks[end - 1].text) > 0 || suffix_owner)
        && knowledge.is_role(toks[end + kind_words - 1].text)
        && toks
            .get(end + kind_words)
            .is_none_or(|t| !t.is_capitalized());
    if owned_role {
        // (`Acme plc's chairman, Sir Tom Hale, apologised and said`: the
        // name apposed to the role is the subject.)
        let role_end = end + kind_words;
        if toks.get(role_end).is_some_and(|t| t.text == ",") {
            let name_end = run_end(role_end + 1);
            if name_end >= role_end + 3 && toks.get(name_end).is_some_and(|t| t.text == ",") {
                return Some(Span::new(
                    toks[role_end + 1].span.start,
                    toks[name_end - 1].span.end,
                ));
            }
        }
        let first = (start..end).find(|&k| is_word(&toks[k])).unwrap_or(start);
        return Some(Span::new(
            toks[first].span.start,
            toks[end + kind_words - 1].span.end,
        ));
    }
    if end > start
        && kind_words > 0
        && toks
            .get(end + kind_words)
            .is_some_and(|t| t.is_capitalized() && is_word(t))
    {
        start = end + kind_words;
        end = run_end(start);
    }
    // `Senior doctors have stepped up their campaign, warning …`: the capital
    // of a sentence's first word before lowercase words is the sentence's,
    // and a plural noun after it that a verb follows heads the subject
    // (`Senior doctors`, `Rail unions reacted`), not the capitalized word
    // alone. (Not a verb in `-s`: `An ad uses footage`.)
    let modifier = toks.first().is_some_and(|opener| {
        start == 0
            && end == 1
            && !knowledge.is_function_word(opener.text)
            && knowledge.pronoun(opener.text).is_none()
            && !is_possessive_determiner(opener.text)
    });
    if modifier {
        let verb = |t: &Token| {
            knowledge.is_finite_verb(t.text) || (t.text.ends_with("ed") && !t.is_capitalized())
        };
        let head = (1..toks.len().min(3))
            .take_while(|&k| {
                let t = &toks[k];
                is_word(t) && !t.is_capitalized() && !knowledge.is_function_word(t.text) && !verb(t)
            })
            .find(|&k| toks[k].text.ends_with('s') && toks.get(k + 1).is_some_and(verb));
        if let Some(head) = head {
            return Some(Span::new(toks[0].span.start, toks[head].span.end));
        }
    }
    if let Some(name) = noun_phrase_tail(&toks[start..end], false, knowledge) {
        return Some(name);
    }
    // `The council hit back by saying …`: a determiner phrase whose head is a
    // role or an organization noun, the longest that fits.
    let first = toks.get(start)?;
    if !is_determiner(first.text) {
        return None;
    }
    // `The chief executive of Wexbury Hospitals NHS Trust, Dr Neil Sandbrook,
    // apologised and said …`: a role description whose apposition names the
    // subject.
    let rest = toks.get(start..)?;
    let comma = rest.iter().take(12).position(|t| t.text == ",");
    if let Some(name) = comma.and_then(|c| apposed_name(rest, c, knowledge)) {
        return Some(name);
    }
    (start + 2..toks.len().min(start + 7))
        .rev()
        .filter_map(|end| noun_phrase_tail(&toks[start..end], true, knowledge))
        .find(|np| np.start == first.span.start)
}
