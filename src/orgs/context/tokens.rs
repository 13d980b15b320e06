//! The document's tokens as the rules read them, and the names read from
//! them. [`Tokens`] gives a token's text or its bytes (most tests need no
//! `str`), whether a line break stands before it (a headline's last word is
//! no word of the sentence after it), and the name that starts at a token:
//! capitalized words joined by `of`, `for`, `and`, `the`, `&` or a number
//! (`Fathers 4 Justice`), in a sentence written in title case too (`Keep Our
//! Village Schools`), and none that reads as a person's or a place's; its
//! final `'s` is the name's own where no noun follows it and the text never
//! writes the name bare (`Harbury's, the chain,`). [`Around`] holds a
//! capitalized token's bytes and its neighbours', which the rules test
//! first. Also where else the text writes a name, and whether it reads as a
//! person's there (`Jeb Bush`, `Mr. Trump`, `Mitt Romney … Romney said`).

use memchr::memmem;

use super::MAX_NAME_WORDS;
use crate::knowledge::{on_word_bounds, Knowledge};
use crate::segment::{is_article, possessive_suffix, Token};
use crate::span::Span;

/// Token `at` with the bytes of the tokens on either side (empty where there
/// is none): the rules that may start at a capitalized word test these
/// first, and most words fail every test; they are read once for all.
#[derive(Clone, Copy)]
pub(super) struct Around<'a> {
    pub(super) at: usize,
    pub(super) before: &'a [u8],
    pub(super) word: &'a [u8],
    pub(super) next: &'a [u8],
}

impl Around<'_> {
    /// [`mid_sentence`] of the token.
    pub(super) fn mid_sentence(&self, toks: &Tokens) -> bool {
        self.at.checked_sub(1).is_some_and(|before| {
            after_word(toks, before, self.before) && !toks.line_break_before(self.at)
        })
    }

    /// [`Tokens::is_capitalized`] of the next token.
    pub(super) fn capital_next(&self, toks: &Tokens) -> bool {
        toks.capitalized_bytes(self.at + 1, self.next)
    }
}

/// The document's tokens with the text they hold.
pub(super) struct Tokens<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Span],
}

impl<'a> Tokens<'a> {
    pub(super) fn get(&self, i: usize) -> Option<Token<'a>> {
        self.tokens.get(i).map(|&span| Token {
            span,
            text: span.of(self.text),
        })
    }

    pub(super) fn text_at(&self, i: usize) -> &'a str {
        self.get(i).map_or("", |t| t.text)
    }

    /// The bytes of token `i`, empty past the end.
    pub(super) fn bytes_at(&self, i: usize) -> &'a [u8] {
        self.tokens
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.start..t.end))
            .unwrap_or_default()
    }

    /// The first byte of token `i`, read without the token's other bytes.
    pub(super) fn first_byte(&self, i: usize) -> Option<u8> {
        let t = self.tokens.get(i)?;
        (t.start < t.end)
            .then(|| self.text.as_bytes().get(t.start).copied())
            .flatten()
    }

    /// Whether token `k` is a reporting word in lowercase: a heading in
    /// capitals has its verbs in capitals too (`RED STATES OUTNUMBER BLUE
    /// STATES`).
    pub(super) fn is_cue(&self, k: usize, knowledge: &Knowledge) -> bool {
        self.bytes_at(k).first().is_some_and(u8::is_ascii_lowercase)
            && knowledge.is_cue_word(self.text_at(k))
    }

    /// Whether a line break lies between token `i` and the one before: a
    /// headline's last word is no word of the sentence after it.
    pub(super) fn line_break_before(&self, i: usize) -> bool {
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
    pub(super) fn is_capitalized(&self, i: usize) -> bool {
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
    pub(super) fn span(&self, start: usize, end: usize) -> Span {
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
    pub(super) fn name_span(&self, start: usize, end: usize, knowledge: &Knowledge) -> Span {
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
    pub(super) fn name_at(&self, i: usize, knowledge: &Knowledge) -> Option<usize> {
        self.name_in_case(i, false, true, knowledge)
    }

    /// [`Tokens::name_at`] of a name the words after say is no person's (a
    /// `which` clause: `Trinity House, which looks after lighthouses,`),
    /// whatever its first word (`Trinity` is a given name too).
    pub(super) fn thing_name_at(&self, i: usize, knowledge: &Knowledge) -> Option<usize> {
        self.name_in_case(i, false, false, knowledge)
    }

    /// [`Tokens::name_at`] of a name inside a sentence written in title
    /// case (`Keep Our Village Schools`, `Our Vote Now`, `Unite Against
    /// Fascism`): there a function word with a capital is the name's when
    /// another capitalized word, a punctuation mark or a content word (its
    /// verb: `Our Vote Now said`) follows it, not a function word (a sentence
    /// run on: `analysts Gartner More than`), unless it is one always written
    /// so (a day, a title, `I`) or opens a date.
    pub(super) fn title_case_name_at(&self, i: usize, knowledge: &Knowledge) -> Option<usize> {
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

/// `Bristol-based`, `London-listed`, `US-owned`: a capitalized word whose
/// last part after a hyphen is lowercase is an adjective, no name's word
/// (`Rolls-Royce`, `Stoke-on-Trent` end in a capital).
fn is_compound_adjective(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, last)| last.starts_with(|c: char| c.is_lowercase()))
}

/// A word that joins the capitalized words of a name (`Friends of the Earth`,
/// `Marks & Spencer`, `Fathers 4 Justice`).
pub(super) fn is_joiner(word: &[u8]) -> bool {
    matches!(word, b"of" | b"for" | b"and" | b"the" | b"&") || word.iter().all(u8::is_ascii_digit)
}

/// Whether token `k` is inside a sentence: after a word or a comma, where a
/// capital is a name's rather than the sentence's.
pub(super) fn mid_sentence(toks: &Tokens, k: usize) -> bool {
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
pub(super) fn occurrences<'t>(toks: &'t Tokens, name: &'t str) -> impl Iterator<Item = usize> + 't {
    memmem::find_iter(toks.text.as_bytes(), name.as_bytes())
        .filter(move |&at| on_word_bounds(toks.text, at, at + name.len()))
        .map(move |at| toks.tokens.partition_point(|t| t.start < at))
}

/// Whether `name` occurs inside a sentence somewhere other than at token `i`.
pub(super) fn elsewhere_mid_sentence(toks: &Tokens, name: &str, i: usize) -> bool {
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
pub(super) fn named_as_person(
    toks: &Tokens,
    start: usize,
    end: usize,
    knowledge: &Knowledge,
) -> bool {
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
