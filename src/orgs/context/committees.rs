//! A parliamentary committee named by its house and remit: in lowercase
//! words after `the` (`the environment select committee`, `the Commons
//! health committee`, a list of areas, `the culture, media and sport
//! committee`), or a name found by another rule and up to three lowercase
//! words before `committee` (`the Commons education select committee`).
//! Not another's committee (`the Fed's own policy committee`).

use super::Tokens;
use crate::knowledge::{Knowledge, OrgKind};
use crate::segment::possessive_suffix;

/// `the environment select committee`, `the Commons health committee`, `the
/// Treasury committee`: a committee named by its house and remit in words
/// after `the`, the committee in lowercase; token `i` is `the`.
pub(super) fn remit_committee(
    toks: &Tokens,
    i: usize,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let end = (i + 2..i + 9).find(|&k| matches!(toks.bytes_at(k), b"committee" | b"commission"))?;
    // A remit of three or more areas is a list (`the culture, media and
    // sport committee`): its commas stand between words and before the
    // list's `and`.
    let listed = (i + 1..end).any(|k| toks.bytes_at(k) == b"and");
    let remit_words = (i + 1..end).all(|k| {
        toks.get(k).is_some_and(|t| {
            if t.text == "," {
                return listed && k > i + 1 && toks.get(k + 1).is_some_and(|n| n.is_word());
            }
            t.is_word()
                // (Not another's: `the Fed's own policy committee`; but
                // `the council's scrutiny committee` is the council's.)
                && !(t.is_capitalized() && possessive_suffix(t.text) > 0)
                && (t.text == "and" || !knowledge.is_function_word(t.text))
                && !knowledge.is_role(t.text)
        })
    });
    // (Words alone, up to six: a list's commas may take three more tokens.)
    let words = (i + 1..end).filter(|&k| toks.bytes_at(k) != b",").count();
    (remit_words && words <= 5).then_some((i + 1, end + 1, OrgKind::Other))
}

/// `the Commons education select committee`: a name (`Commons`) followed by at
/// most three lowercase words and `committee`; the end of the whole.
pub(super) fn extend_to_committee(
    toks: &Tokens,
    end: usize,
    knowledge: &Knowledge,
) -> Option<usize> {
    (end..end + 4)
        .find_map(|k| {
            let t = toks.get(k)?;
            if !t.is_word() || t.is_capitalized() {
                return Some(None);
            }
            (t.text == "committee").then_some(Some(k + 1))
        })?
        .filter(|_| knowledge.org_noun("committee").is_some())
}
