//! Organizations the gazetteer does not know, found by the words around them.
//!
//! News introduces an unknown organization by saying what it is or who works
//! there, and these rules read that:
//! - a kind noun before the name: `regulator Ofcom`, `MMS firm Adamind`,
//!   `music giant EMI`, `Carmaker Vantor` opening a sentence (the nouns are
//!   `data/org_nouns.txt`);
//! - a role held in an organization after it: `BT chief executive Ben
//!   Verwaayen`, `Vodafone chief executive Arun Sarin`, `a Tesco
//!   spokeswoman` (the roles are flagged `employee` in `data/roles.txt`), but
//!   not a person's (`Trump campaign manager`, given `Donald Trump`);
//! - an apposition after it: `Gartner, the research firm,`;
//! - a role's employer: `chief executive of Plus.net`, `an analyst at Numis
//!   Securities`, `spokesman for Celltick` (but not an office's place or
//!   portfolio: `minister for Europe`, `MP for Bolton`);
//! - a parliamentary committee by its house and remit: `the Commons education
//!   select committee`;
//! - a name opening a sentence that the next calls by its kind: `Eurostar
//!   cancelled … The company said`, or whose role it opens with `Its`
//!   (`Hireloop, which …, confirmed … Its co-founder, Kiran Bhatt, said`);
//! - an acronym that speaks: `BT said`, `One of the suppliers, BT, said`.
//!
//! The rules that read a role's employer are in [`employer`].
//!
//! A name found once is an organization wherever else the document uses it
//! (`Adamind said …`). Names that are places (`France`) or read as people
//! (`Mr Smith`, a given name before a surname) are left alone.

mod employer;
mod kind_calls;

use std::sync::LazyLock;

use memchr::memmem;

use super::{OrgMention, OrgName};
use crate::knowledge::{on_word_bounds, Knowledge, OrgKind};
use crate::segment::{is_article, possessive_suffix, Token};
use crate::span::Span;
use employer::{employer_after, employer_after_trade, employer_before_role};
use kind_calls::{named_before_its_kind, sentences_calling_kind};

/// The most words a name found by context may have.
const MAX_NAME_WORDS: usize = 6;

/// The organizations `tokens` introduce by context, and every later use of
/// their names, in no particular order; `known` are the mentions found
/// already (the gazetteer's and the head-word patterns'), which these overlap
/// only where a committee's name holds a department's (`the Commons Treasury
/// select committee`), which is then no mention of its own.
pub(super) fn context_orgs(
    text: &str,
    tokens: &[Span],
    capitalized: &[usize],
    knowledge: &Knowledge,
    known: &[OrgMention],
) -> Vec<OrgMention> {
    let toks = Tokens { text, tokens };
    let mut found: Vec<OrgMention> = Vec::new();
    let heads = committee_heads(text, tokens);
    let commas = commas_before_article(&toks);
    let kind_calls = sentences_calling_kind(&toks, capitalized, knowledge);
    let mut calls_ahead = kind_calls.ahead();
    // The next committee and comma at or after the current token, moved on
    // only by the rules that read them (the tokens come in order).
    let (mut head, mut comma) = (0, 0);
    // The last token given and its bytes, and the bytes of a token after it
    // read already: a capital's neighbours are mostly tokens given too
    // (the word before it, the next capital of a run), read once.
    let mut last: (usize, &[u8]) = (usize::MAX, b"");
    let mut ahead: (usize, &[u8]) = (usize::MAX, b"");
    for i in candidates(&toks, capitalized, &heads) {
        let word = if ahead.0 == i {
            ahead.1
        } else {
            toks.bytes_at(i)
        };
        let before = (last.0.wrapping_add(1) == i).then_some(last.1);
        last = (i, word);
        let capital = |w: &[u8]| {
            w.first()
                .is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii())
        };
        let introduced = if word.eq_ignore_ascii_case(b"the") {
            while heads.get(head).is_some_and(|&h| h < i + 2) {
                head += 1;
            }
            // The remit's committee is no further than eight tokens on.
            let near = heads.get(head).is_some_and(|&h| h < i + 9);
            near.then(|| remit_committee(&toks, i, knowledge)).flatten()
        } else if capital(word) {
            while commas.get(comma).is_some_and(|&c| c <= i) {
                comma += 1;
            }
            // An apposition's comma is no further than a name's length on.
            let near = commas.get(comma).is_some_and(|&c| c <= i + MAX_NAME_WORDS);
            let before =
                before.unwrap_or_else(|| i.checked_sub(1).map_or(&[][..], |k| toks.bytes_at(k)));
            let around = Around {
                at: i,
                before,
                word,
                next: toks.bytes_at(i + 1),
            };
            ahead = (i + 1, around.next);
            near.then(|| apposition_before(&toks, i, knowledge))
                .flatten()
                .or_else(|| apposition_after_kind_noun(&toks, around, knowledge))
                .or_else(|| employer_before_role(&toks, around, knowledge))
                .or_else(|| kind_noun_opening_sentence(&toks, around, knowledge))
                .or_else(|| {
                    let near = calls_ahead.near(i)?;
                    named_before_its_kind(&toks, around, near, knowledge)
                })
                .or_else(|| acronym_speaking(&toks, around, knowledge))
                .or_else(|| body_speaking(&toks, around, knowledge))
        } else if matches!(word, b"at" | b"of" | b"for" | b"with" | b"from") {
            employer_after(&toks, i, knowledge)
        } else if capital(toks.bytes_at(i + 1)) {
            let kind_noun = || {
                kind_noun_before_name(&toks, i, knowledge).and_then(|kind| {
                    toks.title_case_name_at(i + 1, knowledge)
                        .map(|end| (i + 1, end, kind))
                })
            };
            let trade = || employer_after_trade(&toks, i, knowledge);
            let by_kind = knowledge.may_be_org_noun(word).then(kind_noun).flatten();
            let apposed = || (word == b",").then(|| apposed_to_kind(&toks, i, knowledge))?;
            by_kind
                .or_else(|| knowledge.may_be_role(word).then(trade).flatten())
                .or_else(apposed)
        } else {
            continue;
        };
        let Some((start, end, kind)) = introduced else {
            continue;
        };
        // A name of function words only is none (`weekly newspaper⏎The
        // former defender`: the title-case reading took `The`).
        if (start..end).all(|k| knowledge.is_function_word(toks.text_at(k))) {
            continue;
        }
        let extended = extend_to_committee(&toks, end, knowledge);
        let committee = extended.is_some() || word.eq_ignore_ascii_case(b"the");
        let span = toks.name_span(start, extended.unwrap_or(end), knowledge);
        // `the Commons Treasury select committee`: a committee named after the
        // department it scrutinizes is not the department (the caller drops
        // the department's mention).
        let scrutinized = |k: &OrgMention| {
            committee
                && k.org.kind == OrgKind::Government
                && span.contains(k.span)
                && k.span.end < span.end
        };
        if span.is_empty()
            || known
                .iter()
                .any(|k| k.span.overlaps(span) && !scrutinized(k))
        {
            continue;
        }
        if !found.iter().any(|f| f.span.overlaps(span)) {
            found.push(OrgMention {
                span,
                org: OrgName {
                    name: span.of(text).to_string(),
                    acronym: None,
                    kind,
                },
            });
        }
    }
    let uses = later_uses(text, &found, known);
    found.extend(uses);
    found
}

/// The indices of the tokens where `committee` or `commission` starts (or
/// of the token after such a place inside a word), in order.
fn committee_heads(text: &str, tokens: &[Span]) -> Vec<usize> {
    // `committee` and `commission` begin alike: one scan of the text finds
    // both, in order. (The search is made once, not for each text.)
    static COMMI: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b"commi"));
    let bytes = text.as_bytes();
    COMMI
        .find_iter(bytes)
        .filter(|&start| {
            let rest = bytes.get(start..).unwrap_or_default();
            rest.starts_with(b"committee") || rest.starts_with(b"commission")
        })
        .map(|start| tokens.partition_point(|t| t.start < start))
        .collect()
}

/// The indices of the tokens that are a comma followed by `the`, `a`, `an`
/// or a capitalized possessive (`, Britain's`), in order: where an
/// apposition after a name may begin. Few commas are, and the text tells
/// most of the others apart before any token is found.
fn commas_before_article(toks: &Tokens) -> Vec<usize> {
    let bytes = toks.text.as_bytes();
    let mut from = 0;
    memchr::memchr_iter(b',', bytes)
        .filter(|&at| {
            // After ASCII white space, the next word is `the`, `a` or `an`
            // (no letter or digit after them), or it begins with a capital
            // and has an apostrophe and `s` before the next space (after
            // other white space, or a char beyond ASCII, the tokens tell).
            let after = bytes.get(at + 1..).unwrap_or_default();
            let start = after.iter().position(|b| !b.is_ascii_whitespace());
            let next = start.and_then(|k| after.get(k..)).unwrap_or_default();
            let article = |word: &[u8]| {
                next.strip_prefix(word)
                    .is_some_and(|rest| !rest.first().is_some_and(u8::is_ascii_alphanumeric))
            };
            match next.first() {
                Some(b't') => article(b"the"),
                Some(b'a') => article(b"a") || article(b"an"),
                Some(b) if b.is_ascii_uppercase() => {
                    let word = next
                        .split(u8::is_ascii_whitespace)
                        .next()
                        .unwrap_or_default();
                    // (`’` ends in the byte 0x99, which no ASCII char is.)
                    word.windows(2)
                        .any(|pair| matches!(pair, [b'\'' | 0x99, b's']))
                }
                Some(b) => !b.is_ascii(),
                None => false,
            }
        })
        .filter_map(|at| {
            let k = first_token_from(toks.tokens, from, at);
            from = k;
            (toks.bytes_at(k) == b"," && opens_apposition(toks, k + 1)).then_some(k)
        })
        .collect()
}

/// The index of the first of `tokens` at or after `from` that starts at or
/// after byte `at` (`tokens.len()` for none). The token sought is mostly a
/// few tokens on: it is looked for in steps that double from `from`, and then
/// by halves in the last step, not by halves of all the tokens after `from`.
fn first_token_from(tokens: &[Span], from: usize, at: usize) -> usize {
    let rest = tokens.get(from..).unwrap_or_default();
    // Every token of `rest` before `passed` starts before `at`.
    let (mut passed, mut step) = (0, 1);
    while rest.get(passed + step - 1).is_some_and(|t| t.start < at) {
        passed += step;
        step *= 2;
    }
    let last_step = rest
        .get(passed..(passed + step - 1).min(rest.len()))
        .unwrap_or_default();
    from + passed + last_step.partition_point(|t| t.start < at)
}

/// Whether token `k` can open an apposition describing a name: `the`, `a`,
/// `an`, or a place's possessive (`Halden Crowe, Britain's sixth-largest bank,`).
fn opens_apposition(toks: &Tokens, k: usize) -> bool {
    matches!(toks.bytes_at(k), b"the" | b"a" | b"an")
        || (toks.is_capitalized(k) && possessive_suffix(toks.text_at(k)) > 0)
}

/// The tokens where a rule may start, in order: every rule needs a
/// capitalized word (`capitalized`, the indices of the capitalized tokens) at
/// most two tokens on, except the committee named by its remit, which needs
/// `committee` or `commission` (`heads`) at most six on. Most tokens are none
/// of these.
///
/// The tokens are given as the ranges around the capitals and committees are
/// merged, not gathered into a list first: a document has thousands of them,
/// each read once.
fn candidates<'t>(
    toks: &'t Tokens<'t>,
    capitalized: &'t [usize],
    heads: &'t [usize],
) -> impl Iterator<Item = usize> + 't {
    let token_count = toks.tokens.len();
    // Two tokens before a capitalized word, only the employer rule may start
    // over `the` (`an analyst at the Numis …`); a word beyond ASCII may be
    // read as a name itself (the rules' first-byte test lets it through).
    // Anywhere else the rules need the capital right after them.
    let two_before = |c: usize| {
        toks.bytes_at(c - 1) == b"the" || toks.first_byte(c - 2).is_some_and(|b| !b.is_ascii())
    };
    // The capitalized tokens come in order, and so do the few committees: the
    // two lists of ranges are merged as they are read (`capital` and `head`
    // the next of each).
    let (mut capital, mut head) = (0, 0);
    // The tokens of the current range still to give (`at..end`), and the end
    // of every range given so far: a token is given once, though ranges overlap.
    let (mut at, mut end, mut covered) = (0, 0, 0);
    std::iter::from_fn(move || loop {
        if at < end {
            at += 1;
            return Some(at - 1);
        }
        // (Where the token two before a capital is given already, as it is
        // in a run of capitals, its range is read from the token before:
        // what is given, and in what order, is the same.)
        let by_capital = capitalized.get(capital).map(|&c| {
            let start = if c >= 2 && c - 2 >= covered && two_before(c) {
                c - 2
            } else {
                c.saturating_sub(1)
            };
            (start, c + 1)
        });
        let by_head = heads.get(head).map(|&k| (k.saturating_sub(6), k));
        let (start, stop) = match (by_capital, by_head) {
            (Some(c), Some(h)) if h < c => {
                head += 1;
                h
            }
            (Some(c), _) => {
                capital += 1;
                c
            }
            (None, h) => {
                head += 1;
                h?
            }
        };
        at = start.max(covered);
        end = stop.min(token_count);
        covered = covered.max(stop);
    })
}

/// Token `at` with the bytes of the tokens on either side (empty where there
/// is none): the rules that may start at a capitalized word test these
/// first, and most words fail every test; they are read once for all.
#[derive(Clone, Copy)]
struct Around<'a> {
    at: usize,
    before: &'a [u8],
    word: &'a [u8],
    next: &'a [u8],
}

impl Around<'_> {
    /// [`mid_sentence`] of the token.
    fn mid_sentence(&self, toks: &Tokens) -> bool {
        self.at.checked_sub(1).is_some_and(|before| {
            after_word(toks, before, self.before) && !toks.line_break_before(self.at)
        })
    }

    /// [`Tokens::is_capitalized`] of the next token.
    fn capital_next(&self, toks: &Tokens) -> bool {
        toks.capitalized_bytes(self.at + 1, self.next)
    }
}

/// The document's tokens with the text they hold.
struct Tokens<'a> {
    text: &'a str,
    tokens: &'a [Span],
}

impl<'a> Tokens<'a> {
    fn get(&self, i: usize) -> Option<Token<'a>> {
        self.tokens.get(i).map(|&span| Token {
            span,
            text: span.of(self.text),
        })
    }

    fn text_at(&self, i: usize) -> &'a str {
        self.get(i).map_or("", |t| t.text)
    }

    /// The bytes of token `i`, empty past the end.
    fn bytes_at(&self, i: usize) -> &'a [u8] {
        self.tokens
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.start..t.end))
            .unwrap_or_default()
    }

    /// The first byte of token `i`, read without the token's other bytes.
    fn first_byte(&self, i: usize) -> Option<u8> {
        let t = self.tokens.get(i)?;
        (t.start < t.end)
            .then(|| self.text.as_bytes().get(t.start).copied())
            .flatten()
    }

    /// Whether token `k` is a reporting word in lowercase: a heading in
    /// capitals has its verbs in capitals too (`RED STATES OUTNUMBER BLUE
    /// STATES`).
    fn is_cue(&self, k: usize, knowledge: &Knowledge) -> bool {
        self.bytes_at(k).first().is_some_and(u8::is_ascii_lowercase)
            && knowledge.is_cue_word(self.text_at(k))
    }

    /// Whether a line break lies between token `i` and the one before: a
    /// headline's last word is no word of the sentence after it.
    fn line_break_before(&self, i: usize) -> bool {
        let (Some(before), Some(at)) = (
            i.checked_sub(1).and_then(|b| self.tokens.get(b)),
            self.tokens.get(i),
        ) else {
            return false;
        };
        self.text
            .as_bytes()
            .get(before.end..at.start)
            .is_some_and(|gap| gap.contains(&b'\n'))
    }

    /// Whether token `i` is capitalized ([`Token::is_capitalized`]), told by
    /// its first byte when that is ASCII.
    fn is_capitalized(&self, i: usize) -> bool {
        self.capitalized_bytes(i, self.bytes_at(i))
    }

    /// [`Tokens::is_capitalized`] of token `i`, whose bytes are `bytes`.
    fn capitalized_bytes(&self, i: usize, bytes: &[u8]) -> bool {
        match bytes.first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            Some(_) => self.get(i).is_some_and(|t| t.is_capitalized()),
            None => false,
        }
    }

    /// The span from the start of token `start` to the end of token `end - 1`,
    /// without a final possessive (`Celltick’s` → `Celltick`).
    fn span(&self, start: usize, end: usize) -> Span {
        let (Some(first), Some(last)) = (
            self.get(start),
            end.checked_sub(1).and_then(|e| self.get(e)),
        ) else {
            return Span::default();
        };
        let possessive = ["’s", "'s"]
            .iter()
            .find(|p| last.text.len() > p.len() && last.text.ends_with(*p))
            .map_or(0, |p| p.len());
        Span::new(first.span.start, last.span.end - possessive)
    }

    /// [`Tokens::span`], but keeping a final `'s` that no noun follows, of a
    /// name the text never writes without it: a possessive owns what comes
    /// after it, so before a comma, a stop or a verb the `'s` is the name's
    /// own (`Harbury's, the department store chain,`, `Harbury's has`); a
    /// name written bare elsewhere is not (`North Korea's claim`, `North
    /// Korea's.`).
    fn name_span(&self, start: usize, end: usize, knowledge: &Knowledge) -> Span {
        let span = self.span(start, end);
        let Some(last) = end.checked_sub(1).and_then(|e| self.get(e)) else {
            return span;
        };
        if last.span.end == span.end {
            return span;
        }
        let next = self.text_at(end);
        let owns_nothing = matches!(next, "," | "." | ";" | ":" | "")
            || (next.bytes().all(|b| b.is_ascii_lowercase()) && knowledge.is_finite_verb(next));
        let bare = span.of(self.text);
        let written_bare = || {
            occurrences(self, bare)
                .any(|k| k != start && possessive_suffix(self.text_at(k + end - 1 - start)) == 0)
        };
        if owns_nothing && !written_bare() {
            Span::new(span.start, last.span.end)
        } else {
            span
        }
    }

    /// The end (exclusive) of a name starting at token `i`: capitalized words,
    /// joined by `of`, `for`, `and`, `the`, `&` or a number before another
    /// capitalized word (`Fathers 4 Justice`). `None` when there is no name
    /// there, or the name reads as a person's or a place's.
    fn name_at(&self, i: usize, knowledge: &Knowledge) -> Option<usize> {
        self.name_in_case(i, false, true, knowledge)
    }

    /// [`Tokens::name_at`] of a name the words after say is no person's (a
    /// `which` clause: `Trinity House, which looks after lighthouses,`),
    /// whatever its first word (`Trinity` is a given name too).
    fn thing_name_at(&self, i: usize, knowledge: &Knowledge) -> Option<usize> {
        self.name_in_case(i, false, false, knowledge)
    }

    /// [`Tokens::name_at`] of a name inside a sentence written in title
    /// case (`Keep Our Village Schools`, `Our Vote Now`, `Unite Against
    /// Fascism`): there a function word with a capital is the name's when
    /// another capitalized word, a punctuation mark or a content word (its
    /// verb: `Our Vote Now said`) follows it, not a function word (a sentence
    /// run on: `analysts Gartner More than`), unless it is one always written
    /// so (a day, a title, `I`) or opens a date.
    fn title_case_name_at(&self, i: usize, knowledge: &Knowledge) -> Option<usize> {
        self.name_in_case(i, true, true, knowledge)
    }

    fn name_in_case(
        &self,
        i: usize,
        title_case: bool,
        may_be_person: bool,
        knowledge: &Knowledge,
    ) -> Option<usize> {
        let plain_word =
            |t: &Token| t.is_capitalized() && t.is_word() && !knowledge.is_function_word(t.text);
        let name_word = |k: usize, t: &Token| {
            if !(t.is_capitalized() && t.is_word()) || is_compound_adjective(t.text) {
                return false;
            }
            if !knowledge.is_function_word(t.text) {
                return true;
            }
            if !title_case {
                return false;
            }
            let always_capital = t.text == "I"
                || knowledge.title(t.text).is_some()
                || knowledge.time_word(t.text).is_some();
            let closes = self.get(k + 1).is_none_or(|n| {
                let lowercase = n.text.bytes().all(|b| b.is_ascii_lowercase());
                plain_word(&n)
                    || (lowercase
                        && !knowledge.is_function_word(n.text)
                        && !knowledge.is_preposition(n.text))
                    || (!n.is_word() && !n.text.starts_with(|c: char| c.is_ascii_digit()))
            });
            !always_capital && closes
        };
        let first = self.get(i)?;
        if !name_word(i, &first) || knowledge.title(first.text).is_some() {
            return None;
        }
        let mut end = i + 1;
        let mut j = i + 1;
        // (A name ends at a line break: a headline's last word is none of
        // the first sentence's name.)
        while j < self.tokens.len() && j - i < MAX_NAME_WORDS && !self.line_break_before(j) {
            let Some(t) = self.get(j) else { break };
            if name_word(j, &t) {
                end = j + 1;
            } else {
                // (`Drivers’ Voice`: a plural's possessive mark, written
                // right after its word, joins it to the next.)
                let possessive = matches!(t.text, "'" | "’")
                    && self
                        .get(j - 1)
                        .is_some_and(|w| w.span.end == t.span.start && w.text.ends_with('s'));
                if !((is_joiner(t.text.as_bytes()) || possessive)
                    && self.get(j + 1).is_some_and(|n| n.is_capitalized()))
                {
                    break;
                }
            }
            j += 1;
        }
        let name = Span::new(first.span.start, self.get(end - 1)?.span.end).of(self.text);
        let words = end - i;
        // (A member of the public's calling may name what a body speaks for:
        // `watchdog Passenger Focus`.)
        let has_role = (i..end).any(|k| {
            let word = self.text_at(k);
            knowledge.is_role(word) && !knowledge.is_public_role(word)
        });
        let person = may_be_person && words >= 2 && knowledge.first_name(first.text).is_some();
        (!has_role && !person && !knowledge.is_place(name)).then_some(end)
    }
}

/// `runs a charity, Stand Down, which`: token `comma` sets off a name
/// apposed to an indefinite or definite kind noun; the name ends at the
/// next comma or the sentence's end.
fn apposed_to_kind(
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

/// `firm` in `MMS firm Adamind`: token `i` is a kind noun right before a name.
fn kind_noun_before_name(toks: &Tokens, i: usize, knowledge: &Knowledge) -> Option<OrgKind> {
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
fn kind_noun_opening_sentence(
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
fn apposition_before(
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
    let joins = |k: usize| is_joiner(toks.bytes_at(k)) && toks.is_capitalized(k + 1);
    let after_name =
        (i + 1..=i + MAX_NAME_WORDS).find(|&k| !(toks.is_capitalized(k) || joins(k)))?;
    if toks.bytes_at(after_name) != b"," || !opens_apposition(toks, after_name + 1) {
        return None;
    }
    let end = toks.name_at(i, knowledge)?;
    if toks.text_at(end) != "," || !opens_apposition(toks, end + 1) {
        return None;
    }
    (end + 2..end + 6).find_map(|k| {
        let t = toks.get(k)?;
        if !t.is_word() || t.is_capitalized() {
            return None;
        }
        let kind = knowledge.org_noun(t.text)?;
        // The kind noun ends the phrase (`the research firm,`), not begins a
        // longer one; what follows may modify it (`the pub group with 640
        // sites`, `the company whose tools`, `the firm behind the game`,
        // `the watchdog for postal services`), a participle too (`a charity
        // set up by residents`, `the firm founded in 1990`, `a club run by`).
        let after = toks.text_at(k + 1);
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
            ))
        .then_some((i, end, kind))
    })
}

/// `The operator, Western Isles Ferries, said`, `Britain's third-largest
/// provider, Tellinex, said`: the token of `around` starts a name set off by
/// commas right after `the` or a possessive, at most two lowercase words
/// saying which, and a kind noun.
fn apposition_after_kind_noun(
    toks: &Tokens,
    around: Around,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let i = around.at;
    if i < 3 || around.before != b"," {
        return None;
    }
    // (The noun may be followed by where it works: `The main operator in
    // the area, NationNet,`.)
    let place_words = (i.saturating_sub(5)..i - 1)
        .rev()
        .find(|&k| matches!(toks.bytes_at(k), b"in" | b"across"))
        .filter(|&p| {
            (p + 1..i - 1).all(|k| {
                toks.get(k)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized())
            })
        });
    let at = place_words.unwrap_or(i - 1);
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
    let determined = toks.bytes_at(determiner).eq_ignore_ascii_case(b"the")
        || possessive_suffix(toks.text_at(determiner)) > 0;
    if !determined {
        return None;
    }
    let end = toks.name_at(i, knowledge)?;
    (toks.text_at(end) == ",").then_some((i, end, kind))
}

/// `BT said`, `One of the suppliers, BT, said`: an acronym (two to five
/// capitals) that speaks, opening its noun phrase right before a reporting
/// verb or set off by commas after a lowercase word, is an organization:
/// news names no person so. Not a place (`the US said`), a title, a role or
/// an office of the target (`the PM said`), nor a party's label.
fn acronym_speaking(
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
fn body_speaking(
    toks: &Tokens,
    around: Around,
    knowledge: &Knowledge,
) -> Option<(usize, usize, OrgKind)> {
    let i = around.at;
    if around.mid_sentence(toks) && around.before != b"," {
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

/// Whether `word` is a lowercase past participle by its ending (`based`,
/// `founded`, `owned`).
fn is_participle(word: &[u8]) -> bool {
    word.len() > 3 && word.ends_with(b"ed") && word.iter().all(u8::is_ascii_lowercase)
}

/// `Bristol-based`, `London-listed`, `US-owned`: a capitalized word whose
/// last part after a hyphen is lowercase is an adjective, no name's word
/// (`Rolls-Royce`, `Stoke-on-Trent` end in a capital).
fn is_compound_adjective(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, last)| last.starts_with(|c: char| c.is_lowercase()))
}

/// A word that joins the capitalized words of a name (`Friends of the Earth`,
/// `Marks & Spencer`, `Fathers 4 Justice`).
fn is_joiner(word: &[u8]) -> bool {
    matches!(word, b"of" | b"for" | b"and" | b"the" | b"&") || word.iter().all(u8::is_ascii_digit)
}

/// Whether token `k` is inside a sentence: after a word or a comma, where a
/// capital is a name's rather than the sentence's.
fn mid_sentence(toks: &Tokens, k: usize) -> bool {
    k.checked_sub(1).is_some_and(|before| {
        after_word(toks, before, toks.bytes_at(before)) && !toks.line_break_before(k)
    })
}

/// Whether token `before`, of the bytes `bytes`, is a word or a comma
/// ([`mid_sentence`] of the token after it).
fn after_word(toks: &Tokens, before: usize, bytes: &[u8]) -> bool {
    // Told by the first byte where it is ASCII, as it mostly is, and by the
    // first two for the punctuation of U+2000..U+203F (curly quotes, dashes).
    match bytes {
        [b, ..] if b.is_ascii() => b.is_ascii_alphanumeric() || *b == b',',
        [0xE2, 0x80, ..] => false,
        _ => toks.get(before).is_some_and(|t| t.is_word()),
    }
}

/// The token indices where `name` occurs in the text as whole words.
fn occurrences<'t>(toks: &'t Tokens, name: &'t str) -> impl Iterator<Item = usize> + 't {
    memmem::find_iter(toks.text.as_bytes(), name.as_bytes())
        .filter(move |&at| on_word_bounds(toks.text, at, at + name.len()))
        .map(move |at| toks.tokens.partition_point(|t| t.start < at))
}

/// Whether `name` occurs inside a sentence somewhere other than at token `i`.
fn elsewhere_mid_sentence(toks: &Tokens, name: &str, i: usize) -> bool {
    occurrences(toks, name).any(|k| k != i && mid_sentence(toks, k))
}

/// Whether the name of tokens `start..end` reads as a person's in the text.
/// A one-word name does where the text gives it a given name, an initial, a
/// title or a role (`Jeb Bush`, `George W. Bush`, `Mr. Trump`, `Senator
/// Trump`): any capitalized word but a function word or a kind noun (`the
/// Vatican`, `Carmaker Vantor`) counts, as lists of given names miss many. A
/// longer name does where its last word
/// stands alone somewhere: news calls a person by the surname after the
/// first mention (`Mitt Romney … Romney said`), and an organization by its
/// name (`Pershing Square` is never `Square`).
fn named_as_person(toks: &Tokens, start: usize, end: usize, knowledge: &Knowledge) -> bool {
    let last = toks.span(end - 1, end).of(toks.text);
    let word_before = |k: usize| {
        let before = k.checked_sub(1)?;
        // (Not across a line break: a headline's last word, `… coach
        // Pollard`, is no given name of the paragraph's first.)
        if toks.line_break_before(k) {
            return None;
        }
        if toks.bytes_at(before) != b"." {
            return toks
                .get(before)
                .filter(|t| t.is_word() && t.is_capitalized())
                .map(|t| t.text);
        }
        // `Mr.` and `W.` may be tokens of their own before their stop; any
        // other word there ends a sentence (`a rival to BT. Fernlight said`).
        let word = toks.get(before.checked_sub(1)?)?;
        let initial = word.text.len() == 1 && word.is_capitalized();
        (initial || knowledge.title(word.text).is_some()).then_some(word.text)
    };
    if end - start == 1 {
        return occurrences(toks, last).any(|k| {
            word_before(k).is_some_and(|w| {
                knowledge.title(w).is_some()
                    || !knowledge.is_function_word(w) && knowledge.org_noun(w).is_none()
            })
        });
    }
    // (Not where the word opens a sentence, a headline's `Rugby union clubs
    // vote`, nor where it is part of another name, `the Rugby Football
    // Union`: a surname stands alone inside a sentence somewhere, `said Romney`.)
    // (Nor after another capitalized word but a title, `Network Rail said`
    // for `Westward Rail`: another name's, `Mr Rail said` a person's.)
    let own_before = toks.text_at(end - 2);
    occurrences(toks, last).any(|k| {
        let before = toks.text_at(k.wrapping_sub(1));
        before != own_before
            && (!toks.is_capitalized(k.wrapping_sub(1)) || knowledge.title(before).is_some())
            && mid_sentence(toks, k)
            && !toks.is_capitalized(k + 1)
            && !is_article(toks.text_at(k.wrapping_sub(1)))
    })
}

/// `the environment select committee`, `the Commons health committee`, `the
/// Treasury committee`: a committee named by its house and remit in words
/// after `the`, the committee in lowercase; token `i` is `the`.
fn remit_committee(
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
fn extend_to_committee(toks: &Tokens, end: usize, knowledge: &Knowledge) -> Option<usize> {
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

/// Every use of the names in `found` elsewhere in the text, on word bounds
/// and overlapping no mention found already.
fn later_uses(text: &str, found: &[OrgMention], known: &[OrgMention]) -> Vec<OrgMention> {
    let mut uses: Vec<OrgMention> = Vec::new();
    for (n, f) in found.iter().enumerate() {
        if found[..n].iter().any(|e| e.org.name == f.org.name) {
            continue;
        }
        for start in memmem::find_iter(text.as_bytes(), f.org.name.as_bytes()) {
            let span = Span::new(start, start + f.org.name.len());
            let taken = |m: &OrgMention| m.span.overlaps(span);
            if on_word_bounds(text, span.start, span.end)
                && !found.iter().any(taken)
                && !known.iter().any(taken)
                && !uses.iter().any(taken)
            {
                uses.push(OrgMention {
                    span,
                    org: f.org.clone(),
                });
            }
        }
    }
    uses
}

#[cfg(test)]
mod tests;
