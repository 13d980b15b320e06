//! An organization read from a role held in it: before the role (`BT chief
//! executive Ben Verwaayen`, `a Tesco spokeswoman`) or after it (`chief
//! executive of Plus.net`, `an analyst at Numis Securities`, `Jim Parton,
//! from Families Need Fathers,`).

use super::{
    elsewhere_mid_sentence, is_joiner, mid_sentence, named_as_person, occurrences, Around, Tokens,
    MAX_NAME_WORDS,
};
use crate::knowledge::{Knowledge, OrgKind};
use crate::segment::{is_article, possessive_suffix};

/// `BT chief executive Ben Verwaayen`, `The BT chief executive, Ben
/// Verwaayen,`: the token of `around` is a word shaped like an organization's
/// name (an acronym, `Plus.net`, `eBay`) right before a role and a name;
/// failing that, the last word of a plain name before a role held in an
/// organization ([`employer_named_before_role`]).
#[inline]
pub(super) fn employer_before_role(
    toks: &Tokens,
    around: Around,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    // The next word is a lowercase role: told by its first byte and shape
    // first, in the caller (it asks this of every capitalized word, and
    // most are followed by none).
    let next = around.next;
    if !next.first().is_some_and(u8::is_ascii_lowercase) || !knowledge.may_be_role(next) {
        return None;
    }
    employer_before_role_shaped(toks, around.at, knowledge)
}

/// [`employer_before_role`] once the word after token `i` has a role's shape.
#[inline(never)]
fn employer_before_role_shaped(
    toks: &Tokens,
    i: usize,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    // Few words are roles, and their shapes rule out most others at once.
    let role = toks.get(i + 1)?;
    if !knowledge.is_role(role.text) {
        return None;
    }
    shaped_employer(toks, i, knowledge)
        .or_else(|| employer_named_before_role(toks, i, i + 1, knowledge))
}

/// [`employer_before_role`] for a word shaped like an organization's name.
fn shaped_employer(
    toks: &Tokens,
    i: usize,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let (t, role) = (toks.get(i)?, toks.get(i + 1)?);
    let shaped = |word: &str| {
        org_shaped(word)
            && !knowledge.is_role(word)
            && knowledge.title(word).is_none()
            && !knowledge.is_place(word)
    };
    // `NUS Wales president`: a body's branch in a devolved nation is named
    // by the nation after the body's name, before a role held in it or an
    // office (`LGBT Wales activist`, `BAME London councillor` name none).
    let branch = i > 0
        && knowledge.devolved_government(t.text).is_some()
        && shaped(toks.text_at(i - 1))
        && (knowledge.is_employee_role(role.text) || knowledge.is_office(role.text));
    if !shaped(t.text) && !branch {
        return None;
    }
    let start = if branch { i - 1 } else { i };
    // The role may take two more words (`chief executive`, `managing director`).
    // After `the`, the name may follow as an apposition (`The BT chief
    // executive, Ben Verwaayen,`).
    let after_the = start > 0 && toks.bytes_at(start - 1).eq_ignore_ascii_case(b"the");
    let name_follows = (i + 2..i + 5)
        .map_while(|k| toks.get(k).map(|n| (k, n)))
        .find(|(_, n)| n.is_capitalized() || !n.is_word())
        .is_some_and(|(k, n)| {
            n.is_capitalized() || (after_the && n.text == "," && toks.is_capitalized(k + 1))
        });
    name_follows.then_some((start, i + 1, OrgKind::Other))
}

/// `Vodafone chief executive Arun Sarin`, `a Tesco spokeswoman`, `Quorra's
/// chairman, Henrik Aalto,`: token `last` ends a name of plain capitalized
/// words before token `role` (the next), a role held in an organization ([`Knowledge::is_employee_role`];
/// never an office, whose modifier is a place or portfolio: `Bolton MP`), and
/// the role is a person's (a name follows) or a description's (a determiner
/// or the name's possessive opens it). Unlike [`employer_before_role`], the
/// name's shape does not say it is no person's, so the document must not
/// say so either: a word it gives a given name or a title somewhere (`Donald
/// Trump`, `Mr Blair`) is a surname (`Trump campaign manager`). And a capital
/// at a sentence's start may be only that (`Acting chief executive`): there
/// the name must be capitalized inside a sentence somewhere else too.
fn employer_named_before_role(
    toks: &Tokens,
    last: usize,
    role: usize,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    // Told at the name's last word by the role after it ([`employer_before_role`]
    // has found one there).
    if !knowledge.is_employee_role(toks.text_at(role)) {
        return None;
    }
    // `Kessler's UK managing director`: a place between an owner's
    // possessive and the role says where the role is held, in the owner.
    let owned_here = last > 0 && knowledge.is_place(toks.text_at(last)) && {
        let owner = toks.text_at(last - 1);
        let suffix = possessive_suffix(owner);
        suffix > 0
            && owner
                .get(..owner.len() - suffix)
                .is_some_and(|name| !knowledge.is_place(name))
    };
    let last = if owned_here { last - 1 } else { last };
    let end = last + 1;
    // Back to the name's first word, over capitalized words and the joiners
    // between them that `name_at` takes (`Marks & Spencer`); a determiner
    // before it is none of it.
    let joins = |k: usize| is_joiner(toks.bytes_at(k)) && k > 0 && toks.is_capitalized(k - 1);
    let mut i = last;
    while i > 0 && end - i < MAX_NAME_WORDS {
        let before = i - 1;
        let capital = toks.is_capitalized(before) && !is_article(toks.text_at(before));
        if !(capital || joins(before)) {
            break;
        }
        i = before;
    }
    // (The name read on from the owner takes the place too.)
    let name_end = toks.name_at(i, knowledge);
    if name_end != Some(end) && !(owned_here && name_end == Some(end + 1)) {
        return None;
    }
    let first = toks.text_at(i);
    if knowledge.is_past_marker(first) || knowledge.time_word(first).is_some() {
        return None;
    }
    // Every word but the last is whole: a possessive inside is two names.
    let possessive = |k: usize| {
        let w = toks.text_at(k);
        w.ends_with("'s") || w.ends_with("’s")
    };
    if (i..end - 1).any(possessive) {
        return None;
    }
    let determined = possessive(end - 1) || i > 0 && is_article(toks.text_at(i - 1));
    let name_follows = (role + 1..role + 4)
        .map_while(|k| toks.get(k).map(|n| (k, n)))
        .find(|(_, n)| n.is_capitalized() || !n.is_word())
        .is_some_and(|(k, n)| {
            n.is_capitalized() || (determined && n.text == "," && toks.is_capitalized(k + 1))
        });
    if !(name_follows || determined) {
        return None;
    }
    if named_as_person(toks, i, end, knowledge) {
        return None;
    }
    let name = toks.span(i, end).of(toks.text);
    // (A name of two words or more that the text writes again, wherever,
    // is one: `Premiership Rugby clubs voted … Premiership Rugby chief
    // executive Tom Hale`; a sentence's first word before a role is seldom
    // repeated with the same next word, `Acting chief executive`.)
    let repeated = || end - i >= 2 && occurrences(toks, name).any(|k| k != i);
    // (Nor is one that opens a longer name somewhere: `Mercia County Cricket
    // Club … Mercia chief executive`, which the caller names in full; an
    // office's title or a place after it makes none: `Health Minister …
    // Health spokesman`, `Police Scotland … Police spokeswoman`.)
    let opens_longer = || {
        occurrences(toks, name).any(|k| {
            let next = k + (end - i);
            k != i
                && toks.is_capitalized(next)
                && !knowledge.is_role(toks.text_at(next))
                && knowledge.title(toks.text_at(next)).is_none()
                && !knowledge.is_place(toks.text_at(next))
        })
    };
    if !mid_sentence(toks, i)
        && !elsewhere_mid_sentence(toks, name, i)
        && !repeated()
        && !opens_longer()
    {
        return None;
    }
    Some((i, end, OrgKind::Other))
}

/// `BT`, `IBM`, `Plus.net`, `eBay`, `AT&T`: a word whose shape is a name's
/// and not a person's: capitals only, or a dot, an ampersand or a capital inside.
fn org_shaped(word: &str) -> bool {
    if is_plain_word(word.as_bytes()) {
        return false;
    }
    let (mut letters, mut capitals, mut inner_capital, mut lower, mut marked) =
        (0, 0, false, false, false);
    for (n, c) in word.chars().enumerate() {
        if c.is_alphabetic() {
            letters += 1;
        }
        if c.is_uppercase() {
            capitals += 1;
            inner_capital |= n > 0;
        }
        lower |= c.is_lowercase();
        marked |= matches!(c, '&' | '.');
    }
    let acronym = (2..=6).contains(&letters) && capitals == letters;
    acronym || (marked && letters >= 2) || (inner_capital && lower)
}

/// An ASCII letter followed by lowercase ASCII letters only (`Smith`): a word
/// [`org_shaped`] rejects, as most capitalized words are (no acronym, one
/// capital among several letters; nothing marked; no capital inside).
fn is_plain_word(word: &[u8]) -> bool {
    match word {
        [first, rest @ ..] => {
            first.is_ascii_alphabetic()
                && !rest.is_empty()
                && rest.iter().all(u8::is_ascii_lowercase)
        }
        [] => false,
    }
}

/// `chief executive of Plus.net`, `an analyst at Numis Securities`: token `i`
/// is `at`, `of` or `for` after a role, and a name follows; or `from` opening
/// an apposition (`Jim Parton, from Families Need Fathers, said`).
pub(super) fn employer_after(
    toks: &Tokens,
    i: usize,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    // (The words around are read as bytes: most calls end before a name is read.)
    let preposition = toks.bytes_at(i);
    if preposition == b"from" && i > 0 && toks.bytes_at(i - 1) == b"," {
        // `Darren Cole, 47, from Sutton Coldfield,`: after an age, a home town.
        let age = i.checked_sub(2).map_or(&[][..], |k| toks.bytes_at(k));
        let after_age = !age.is_empty() && age.iter().all(u8::is_ascii_digit);
        if after_age {
            return None;
        }
        let start = if toks.bytes_at(i + 1) == b"the" {
            i + 2
        } else {
            i + 1
        };
        let end = toks.name_at(start, knowledge)?;
        let closed = matches!(toks.text_at(end), "," | "." | ")");
        // One word written as a place is (`Darren Cole, from Reading,`), not
        // an organization's shape (`from UKIP`, `from Fathers4Justice`).
        let town = end == start + 1
            && matches!(toks.bytes_at(start), [first, rest @ ..]
                if first.is_ascii_uppercase() && rest.iter().all(u8::is_ascii_lowercase));
        return (closed && !town).then_some((start, end, OrgKind::Other));
    }
    if !is_employment_preposition(preposition) {
        return None;
    }
    let start = if toks.bytes_at(i + 1) == b"the" {
        i + 2
    } else {
        i + 1
    };
    let (start, kind) = if toks.is_capitalized(start) {
        (start, None)
    } else {
        let (name, kind) = name_after_kind(toks, start, knowledge)?;
        (name, Some(kind))
    };
    // `Quarry manager Stuart Hale, of Ravensholme Aggregates,`: set off by
    // commas, a place is as likely as an employer (`Ann Lee, of Fenby St
    // Michael,`), but not after a role held in an organization.
    // (Nor with `the`, which a town's name does not take: `Ann Lee, of the
    // Fenland Action Group,`.)
    let set_off = i >= 3
        && toks.bytes_at(i - 1) == b","
        && person_before(toks, i - 1, knowledge)
        && (toks.bytes_at(i + 1) == b"the"
            || i >= 4 && knowledge.is_employee_role(toks.text_at(i - 4)));
    if preposition == b"of" && (set_off || person_before(toks, i, knowledge)) {
        // `Tim Ross of Big Brother Watch said`: a person's name before `of`
        // is of the organization after it, as a role's is; the name ends
        // the clause or opens its verb. One word there is mostly a home
        // town (`Ann Lee of Laconia`), and two joined by `and` two people's
        // (`Ted Cruz of Texas and Marco Rubio`): the name has two words or
        // more, none of them `and`.
        let end = toks.name_at(start, knowledge)?;
        let next = toks.bytes_at(end);
        let verb = |word: &str| knowledge.is_finite_verb(word) || knowledge.is_cue_word(word);
        // (`of the Fenland Action group,`: a kind noun may follow the name.)
        let kind_after = set_off
            && knowledge.may_be_org_noun(next)
            && knowledge.org_noun(toks.text_at(end)).is_some()
            && matches!(toks.bytes_at(end + 1), b"," | b"." | b":" | b")");
        let closed = matches!(next, b"," | b"." | b":" | b")")
            || next.first().is_some_and(u8::is_ascii_lowercase) && verb(toks.text_at(end))
            || kind_after;
        let joined = (start..end).any(|k| matches!(toks.bytes_at(k), b"and" | b"&"));
        let last = toks.text_at(end - 1);
        let whole = !knowledge.is_abbreviation(last, false);
        // (A kind before the name says it is no home town: `Ann Lee of
        // broker Numis`.)
        let long_enough = end - start >= 2 || kind.is_some();
        return (closed && long_enough && !joined && whole).then_some((
            start,
            end,
            kind.unwrap_or(OrgKind::Other),
        ));
    }
    // The role, at most four words back over lowercase words and connectors
    // (`vice president for entertainment at Nokia`); `at` names an employer
    // after a longer portfolio too (`vice president of digital development
    // and distribution at EMI`).
    let reach = if preposition == b"at" { 7 } else { 4 };
    // Whether token `k`, of the bytes `word`, is a role. (Capitalized only
    // as a sentence's first word: `Analysts at Barclays`.)
    let is_role = |k: usize, word: &[u8]| {
        // (Told by the shape of the bytes first, before the token is a `str`.)
        let lowercase = word.first().is_some_and(u8::is_ascii_lowercase);
        knowledge.may_be_role(word)
            && (lowercase || !mid_sentence(toks, k))
            && knowledge.is_role(toks.text_at(k))
    };
    // Whether token `k`, of the bytes `word`, is a word not capitalized:
    // told by a first byte that is an ASCII letter or digit.
    let plain = |k: usize, word: &[u8]| match word.first() {
        Some(b) if b.is_ascii_alphanumeric() => !b.is_ascii_uppercase(),
        _ => toks
            .get(k)
            .is_some_and(|t| t.is_word() && !t.is_capitalized()),
    };
    // The nearest role back, with only plain words between it and the
    // preposition: a word that is neither ends the search, as any role
    // further back would have it between.
    let mut role = None;
    for k in (i.saturating_sub(reach)..i).rev() {
        let word = toks.bytes_at(k);
        if is_role(k, word) {
            role = Some(k);
            break;
        }
        if !plain(k, word) {
            return None;
        }
    }
    let role = role?;
    // An office's `of`/`for` names its place or portfolio (`minister for
    // Europe`); a member of the public's, where they are (`a resident of
    // Tewkesbury`, `a commuter at Tonbridge station`), as no name by its
    // shape tells a place from an employer (`a pharmacist at Boots` is
    // found only when the text names Boots as an organization elsewhere).
    let role_word = toks.text_at(role);
    let office = knowledge.is_office(role_word) && preposition != b"at";
    if office || knowledge.is_public_role(role_word) {
        return None;
    }
    // (What a role at the head of an organization heads is no person,
    // whatever its first word: `managing director of Harland Freight`;
    // `a spokesman for Tom Hale` speaks for one.)
    let end = if knowledge.is_management_role(toks.text_at(role)) {
        toks.thing_name_at(start, knowledge)?
    } else {
        toks.name_at(start, knowledge)?
    };
    // `workers … offered jobs at the York factory`: a place modifying a
    // noun says where the site is, not who employs; the text tells a town
    // by a body based there (`The York-based group`), as no list holds
    // every town (the `Nissan factory` is Nissan's).
    let site = toks
        .bytes_at(end)
        .first()
        .is_some_and(u8::is_ascii_lowercase)
        && {
            let name = toks.span(start, end).of(toks.text);
            // (`-based` is rare: found first, the name is compared only there.)
            memchr::memmem::find_iter(toks.text.as_bytes(), b"-based").any(|at| {
                toks.text
                    .get(..at)
                    .is_some_and(|before| before.ends_with(name))
            })
        };
    // `Esa's director of Earth observation`: where a possessive names the
    // role's owner, one capitalized word before a lowercase noun modifies
    // it, naming a portfolio, not an employer (without one, `chief
    // executive of Tesco stores` is Tesco's).
    let owned = (role.saturating_sub(3)..role).rev().find_map(|k| {
        let word = toks.text_at(k);
        if possessive_suffix(word) > 0 || matches!(word, "its" | "his" | "her" | "their") {
            Some(true)
        } else if word.bytes().all(|b| b.is_ascii_lowercase()) && !word.is_empty() {
            None
        } else {
            Some(false)
        }
    }) == Some(true);
    let portfolio = owned && preposition != b"at" && end == start + 1 && {
        let next = toks.text_at(end);
        next.bytes().all(|b| b.is_ascii_lowercase())
            && !next.is_empty()
            && !knowledge.is_function_word(next)
            && !knowledge.is_finite_verb(next)
            && !knowledge.is_cue_word(next)
    };
    if site || portfolio {
        return None;
    }
    // `Leader of the House Ann Lee told`: a given name and a surname ending
    // the run, its verb after them, are the role holder's, after the name
    // of the organization (but `Solid Rock Christian Church`, `Ann Lee
    // Designs`). So are they before a participle (`with Leader of the House
    // Ann Lee voting for it`) and before a clause only a person takes (`…,
    // who had`).
    let verb_after = || {
        let next = toks.text_at(end);
        let participle = next.ends_with("ing") && next.bytes().all(|b| b.is_ascii_lowercase());
        let who = next == "," && matches!(toks.bytes_at(end + 1), b"who" | b"whose");
        knowledge.is_finite_verb(next) || knowledge.is_cue_word(next) || participle || who
    };
    let holder = Some(end.saturating_sub(2)).filter(|&k| {
        k > start
            && knowledge.first_name(toks.text_at(k)).is_some()
            // (`Ann Lee Designs`: a given name after another is a surname.)
            && knowledge.first_name(toks.text_at(k - 1)).is_none()
            && knowledge.org_head(toks.text_at(k + 1)).is_none()
            && verb_after()
    });
    Some((start, holder.unwrap_or(end), kind.unwrap_or(OrgKind::Other)))
}

/// [`employer_after`] where a trade stands between the preposition and the
/// name (`Ann Lee of broker Pellow Keane`), told at token `trade`, the
/// word before the name: the rules are run at the tokens before capitals,
/// and this preposition is a few words further back.
pub(super) fn employer_after_trade(
    toks: &Tokens,
    trade: usize,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let preposition = (trade.saturating_sub(KIND_WORDS)..trade)
        .rev()
        .take_while(|&k| toks.bytes_at(k).iter().all(u8::is_ascii_lowercase))
        .find(|&k| is_employment_preposition(toks.bytes_at(k)))?;
    employer_after(toks, preposition, knowledge)
}

/// The prepositions after which a role's employer is named (`analyst at`,
/// `chief executive of`, `spokesman for`, `partner with`).
fn is_employment_preposition(word: &[u8]) -> bool {
    matches!(word, b"at" | b"of" | b"for" | b"with")
}

/// How many lowercase words may say what an organization is before its
/// name (`of accountancy firm Smith Cole`).
const KIND_WORDS: usize = 3;

/// `of broker Pellow Keane`, `at research firm Jupiter`: after a
/// preposition of employment, lowercase words that say what an organization
/// is (a kind of organization or a trade, with the words modifying it)
/// before its name. The token where the name starts, and the kind the words
/// give. A trade before a given name is a person's (`the wife of farmer Tom
/// Hale`), a kind of organization before any name is not (`of charity
/// Anne's House`).
fn name_after_kind(toks: &Tokens, start: usize, knowledge: &Knowledge) -> Option<(usize, OrgKind)> {
    // (Told by the bytes first: most prepositions are followed by words
    // that no capitalized name follows.)
    let name = (start..=start + KIND_WORDS).find(|&k| {
        !toks
            .bytes_at(k)
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b == b'-')
            || toks.bytes_at(k).is_empty()
    })?;
    if name == start || !toks.is_capitalized(name) {
        return None;
    }
    let word = toks.text_at(name - 1);
    if let Some(kind) = knowledge.org_noun(word) {
        return Some((name, kind));
    }
    let given_name = knowledge.first_name(toks.text_at(name)).is_some();
    (knowledge.is_role(word) && !knowledge.is_office(word) && !given_name)
        .then_some((name, OrgKind::Other))
}

/// Whether the two words before token `of` are a person's name: a
/// capitalized word and a surname, the first a given name or a name's first
/// word (nothing capitalized before it but a title), neither a function word, a role,
/// a title or an organization's head word (`Royal College of`, `Secretary
/// of State`, `Bank of`).
fn person_before(toks: &Tokens, of: usize, knowledge: &Knowledge) -> bool {
    let (Some(given), Some(surname)) = (of.checked_sub(2), of.checked_sub(1)) else {
        return false;
    };
    let plain = |k: usize| {
        let word = toks.text_at(k);
        toks.get(k)
            .is_some_and(|t| t.is_word() && t.is_capitalized())
            && possessive_suffix(word) == 0
            && !knowledge.is_function_word(word)
            && !knowledge.is_role(word)
            && knowledge.title(word).is_none()
            && knowledge.org_head(word).is_none()
            && !knowledge.is_place(word)
    };
    // (A title may open it: `Dr Lowri Haines of`.)
    let name_starts = given == 0
        || !toks.is_capitalized(given - 1)
        || knowledge.title(toks.text_at(given - 1)).is_some();
    plain(surname)
        && plain(given)
        && (name_starts || knowledge.first_name(toks.text_at(given)).is_some())
}
