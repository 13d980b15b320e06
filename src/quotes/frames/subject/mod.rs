//! The subject mention of a frame: the noun phrase ending right before
//! its cue (`Mr Kline said`, `the nursing union official said`, past an
//! apposition: `Kevin Courtney, the union's leader, said`), and the subject
//! of a sentence a later verb shares. The subject after its cue (`said the
//! Unite official`) is read in [`super::inverted`].
//!
//! This file reads the subject before a cue past what stands between the
//! two: a short bracket (`Rupert Hale (Con, Wealdbridge) said`), a relative
//! pronoun (`, who said`, `, which argued that`), a participle's phrase
//! (`Workers leaving the site said`), appositions set off by commas. The
//! parts: `noun_phrase` finds the noun phrase that ends a run of tokens;
//! `shared_subject` finds a sentence's subject for a later verb;
//! `inner_commas` tells a comma inside a name or a remit from one that ends
//! a phrase; `determiners` holds the words that open a noun phrase.

use super::is_word;
use crate::knowledge::{lower, Knowledge};
use crate::quotes::lower_is_one_of;
use crate::segment::{is_participle, possessive_suffix, Token};
use crate::span::Span;

mod determiners;
mod inner_commas;
mod noun_phrase;
mod shared_subject;

pub(super) use determiners::{is_determiner, is_possessive_determiner};
use inner_commas::is_briefs_comma;
pub(in crate::quotes) use noun_phrase::noun_phrase_tail;
pub(in crate::quotes) use shared_subject::sentence_subject;

/// The subject mention ending right before token `end`; with `strict`, a
/// determiner phrase must end in a name, a role or an organization noun.
pub(in crate::quotes) fn subject_before(
    toks: &[Token],
    end: usize,
    strict: bool,
    knowledge: &Knowledge,
) -> Option<Span> {
    let head = &toks[..end];
    let last = head.last()?;
    // `Acme Corp. said`, `Ed Reyes Jr. said`: the stop of an abbreviation
    // glued to it belongs to the name, which ends before it.
    if let [.., word, stop] = head {
        if stop.text == "."
            && word.span.end == stop.span.start
            && knowledge.is_abbreviation(word.text, false)
            && knowledge.title(word.text).is_none()
        {
            return subject_before(toks, end - 1, strict, knowledge);
        }
    }
    // `Rupert Hale (Con, Wealdbridge) said`: a short bracket after the
    // subject (a party and seat, an age, an acronym) describes it, set off by
    // a comma too (`One of them, Ann Lee (Lab, Bolton), said`).
    let closing = if last.text == ")" {
        Some(head.len() - 1)
    } else {
        (last.text == "," && head.len() >= 2 && head[head.len() - 2].text == ")")
            .then(|| head.len() - 2)
    };
    if let Some(closing) = closing {
        let open = head[..closing]
            .iter()
            .rev()
            .take(7)
            .position(|t| t.text == "(")
            .map(|back| closing - 1 - back);
        if let Some(open) = open.filter(|&o| o > 0) {
            let inside = &head[open + 1..closing];
            // (Before a comma, only a party's label: `Kevin Courtney, joint
            // general secretary of the National Education Union (NEU),`
            // ends an apposition the comma closes.)
            let label = || {
                inside
                    .first()
                    .is_some_and(|t| knowledge.party_of_bracket_label(t.text).is_some())
            };
            if !inside.iter().any(|t| knowledge.is_finite_verb(t.text))
                && (closing == head.len() - 1 || label())
            {
                return subject_before(toks, open, strict, knowledge);
            }
        }
    }
    // `Rachel Harrison, who told reporters`: the relative pronoun stands for
    // the name before it, and for the name its appositions describe
    // (`Colin Ashdown, 67, from Stockport, who said`).
    if last.text == "which" && head.len() >= 2 && head[head.len() - 2].text == "," {
        return which_antecedent(&head[..head.len() - 2], strict, knowledge);
    }
    if last.text == "who" && head.len() >= 2 && head[head.len() - 2].text == "," {
        let before = &head[..head.len() - 2];
        let segment = before
            .iter()
            .rposition(|t| t.text == ",")
            .map_or(before, |comma| &before[comma + 1..]);
        // (Only an age or a home town: `Ted Cruz endorses Trump, who says`
        // is a clause, whose object the pronoun stands for.)
        let age_or_town = segment.first().is_some_and(|t| {
            t.text.bytes().all(|b| b.is_ascii_digit()) || knowledge.is_preposition(t.text)
        });
        // Nor a role description (`Dave Ross, general secretary of the
        // union, who said`): the relative pronoun stands for the person.
        let role = segment
            .first()
            .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_lowercase()))
            && segment
                .iter()
                .all(|t| is_word(t) || t.text == "(" || t.text == ")")
            && segment.iter().any(|t| knowledge.is_role(t.text));
        if before.len() > segment.len() && (age_or_town || role) {
            if let Some(subject) = subject_before(toks, end - 1, strict, knowledge) {
                // (The noun phrase only: `attacked by Ann Lee, of Acme, who
                // said` is said by `Ann Lee`, not by the clause before her.)
                let inside =
                    |t: &&Token| subject.start <= t.span.start && t.span.end <= subject.end;
                let first = head.iter().position(|t| inside(&t));
                let last = head.iter().rposition(|t| inside(&t));
                let tail = first
                    .zip(last)
                    .and_then(|(a, b)| noun_phrase_tail(&head[a..=b], strict, knowledge));
                return Some(person_named_in(head, tail.unwrap_or(subject), knowledge));
            }
        }
        return noun_phrase_tail(before, strict, knowledge)
            .map(|np| person_named_in(head, np, knowledge));
    }
    // `Several trusts contacted by the BBC said`: a participle's `by`
    // phrase after a noun of people or bodies (a role, a kind of
    // organization) modifies it; the noun is the subject, not the agent.
    // (Of anything else the agent is the source: `a study published by
    // the institute`, `tests ordered by the regulator found`.)
    let agent = head
        .iter()
        .rposition(|t| t.text == "by")
        .filter(|&by| by >= 2 && head.len() - by <= 6)
        .filter(|&by| {
            let (noun, participle) = (head[by - 2], head[by - 1]);
            participle.text.len() > 4
                && is_participle(participle.text.as_bytes())
                && is_word(&noun)
                && {
                    let noun = lower(noun.text);
                    let singular = noun.strip_suffix('s').unwrap_or(&noun);
                    (knowledge.is_role(&noun) && !knowledge.is_document(&noun))
                        || knowledge.org_noun(&noun).is_some()
                        || knowledge.org_noun(singular).is_some()
                }
                && head[by + 1..].iter().all(is_word)
        });
    if let Some(by) = agent {
        if let Some(np) = noun_phrase_tail(&head[..by - 1], strict, knowledge) {
            return Some(np);
        }
    }
    // `Workers leaving the site said`, `Residents living near the plant
    // said`: a participle's phrase after a short plural noun phrase opening
    // the sentence modifies it; the noun phrase is the subject. (The
    // participle takes an object or a place: `housing` in `Shadow housing
    // secretary`, `managing director`, is no participle.)
    let participle = head
        .iter()
        .take(4)
        .position(|t| {
            t.text.len() > 5
                && t.text.ends_with("ing")
                && t.text.bytes().all(|b| b.is_ascii_lowercase())
        })
        .filter(|&p| {
            let Some(noun) = p.checked_sub(1).and_then(|k| head.get(k)) else {
                return false;
            };
            let plural = (noun.text.ends_with('s') && possessive_suffix(noun.text) == 0)
                || noun.text.eq_ignore_ascii_case("people");
            let object = head
                .get(p + 1)
                .is_some_and(|t| is_determiner(t.text) || knowledge.is_preposition(t.text));
            plural
                && object
                && head[..p]
                    .iter()
                    .all(|t| is_word(t) && !knowledge.is_finite_verb(t.text))
                && head[p + 1..]
                    .iter()
                    .all(|t| is_word(t) && !knowledge.is_finite_verb(t.text))
        });
    if let Some(p) = participle {
        if let Some(np) = noun_phrase_tail(&head[..p], strict, knowledge) {
            return Some(np);
        }
    }
    // `A woman who asked not to be named said`: a relative clause of words
    // only ends the subject before it.
    let relative = head
        .iter()
        .rev()
        .take(10)
        .take_while(|t| is_word(t))
        .position(|t| t.text == "who")
        .map(|back| head.len() - 1 - back);
    if let Some(who) = relative.filter(|&w| w > 0 && w + 1 < head.len()) {
        if let Some(np) = noun_phrase_tail(&head[..who], strict, knowledge) {
            return Some(np);
        }
    }
    if last.text == "," {
        // `Kevin Courtney, joint general secretary of the NEU, has said`: the
        // subject is the segment before the appositions. (`“…,” an
        // intelligence source, who …, told`: in a sentence that opens with a
        // quote, only the words after its closing mark.)
        let body = &head[..head.len() - 1];
        let opens_with_quote = body.first().is_some_and(|t| matches!(t.text, "“" | "\""));
        let after_quote = body
            .iter()
            .skip(1)
            .rposition(|t| matches!(t.text, "”" | "\""))
            .filter(|_| opens_with_quote)
            .map_or(0, |k| k + 2);
        let mut segments = comma_segments(&body[after_quote..], knowledge);
        // `Ann Vole, whose father, Arthur, died last week, said`: a `whose`
        // clause with a verb of its own runs on over its commas, and the
        // subject comes before it (but in `Acme, whose chairman, Tom Hale,
        // said`, the verb is the clause's).
        let whose = segments
            .iter()
            .skip(1)
            .position(|seg| seg.first().is_some_and(|t| t.text == "whose"))
            .map(|k| k + 1);
        // A finite verb or a past form (`fined`, `has`).
        let verb = |t: &Token| {
            knowledge.is_finite_verb(t.text)
                || t.text.len() > 3
                    && t.text.ends_with("ed")
                    && t.text.bytes().all(|b| b.is_ascii_lowercase())
        };
        if let Some(whose) = whose {
            // (After the segment that opens the clause, whose own words
            // may hold a participle: `whose retired chairman`.)
            let own_verb = segments[whose + 1..]
                .iter()
                .flat_map(|seg| seg.iter())
                .any(verb);
            if own_verb {
                segments.truncate(whose);
            }
        }
        // `Acme, which owns firms in the US, France and Spain, said`: a
        // relative clause right after the opening noun phrase, with a verb
        // of its own (the word after the pronoun, unless it opens a noun
        // phrase), runs on over the commas of its list, and the subject is
        // that phrase. (Not after an adverbial or a clause: `After Acme
        // bought Bidco, which makes tyres, chief executive Tom Hale said`,
        // `The regulator fined Acme, which serves Bath, Bristol and Wells,
        // and its chief executive, Ann Lee, said`.)
        let relative_clause = |seg: &[Token]| match seg {
            [w, verb, ..] => {
                lower_is_one_of(w.text, &["which", "who"])
                    && is_word(verb)
                    && !verb.is_capitalized()
                    && !is_determiner(verb.text)
                    && !knowledge.is_function_word(verb.text)
            }
            _ => false,
        };
        let noun_phrase = |seg: &[Token]| {
            // (Not opening with a participle, `Asked about`; `Alfred` is a name.)
            let opens = seg.first().is_some_and(|t| {
                !knowledge.is_preposition(t.text)
                    && (knowledge.first_name(t.text).is_some()
                        || !t.text.ends_with("ed") && !t.text.ends_with("ing"))
            });
            opens && seg.iter().all(|t| is_word(t) && !verb(t))
        };
        let relative =
            segments.len() > 2 && noun_phrase(segments[0]) && relative_clause(segments[1]);
        if relative {
            segments.truncate(1);
        }
        let described = segments.len() > 1 || relative;
        // `X accused ministers of greed, while Labour MP Ann Lee, whose
        // seat …, said`: a conjunction opening a segment before a name
        // opens a clause of its own, whose subject it is.
        let conjoined = segments.iter().rposition(|seg| {
            matches!(seg, [c, name, ..]
                if lower_is_one_of(c.text, &crate::quotes::CLAUSE_CONJUNCTIONS) && name.is_capitalized())
        });
        if let Some(c) = conjoined.filter(|&c| c > 0) {
            segments[c] = &segments[c][1..];
            segments.drain(..c);
        }
        // `Asked about pay, a senior official, speaking on condition of
        // anonymity, said`, `In Leeds, a union official, a critic of the
        // plan, said`: an opening participle or prepositional phrase is an
        // adverbial, not the subject the appositions describe.
        let adverbial = |seg: &[Token]| {
            let (Some(first), Some(second)) = (seg.first(), seg.get(1)) else {
                return false;
            };
            let w = first.text;
            // A participle before a preposition or a determiner (`Asked
            // about`, `Speaking on`; not `Striking nurses`, `United
            // Airlines`); a preposition before lowercase words or a place
            // (`In Leeds`; not `Under Armour`).
            let participle = w.len() > 4
                && (w.ends_with("ed") || w.ends_with("ing"))
                && (knowledge.is_preposition(second.text) || is_determiner(second.text));
            let preposition = knowledge.is_preposition(w)
                && (!second.is_capitalized() || knowledge.is_place(second.text));
            first.is_capitalized() && (participle || preposition)
        };
        // (Not before a clause: `For big earners, she would set a rate, a
        // version …, said`.)
        let clause = |seg: &[Token]| seg.iter().any(|t| knowledge.is_finite_verb(t.text));
        // `In Barnstaple, Devon, retired postman Ken Whitlock, said`: a
        // town and its county, a capitalized word alone after the opening
        // preposition's, before a segment ending in a name, are where.
        // (Or a lowercase phrase saying what the place is, `In Perth, home
        // of the Black Watch,`, or where in it: `where the park is built`.)
        let county = |seg: &[Token]| match seg {
            [w] => w.is_capitalized() && knowledge.title(w.text).is_none(),
            [w, ..] if w.text == "where" => true,
            [w, ..] => {
                w.text.starts_with(|c: char| c.is_ascii_lowercase())
                    && !knowledge.is_role(w.text)
                    && seg
                        .iter()
                        .all(|t| is_word(t) && !knowledge.is_finite_verb(t.text))
            }
            [] => false,
        };
        let opens_with_place = |seg: &[Token]| {
            matches!(seg, [p, w, ..] if p.is_capitalized()
                && knowledge.is_preposition(p.text)
                && w.is_capitalized())
        };
        let named = |seg: &[Token]| {
            seg.last().is_some_and(|t| {
                is_word(t) && t.is_capitalized() && knowledge.title(t.text).is_none()
            })
        };
        if segments.len() > 3
            && opens_with_place(segments[0])
            && county(segments[1])
            && segments[2].len() > 1
            && named(segments[2])
        {
            segments.drain(..2);
        } else if segments.len() > 2 && adverbial(segments[0]) && !clause(segments[1]) {
            segments.remove(0);
        }
        // Appositions follow the phrase they describe: with only
        // apposition-like segments (`The leader, who argues …,`; `Executives
        // for Acme` before a relative clause cut off), the first is that
        // phrase.
        let chosen = segments
            .iter()
            .rposition(|seg| !is_apposition(seg, knowledge))
            .or_else(|| described.then_some(0))?;
        // `His opposite number, shadow justice secretary Harriet Vale,`: a
        // description with no name, whose apposition ends in one, is said
        // by the person the apposition names.
        // (`The Conservative candidate`, `Labour's candidate`: a party or
        // an owner before the role names nobody either.)
        let unnamed = |seg: &[Token]| {
            let opens = seg.first().is_some_and(|t| {
                is_determiner(t.text)
                    || is_possessive_determiner(t.text)
                    || t.is_capitalized() && possessive_suffix(t.text) > 0
            });
            let role_last = || {
                seg.last()
                    .is_some_and(|t| !t.is_capitalized() && knowledge.is_role(t.text))
            };
            // (`The vicar of St Mary's Church`: a role whose `of` names
            // where it is held.)
            let role_of = || {
                seg.iter()
                    .position(|t| matches!(t.text, "of" | "at" | "for"))
                    .and_then(|k| k.checked_sub(1))
                    .and_then(|k| seg.get(k))
                    .is_some_and(|t| !t.is_capitalized() && knowledge.is_role(t.text))
            };
            opens && (!seg.iter().skip(1).any(|t| t.is_capitalized()) || role_last() || role_of())
        };
        if let Some(next) = segments.get(chosen + 1) {
            // (`The governing body, the Amateur Rowing Federation (ARF),`:
            // the name's acronym in brackets after it is the name's.)
            let next = super::without_acronym(next);
            if unnamed(segments[chosen]) && named(next) {
                // (The whole apposition, not `including Donald Trump`.)
                // (Or a name after words that say what the person is:
                // `county councillor Ann Lee`, `retired nurse Ann Lee`.)
                let np = noun_phrase_tail(next, strict, knowledge);
                // (Or a calling no role list holds: `Her coach, international
                // master Ann Lee,`: up to three lowercase content words, no
                // participle or adverb among them: `including Donald Trump`.)
                let described = |np: &Span| {
                    // (The name's phrase may open with the role itself.)
                    let before = next.iter().take_while(|t| t.span.start <= np.start);
                    let (mut role, mut calling, mut words) = (false, true, 0);
                    for t in before {
                        if knowledge.is_preposition(t.text) || !is_word(t) {
                            return false;
                        }
                        role |= knowledge.is_role(&lower(t.text));
                        if t.span.start < np.start {
                            words += 1;
                            calling &= !t.is_capitalized()
                                && !knowledge.is_function_word(t.text)
                                && !t.text.ends_with("ing")
                                && !t.text.ends_with("ly");
                        }
                    }
                    role || calling && (1..=3).contains(&words)
                };
                if let Some(np) = np.filter(|np| {
                    next.first().is_some_and(|t| t.span.start == np.start) || described(np)
                }) {
                    return Some(np);
                }
            }
        }
        return noun_phrase_tail(segments[chosen], strict, knowledge);
    }
    noun_phrase_tail(head, strict, knowledge).or_else(|| lone_quantifier(head))
}

/// `Most said they were worried`, `…; some say`: a quantifier standing for
/// the people just named, alone at the start of its clause, is the subject.
fn lone_quantifier(head: &[Token]) -> Option<Span> {
    let (last, before) = head.split_last()?;
    let opens_clause = before
        .last()
        .is_none_or(|t| matches!(t.text, ";" | ":" | "." | "—" | "–"));
    (opens_clause && lower_is_one_of(last.text, &crate::knowledge::QUANTIFIERS))
        .then_some(last.span)
}

/// `… a challenge by the Institution of Surveyors, which argued that`, `a
/// report by the Review Panel, set up by ministers last year, which
/// concluded that`: what `which` stands for as a source, the noun phrase
/// ending the words `before` its comma, past a participle's phrase (`set up
/// by …`), when it names an organization or a kind of one. (Out of line:
/// few subjects have one.)
#[inline(never)]
fn which_antecedent(before: &[Token], strict: bool, knowledge: &Knowledge) -> Option<Span> {
    let mut segments = before.split(|t| t.text == ",").rev();
    let participle = |seg: &[Token]| {
        seg.first().is_some_and(|t| {
            t.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !is_determiner(t.text)
                && !knowledge.is_function_word(t.text)
        }) && seg.iter().any(|t| t.text == "by")
    };
    let segment = segments.find(|seg| !seg.is_empty() && !participle(seg))?;
    let np = noun_phrase_tail(segment, strict, knowledge)?;
    let last = segment.iter().rfind(|t| t.span.end <= np.end)?;
    let names_body =
        (last.is_capitalized() || last.text == ")") || knowledge.org_noun(last.text).is_some();
    names_body.then_some(np)
}

/// Splits tokens at top-level commas (not inside brackets, nor between the
/// briefs of a department's name: `the Department for Culture, Media and
/// Sport`). Out of line, as the helpers below asked of few subjects: their
/// code stays out of the subject readers' hot path in the instruction cache.
#[inline(never)]
fn comma_segments<'a, 't>(toks: &'a [Token<'t>], knowledge: &Knowledge) -> Vec<&'a [Token<'t>]> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (k, t) in toks.iter().enumerate() {
        match t.text {
            "(" | "[" => depth += 1,
            ")" | "]" => depth -= 1,
            "," if depth <= 0 && !is_briefs_comma(toks, k, knowledge) => {
                out.push(&toks[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    out.push(&toks[start..]);
    out
}

/// `joint general secretary of the NEU`, `who is chairwoman …`, `a liberal
/// think tank`, `R-Ky.`, `45`: text that describes a subject rather than being one.
/// (Out of line: asked only past a comma.)
#[inline(never)]
fn is_apposition(seg: &[Token], knowledge: &Knowledge) -> bool {
    let Some(first) = seg.iter().find(|t| is_word(t)) else {
        return true;
    };
    let lower_start = !first.is_capitalized();
    let party_state =
        seg.len() <= 4 && first.text.len() >= 3 && first.text.as_bytes().get(1) == Some(&b'-');
    let number = first.text.chars().all(|c| c.is_ascii_digit());
    let determiner_role = knowledge.is_function_word(first.text)
        && seg
            .iter()
            .filter(|t| is_word(t))
            .nth(1)
            .is_some_and(|t| !t.is_capitalized());
    // `CBI director general`, `Director of the … Centre`: a role with no
    // person's name (no title, no given name) describes one; so does a place.
    // (These two, the dearer tests, are made only when the others fail.)
    // (A title names somebody only before a name: `Chief Secretary to the
    // Treasury`, `General Secretary of Unite` are offices.)
    let titled = |k: usize| {
        knowledge.title(seg[k].text).is_some()
            && seg
                .get(k + 1)
                .is_some_and(|n| is_word(n) && n.is_capitalized() && !knowledge.is_role(n.text))
    };
    // (After the role's `of`, `for` or `at`, the words name where it is
    // held, `organiser of the Metal and Marine Trades Union`: a given name
    // there is a person's only after a title or a lowercase word, `… junior
    // doctors' committee Robert Laurenson`.)
    let unnamed_role = || {
        let role = seg.iter().position(|t| knowledge.is_role(t.text));
        let held_at = role.and_then(|r| {
            seg[r..]
                .iter()
                .position(|t| matches!(t.text, "of" | "for" | "at"))
                .map(|k| r + k)
        });
        let given_name = |k: usize| {
            knowledge.first_name(seg[k].text).is_some()
                && (held_at.is_none_or(|h| k < h)
                    || seg.get(k.wrapping_sub(1)).is_some_and(|b| {
                        knowledge.title(b.text).is_some()
                            || (is_word(b)
                                && !b.is_capitalized()
                                && !knowledge.is_function_word(b.text))
                    }))
        };
        role.is_some() && !(0..seg.len()).any(|k| titled(k) || given_name(k))
    };
    let place = || {
        seg.iter().filter(|t| is_word(t)).count() <= 3 && {
            let words: Vec<&str> = seg.iter().filter(|t| is_word(t)).map(|t| t.text).collect();
            knowledge.is_place(&words.join(" "))
        }
    };
    lower_start || party_state || number || determiner_role || unnamed_role() || place()
}

/// The person a relative `who` stands for in the noun phrase `phrase` (of
/// `toks`): the name after `of` in `the verdict of Ann Lee` (the phrase
/// itself when its head is a role or a body: `the chairman of Acme`).
fn person_named_in(toks: &[Token], phrase: Span, knowledge: &Knowledge) -> Span {
    let words: Vec<&Token> = toks
        .iter()
        .filter(|t| phrase.start <= t.span.start && t.span.end <= phrase.end)
        .collect();
    let Some(of) = words.iter().position(|t| t.text == "of") else {
        return phrase;
    };
    let (owner, name) = (&words[..of], &words[of + 1..]);
    let described = owner.first().is_some_and(|t| is_determiner(t.text))
        && owner[1..].iter().all(|t| {
            is_word(t)
                && !t.is_capitalized()
                && !knowledge.is_role(t.text)
                && !knowledge.is_org_noun(&lower(t.text))
        });
    match (name.first(), name.last()) {
        (Some(first), Some(last)) if described && name.iter().all(|t| t.is_capitalized()) => {
            Span::new(first.span.start, last.span.end)
        }
        _ => phrase,
    }
}
