//! A name opening a sentence that the next calls by its kind: `Eurostar
//! cancelled … The company said`, `Northlight Compute said … "…," said the
//! firm's chief executive`, or whose role it opens with `Its` (`Hireloop
//! confirmed … Its co-founder, Kiran Bhatt, said`), or, after a `which`
//! clause, owns with `its` (`Universities UK, which represents
//! vice-chancellors, … said its chief executive`). News names a company
//! once and then refers to it by what it is; the reference is what tells
//! the name from a person's.

use std::sync::LazyLock;

use memchr::memmem;

use super::{elsewhere_mid_sentence, mid_sentence, named_as_person, Around, Tokens};
use crate::knowledge::{Knowledge, OrgKind};
use crate::segment::{is_number, possessive_suffix, Token};

/// How many tokens the sentence after a subject's may take to call it by its
/// kind (`The company said`, `said the firm's chief executive`).
const KIND_REACH: usize = 60;

/// The kinds a name opening a sentence may be called by (not the
/// government's, a party's or a public body's kind: a sentence may open with
/// a place, `Leeds cut the scheme. The council said`).
fn named_kind(kind: OrgKind) -> bool {
    matches!(
        kind,
        OrgKind::Company | OrgKind::Union | OrgKind::Media | OrgKind::Other
    )
}

/// Where sentences call an organization by its kind, each list in text order.
pub(super) struct KindCalls {
    /// Sentences that open with `The`, a kind noun and a cue (`The company
    /// said`): the token indices of their `The`, each with the kind.
    opening: Vec<(usize, OrgKind)>,
    /// `the` and a kind noun owning a role (`the firm's chief executive`).
    owning: Vec<(usize, OrgKind)>,
}

/// A call of [`KindCalls`] after a name: the token index of its `the`, the
/// kind, and whether it opens its sentence (`The company said`) rather than
/// owning a role.
#[derive(Debug, Clone, Copy)]
pub(super) struct KindCall {
    at: usize,
    kind: OrgKind,
    opening: bool,
}

impl KindCalls {
    /// The calls close after each token, asked of tokens in order.
    pub(super) fn ahead(&self) -> CallsAhead<'_> {
        CallsAhead {
            calls: self,
            opening: 0,
            owning: 0,
        }
    }
}

/// [`KindCalls`] read as the tokens go by: the first call of each list after
/// the last token asked about.
pub(super) struct CallsAhead<'k> {
    calls: &'k KindCalls,
    opening: usize,
    owning: usize,
}

impl CallsAhead<'_> {
    /// The call [`named_before_its_kind`] may take for a name at token `i`
    /// (asked of tokens in increasing order): the first call opening a
    /// sentence after `i` within [`KIND_REACH`] tokens, or failing one, the
    /// first call owning a role. Most tokens have neither, and this is all
    /// that is asked of them.
    #[inline]
    pub(super) fn near(&mut self, i: usize) -> Option<KindCall> {
        let next = |calls: &[(usize, OrgKind)], from: &mut usize| {
            while calls.get(*from).is_some_and(|&(j, _)| j <= i) {
                *from += 1;
            }
            calls
                .get(*from)
                .copied()
                .filter(|&(j, _)| j <= i + KIND_REACH)
        };
        if let Some((at, kind)) = next(&self.calls.opening, &mut self.opening) {
            return Some(KindCall {
                at,
                kind,
                opening: true,
            });
        }
        let (at, kind) = next(&self.calls.owning, &mut self.owning)?;
        Some(KindCall {
            at,
            kind,
            opening: false,
        })
    }
}

/// The calls of [`named_before_its_kind`] in the text; `capitalized` are the
/// indices of the capitalized tokens.
pub(super) fn sentences_calling_kind(
    toks: &Tokens,
    capitalized: &[usize],
    knowledge: &Knowledge,
) -> KindCalls {
    // `The company said`, and `Hireloop confirmed the breach. Its
    // co-founder, Kiran Bhatt, said`: a role the sentence opens with `Its` is
    // held in the thing named before, which people are not (its kind is not
    // told). Both open with a capitalized token followed by a space, read
    // among the capitalized tokens alone, in order. (Where `The ` or `Its `
    // ends a longer word, the word before the next token puts that token
    // inside a sentence: no such place is a call.)
    let bytes = toks.text.as_bytes();
    let mut opening: Vec<(usize, OrgKind)> = Vec::new();
    for &j in capitalized {
        // (Most capitalized words are longer or shorter: told before their
        // bytes are read.)
        let Some(span) = toks.tokens.get(j).filter(|s| s.len() == 3) else {
            continue;
        };
        let word = bytes.get(span.start..span.end).unwrap_or_default();
        let opens = matches!(word, b"The" | b"Its") && bytes.get(span.end) == Some(&b' ');
        if !opens || mid_sentence(toks, j) {
            continue;
        }
        let call = if word == b"The" {
            // (`The family-owned firm said`: up to two words may say which.)
            let modifier = |k: usize| {
                let w = toks.text_at(k);
                w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !w.is_empty()
                    && !knowledge.is_function_word(w)
            };
            (j + 1..j + 4)
                .take_while(|&noun| noun == j + 1 || modifier(noun - 1))
                .find_map(|noun| {
                    knowledge.org_noun(toks.text_at(noun)).filter(|&kind| {
                        named_kind(kind)
                            && (knowledge.is_cue_word(toks.text_at(noun + 1))
                                || cue_after_apposition(toks, noun + 1, knowledge))
                    })
                })
        } else {
            Some(OrgKind::Other).filter(|_| owns_role(toks, j, knowledge))
        };
        opening.extend(call.map(|kind| (j, kind)));
    }
    // `"…," said its chief executive`: `its` owning a role held in an
    // organization (its kind not told).
    // (The search is made once, not for each text.)
    static ITS: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b" its "));
    let its = ITS.find_iter(toks.text.as_bytes()).filter_map(|at| {
        let j = toks.tokens.partition_point(|t| t.start <= at);
        owns_role(toks, j, knowledge).then_some((j, OrgKind::Other))
    });
    let mut owning = owning_calls(toks, knowledge);
    owning.extend(its);
    owning.extend(speaking_after_quote(toks, knowledge));
    owning.sort_unstable_by_key(|&(j, _)| j);
    KindCalls { opening, owning }
}

/// `Eurostar cancelled a third of its services. The company said`: the
/// token of `around` opens a sentence with a name (at most three words, no person's,
/// place's or role's, no possessive) that a verb follows, and the next
/// sentence opens with one of `kind_calls`, or, when the verb is a report
/// (`Northlight Compute said`), holds `the` and a kind noun owning a role
/// (`said the firm's chief executive`; see [`sentences_calling_kind`]): the
/// name is an organization of that kind. `near` is the call close after the
/// name ([`CallsAhead::near`]), found first: it is the cheap test.
pub(super) fn named_before_its_kind(
    toks: &Tokens,
    around: Around,
    near: KindCall,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let i = around.at;
    // The cheap tests first: a call close after, no word before. A role's
    // owner is further from the name than a subject is: only a name that
    // reports something (`Northlight Compute said`) is taken for it, not a
    // sentence's opening noun (`Sales rose.`).
    if around.mid_sentence(toks) {
        return None;
    }
    let end = toks.name_at(i, knowledge)?;
    // The call is in the next sentence: the first stop after the name ends
    // this one, and the call opens the next, or (owning a role) comes before its stop.
    // A line break ends a sentence too (a headline has no stop).
    let ends_sentence =
        |k: usize| matches!(toks.text_at(k), "." | "!" | "?") || toks.line_break_before(k + 1);
    let KindCall { at: call, kind, .. } = near;
    let next = (end..call).find(|&k| ends_sentence(k))? + 1;
    // `Hireloop, which says its tools are used widely, confirmed …`: the
    // verb comes after a relative clause of `which` (no person's), at its
    // first comma followed by a lowercase word (not one listing names:
    // `which runs trains between Bristol, Taunton and Exeter, cancelled`).
    // So does an apposition opening with a lowercase word (`Harrowell
    // Cycles, one of the last bicycle makers in Britain, is to create`).
    let set_off = toks.text_at(end) == ","
        && toks
            .get(end + 1)
            .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_lowercase()));
    let verb_at = if set_off {
        (end + 2..next).find(|&k| {
            toks.text_at(k) == ","
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.text.starts_with(|c: char| c.is_lowercase()))
        })? + 1
    } else {
        end
    };
    // (A `which` clause tells a thing from a person as a report does.)
    let in_next = if near.opening {
        next == call
    } else {
        let which = verb_at > end && toks.text_at(end + 1) == "which";
        !(next..call).any(ends_sentence) && (which || reports(toks.text_at(verb_at), knowledge))
    };
    if !in_next {
        return None;
    }
    let verb = toks.get(verb_at)?;
    let first = toks.text_at(i);
    let possessive = (i..end).any(|k| possessive_suffix(toks.text_at(k)) > 0);
    if end - i > 3
        || possessive
        || !(verb.is_word() && verb.text.starts_with(|c: char| c.is_ascii_lowercase()))
        || knowledge.is_function_word(verb.text)
        || knowledge.is_role(verb.text)
        // (`Mobile firm to refund users`: a headline's capital before a kind
        // noun modifies it, as `Broadband provider Netwise` does below.)
        || knowledge.org_noun(verb.text).is_some()
        || kind_and_name_follow(toks, verb_at, knowledge)
        // (`Eleven iguanas have hatched. … The zoo said`: a number.)
        || (end == i + 1 && is_number(first))
        || knowledge.first_name(first).is_some()
        || knowledge.is_role(first)
        || knowledge.is_place(toks.span(i, end).of(toks.text))
        || named_as_person(toks, i, end, knowledge)
        || abstract_noun(toks, i, end)
    {
        return None;
    }
    Some((i, end, kind))
}

/// `Recruitment will begin in September. The firm said`: one word with the
/// ending of an abstract noun, capitalized only where it opens a sentence,
/// is that noun, not a name.
fn abstract_noun(toks: &Tokens, i: usize, end: usize) -> bool {
    let word = toks.text_at(i);
    end == i + 1
        && ["ment", "tion", "sion", "ness", "ity", "ance", "ence"]
            .iter()
            .any(|ending| word.ends_with(ending))
        && !elsewhere_mid_sentence(toks, word, i)
}

/// `The company, part of the Aquila Group, said`: whether token `comma` sets
/// off a phrase opening with a lowercase word (an apposition or a `which`
/// clause, of at most a dozen tokens) that a comma and a cue follow. The
/// kind noun before is still the cue's subject; the phrase names no other.
fn cue_after_apposition(toks: &Tokens, comma: usize, knowledge: &Knowledge) -> bool {
    if toks.text_at(comma) != ","
        || !toks
            .text_at(comma + 1)
            .starts_with(|c: char| c.is_ascii_lowercase())
    {
        return false;
    }
    (comma + 2..comma + 14)
        .take_while(|&k| {
            toks.get(k)
                .is_some_and(|t| !matches!(t.text, "." | "\"" | "“" | "”"))
        })
        .find(|&k| toks.text_at(k) == ",")
        .is_some_and(|close| knowledge.is_cue_word(toks.text_at(close + 1)))
}

/// Whether the `its` at `j` owns a role held in an organization, after at most
/// two words saying which (`Its regional science adviser, Ann Lee,`).
fn owns_role(toks: &Tokens, j: usize, knowledge: &Knowledge) -> bool {
    (j + 1..j + 4)
        .map_while(|k| toks.get(k))
        .take_while(|t| t.is_word() && t.text.starts_with(|c: char| c.is_lowercase()))
        .any(|t| knowledge.is_employee_role(t.text))
}

/// `Broadband provider Netwise`, `Department store chain Bellamy's`: whether
/// lowercase words from `at` end in a kind noun with a name after it. The
/// capitals before them say what the firm deals in; its name comes after.
fn kind_and_name_follow(toks: &Tokens, at: usize, knowledge: &Knowledge) -> bool {
    let lowercase = |t: Token| {
        t.is_word() && t.text.starts_with(char::is_lowercase) && !knowledge.is_function_word(t.text)
    };
    let name = |t: Token| t.is_word() && t.text.starts_with(char::is_uppercase);
    (at..at + 3)
        .take_while(|&k| toks.get(k).is_some_and(lowercase))
        .any(|k| knowledge.org_noun(toks.text_at(k)).is_some() && toks.get(k + 1).is_some_and(name))
}

/// Whether `word` is a lowercase one-word cue (`said`), asked without a copy.
fn reports(word: &str, knowledge: &Knowledge) -> bool {
    word.bytes().all(|b| b.is_ascii_lowercase())
        && knowledge.is_cue_start_bytes(word.as_bytes())
        && knowledge.cue(word).is_some()
}

/// Where `the` and a kind noun's possessive own a role (`the firm's chief
/// executive`): the token indices of their `the`, in order, each with the
/// kind. An apostrophe or a curly one before `s` is looked for in the bytes,
/// and the word it ends and the `the` before are read from the bytes too:
/// most possessives are names' (`Trump's`), and few are after `the`.
/// `"…," the company said`: `the` and a kind noun speaking after a quote's
/// closing mark, as the subject of its cue (a call within its sentence, as
/// an owning one is).
fn speaking_after_quote<'t>(
    toks: &'t Tokens,
    knowledge: &'t Knowledge,
) -> impl Iterator<Item = (usize, OrgKind)> + 't {
    // (The searches are made once, not for each text; `the` is the
    // commonest word, a closing mark before it rare.)
    static STRAIGHT: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b",\" the "));
    static CURLY: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(",” the ".as_bytes()));
    let bytes = toks.text.as_bytes();
    let straight = STRAIGHT.find_iter(bytes).map(|at| at + 2);
    let curly = CURLY.find_iter(bytes).map(|at| at + ",”".len());
    straight.chain(curly).filter_map(move |space| {
        // (`space` is the offset of the space before `the`.)
        let the = toks.tokens.partition_point(|t| t.start <= space);
        let kind = knowledge
            .org_noun(toks.text_at(the + 1))
            .filter(|&kind| named_kind(kind))?;
        knowledge
            .is_cue_word(toks.text_at(the + 2))
            .then_some((the, kind))
    })
}

fn owning_calls(toks: &Tokens, knowledge: &Knowledge) -> Vec<(usize, OrgKind)> {
    let bytes = toks.text.as_bytes();
    // (`’` ends in the byte 0x99, which no ASCII char is.)
    memchr::memchr2_iter(b'\'', 0x99, bytes)
        .filter_map(|at| {
            if bytes.get(at + 1) != Some(&b's') {
                return None;
            }
            let apostrophe = if bytes[at] == b'\'' {
                at
            } else {
                at.checked_sub(2)?
            };
            let before = bytes.get(..apostrophe)?;
            let word_start = before
                .iter()
                .rposition(|b| !b.is_ascii_alphabetic())
                .map_or(0, |k| k + 1);
            let owner = before.get(word_start..)?;
            let after_the = before
                .get(..word_start)
                .is_some_and(|b| b.ends_with(b"the ") || b.ends_with(b"The "));
            if !after_the
                || !owner.first().is_some_and(u8::is_ascii_lowercase)
                || !knowledge.may_be_org_noun(owner)
            {
                return None;
            }
            let j = toks.tokens.partition_point(|t| t.end <= at);
            let word = toks.text_at(j);
            let owner = word.get(..word.len() - possessive_suffix(word))?;
            let kind = knowledge.org_noun(owner).filter(|&kind| named_kind(kind))?;
            let the = j.checked_sub(1)?;
            knowledge
                .is_role(toks.text_at(j + 1))
                .then_some((the, kind))
        })
        .collect()
}
