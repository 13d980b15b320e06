//! A name found once, used again in another form: a company without its
//! legal suffix or its sector (`Lumora Ltd … Lumora said`, `Alderbrook
//! Capital … Alderbrook said`), a name written again as its first word and
//! its head word in lowercase (`the Northgate Space Science Centre … the
//! Northgate centre`), and a name found by context that is the first words
//! of one named in full (`Wessington chief executive` in a story about
//! `Wessington County Cricket Club`). Takes the text and the mentions found;
//! adds or renames mentions. Hard cases: what is left of a name could name
//! something else (`Thames Water`, a place), a title before the short name
//! makes it a person's (`Mr Paulson` of `Paulson Partners`), a body named
//! after another is not it (`the Wessington Gazette`, `the RNC Rules
//! Committee`), and a surname is no name's short form (`Clinton spokesman
//! Brian Fallon`).

use crate::knowledge::{on_word_bounds, Knowledge, OrgKind};
use crate::span::Span;

use super::OrgMention;

/// `Wessington chief executive Tom Hale` in a story about `Wessington County
/// Cricket Club`: an organization found by context whose name is the first
/// words of one `named` in full (and of no other) is that one, by its full
/// name. Not a body named after it (`the Wessington Supporters' Trust`, its
/// supporters'; `the Wessington Gazette`, a paper; a government's office; a
/// committee).
pub(super) fn name_in_full(
    text: &str,
    knowledge: &Knowledge,
    found: &mut [OrgMention],
    named: &[OrgMention],
) {
    // (Nor a body of its members: `the RNC Rules Committee` is not the RNC.)
    let members_body = |name: &str| {
        name.rsplit(' ')
            .next()
            .is_some_and(|head| knowledge.is_members_body(&head.to_lowercase()))
    };
    // (Nor a person's surname, which a given name or a title stands before
    // somewhere: `Clinton spokesman Brian Fallon` is no `Clinton
    // Foundation`'s. Asked last: it reads the whole text.)
    let surname = |short: &str| {
        memchr::memmem::find_iter(text.as_bytes(), short.as_bytes())
            .any(|at| after_given_name(text, at, knowledge) || after_title(text, at, knowledge))
    };
    for m in found.iter_mut() {
        let short = m.org.name.as_str();
        let mut longer = named.iter().map(|n| &n.org).filter(|o| {
            !matches!(o.kind, OrgKind::Media | OrgKind::Government)
                && o.name
                    .strip_prefix(short)
                    .is_some_and(|rest| rest.starts_with(' ') && !rest.contains(['\'', '’']))
                && !members_body(&o.name)
        });
        let Some(first) = longer.next() else {
            continue;
        };
        if longer.all(|o| o.name == first.name) && !surname(short) {
            m.org = first.clone();
        }
    }
}

/// `the Northgate Space Science Centre … at the Northgate centre`: a name
/// of two words or more written again as its first word and its head word
/// in lowercase, after `the`, is the same organization; pushed to `found`
/// in order.
pub(super) fn push_informal_names(
    text: &str,
    tokens: &[Span],
    capitalized: &[usize],
    knowledge: &Knowledge,
    found: &mut Vec<OrgMention>,
) {
    let mut uses: Vec<OrgMention> = Vec::new();
    // (Read at the capitalized tokens only: the first word is one; the
    // names are searched only where `the`, a capital and a lowercase word
    // stand in a row, which few do.)
    for &k in capitalized {
        let (Some(the), Some(first), Some(head)) = (
            k.checked_sub(1).and_then(|t| tokens.get(t)),
            tokens.get(k),
            tokens.get(k + 1),
        ) else {
            continue;
        };
        let (the, first, head) = (the.of(text), first.of(text), head.of(text));
        if !(the == "the" || the == "The") || !head.starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        // A name of two words or more, opening with the capital and
        // ending in the lowercase word written as a head word (only a head
        // word says what the organization is: `Centre`, `Theatre`).
        let named = found.iter().find(|m| {
            let name = m.org.name.as_str();
            name.len() > first.len() + head.len() + 1
                && name.starts_with(first)
                && name.as_bytes().get(first.len()) == Some(&b' ')
                && name.rsplit_once(' ').is_some_and(|(_, last)| {
                    last.eq_ignore_ascii_case(head) && knowledge.org_head(last).is_some()
                })
        });
        let span = Span::new(tokens[k].start, tokens[k + 1].end);
        if let Some(m) = named.filter(|_| !found.iter().any(|o| o.span.overlaps(span))) {
            uses.push(OrgMention {
                span,
                org: m.org.clone(),
            });
        }
    }
    if !uses.is_empty() {
        found.extend(uses);
        found.sort_by_key(|m| m.span.start);
    }
}

/// `Lumora Ltd says … Lumora said`: a company named with its legal suffix
/// is the same company where the text writes its name without it, pushed
/// to `found` (unsorted: the caller sorts). Not inside another name
/// (`Lumora Labs`), nor where a mention is found already. So is a company
/// named with its sector or its country's code (`Alderbrook Capital …
/// Alderbrook said`, `Teleon UK … Teleon said`), or with both a sector and
/// a legal suffix (`Brackenbury Group plc … Brackenbury`), as
/// [`shorter_name`] tells.
pub(super) fn push_short_names(text: &str, knowledge: &Knowledge, found: &mut Vec<OrgMention>) {
    let mut uses = Vec::new();
    for (n, m) in found.iter().enumerate() {
        if m.org.kind != OrgKind::Company {
            continue;
        }
        let written = m.span.of(text);
        if found[..n].iter().any(|e| e.span.of(text) == written) {
            continue;
        }
        // (`Brackenbury Group plc … Brackenbury said`: a sector's word may
        // come before the legal suffix; both go.)
        let mut shorts = [None, None];
        let mut rest = written;
        for (level, slot) in shorts.iter_mut().enumerate() {
            let Some(short) = shorter_name(rest, level == 0, knowledge) else {
                break;
            };
            *slot = Some(short);
            rest = short;
        }
        for short in shorts.into_iter().flatten() {
            push_uses_of(text, short, m, knowledge, found, &mut uses);
        }
    }
    found.extend(uses);
}

/// `written` without its last word, where that is a legal suffix (only
/// when `suffix_allowed`; else it has been taken off already), a company's
/// sector or its country's code, and what is left could name nothing else:
/// no place (`Thames Water`), given name, title, role, function word or
/// head word of its own.
fn shorter_name<'t>(
    written: &'t str,
    suffix_allowed: bool,
    knowledge: &Knowledge,
) -> Option<&'t str> {
    let (short, suffix) = written.rsplit_once(' ')?;
    let short = short.trim_end_matches(',');
    // (`Teleon UK … Teleon said`: a company's country, written as its
    // code, is its sector's kin; not `Air France`, whose `Air` is a word.)
    let country_code = suffix.len() >= 2
        && suffix.bytes().all(|b| b.is_ascii_uppercase())
        && knowledge.is_place(suffix);
    // (Before a legal suffix, any head word is a company's: `Group`.)
    let sector = match knowledge.org_head(suffix) {
        Some(kind) => kind == OrgKind::Company || !suffix_allowed,
        None => false,
    };
    let shortened = suffix_allowed && knowledge.is_org_suffix(&suffix.to_lowercase())
        || (sector || country_code)
            && short.split(' ').enumerate().all(|(k, word)| {
                // (A given name opens a person's name: `Caldwell
                // Stanton` of `Caldwell Stanton Partners` is no person.)
                !knowledge.is_place(word)
                    && (k > 0 || knowledge.first_name(word).is_none())
                    && knowledge.title(word).is_none()
                    && !knowledge.is_role(word)
                    && !knowledge.is_function_word(word)
                    && knowledge.org_head(word).is_none()
            });
    (!short.is_empty() && shortened).then_some(short)
}

/// Pushes to `uses` every use of `short`, the short name of `m`, that no
/// mention in `found` or `uses` overlaps.
fn push_uses_of(
    text: &str,
    short: &str,
    m: &OrgMention,
    knowledge: &Knowledge,
    found: &[OrgMention],
    uses: &mut Vec<OrgMention>,
) {
    // (Where a later word is a given name, the short name may be the
    // founder's own, a person's where the text gives its last word a
    // title or the name a role: `Rhys Morgan, the firm's founder,`.)
    let later_given_name = short
        .split(' ')
        .skip(1)
        .any(|word| knowledge.first_name(word).is_some());
    if later_given_name && names_a_person(text, short, knowledge) {
        return;
    }
    // (`Harding Group plc … its founder, Ann Harding`: a name the text gives
    // a given name is a surname here, no short name.)
    let surname = memchr::memmem::find_iter(text.as_bytes(), short.as_bytes())
        .any(|at| after_given_name(text, at, knowledge));
    if surname {
        return;
    }
    for start in memchr::memmem::find_iter(text.as_bytes(), short.as_bytes()) {
        let span = Span::new(start, start + short.len());
        let rest = text.get(span.end..).unwrap_or_default();
        let next_capital = rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        // `Mr Paulson` of `Paulson Partners` is a person.
        let titled = after_title(text, span.start, knowledge);
        let taken = |o: &OrgMention| o.span.overlaps(span);
        if on_word_bounds(text, span.start, span.end)
            && !next_capital
            && !titled
            && !found.iter().any(taken)
            && !uses.iter().any(taken)
        {
            uses.push(OrgMention {
                span,
                org: m.org.clone(),
            });
        }
    }
}

/// Whether `text` writes `name` as a person's: its last word after a title
/// (`Mr Morgan`), or the name set off before a role (`Rhys Morgan, the
/// firm's founder,`).
fn names_a_person(text: &str, name: &str, knowledge: &Knowledge) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let titled = memchr::memmem::find_iter(text.as_bytes(), last.as_bytes())
        .any(|at| after_title(text, at, knowledge));
    titled
        || memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).any(|at| {
            let after = text.get(at + name.len()..).unwrap_or_default();
            after.strip_prefix(", ").is_some_and(|apposition| {
                apposition
                    .split([',', '.'])
                    .next()
                    .unwrap_or_default()
                    .split(' ')
                    .take(6)
                    .any(|w| knowledge.is_role(w.trim_end_matches("'s").trim_end_matches("’s")))
            })
        })
}

/// The word a space before byte `at` of `text` ends, if any.
fn word_before(text: &str, at: usize) -> Option<&str> {
    text.get(..at)?
        .strip_suffix(' ')?
        .rsplit([' ', '\n'])
        .next()
}

/// Whether the word before byte `at` of `text` is a title (`Mr`, `Dr.`).
fn after_title(text: &str, at: usize, knowledge: &Knowledge) -> bool {
    word_before(text, at).is_some_and(|word| knowledge.title(word.trim_end_matches('.')).is_some())
}

/// Whether the word before byte `at` of `text` is a given name (`Ann`).
fn after_given_name(text: &str, at: usize, knowledge: &Knowledge) -> bool {
    word_before(text, at).is_some_and(|word| knowledge.first_name(word).is_some())
}
