//! The subject mention of a frame: the noun phrase ending right before
//! its cue (`Mr Kline said`, `the nursing union official said`, past an
//! apposition: `Kevin Courtney, the union's leader, said`), and the subject
//! of a sentence a later verb shares. The subject after its cue (`said the
//! Unite official`) is read in [`super::inverted`].

use super::inverted::apposed_name;
use super::is_word;
use crate::knowledge::{lower, Knowledge};
use crate::quotes::lower_is_one_of;
use crate::segment::{possessive_suffix, Token};
use crate::span::Span;

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
        if let Some(whose) = whose {
            // (After the segment that opens the clause, whose own words
            // may hold a participle: `whose retired chairman`.)
            let verb = |t: &Token| {
                knowledge.is_finite_verb(t.text)
                    || t.text.len() > 3
                        && t.text.ends_with("ed")
                        && t.text.bytes().all(|b| b.is_ascii_lowercase())
            };
            let own_verb = segments[whose + 1..]
                .iter()
                .flat_map(|seg| seg.iter())
                .any(verb);
            if own_verb {
                segments.truncate(whose);
            }
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
        let county = |seg: &[Token]| matches!(seg, [w] if w.is_capitalized() && knowledge.title(w.text).is_none());
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
        // apposition-like segments (`The leader, who argues …,`), the first
        // is that phrase.
        let chosen = segments
            .iter()
            .rposition(|seg| !is_apposition(seg, knowledge))
            .or_else(|| (segments.len() > 1).then_some(0))?;
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
    noun_phrase_tail(head, strict, knowledge)
}

/// Splits tokens at top-level commas (not inside brackets, nor between the
/// briefs of a department's name: `the Department for Culture, Media and
/// Sport`). Out of line, as the helpers below asked of few subjects: their
/// code stays out of the subject readers' hot path in the instruction cache.
#[inline(never)]
/// `… a challenge by the Institution of Surveyors, which argued that`, `a
/// report by the Review Panel, set up by ministers last year, which
/// concluded that`: what `which` stands for as a source, the noun phrase
/// ending the words `before` its comma, past a participle's phrase (`set up
/// by …`), when it names an organization or a kind of one.
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

/// The noun phrase at the end of `toks`: a pronoun, a determiner phrase
/// (`the nursing union official`), a capitalized name with its pre-modifiers
/// (`GMB national secretary Rachel Harrison`), or a bare plural (`sources`).
pub(in crate::quotes) fn noun_phrase_tail(
    toks: &[Token],
    strict: bool,
    knowledge: &Knowledge,
) -> Option<Span> {
    let last = *toks.last()?;
    if !is_word(&last) && last.text != ")" {
        return None;
    }
    if knowledge.pronoun(last.text).is_some() {
        return Some(last.span);
    }
    // A determiner phrase of words only: `the Unite official`, `A DHSC
    // spokesperson`, `A Department for Culture, Media and Sport spokesperson`
    // (the commas between a department's briefs are its name's).
    // (At most ten tokens back, and two more for each such comma.)
    let mut window = toks.len().saturating_sub(10);
    for k in (0..toks.len()).rev() {
        if k < window {
            break;
        }
        let t = toks[k];
        if is_determiner(t.text) {
            let body = &toks[k + 1..];
            let plain = body.iter().enumerate().all(|(n, b)| {
                is_word(b)
                    || matches!(b.text, "’" | "'" | "(" | ")" | "-")
                    || is_briefs_comma(toks, k + 1 + n, knowledge)
            });
            let no_break = body.iter().all(|b| {
                !lower_is_one_of(b.text, &["that", "who", "which", "when", "after", "before"])
            });
            // With `strict`, the phrase's last word is a name, a role or an
            // organization noun.
            let fits_as_head = |h: &Token| {
                !strict
                    || h.is_capitalized()
                    || h.text == ")"
                    || knowledge.is_role(h.text)
                    || knowledge.is_org_noun(&lower(h.text))
            };
            // A clause before the cue (`Her aides have been reluctant to
            // say`): its subject ends before its verb; but a passive's agent
            // is who speaks (`The plan was attacked by Ann Lee, who said`).
            let verb = body.iter().position(|b| knowledge.is_finite_verb(b.text));
            if let Some(v) = verb {
                let agent = body[v..]
                    .windows(2)
                    .any(|w| w[0].text == "by" && w[1].is_capitalized());
                if agent {
                    break;
                }
                let verb_chain = body[v..].iter().all(|b| is_word(b) && !b.is_capitalized());
                let fits = body[..v].last().is_some_and(fits_as_head);
                if plain && no_break && verb_chain && fits {
                    return Some(Span::new(t.span.start, body[v - 1].span.end));
                }
            }
            if plain && no_break && fits_as_head(&last) && !body.is_empty() {
                // `(In a speech to) the Foreign Policy Centre Mr Straw said`: an
                // honorific after a capitalized word starts the name of the subject.
                let person_title = (1..body.len()).rev().find(|&i| {
                    body[i - 1].is_capitalized()
                        && knowledge.is_honorific(body[i].text)
                        && body.get(i + 1).is_some_and(|n| n.is_capitalized())
                });
                if let Some(i) = person_title {
                    return Some(Span::new(body[i].span.start, last.span.end));
                }
                // `Mr. Morgan of the Sierra Club`, `A spokesman for the Rail Delivery
                // Group`: the phrase belongs to a name or a role before the preposition.
                // `Residents in the town centre`, `A man in the crowd`: a
                // place a group or person is in is theirs as well.
                if k >= 2
                    && matches!(
                        toks[k - 1].text,
                        "of" | "at" | "for" | "from" | "in" | "on" | "by"
                    )
                {
                    if let Some(owner) = noun_phrase_tail(&toks[..k - 1], strict, knowledge) {
                        let owner_is_role = knowledge.is_role(toks[k - 2].text);
                        let determined = toks
                            .iter()
                            .find(|o| o.span.start == owner.start)
                            .is_some_and(|o| is_determiner(o.text));
                        // (`The opposition group on the council`: a body
                        // sitting on another is named by it too.)
                        let place = matches!(toks[k - 1].text, "in" | "on");
                        // (`A study by the University of Leeds`: a text's
                        // author is named after `by`, a person's never.)
                        // (`the Government Office for the North West`: a
                        // body's remit after its head word is its name's.)
                        let remit = matches!(toks[k - 1].text, "of" | "for")
                            && knowledge.org_head(toks[k - 2].text).is_some();
                        let fits = if toks[k - 1].text == "by" {
                            knowledge.is_document(toks[k - 2].text)
                        } else {
                            starts_with_name(owner, toks)
                                || owner_is_role
                                || remit
                                || place && determined
                        };
                        if fits {
                            return Some(Span::new(owner.start, last.span.end));
                        }
                    }
                }
                return Some(Span::new(t.span.start, last.span.end));
            }
            break;
        }
        if is_briefs_comma(toks, k, knowledge) {
            window = window.saturating_sub(2);
        } else if !(is_word(&t) || matches!(t.text, "’" | "'" | "(" | ")" | "-" | ".")) {
            break;
        }
    }
    // A capitalized name, with connectors inside org names and role words before
    // it, and the lowercase words that modify a role (`portfolio manager`).
    let mut k = toks.len();
    let mut saw_name = false;
    let mut role_seen = false;
    let (mut modifiers, mut most_modifiers) = (0, 3);
    // `Patients First Alliance`: a name ending in an organization's head word
    // keeps a capitalized function word inside it.
    let org_name = last.is_capitalized() && knowledge.org_head(last.text).is_some();
    while k > 0 {
        let t = toks[k - 1];
        // `Theresa May`: a capitalized function word after a given name is a surname.
        // (Asked only of a capitalized word: a lookup in no table of shapes.)
        let surname_after_given =
            || k == toks.len() && k >= 2 && knowledge.first_name(toks[k - 2].text).is_some();
        let inside_org_name = org_name && saw_name && k >= 2 && toks[k - 2].is_capitalized();
        // `Campaign group Privacy First said`: a capitalized function word
        // right before the cue, after a capitalized word, ends a name (not
        // a day or a time: `Labour Today said` is none).
        let ends_name = || {
            k == toks.len()
                && k >= 2
                && toks[k - 2].is_capitalized()
                && !knowledge.is_function_word(toks[k - 2].text)
                && knowledge.time_word(t.text).is_none()
        };
        // `Acme plc`: a legal suffix in lowercase ends a company's name.
        let suffix = k == toks.len()
            && k >= 2
            && toks[k - 2].is_capitalized()
            && knowledge.is_org_suffix(t.text);
        // `the Department for Environment, Food and Rural Affairs`: a comma
        // between the briefs of a name that an opening head word begins.
        let briefs_comma = saw_name && is_briefs_comma(toks, k - 1, knowledge);
        let name_part = suffix
            || briefs_comma
            || (t.is_capitalized()
                && (surname_after_given()
                    || inside_org_name
                    || ends_name()
                    || !(knowledge.is_function_word(t.text) && knowledge.title(t.text).is_none())))
            || matches!(t.text, "(" | ")" | "’" | "'" | ".")
            || ((lower_is_one_of(t.text, &["of", "and", "for", "s"]) || t.text == "&")
                && saw_name
                && k >= 2
                && toks[k - 2].is_capitalized())
            || (knowledge.is_name_particle(t.text)
                && saw_name
                && k >= 2
                && toks[k - 2].is_capitalized());
        let role = !t.is_capitalized() && knowledge.is_role(t.text);
        let modifier = |t: &Token| {
            is_word(t)
                && !t.is_capitalized()
                && !knowledge.is_function_word(t.text)
                && !knowledge.is_preposition(t.text)
                && knowledge.cue(&lower(t.text)).is_none()
        };
        let role_modifier = || saw_name && role_seen && modifiers < most_modifiers && modifier(&t);
        // `shadow work and pensions secretary Ann Lee`, `shadow environment,
        // food and rural affairs secretary`: a portfolio's list joins the
        // modifiers of a role (each list takes two more).
        let list_joint = || {
            matches!(t.text, "and" | ",")
                && saw_name
                && role_seen
                && modifiers > 0
                && modifiers < most_modifiers
                && k >= 2
                // (The first area may open the sentence: `Environment, food
                // and rural affairs secretary Ann Lee said`.)
                && (modifier(&toks[k - 2]) || k == 2 && is_word(&toks[0]))
        };
        if name_part || (role && saw_name) || (!role && role_modifier()) {
            if !name_part && !role {
                modifiers += 1;
            }
            role_seen |= role;
            saw_name |= t.is_capitalized();
            k -= 1;
        } else if list_joint() {
            if t.text == "and" {
                most_modifiers += 2;
            }
            k -= 1;
        } else if role && !saw_name && k == toks.len() {
            // `sources said`, `officials say`; `France's prime minister`,
            // `Acme's chief executive`: a role a name's possessive owns.
            return Some(
                possessive_owner_start(&toks[..k], knowledge)
                    .map_or(t.span, |start| Span::new(start, last.span.end)),
            );
        } else if !saw_name
            && k == toks.len()
            && is_plural_org_noun(t.text, knowledge)
            && opens_noun_phrase(&toks[..k - 1], knowledge)
        {
            // `Smaller councils have warned`, `Animal welfare groups said`: a
            // group of organizations, named by its plural noun and the words
            // modifying it, or the plural owning it (`Tenants’ groups said`).
            let before = &toks[..k - 1];
            let start = match before {
                [.., owner, mark]
                    if matches!(mark.text, "’" | "'")
                        && owner.span.end == mark.span.start
                        && owner.text.ends_with('s')
                        && is_word(owner) =>
                {
                    owner.span.start
                }
                _ => before
                    .iter()
                    .rev()
                    .take(3)
                    .take_while(|t| is_noun_modifier(t, knowledge))
                    .last()
                    .map_or(t.span.start, |first| first.span.start),
            };
            return Some(Span::new(start, t.span.end));
        } else {
            break;
        }
    }
    // Drop leading connectors and marks that did not open a name.
    while k < toks.len()
        && (matches!(
            toks[k].text,
            "of" | "and" | "for" | "&" | ")" | "’" | "'" | "." | "s"
        ) || knowledge.is_function_word(toks[k].text)
            && knowledge.title(toks[k].text).is_none())
    {
        k += 1;
    }
    if !saw_name || k >= toks.len() {
        return None;
    }
    // `A spokesperson for the Department for Environment, Food and Rural
    // Affairs`: as for a name without commas (above), a role or a name before
    // the preposition owns it.
    let name = Span::new(toks[k].span.start, last.span.end);
    // `Tom Hale of research firm Jupiter`: lowercase words saying what the
    // organization is (ending in a kind noun or a trade) may stand between
    // the preposition and its name.
    let lowercase =
        |w: &Token| w.is_word() && w.text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let preposition = |w: &Token| lower_is_one_of(w.text, &["of", "at", "for", "from"]);
    let kind_before = k >= 1 && {
        let kind = toks[k - 1].text;
        lowercase(&toks[k - 1]) && (knowledge.is_org_noun(kind) || knowledge.is_role(kind))
    };
    let kind_words = (1..=3)
        .take_while(|&n| k > n && lowercase(&toks[k - n]))
        .find(|&n| kind_before && !preposition(&toks[k - n]) && preposition(&toks[k - n - 1]))
        .unwrap_or(0);
    let lead = k - kind_words;
    let article = usize::from(lead >= 1 && lower_is_one_of(toks[lead - 1].text, &["the"]));
    if lead >= 2 + article && preposition(&toks[lead - 1 - article]) {
        let owner_end = lead - 1 - article;
        let owner_is_role = knowledge.is_role(toks[owner_end - 1].text);
        if let Some(owner) = noun_phrase_tail(&toks[..owner_end], strict, knowledge) {
            if owner_is_role || starts_with_name(owner, toks) {
                return Some(Span::new(owner.start, name.end));
            }
        }
    }
    if article == 0 && k >= 2 && toks[k - 1].text == "in" {
        if let Some(owner) = place_owner(toks, k, knowledge) {
            return Some(Span::new(owner, name.end));
        }
    }
    Some(name)
}

/// Where the group a place name is the home of starts, when the name that
/// ends `toks` from token `k` on is a place after `in` (`Residents in
/// Leeds`, `Chief constables in England and Wales`): the place is theirs,
/// not the subject, as the town centre is theirs in `Residents in the town
/// centre`. The group is up to four content words whose last is a common
/// noun or a role, or one capitalized word opening the sentence
/// (`Residents`).
/// (Out of line: asked only of a name after `in`.)
#[inline(never)]
fn place_owner(toks: &[Token], k: usize, knowledge: &Knowledge) -> Option<usize> {
    let place = toks.get(k..)?;
    let all_places = place
        .iter()
        .filter(|t| t.is_capitalized())
        .all(|t| knowledge.is_place(t.text));
    let group = toks.get(..k - 1)?;
    let last = group.last()?;
    // (`Grammar schools in Northern Ireland`, `head teachers in Kent`: a
    // plural common noun's group is somewhere, whatever the place's name.)
    let plural = !last.is_capitalized() && last.text.len() > 3 && last.text.ends_with('s');
    if !(all_places || plural) {
        return None;
    }
    let common = !last.is_capitalized() || knowledge.is_role(&lower(last.text));
    let opening_word = group.len() == 1;
    if !(is_word(last) && (common || opening_word)) {
        return None;
    }
    // The group's words: up to four content words back from `in`.
    let words = group
        .iter()
        .rev()
        .take(4)
        .take_while(|t| {
            is_word(t)
                && !knowledge.is_function_word(t.text)
                && !knowledge.is_preposition(&lower(t.text))
        })
        .count();
    let first = group.len().checked_sub(words.max(1))?;
    group.get(first).map(|t| t.span.start)
}

/// Where the possessive name owning the role that ends `toks` starts
/// (`South Africa's` in `South Africa's finance minister`): before the role,
/// up to three lowercase modifiers, then up to three capitalized words, the
/// last in `'s`. (Out of line: asked only of a bare role.)
#[inline(never)]
fn possessive_owner_start(toks: &[Token], knowledge: &Knowledge) -> Option<usize> {
    let role = toks.len().checked_sub(1)?;
    let modifier = |t: &Token| {
        is_word(t)
            && !t.is_capitalized()
            && !knowledge.is_function_word(t.text)
            && !knowledge.is_preposition(t.text)
    };
    let modifiers = toks[..role]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| modifier(t))
        .count();
    let owner = role.checked_sub(modifiers + 1)?;
    let possessive = |t: &Token| possessive_suffix(t.text) > 0;
    if !(toks[owner].is_capitalized() && possessive(&toks[owner])) {
        return None;
    }
    let words = toks[..owner]
        .iter()
        .rev()
        .take(2)
        .take_while(|t| is_word(t) && t.is_capitalized() && !knowledge.is_function_word(t.text))
        .count();
    let start = owner - words;
    // (`In France's view officials said`: the name is a preposition's object.)
    let governed = start > 0 && knowledge.is_preposition(&lower(toks[start - 1].text));
    (!governed).then(|| toks[start].span.start)
}

/// `his`, `her`, `its`, `their`: a possessive that opens a description.
pub(super) fn is_possessive_determiner(word: &str) -> bool {
    lower_is_one_of(word, &["his", "her", "its", "their"])
}

/// Whether the comma at `k` lies between the briefs of a department's name
/// (`the Department for Culture, Media and Sport`): capitalized words on
/// both sides, an `and` before the next comma, and a head word that opens
/// names before it; or between the areas of a body's remit (`the
/// environment, food and rural affairs committee`).
fn is_briefs_comma(toks: &[Token], k: usize, knowledge: &Knowledge) -> bool {
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
    let (mut and, mut head) = (false, None);
    for t in toks.get(k + 1..).unwrap_or_default() {
        match t.text {
            // (Every comma comes before the list's `and`.)
            "," if !and => continue,
            "and" => and = true,
            _ if is_word(t) && knowledge.pronoun(t.text).is_none() => {}
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

/// `unions`, `councils`, `charities`: the lowercase plural of a noun naming a
/// kind of organization (data/org_nouns.txt). Asked only of the last word
/// before a cue; the singular is made on the stack. (Out of line: asked
/// only when no name or role ends the subject.)
#[inline(never)]
fn is_plural_org_noun(word: &str, knowledge: &Knowledge) -> bool {
    let bytes = word.as_bytes();
    if bytes.len() < 4
        || bytes.len() > 24
        || !bytes[0].is_ascii_lowercase()
        || bytes.last() != Some(&b's')
    {
        return false;
    }
    // `charities` → `charity`; `unions` → `union`.
    if let Some(stem) = word.strip_suffix("ies") {
        let mut buf = [0u8; 24];
        let singular = &mut buf[..stem.len() + 1];
        singular[..stem.len()].copy_from_slice(stem.as_bytes());
        singular[stem.len()] = b'y';
        if std::str::from_utf8(singular).is_ok_and(|w| knowledge.org_noun(w).is_some()) {
            return true;
        }
    }
    knowledge.org_noun(&word[..word.len() - 1]).is_some()
}

/// Whether the words `before` a plural noun leave it the head of a subject:
/// at most three modifiers (`Federal employee`, `Smaller`) after the start
/// of the sentence, a mark, a word opening a clause (`and`, `where`) or a
/// determiner (`many`); not after a verb, an adverb or a preposition (`are
/// now helping newspapers`, `a third of councils`). (Out of line: asked only
/// after a plural organization noun.)
#[inline(never)]
fn opens_noun_phrase(before: &[Token], knowledge: &Knowledge) -> bool {
    for (n, t) in before.iter().rev().enumerate() {
        if is_noun_modifier(t, knowledge) && n < 3 {
            continue;
        }
        return !is_word(t)
            || is_determiner(t.text)
            || lower_is_one_of(
                t.text,
                &[
                    "and", "but", "or", "that", "where", "while", "when", "as", "because",
                    "though", "although", "if", "so",
                ],
            );
    }
    true
}

/// Whether `t` may modify a noun after it (`welfare` in `animal welfare
/// groups`): a word that is no determiner, function word, finite verb or
/// preposition.
fn is_noun_modifier(t: &Token, knowledge: &Knowledge) -> bool {
    is_word(t)
        && !is_determiner(t.text)
        && !knowledge.is_function_word(t.text)
        && !knowledge.is_finite_verb(t.text)
        && !knowledge.is_preposition(t.text)
}

/// True when the token starting `span` is capitalized: a name, not `the talks`.
fn starts_with_name(span: Span, toks: &[Token]) -> bool {
    toks.iter()
        .find(|t| t.span.start == span.start)
        .is_some_and(|t| t.is_capitalized() && !is_determiner(t.text))
}

pub(super) fn is_determiner(word: &str) -> bool {
    // Asked of most words near a cue: the word, lowered in ASCII, is packed
    // into an integer and matched against the list's words packed alike (as
    // `lower_is_one_of` would match: the list is lowercase ASCII of at most
    // seven bytes), compares that take no table of jumps. Most words are
    // ruled out first by their length or first letter in either case
    // (`| 0x20` lowercases an ASCII capital).
    let bytes = word.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    if bytes.len() > 7
        || !matches!(
            first | 0x20,
            b't' | b'a' | b'o' | b'i' | b'h' | b's' | b'm' | b'b'
        )
    {
        return false;
    }
    let key = bytes
        .iter()
        .rev()
        .fold(0u64, |key, &b| key << 8 | u64::from(b.to_ascii_lowercase()));
    // (The length in the top byte: `the` and `the\0` differ.)
    DETERMINERS.contains(&(key | (bytes.len() as u64) << 56))
}

/// A word of up to seven bytes as one integer: its bytes, the first lowest,
/// and its length in the top byte.
const fn packed(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut k = word.len();
    while k > 0 {
        k -= 1;
        key = key << 8 | word[k] as u64;
    }
    key | (word.len() as u64) << 56
}

/// The words [`is_determiner`] accepts, [`packed`].
const DETERMINERS: [u64; 16] = [
    packed(b"the"),
    packed(b"a"),
    packed(b"an"),
    packed(b"another"),
    packed(b"one"),
    packed(b"its"),
    packed(b"their"),
    packed(b"his"),
    packed(b"her"),
    packed(b"some"),
    packed(b"many"),
    packed(b"several"),
    packed(b"most"),
    packed(b"both"),
    packed(b"two"),
    packed(b"three"),
];

/// The subject of a sentence, for a verb that shares it: its first noun phrase
/// after an opening adverbial (`Earlier, Rishi Sunak …`).
/// Conjunctions that open a subordinate clause (those not also prepositions).
const SUBORDINATORS: &[&str] = &[
    "when", "while", "although", "though", "because", "once", "if", "unless", "whereas",
];

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
    let opens_phrase = toks.first().is_some_and(|t| {
        t.is_capitalized()
            && (knowledge.is_preposition(t.text)
                || t.text.ends_with("ing")
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
    let owned_role = end > start
        && kind_words > 0
        && possessive_suffix(toks[end - 1].text) > 0
        && knowledge.is_role(toks[end + kind_words - 1].text)
        && toks
            .get(end + kind_words)
            .is_none_or(|t| !t.is_capitalized());
    if owned_role {
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
