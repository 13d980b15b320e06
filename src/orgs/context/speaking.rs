//! A name that speaks as only an organization does. An acronym opening its
//! noun phrase right before a reporting verb, or set off by commas (`BT
//! said`, `One of the suppliers, BT, said`): news names no person by
//! capitals alone; but not a place, a title, a role, an office of the target
//! (`the PM said`), a party's label, a roman numeral (`Charles Elliott III`)
//! or an acronym the text defines in brackets (its long name's). And a name
//! opening its sentence whose reported clause opens with `its`, or that a
//! `which` clause or a participle's stands after, where a person takes `who`
//! (`Big Brother Watch said its members`, `Energy UK, which represents
//! suppliers, said`, `Kingsthorne Cider, based near Ledbury, said its
//! orchards`), after a conjunction opening it too (`But Universities UK,
//! which …, said`). And the agent of owning or making that a `which` clause
//! of running or making or an `its` follows (`owned by Gresley Leisure,
//! which also runs …`).

use memchr::memmem;

use super::{named_as_person, Around, Tokens, MAX_NAME_WORDS};
use crate::knowledge::{Knowledge, OrgKind};
use crate::segment::is_participle;

/// `BT said`, `One of the suppliers, BT, said`: an acronym (two to five
/// capitals) that speaks, opening its noun phrase right before a reporting
/// verb or set off by commas after a lowercase word, is an organization:
/// news names no person so. Not a place (`the US said`), a title, a role or
/// an office of the target (`the PM said`), nor a party's label.
pub(super) fn acronym_speaking(
    toks: &Tokens,
    around: Around,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let word = around.word;
    // Told by the bytes first: most capitalized words have a lowercase one.
    // A roman numeral is none: it ends a person's name (`Charles Elliott III`).
    if !(2..=5).contains(&word.len())
        || !word.iter().all(u8::is_ascii_uppercase)
        || word.iter().all(|b| matches!(b, b'I' | b'V' | b'X'))
    {
        return None;
    }
    let i = around.at;
    let cue_at = |k: usize| toks.is_cue(k, knowledge);
    let apposed = || {
        around.before == b","
            && around.next == b","
            && i >= 2
            && toks
                .bytes_at(i - 2)
                .first()
                .is_some_and(u8::is_ascii_lowercase)
            && cue_at(i + 2)
    };
    // The acronym opens its noun phrase: `super PAC` and `BFM TV` are one
    // phrase each, of which the acronym is no name.
    let opens = around.before == b","
        || around.before.eq_ignore_ascii_case(b"the")
        || !around.mid_sentence(toks);
    if !opens || !(cue_at(i + 1) || apposed()) {
        return None;
    }
    let text = toks.text_at(i);
    // An acronym the text defines in brackets is its long name's, linked
    // to it later (`The Kestrel Review Board (KRB) … The KRB said`).
    let defined = memmem::find(toks.text.as_bytes(), format!("({text})").as_bytes()).is_some();
    let other = defined
        || knowledge.is_place(text)
        || knowledge.title(text).is_some()
        || knowledge.is_role(&text.to_ascii_lowercase())
        || knowledge.is_function_word(text)
        || knowledge.is_government(text)
        || knowledge.party_of_bracket_label(text).is_some();
    (!other).then_some((i, i + 1, OrgKind::Other))
}

/// How many tokens a `which` clause between a name and its reporting verb
/// may take (`Energy UK, which represents suppliers, said`).
const WHICH_CLAUSE: usize = 16;

/// `Big Brother Watch said its members …`, `Energy UK, which represents
/// suppliers, said`: a name opening its sentence that speaks as a body
/// does is an organization, whatever its words: its reported clause opens
/// with `its` (a person's would be `his` or `her`), or a `which` clause
/// stands between it and its verb (a person takes `who`).
pub(super) fn body_speaking(
    toks: &Tokens,
    around: Around,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let i = around.at;
    // (Or after the `The` opening the sentence, `The Fenby Register, which
    // keeps a database, said`; not a title's holder, `The Duchess of Fenby
    // said its collection`: a name with `of` after `The` is a title's as
    // often as a body's.)
    let after_the = || {
        i > 0
            && around.before == b"The"
            && !super::mid_sentence(toks, i - 1)
            && knowledge.title(toks.text_at(i)).is_none()
            && toks.bytes_at(i + 1) != b"of"
            && toks.bytes_at(i + 2) != b"of"
    };
    // (Or after a conjunction opening the sentence: `But Universities UK,
    // which represents vice-chancellors, said`.)
    let after_conjunction = || {
        i > 0
            && matches!(around.before, b"But" | b"And" | b"Yet")
            && !super::mid_sentence(toks, i - 1)
    };
    if around.mid_sentence(toks) && around.before != b"," && !after_the() && !after_conjunction() {
        return None;
    }
    let cue_at = |k: usize| toks.is_cue(k, knowledge);
    // (Told by the next tokens' bytes first: most names do neither.)
    let body_word = |k: usize| match toks.bytes_at(k) {
        b"its" | b"which" => true,
        b"," => is_participle(toks.bytes_at(k + 1)),
        _ => false,
    };
    if !(i + 1..i + 2 + MAX_NAME_WORDS).any(body_word) {
        return None;
    }
    let end = toks.name_at(i, knowledge).or_else(|| {
        let end = toks.thing_name_at(i, knowledge)?;
        (toks.bytes_at(end) == b"," && toks.bytes_at(end + 1) == b"which").then_some(end)
    })?;
    let its = |k: usize| toks.bytes_at(k) == b"its";
    let owns = |verb: usize| its(verb + 1) || toks.bytes_at(verb + 1) == b"that" && its(verb + 2);
    // A clause set off by commas ends at its comma, the verb right after it.
    let after_clause = || {
        let close = (end + 2..end + 2 + WHICH_CLAUSE).find(|&k| toks.bytes_at(k) == b",")?;
        Some(close + 1)
    };
    let set_off = toks.bytes_at(end) == b",";
    let verb = if set_off && toks.bytes_at(end + 1) == b"which" {
        after_clause()?
    } else if set_off && is_participle(toks.bytes_at(end + 1)) {
        // `Kingsthorne Cider, based near Ledbury, said its orchards`: a
        // participle's clause may stand before the verb too, and `its`
        // must follow it.
        let verb = after_clause()?;
        if !owns(verb) || knowledge.first_name(toks.text_at(i)).is_some() {
            return None;
        }
        verb
    } else if owns(end) {
        end
    } else {
        return None;
    };
    if !cue_at(verb) {
        return None;
    }
    let text = toks.span(i, end).of(toks.text);
    let other = knowledge.is_place(text) || knowledge.is_government(text);
    (!other).then_some((i, end, OrgKind::Other))
}

/// `The stadium is owned by Gresley Leisure, which also runs …`, `produced
/// by Carran Seafoods at its smokehouse`: the agent of owning or making
/// (`data/maker_verbs.txt`) is a company when the words right after its name
/// say it is no person: a `which` clause of owning or making too (`which
/// also runs`), or `its` after a preposition (a person takes `who`, `his`
/// or `her`). Not a given name, a name that reads as a person's elsewhere
/// in the text, a place or the government.
pub(super) fn agent_of_making(
    toks: &Tokens,
    around: Around,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let i = around.at;
    if around.before != b"by" || i < 2 || !knowledge.is_maker_verb(toks.text_at(i - 2)) {
        return None;
    }
    let end = toks.thing_name_at(i, knowledge)?;
    // (The `which` clause says what the name does as a business, `which
    // also runs`, `which employs`: one about the thing owned or made is
    // the thing's, `designed by Elon Musk, which went on sale`.)
    let which = toks.bytes_at(end) == b"," && toks.bytes_at(end + 1) == b"which" && {
        let verb = end + 2 + usize::from(toks.bytes_at(end + 2) == b"also");
        knowledge.is_maker_verb(toks.text_at(verb))
    };
    let its = toks.bytes_at(end + 1) == b"its"
        && knowledge.is_preposition(toks.text_at(end))
        && toks.first_byte(end).is_some_and(|b| b.is_ascii_lowercase());
    if !(which || its)
        || knowledge.first_name(toks.text_at(i)).is_some()
        || named_as_person(toks, i, end, knowledge)
    {
        return None;
    }
    let text = toks.span(i, end).of(toks.text);
    let other = knowledge.is_place(text) || knowledge.is_government(text);
    (!other).then_some((i, end, OrgKind::Company))
}
