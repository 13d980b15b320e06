//! The subject of an inverted frame: the noun phrase starting right after
//! its cue (`said the Unite official`, `according to Tom Hale`), with the
//! name an apposition gives it (`said its chief executive, Ann Lee.`).

use super::is_word;
use super::subject::{is_determiner, is_possessive_determiner};
use crate::knowledge::{lower, Knowledge};
use crate::quotes::lower_is_one_of;
use crate::segment::{is_participle, possessive_suffix, Token};
use crate::span::Span;

/// The subject after an inverted cue: `said the Unite official`, `says Conservative peer`.
pub(super) fn subject_after(toks: &[Token], start: usize, knowledge: &Knowledge) -> Option<Span> {
    let rest = toks.get(start..)?;
    let first = rest.first()?;
    // `said chief executive Lee Strafford`, `said former Utah governor Michael
    // Leavitt`: lowercase words that lead through a role to a name, and
    // through a portfolio's list too (`said shadow culture, media and sport
    // secretary Ann Lee`).
    let role_led = || {
        let words = rest
            .iter()
            .take(10)
            .take_while(|t| is_word(t) || matches!(t.text, "." | ","));
        let mut role_seen = false;
        // `said welder Ryan Gilchrist, 24,`: an occupation no role list
        // holds, one or two words, before a known given name.
        let mut unlisted = 0;
        for t in words {
            // (`said founder and chief executive Ann Lee`: `and` joins two
            // roles as well as a role's modifiers; the name ends the search.)
            if matches!(t.text, "." | "," | "and") {
                continue;
            }
            // `said former South Carolina Gov. Jim Hodges`: a title is a role.
            if knowledge.title(t.text).is_some() {
                role_seen = true;
            } else if t.is_capitalized() {
                if role_seen
                    || (unlisted > 0 && unlisted <= 2 && knowledge.first_name(t.text).is_some())
                {
                    return true;
                }
            } else if knowledge.is_role(t.text) || knowledge.org_noun(t.text).is_some() {
                // (`according to research firm Boxwell Media`: a kind of
                // organization leads to its name as a role to a person's.)
                role_seen = true;
            } else if role_seen && matches!(t.text, "at" | "of" | "for" | "the") {
                // (`according to analysts at Boxwell Media`.)
                continue;
            } else if knowledge.is_function_word(t.text) || knowledge.cue(&lower(t.text)).is_some()
            {
                return false;
            } else if t.text.ends_with("ly") || knowledge.time_word(t.text).is_some() {
                // (`said recently`, `said yesterday`: an adjunct, no calling.)
                unlisted = usize::MAX / 2;
            } else {
                unlisted += 1;
            }
        }
        false
    };
    // `…, say analysts, …`: a bare plural role is a group of sources.
    let bare_plural = !first.is_capitalized()
        && first.text.ends_with('s')
        && knowledge.is_role(first.text)
        && rest
            .get(1)
            .is_none_or(|n| matches!(n.text, "," | "." | ";"));
    if bare_plural {
        return Some(first.span);
    }
    // (`according to polls by …`: a text named by its kind with no
    // determiner, singular or plural, opens a phrase as one with it does.)
    let document = |w: &str| {
        knowledge.is_document(w)
            || w.strip_suffix('s')
                .is_some_and(|w| knowledge.is_document(w))
    };
    let text_kind = !first.is_capitalized() && document(first.text);
    let starts_np = is_determiner(first.text)
        || text_kind
        || (first.is_capitalized()
            && (!knowledge.is_function_word(first.text) || knowledge.title(first.text).is_some()))
        || knowledge.pronoun(first.text).is_some();
    let role_led = !starts_np && !first.is_capitalized() && role_led();
    if !starts_np && !role_led {
        return None;
    }
    // `said Ofcom's director of online safety, Tom Hale.`: a name's
    // possessive determines a role description as `the` does, whose
    // apposition names the speaker (where no comma and name follow, what
    // follows the cue is more likely its clause: `said Ofcom's rules were
    // weak`).
    if let Some(owner) = possessive_name_opening(rest, knowledge) {
        let comma = rest.iter().take(10).position(|t| t.text == ",");
        let description = |c: usize| {
            rest.get(owner + 1..c).is_some_and(|words| {
                words.iter().all(|t| {
                    is_word(t)
                        && (!knowledge.is_function_word(t.text)
                            || lower_is_one_of(t.text, &["of", "for", "and"]))
                })
            })
        };
        if let Some(name) = comma
            .filter(|&c| description(c))
            .and_then(|c| apposed_name(rest, c, knowledge))
        {
            return Some(name);
        }
    }
    let determiner_led = is_determiner(first.text) || text_kind;
    let mut seen_capital = false;
    let mut end = 0;
    for (k, t) in rest.iter().enumerate() {
        // (`according to a study by the University of Leeds`: a text's
        // author is named after `by`, also past the text's own `for` or
        // `of` phrase: `a poll for the BBC by Acme Research`.)
        let author = t.text == "by" && {
            let text_at = rest[..k].iter().rposition(|w| document(w.text));
            text_at.is_some_and(|d| {
                let between = &rest[d + 1..k];
                between.is_empty()
                    || between.len() <= 5
                        && matches!(between[0].text, "for" | "of")
                        && between
                            .iter()
                            .all(|w| is_word(w) && !knowledge.is_finite_verb(w.text))
            })
        };
        // (`Fellwick & Pole`: an ampersand joins a firm's two names.)
        let ampersand = t.text == "&"
            && k > 0
            && rest[k - 1].is_capitalized()
            && rest.get(k + 1).is_some_and(|n| n.is_capitalized());
        let connector = k > 0 && lower_is_one_of(t.text, &["of", "at", "the", "for", "and"])
            || author
            || ampersand;
        // (A title's or an initial's stop goes on to the name after it; one
        // with no name after it ends the sentence: `for the Institute for
        // Criminal Justice.`)
        let possessive = lower_is_one_of(t.text, &["’", "'", "s", "-"])
            || (t.text == "."
                && k > 0
                && (knowledge.title(rest[k - 1].text).is_some() || rest[k - 1].text.len() == 1)
                && rest.get(k + 1).is_some_and(|n| n.is_capitalized()));
        let particle = k > 0
            && knowledge.is_name_particle(t.text)
            && rest.get(k + 1).is_some_and(|n| n.is_capitalized());
        // `IMF managing director Rodrigo Rato`: lowercase words on the way to a role.
        let leads_to_role = || {
            is_word(t)
                && !t.is_capitalized()
                && !knowledge.is_function_word(t.text)
                && rest[k + 1..]
                    .iter()
                    .take(3)
                    .take_while(|n| is_word(n) && !n.is_capitalized())
                    .any(|n| knowledge.is_role(n.text))
        };
        let portfolio_comma = t.text == ","
            && rest
                .get(k + 1)
                .is_some_and(|n| is_word(n) && !n.is_capitalized());
        // `said Campaign for Nuclear Disarmament (CND) chairwoman Ann Lee`:
        // an acronym in brackets after a name's capitals.
        let is_acronym =
            |w: &Token| w.text.len() >= 2 && w.text.bytes().all(|b| b.is_ascii_uppercase());
        let acronym = seen_capital
            && match t.text {
                "(" => {
                    rest.get(k + 1).is_some_and(is_acronym)
                        && rest.get(k + 2).is_some_and(|c| c.text == ")")
                }
                ")" => k >= 2 && is_acronym(&rest[k - 1]) && rest[k - 2].text == "(",
                _ => false,
            };
        // `said Royal British Legion director of welfare Ann Lee`: a
        // lowercase portfolio after a role's `of` or `for`, before the name.
        let lowercase = |w: &Token| is_word(w) && !w.is_capitalized();
        let portfolio = lowercase(t)
            && (1..=2).any(|back| {
                k > back
                    && lower_is_one_of(rest[k - back].text, &["of", "for"])
                    && knowledge.is_role(rest[k - back - 1].text)
                    && rest[k - back + 1..k].iter().all(lowercase)
            })
            && rest[k + 1..]
                .iter()
                .take(2)
                .find(|n| !lowercase(n))
                .is_some_and(|n| n.is_capitalized());
        let leading_modifier = acronym
            || portfolio
            || (role_led
                && !seen_capital
                && ((is_word(t) && !t.is_capitalized()) || portfolio_comma))
            || leads_to_role();
        seen_capital |= t.is_capitalized();
        let np_word = leading_modifier
            || if determiner_led {
                k == 0
                    || possessive
                    || connector
                    // `the New York businessman`: a capital is a name's.
                    || (is_word(t) && (t.is_capitalized() || !knowledge.is_function_word(t.text)))
            } else {
                (t.is_capitalized()
                    && (!knowledge.is_function_word(t.text) || knowledge.title(t.text).is_some()))
                    || knowledge.is_role(t.text)
                    || possessive
                    || connector
                    || particle
            };
        if !np_word || k >= 12 {
            break;
        }
        end = k + 1;
        if knowledge.pronoun(t.text).is_some() {
            break;
        }
    }
    // Do not end on a connector.
    while end > 0 && lower_is_one_of(rest[end - 1].text, &["of", "at", "the", "for", "and", "by"]) {
        end -= 1;
    }
    // (Nor, after a text's kind, on a participle whose agent is cut off:
    // `according to polls conducted by …` is said by the polls.)
    if text_kind && end == 2 && is_participle(rest[1].text.as_bytes()) {
        end = 1;
    }
    if determiner_led {
        if let Some(name) = apposed_name(rest, end, knowledge) {
            return Some(name);
        }
        // `said their leader in the assembly, Mair Rowlands.`: a
        // prepositional phrase says where the role is held, and the
        // apposition after it names the holder.
        let comma = rest
            .get(end)
            .filter(|t| knowledge.is_preposition(t.text))
            .and_then(|_| {
                rest.iter()
                    .enumerate()
                    .skip(end + 1)
                    .take(5)
                    .take_while(|(_, t)| {
                        t.text == "," || is_word(t) && !knowledge.is_finite_verb(t.text)
                    })
                    .find(|(_, t)| t.text == ",")
            });
        if let Some(name) = comma.and_then(|(c, _)| apposed_name(rest, c, knowledge)) {
            return Some(name);
        }
    }
    (end > 0).then(|| Span::new(rest[0].span.start, rest[end - 1].span.end))
}

/// `said its chief executive, Gareth Moss.`: a role description (the
/// tokens of `rest` up to `end`, with no capital unless a determiner opens
/// it) whose apposition names the
/// speaker, the name closing the sentence or its clause. The name's span.
pub(super) fn apposed_name(rest: &[Token], end: usize, knowledge: &Knowledge) -> Option<Span> {
    let description = rest.get(..end)?;
    // Capitals are a party's, a place's or an office's when a determiner opens
    // the description (`said the Conservative MP for North Wealdstone, Jane
    // Hollis`), a name's otherwise.
    let determined = description
        .first()
        .is_some_and(|t| is_determiner(t.text) || is_possessive_determiner(t.text))
        || possessive_name_opening(description, knowledge).is_some();
    let is_role_description = description.iter().any(|t| knowledge.is_role(t.text))
        && (determined || !description.iter().any(|t| t.is_capitalized()));
    if !is_role_description || rest.get(end)?.text != "," {
        return None;
    }
    let after = rest.get(end + 1..)?;
    // A title's stop (`Mr.`) and an initial's (`James B. Comey`) belong
    // to the name; a stop after anything else ends it.
    let mut named = 0;
    for (k, t) in after.iter().enumerate().take(6) {
        let word = is_word(t) && t.is_capitalized() && !knowledge.is_function_word(t.text);
        let title = knowledge.title(t.text).is_some();
        let stop_of_name = t.text == "."
            && k > 0
            && after.get(k + 1).is_some_and(|n| n.is_capitalized())
            && (knowledge.title(after[k - 1].text).is_some() || after[k - 1].text.len() == 1);
        if !(word || title || stop_of_name) {
            break;
        }
        named = k + 1;
    }
    let closes = after
        .get(named)
        .is_none_or(|t| matches!(t.text, "." | "," | ";" | "!" | "?"));
    let has_name = after[..named]
        .iter()
        .any(|t| is_word(t) && knowledge.title(t.text).is_none());
    (has_name && closes).then(|| Span::new(after[0].span.start, after[named - 1].span.end))
}

/// Where `toks` open with a name's possessive and a word after it
/// (`Ofcom's director`, `Barack Obama's spokesman`, `Hadleigh Insurance
/// plc's marketing director`): up to three capitalized words, the last in
/// `'s`, or a legal suffix in `'s` after them; the index of the possessive.
fn possessive_name_opening(toks: &[Token], knowledge: &Knowledge) -> Option<usize> {
    let possessive = |t: &Token| possessive_suffix(t.text) > 0;
    let suffix = |k: usize, t: &Token| {
        k > 0
            && possessive(t)
            && knowledge.is_org_suffix(&t.text[..t.text.len() - possessive_suffix(t.text)])
    };
    // (`Fitzwarren & Pole's`: an ampersand joins a firm's two names.)
    let owner = toks
        .iter()
        .enumerate()
        .take(4)
        .take_while(|&(k, t)| {
            is_word(t) && (t.is_capitalized() || suffix(k, t)) || k > 0 && t.text == "&"
        })
        .position(|(_, t)| possessive(t))?;
    toks.get(owner + 1).is_some_and(is_word).then_some(owner)
}
