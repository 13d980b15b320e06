//! Commas inside a noun phrase, which do not end it: between the briefs of a
//! department's name (`the Department for Culture, Media and Sport`, after
//! a head word that opens names) and between the areas of a body's remit
//! (`the environment, food and rural affairs committee`, after a determiner
//! and up to the body's noun). Takes a sentence's tokens and a comma's
//! position; the subject readers end a phrase at any other top-level comma.

use super::determiners::is_determiner;
use crate::knowledge::{lower, Knowledge};
use crate::quotes::frames::is_word;
use crate::quotes::lower_is_one_of;
use crate::segment::Token;

/// Whether the comma at `k` lies between the briefs of a department's name
/// (`the Department for Culture, Media and Sport`): capitalized words on
/// both sides, an `and` before the next comma, and a head word that opens
/// names before it; or between the areas of a body's remit (`the
/// environment, food and rural affairs committee`).
pub(super) fn is_briefs_comma(toks: &[Token], k: usize, knowledge: &Knowledge) -> bool {
    if toks.get(k).is_none_or(|t| t.text != ",") || k == 0 {
        return false;
    }
    let department = || {
        toks[k - 1].is_capitalized()
            && toks.get(k + 1).is_some_and(|n| n.is_capitalized())
            && toks[k + 1..]
                .iter()
                .take_while(|t| t.text != ",")
                .any(|t| t.text == "and" || t.text == "&")
            && opened_name_before(&toks[..k], knowledge)
    };
    department() || is_remit_comma(toks, k, knowledge)
}

/// Whether the comma at `k` lists the areas of a body's remit: words back to
/// a determiner before it (`the environment,`), and after it words and
/// commas, then `and`, up to the body's noun (`food and rural affairs
/// committee`). (Out of line: asked only of commas in subjects.)
#[inline(never)]
fn is_remit_comma(toks: &[Token], k: usize, knowledge: &Knowledge) -> bool {
    let opened = toks[..k]
        .iter()
        .rev()
        .take(6)
        .find(|t| !is_word(t) || is_determiner(t.text))
        .is_some_and(|t| is_determiner(t.text));
    let after = toks.get(k + 1..).unwrap_or_default();
    // (An area comes after the comma: `…outside North America, and analysts
    // said the order was a boost for the company` lists no remit.)
    if after.first().is_some_and(|t| t.text == "and") {
        return false;
    }
    let (mut and, mut head) = (false, None);
    for t in after {
        match t.text {
            // (Every comma comes before the list's `and`.)
            "," if !and => continue,
            "and" => and = true,
            // (The body's noun comes before any verb.)
            _ if is_word(t)
                && knowledge.pronoun(t.text).is_none()
                && !knowledge.is_finite_verb(t.text)
                && !knowledge.is_cue_word(t.text) => {}
            _ => break,
        }
        head = Some(t);
    }
    opened && and && head.is_some_and(|h| knowledge.is_org_noun(&lower(h.text)))
}

/// Whether `before` ends in a name opened by a head word that opens names
/// (`Department for Environment`, `Ministry of Housing`): capitalized words
/// and `of`/`for`/`and` back to that head word.
fn opened_name_before(before: &[Token], knowledge: &Knowledge) -> bool {
    for t in before.iter().rev().take(8) {
        if t.is_capitalized() && knowledge.opens_org_name(t.text) {
            return true;
        }
        if !(t.is_capitalized() || lower_is_one_of(t.text, &["of", "for", "and"]) || t.text == ",")
        {
            return false;
        }
    }
    false
}
