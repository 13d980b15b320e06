//! A name that a kind noun says is an organization's (the nouns are
//! `data/org_nouns.txt`): the noun right before it (`MMS firm Adamind`), or
//! capitalized opening a sentence where the name stands without it too
//! (`Carmaker Vantor is to build … Vantor's president`), or the noun's
//! phrase in an apposition after the name (`Gartner, the research firm,`) or
//! before it (`The operator, Western Isles Ferries, said`, `runs a charity,
//! Stand Down, which`). Hard cases: two capitalized words that are one name
//! (`Council Tax`), a person's name (`Trust Bratton`), the words that may
//! follow the kind noun in an apposition without ending it (`the pub group
//! with 640 sites`, `a charity set up by residents`), and where the noun's
//! body works (`The main operator in the area, NationNet,`).

use super::candidates::{opens_apposition, opens_one_of};
use super::{is_joiner, named_as_person, occurrences, Around, Tokens, MAX_NAME_WORDS};
use crate::knowledge::{Knowledge, OrgKind};
use crate::segment::{is_participle, possessive_suffix};

/// `runs a charity, Stand Down, which`: token `comma` sets off a name
/// apposed to an indefinite or definite kind noun; the name ends at the
/// next comma or the sentence's end.
pub(super) fn apposed_to_kind(
    toks: &Tokens,
    comma: usize,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let noun = comma.checked_sub(1)?;
    let article = noun.checked_sub(1)?;
    if !matches!(toks.bytes_at(article), b"a" | b"an" | b"the") {
        return None;
    }
    let kind = knowledge.org_noun(toks.text_at(noun))?;
    let end = toks.title_case_name_at(comma + 1, knowledge)?;
    let closed = matches!(toks.bytes_at(end), b"," | b".");
    let name = toks.span(comma + 1, end).of(toks.text);
    let person = end - comma >= 3 && knowledge.first_name(toks.text_at(comma + 1)).is_some();
    (closed && !person && !knowledge.is_place(name)).then_some((comma + 1, end, kind))
}

/// `The Amicus union said`: the token of `around` opens a name after `the`
/// that the noun `union` (a kind noun of the union kind) follows: British
/// news names a union so, by a word of its own. Other kinds are named so by
/// places, peoples and owners as often (`the Wigan charity`, `the Jewish
/// group`, `the Murdoch company`), and a name opening with a given name is
/// a person's.
pub(super) fn name_before_union(
    toks: &Tokens,
    around: Around,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    if !around.before.eq_ignore_ascii_case(b"the") {
        return None;
    }
    let start = around.at;
    let end = toks.name_at(start, knowledge)?;
    let noun = toks.get(end)?;
    if !noun.text.starts_with(|c: char| c.is_ascii_lowercase())
        || knowledge.org_noun(noun.text) != Some(OrgKind::Union)
    {
        return None;
    }
    let name = toks.span(start, end).of(toks.text);
    let other = knowledge.is_place(name)
        || knowledge.is_government(name)
        || named_as_person(toks, start, end, knowledge);
    (!other).then_some((start, end, OrgKind::Union))
}

/// `firm` in `MMS firm Adamind`: token `i` is a kind noun right before a name.
pub(super) fn kind_noun_before_name(
    toks: &Tokens,
    i: usize,
    knowledge: &Knowledge,
) -> Option<OrgKind> {
    // Few words are kind nouns, and their shapes rule out most others at once.
    let t = toks.get(i)?;
    let kind = knowledge.org_noun(t.text)?;
    let next = toks.get(i + 1)?;
    (next.is_capitalized() && t.is_word()).then_some(kind)
}

/// `Carmaker Vantor is to build`: the token of `around` is a kind noun
/// capitalized as a sentence's first word, right before a name. Two capitalized
/// words may also be one name (`Council Tax`, `Union Jack`), so the name must
/// stand without the noun somewhere else in the text too (`Vantor's
/// president`), and not as a person's (`Trust Bratton`, `Bill Bratton`).
pub(super) fn kind_noun_opening_sentence(
    toks: &Tokens,
    around: Around,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    // The cheap tests first: a capital next, no word before.
    if !around.capital_next(toks)
        || around.mid_sentence(toks)
        || !knowledge.may_be_org_noun(around.word)
    {
        return None;
    }
    let i = around.at;
    let kind = kind_noun_before_name(toks, i, knowledge)?;
    let end = toks.name_at(i + 1, knowledge)?;
    if named_as_person(toks, i + 1, end, knowledge) {
        return None;
    }
    let name = toks.span(i + 1, end).of(toks.text);
    let noun = toks.text_at(i);
    let alone = occurrences(toks, name)
        .any(|k| k != i + 1 && !toks.text_at(k.wrapping_sub(1)).eq_ignore_ascii_case(noun));
    alone.then_some((i + 1, end, kind))
}

/// `Gartner, the research firm`: token `i` starts a name followed by a comma
/// and a determiner phrase of at most four words ending in a kind noun.
pub(super) fn apposition_before(
    toks: &Tokens,
    i: usize,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    // Only a name's first word starts one (a headline's last word is
    // none of its name), which an opening `The` may stand before, and no
    // joiner after a capital (`Rosscombe` of `Friends of Rosscombe Lido`).
    if i > 0
        && toks.is_capitalized(i - 1)
        && !toks.line_break_before(i)
        && toks.bytes_at(i - 1) != b"The"
    {
        return None;
    }
    if i > 1 && is_joiner(toks.bytes_at(i - 1)) && toks.is_capitalized(i - 2) {
        return None;
    }
    // Most names are followed by no such apposition: the comma and article
    // must come where the name ends, which lies no further than the first
    // token that is neither capitalized nor a joiner before a capital (every
    // token `name_at` takes is one), as the tokens' bytes tell before the
    // name is read word by word.
    // (`The Lyric, one of the oldest theatres in the north,`: one of a
    // plural kind.)
    let one_of = |comma: usize| opens_one_of(toks, comma + 1);
    let joins = |k: usize| is_joiner(toks.bytes_at(k)) && toks.is_capitalized(k + 1);
    let after_name =
        (i + 1..=i + MAX_NAME_WORDS).find(|&k| !(toks.is_capitalized(k) || joins(k)))?;
    if toks.bytes_at(after_name) != b","
        || !(opens_apposition(toks, after_name + 1) || one_of(after_name))
    {
        return None;
    }
    let end = toks.name_at(i, knowledge)?;
    let plural = one_of(end);
    if toks.text_at(end) != "," || !(opens_apposition(toks, end + 1) || plural) {
        return None;
    }
    let (from, to) = if plural {
        (end + 4, end + 9)
    } else {
        (end + 2, end + 6)
    };
    (from..to).find_map(|k| {
        let t = toks.get(k)?;
        if !t.is_word() || t.is_capitalized() {
            return None;
        }
        let kind = if plural {
            singular(t.text).and_then(|noun| knowledge.org_noun(&noun))?
        } else {
            knowledge.org_noun(t.text)?
        };
        // The kind noun ends the phrase (`the research firm,`), not begins a
        // longer one; what follows may modify it (`the pub group with 640
        // sites`, `the company whose tools`, `the firm behind the game`,
        // `the watchdog for postal services`), a participle too (`a charity
        // set up by residents`, `the firm founded in 1990`, `a club run by`).
        let after = toks.text_at(k + 1);
        // An `of` phrase only after a one-word name, where a comma soon
        // closes the apposition with no possessive before it (`Monitor, the
        // regulator of foundation trusts, said`): `a group of` opening a
        // clause's subject counts people (`At Hallam, a group of rabbis
        // called for a boycott of the speech, and …`), a person may be a
        // regulator (`Kwame Asante, the regulator of the scheme,`), and a
        // possessive makes the body an owner (`Ann Lee, the firm of
        // solicitors' senior partner,`).
        let closed_of = || {
            let phrase = (k + 2..k + 8)
                .map(|j| toks.bytes_at(j))
                .take_while(|w| !matches!(*w, b"." | b"" | b";" | b","));
            let possessive = |w: &[u8]| {
                [&b"'"[..], "’".as_bytes(), b"'s", "’s".as_bytes()]
                    .iter()
                    .any(|end| w.ends_with(end))
            };
            end == i + 1
                && !phrase.clone().any(possessive)
                && toks.bytes_at(k + 2 + phrase.count()) == b","
        };
        // (Told from a verb in the past, `the union invested $10m`, by the
        // agent or place after it.)
        let participle = after.bytes().all(|b| b.is_ascii_lowercase())
            && match toks.bytes_at(k + 2) {
                b"by" | b"up" => true,
                b"in" => is_participle(after.as_bytes()),
                _ => false,
            };
        (participle
            || matches!(
                after,
                "," | "."
                    | ";"
                    | ":"
                    | ""
                    | "that"
                    | "which"
                    | "whose"
                    | "with"
                    | "for"
                    | "behind"
                    | "based"
                    | "in"
                    | "across"
                    | "said"
                    | "says"
            )
            || (after == "of" && closed_of()))
        .then_some((i, end, kind))
    })
}

/// The singular of a regular plural noun (`theatres`, `charities`), if
/// `word` is one.
fn singular(word: &str) -> Option<std::borrow::Cow<'_, str>> {
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(format!("{stem}y").into());
    }
    word.strip_suffix('s')
        .filter(|stem| !stem.ends_with('s'))
        .map(Into::into)
}

/// `The operator, Western Isles Ferries, said`, `Britain's third-largest
/// provider, Tellinex, said`: the token of `around` starts a name set off by
/// commas right after `the`, `a` or a possessive, at most two lowercase
/// words saying which, and a kind noun (and whom it gathers: `a group of
/// parents`).
pub(super) fn apposition_after_kind_noun(
    toks: &Tokens,
    around: Around,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let i = around.at;
    // (The name may take an article: `The medicines regulator, the MHRA,`.)
    let comma = if around.before == b"," {
        i - 1
    } else if around.before.eq_ignore_ascii_case(b"the") && i >= 2 && toks.bytes_at(i - 2) == b"," {
        i - 2
    } else {
        return None;
    };
    if comma < 2 {
        return None;
    }
    // (The noun may be followed by where it works: `The main operator in
    // the area, NationNet,`.)
    let place_words = (comma.saturating_sub(4)..comma)
        .rev()
        .find(|&k| matches!(toks.bytes_at(k), b"in" | b"across"))
        .filter(|&p| {
            (p + 1..comma).all(|k| {
                toks.get(k)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized())
            })
        });
    let mut at = place_words.unwrap_or(comma);
    // (`A group of parents, Brackenbury Parents for Local Schools,`: the
    // kind may say whom it gathers.)
    let gathers = at >= 4
        && toks.bytes_at(at - 2) == b"of"
        && toks
            .get(at - 1)
            .is_some_and(|t| t.is_word() && !t.is_capitalized())
        && knowledge.org_noun(toks.text_at(at - 1)).is_none();
    if gathers {
        at -= 2;
    }
    let noun = toks.get(at.checked_sub(1)?)?;
    if !noun.is_word() || noun.is_capitalized() {
        return None;
    }
    let kind = knowledge.org_noun(noun.text)?;
    let determiner = (at.saturating_sub(4)..at - 1).rev().find(|&k| {
        let word = toks.get(k).filter(|t| t.is_word());
        !word.is_some_and(|t| {
            t.text.starts_with(|c: char| c.is_lowercase()) && !knowledge.is_function_word(t.text)
        })
    })?;
    // (`A local charity, Fenland Aid, said`: one of its kind, named.)
    let article = toks.bytes_at(determiner);
    let determined = [&b"the"[..], b"a", b"an"]
        .iter()
        .any(|a| article.eq_ignore_ascii_case(a))
        || possessive_suffix(toks.text_at(determiner)) > 0;
    if !determined {
        return None;
    }
    // (Not the body a role is held at: `An employee of a local firm, Kezia
    // Marlow, said` names the employee.)
    let held_at = determiner >= 2
        && matches!(toks.bytes_at(determiner - 1), b"of" | b"for" | b"at")
        && knowledge.is_role(toks.text_at(determiner - 2));
    if held_at {
        return None;
    }
    let end = toks.name_at(i, knowledge)?;
    (toks.text_at(end) == ",").then_some((i, end, kind))
}
