//! The noun phrase that ends a run of tokens: the subject a cue follows.
//! Takes the tokens before a cue; gives the span of a pronoun, a determiner
//! phrase (`the nursing union official`, `A Department for Culture, Media
//! and Sport spokesperson`), a capitalized name with the role words and
//! modifiers before it (`GMB national secretary Rachel Harrison`), a role a
//! name's possessive owns (`France's prime minister`), or a group named by a
//! plural noun of a kind of organization (`Smaller councils`, `Tenants’
//! groups`). Hard cases: a phrase after `of`, `for`, `at`, `from` or `in`
//! belongs to the name or role before it (`Mr. Morgan of the Sierra Club`,
//! `A spokesman for the Rail Delivery Group`, `Residents in Leeds`), but a
//! text's author after `by`; a clause before the cue ends its subject at its
//! verb (`Her aides have been reluctant to say`), though a passive's agent
//! speaks (`The plan was attacked by Ann Lee, who said`); and a capitalized
//! function word may be part of a name (`Patients First Alliance`, `Theresa
//! May`, `Campaign group Privacy First`).

use super::determiners::is_determiner;
use super::inner_commas::is_briefs_comma;
use crate::knowledge::{lower, Knowledge};
use crate::quotes::frames::is_word;
use crate::quotes::lower_is_one_of;
use crate::segment::{possessive_suffix, Token};
use crate::span::Span;

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
        // (`the Stop the Second Runway campaign`: the `the` of a campaign's
        // name opens no phrase.)
        let in_campaign_name =
            || k > 0 && t.text == "the" && knowledge.opens_campaign_name(toks[k - 1].text);
        if is_determiner(t.text) && !in_campaign_name() {
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
        // (A list's comma has its `and` after it: not `where the park is
        // being built, café owner Ann Lee`.)
        let list_joint = || {
            (t.text == "and" || t.text == "," && toks[k..].iter().any(|n| n.text == "and"))
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
    // (`The Department of Trade and Industry (DTI) in London`: an acronym in
    // brackets after capitalized words names a body, as a head word does.)
    let (group, acronym) = match group {
        [named @ .., open, acronym, close]
            if open.text == "(" && close.text == ")" && acronym.is_capitalized() =>
        {
            (named, true)
        }
        _ => (group, false),
    };
    let last = group.last()?;
    // (`Wenmoor District Council in Oxfordshire`: a body named by its head
    // word is somewhere too, its name the capitalized words before `in`.)
    if last.is_capitalized() && (acronym || knowledge.org_head(last.text).is_some()) {
        let words = group
            .iter()
            .rev()
            .take(6)
            .take_while(|t| {
                is_word(t) && (t.is_capitalized() || lower_is_one_of(t.text, &["of", "for", "and"]))
            })
            .count();
        // (The name opens with a capital: `leader of Wenmoor Council in …`.)
        let first = (group.len() - words..group.len()).find(|&k| group[k].is_capitalized())?;
        // (`Sgt. Mike Hale of the Fenby Police (FP) in Hallam`: a name
        // before `of the` body is its member's, who is the subject.)
        let of_at = first.checked_sub(if first >= 1 && group[first - 1].text == "the" {
            2
        } else {
            1
        });
        if let Some(of_at) = of_at.filter(|&at| acronym && group[at].text == "of" && at >= 1) {
            let member = group[..of_at]
                .iter()
                .rev()
                .take_while(|t| t.is_capitalized() || t.text == ".")
                .count();
            if member > 0 {
                return Some(group[of_at - member].span.start);
            }
        }
        return Some(group[first].span.start);
    }
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
/// groups`): a word that is no determiner, function word, finite verb,
/// preposition or verb of speech (`said operators had agreed`).
fn is_noun_modifier(t: &Token, knowledge: &Knowledge) -> bool {
    is_word(t)
        && !is_determiner(t.text)
        && !knowledge.is_function_word(t.text)
        && !knowledge.is_finite_verb(t.text)
        && !knowledge.is_preposition(t.text)
        && !knowledge.is_cue_word(t.text)
}

/// True when the token starting `span` is capitalized: a name, not `the talks`.
fn starts_with_name(span: Span, toks: &[Token]) -> bool {
    toks.iter()
        .find(|t| t.span.start == span.start)
        .is_some_and(|t| t.is_capitalized() && !is_determiner(t.text))
}
