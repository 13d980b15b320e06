//! Organization mentions: the gazetteer, head-word patterns and acronym links.
//!
//! Takes the text and the knowledge; gives every organization mention with a
//! canonical name. A document's own long form wins over the gazetteer's
//! (`Public and Commercial Services (PCS)` → `Public and Commercial Services`),
//! and `Long Name (ACR)` links the acronym both ways for the whole document.
//! Unknown organizations are found by their head word (`Whitley Council`,
//! `… Union`, `Royal College of …`, `Department for …`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

mod context;
mod gazetteer;

pub(crate) use gazetteer::Gazetteer;

use crate::knowledge::{on_word_bounds, Knowledge, OrgKind};
use crate::segment::{possessive_suffix, Segmentation, Token};
use crate::span::Span;

/// An organization as the document names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgName {
    pub name: String,
    pub acronym: Option<String>,
    pub kind: OrgKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMention {
    pub span: Span,
    pub org: OrgName,
}

/// All organization mentions of a text, in order, with document-level canonical names.
///
/// ```
/// use sayso::{orgs::find_orgs, segment::segment, Knowledge};
/// let k = Knowledge::builtin();
/// let text = "Kevin Courtney of the National Education Union (NEU) spoke.";
/// let orgs = find_orgs(text, &segment(text, &k), &k);
/// assert_eq!(orgs[0].org.name, "National Education Union");
/// assert_eq!(orgs[0].org.acronym.as_deref(), Some("NEU"));
/// ```
pub fn find_orgs(text: &str, seg: &Segmentation, knowledge: &Knowledge) -> Vec<OrgMention> {
    let mut found: Vec<OrgMention> = Vec::new();
    // Phrases that name no organization (`Labour relations`, `National
    // Insurance`): they take their text from a shorter known name inside,
    // and from a name shaped like an organization's (`… Insurance`).
    let mut no_org: Vec<Span> = Vec::new();
    for (span, name) in knowledge.org_matcher.find_iter(text) {
        if !on_word_bounds(text, span.start, span.end) {
            continue;
        }
        let Some(entry) = knowledge
            .org_of_pattern
            .get(name)
            .and_then(|&i| knowledge.org(i?))
        else {
            no_org.push(span);
            continue;
        };
        found.push(OrgMention {
            span,
            org: entry.to_name(),
        });
    }
    move_elsewhere(text, knowledge, &mut found);
    push_party_labels(text, knowledge, &mut found);
    // A name shaped like an organization's that reaches past a news outlet's
    // name it overlaps is another organization (`The Independent Networks
    // Association` is not the newspaper). Other known names keep theirs:
    // `Metropolitan Police Commissioner` is the police's.
    let mut unknown = pattern_orgs(text, seg, knowledge);
    extend_remit_lists(text, &mut unknown);
    unknown.retain(|p| {
        if no_org.iter().any(|n| n.overlaps(p.span)) {
            return false;
        }
        let overlapping = || found.iter().filter(|f| f.span.overlaps(p.span));
        let past_outlet = |f: &OrgMention| f.org.kind == OrgKind::Media && p.span.end > f.span.end;
        // `the opposition Social Green Party`: a name ending in a known one's
        // head, with a word before it that is no place (`Scottish Green
        // Party` is the Scottish branch, which the list may hold) nor a
        // word that is no name's (`Former`, a title), is another body.
        let ends_known = |f: &OrgMention| {
            f.span.end == p.span.end && f.span.start > p.span.start && {
                // One word, inside a sentence (a headline's capitals say
                // nothing: `Top Republican Party Donor`), not a possessive
                // (`Germany's Green Party` is the party).
                let before = text.get(p.span.start..f.span.start).unwrap_or_default();
                let mut words = before.split_whitespace();
                let first = words.next().unwrap_or_default();
                let inside = text
                    .get(..p.span.start)
                    .and_then(|t| t.trim_end_matches(' ').chars().last())
                    .is_some_and(|c| c.is_alphanumeric() || c == ',');
                words.next().is_none()
                    && inside
                    && possessive_suffix(first) == 0
                    && !knowledge.is_place(first)
                    && !knowledge.is_function_word(first)
                    && knowledge.title(first).is_none()
                    && !knowledge.is_role(first)
                    && !knowledge.is_past_marker(first)
                    && knowledge.devolved_government(first).is_none()
            }
        };
        // `the Commons Treasury Committee`: a body that is no government's,
        // named with a government body's name before its own head word, is
        // another body (a committee scrutinizing the department).
        let names_government_body = |f: &OrgMention| {
            f.org.kind == OrgKind::Government
                && p.org.kind != OrgKind::Government
                && p.span.end > f.span.end
        };
        if overlapping().all(|f| past_outlet(f) || ends_known(f) || names_government_body(f)) {
            found.retain(|f| !f.span.overlaps(p.span));
            true
        } else {
            false
        }
    });
    found.extend(unknown);
    push_short_names(text, knowledge, &mut found);
    let tokens = seg
        .tokens
        .get(..seg.tokens.partition_point(|t| t.end <= text.len()))
        .unwrap_or_default();
    let capitalized = seg
        .capitalized
        .get(..seg.capitalized.partition_point(|&c| c < tokens.len()))
        .unwrap_or_default();
    let mut by_context = context::context_orgs(text, tokens, capitalized, knowledge, &found);
    name_in_full(text, knowledge, &mut by_context, &found);
    found.retain(|f| !by_context.iter().any(|c| c.span.overlaps(f.span)));
    found.extend(by_context);
    push_spelled_out(text, knowledge, &mut found);
    found.sort_by_key(|m| m.span.start);
    link_acronyms(text, &mut found);
    push_informal_names(text, tokens, capitalized, knowledge, &mut found);
    found
}

/// `Wessington chief executive Tom Hale` in a story about `Wessington County
/// Cricket Club`: an organization found by context whose name is the first
/// words of one `named` in full (and of no other) is that one, by its full
/// name. Not a body named after it (`the Wessington Supporters' Trust`, its
/// supporters'; `the Wessington Gazette`, a paper; a government's office; a
/// committee).
fn name_in_full(text: &str, knowledge: &Knowledge, found: &mut [OrgMention], named: &[OrgMention]) {
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
        memchr::memmem::find_iter(text.as_bytes(), short.as_bytes()).any(|at| {
            let before = text
                .get(..at)
                .and_then(|t| t.strip_suffix(' '))
                .unwrap_or_default();
            let word = before.rsplit([' ', '\n']).next().unwrap_or_default();
            knowledge.first_name(word).is_some()
                || knowledge.title(word.trim_end_matches('.')).is_some()
        })
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
fn push_informal_names(
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

/// `the US Treasury`, `the Irish Department of Health`, `France's Ministry of
/// Defence`: a government body of the list named after a place or another
/// government (one or two capitalized words, by the stance target's elsewhere
/// list) is that state's body, not the target's own: the mention takes in
/// those words and is a public body's.
fn move_elsewhere(text: &str, knowledge: &Knowledge, found: &mut [OrgMention]) {
    for m in found
        .iter_mut()
        .filter(|m| m.org.kind == OrgKind::Government)
    {
        let before = text.get(..m.span.start).unwrap_or_default();
        let Some(head) = before.strip_suffix(' ') else {
            continue;
        };
        // The last one or two words before the name, the longer first
        // (`South African`, then `African`).
        let word_start = |end: &str| {
            end.char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(k, c)| k + c.len_utf8())
        };
        let last = word_start(head);
        let two = head.get(..last.saturating_sub(1)).map(word_start);
        let mut starts = two.filter(|_| last > 0).into_iter().chain([last]);
        let moved = starts.find(|&start| {
            let words = head.get(start..).unwrap_or_default();
            words.starts_with(|c: char| c.is_uppercase()) && knowledge.puts_elsewhere(words)
        });
        if let Some(start) = moved {
            m.span = Span::new(start, m.span.end);
            m.org = OrgName {
                name: m.span.of(text).to_string(),
                acronym: None,
                kind: OrgKind::Public,
            };
        }
    }
}

/// `Lumora Ltd says … Lumora said`: a company named with its legal suffix
/// is the same company where the text writes its name without it, pushed
/// to `found` (unsorted: the caller sorts). Not inside another name
/// (`Lumora Labs`), nor where a mention is found already. So is a company
/// named with its sector (`Alderbrook Capital … Alderbrook said`), when
/// what is left could name nothing else: no place (`Thames Water`), given
/// name, title, role, function word or head word of its own.
fn push_short_names(text: &str, knowledge: &Knowledge, found: &mut Vec<OrgMention>) {
    let mut uses = Vec::new();
    for (n, m) in found.iter().enumerate() {
        if m.org.kind != OrgKind::Company {
            continue;
        }
        let written = m.span.of(text);
        let Some((short, suffix)) = written.rsplit_once(' ') else {
            continue;
        };
        let short = short.trim_end_matches(',');
        let shortened = knowledge.is_org_suffix(&suffix.to_lowercase())
            || knowledge.org_head(suffix) == Some(OrgKind::Company)
                && short.split(' ').all(|word| {
                    !knowledge.is_place(word)
                        && knowledge.first_name(word).is_none()
                        && knowledge.title(word).is_none()
                        && !knowledge.is_role(word)
                        && !knowledge.is_function_word(word)
                        && knowledge.org_head(word).is_none()
                });
        if short.is_empty() || !shortened || found[..n].iter().any(|e| e.span.of(text) == written) {
            continue;
        }
        for start in memchr::memmem::find_iter(text.as_bytes(), short.as_bytes()) {
            let span = Span::new(start, start + short.len());
            let rest = text.get(span.end..).unwrap_or_default();
            let next_capital = rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
            // `Mr Paulson` of `Paulson Partners` is a person.
            let titled = text
                .get(..span.start)
                .and_then(|before| before.strip_suffix(' '))
                .and_then(|before| before.rsplit(' ').next())
                .is_some_and(|word| knowledge.title(word.trim_end_matches('.')).is_some());
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
    found.extend(uses);
}

/// The party of a label after a member's name, `(D-Ohio)` or `, R-Texas`, or
/// in brackets, `(Lab, Bolton)`, `(Con)` (data/party_labels.tsv), pushed to
/// `found`: the mention is the label.
fn push_party_labels(text: &str, knowledge: &Knowledge, found: &mut Vec<OrgMention>) {
    let bytes = text.as_bytes();
    if !knowledge.bracket_party_labels.is_empty() {
        for open in memchr::memchr_iter(b'(', bytes) {
            let start = open + 1;
            let rest = bytes.get(start..).unwrap_or_default();
            let Some(len) = rest.iter().take(12).position(|b| matches!(b, b',' | b')')) else {
                continue;
            };
            let label = text.get(start..start + len).unwrap_or_default();
            if let Some(party) = knowledge.party_of_bracket_label(label) {
                found.push(OrgMention {
                    span: Span::new(start, start + len),
                    org: party.to_name(),
                });
            }
        }
    }
    // Hyphens are few: each is looked at, with the bytes around it.
    for at in memchr::memchr_iter(b'-', bytes) {
        // A capital, a hyphen and a place's capital (`D-Ohio`, `R-N.Y.`),
        // after a bracket or a comma and a space.
        let (Some(start), Some(&place)) = (at.checked_sub(1), bytes.get(at + 1)) else {
            continue;
        };
        let letter = bytes[start];
        let before = bytes.get(..start).unwrap_or_default();
        let opens = before.ends_with(b"(") || before.ends_with(b", ");
        if !(letter.is_ascii_uppercase() && place.is_ascii_uppercase() && opens) {
            continue;
        }
        // The label closes after its place (`(D-Ohio)`, `, R-N.Y.,`): not
        // `D-Day veteran`, `(R-Rated films)`.
        let place_end = bytes[at + 1..]
            .iter()
            .position(|b| !(b.is_ascii_alphabetic() || *b == b'.'))
            .map_or(bytes.len(), |n| at + 1 + n);
        let closes = matches!(bytes.get(place_end), None | Some(b')' | b',' | b';'))
            || bytes[..place_end].ends_with(b".");
        let Some(party) = knowledge.party_of_label(letter).filter(|_| closes) else {
            continue;
        };
        found.push(OrgMention {
            span: Span::new(start, at),
            org: party.to_name(),
        });
    }
}

/// `the Culture, Media and Sport Committee`: a committee's name that lists
/// its remit runs back over the list's commas, which no capitalized run
/// crosses (`Media and Sport Committee` is the end of it), to the `the`
/// that opens it.
fn extend_remit_lists(text: &str, found: &mut [OrgMention]) {
    for m in found.iter_mut() {
        let name = m.span.of(text);
        let head = name.rsplit(' ').next().unwrap_or_default();
        let committee =
            head.eq_ignore_ascii_case("committee") || head.eq_ignore_ascii_case("commission");
        if !committee || !name.contains(" and ") {
            continue;
        }
        let mut start = m.span.start;
        // Each area of the list is capitalized words (`Welsh Affairs, `).
        while let Some(list_end) = text.get(..start).and_then(|t| t.strip_suffix(", ")) {
            let item_start = capitalized_words_before(text, list_end.len());
            if item_start == list_end.len() {
                break;
            }
            start = item_start;
        }
        let opened = text
            .get(..start)
            .and_then(|t| t.strip_suffix(' '))
            .and_then(|t| t.rsplit(|c: char| !c.is_alphanumeric()).next())
            .is_some_and(|word| word.eq_ignore_ascii_case("the"));
        if start < m.span.start && opened {
            m.span.start = start;
            m.org.name = m.span.of(text).to_string();
        }
    }
}

/// Where the capitalized words that end at `end` (one space apart) start,
/// `The` not among them; `end` when there are none.
fn capitalized_words_before(text: &str, end: usize) -> usize {
    let mut start = end;
    loop {
        let before = text.get(..start).unwrap_or_default();
        // (Past the last word, a space stands before each.)
        let before = if start == end {
            before
        } else {
            match before.strip_suffix(' ') {
                Some(rest) => rest,
                None => return start,
            }
        };
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(0, |(at, c)| at + c.len_utf8());
        let word = &before[word_start..];
        if !word.starts_with(char::is_uppercase) || word == "The" {
            return start;
        }
        start = word_start;
    }
}

/// Capitalized phrases ending in an organization head word, or `Royal College of …`.
fn pattern_orgs(text: &str, seg: &Segmentation, knowledge: &Knowledge) -> Vec<OrgMention> {
    // The tokens inside the text, as `Segmentation::tokens_in` gives them.
    let spans = seg
        .tokens
        .get(..seg.tokens.partition_point(|t| t.end <= text.len()))
        .unwrap_or_default();
    let token = |i: usize| {
        spans.get(i).map(|&span| Token {
            span,
            text: span.of(text),
        })
    };
    // The bytes of a token, which many tests read without making it a `str`.
    let bytes_at = |i: usize| {
        spans
            .get(i)
            .and_then(|t| text.as_bytes().get(t.start..t.end))
    };
    // Whether token `k`, of the bytes `word`, is capitalized: told by its
    // first byte when it is ASCII, without making the token a `str`.
    let capitalized = |word: &[u8], k: usize| match word.first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => token(k).is_some_and(|t| t.is_capitalized()),
        None => false,
    };
    let capitalized_at = |k: usize| bytes_at(k).is_some_and(|word| capitalized(word, k));
    // Whether token `k`, of the bytes `word`, is a capitalized word
    // ([`Token::is_capitalized`] and [`Token::is_word`]): an ASCII first byte
    // tells both.
    let capitalized_word = |word: &[u8], k: usize| match word.first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => token(k).is_some_and(|t| t.is_capitalized() && t.is_word()),
        None => false,
    };
    let is_of = |k: usize| bytes_at(k) == Some(b"of");
    let joins = |word: &[u8]| {
        matches!(word, b"of" | b"for" | b"and" | b"the" | b"'" | b"&") || word == "’".as_bytes()
    };
    // Whether a line break lies between tokens `k` and `k + 1`: a name
    // never runs on from a headline into the paragraph after it.
    let line_break_after = |k: usize| {
        let (Some(a), Some(b)) = (spans.get(k), spans.get(k + 1)) else {
            return false;
        };
        text.as_bytes()
            .get(a.end..b.start)
            .is_some_and(|gap| gap.contains(&b'\n'))
    };
    let suffixes = OrgSuffixes::new(knowledge);
    let mut out = Vec::new();
    // Names begin with a capital: only the capitalized tokens can start one.
    let capitals = &seg.capitalized;
    let mut c = 0;
    let mut i = 0;
    loop {
        while capitals.get(c).is_some_and(|&k| k < i) {
            c += 1;
        }
        let Some(&next) = capitals.get(c) else {
            break;
        };
        c += 1;
        i = next;
        // One word alone names no organization (see below), and most
        // capitalized words stand alone: a run goes on to the next token only
        // when it is capitalized or joins another capitalized one.
        // `Acme plc`: a legal suffix in lowercase ends the name too.
        let suffix_at = |k: usize| bytes_at(k).is_some_and(|w| suffixes.holds(w));
        let joined = !line_break_after(i) && capitals.get(c) == Some(&(i + 1)) || {
            // (The next word is read only when it is not the next capital.)
            let next_word = bytes_at(i + 1).unwrap_or_default();
            (joins(next_word) && capitalized_at(i + 2))
                || (next_word.first().is_some_and(u8::is_ascii_lowercase)
                    && suffixes.holds(next_word))
                // (`University of the Highlands`: a remit after `of the`,
                // which the run below takes only after a head word.)
                || (matches!(next_word, b"of" | b"for")
                    && bytes_at(i + 2) == Some(b"the")
                    && capitalized_at(i + 3))
        };
        if !joined {
            i += 1;
            continue;
        }
        let Some(first_word) = bytes_at(i) else {
            break;
        };
        // A run of capitalized words joined by `of`, `for`, `and`, `the`.
        // Its words are read as bytes, each once, the one before and the one
        // after at hand; as a `str` only to be looked up.
        let mut end = i;
        let mut j = i;
        let (mut before, mut word): (&[u8], &[u8]) = (b"", first_word);
        let text_at = |k: usize| token(k).map_or("", |t| t.text);
        loop {
            let next = bytes_at(j + 1).filter(|_| !line_break_after(j));
            let capital_next = next.is_some_and(|w| capitalized(w, j + 1));
            // `(a speech to) the Foreign Policy Centre Mr Straw`: an honorific
            // starts a person's name, which ends the organization's.
            // (The run's first word is never one: asked only after it.)
            let name_follows = || capital_next || (next == Some(b".") && capitalized_at(j + 2));
            let honorific = || {
                // (Asked without the full stops after it, as the list is.)
                let mut bare = word;
                while let [rest @ .., b'.'] = bare {
                    bare = rest;
                }
                knowledge.may_be_honorific(bare) && knowledge.is_honorific(text_at(j))
            };
            if j > i && name_follows() && honorific() {
                break;
            }
            // `Acme Holdings' Tom Hale`: a mark after a head word is its
            // plural possessive, which ends the name (`Farmers' Union` goes on).
            let possessive_of_head = (word == b"'" || word == "’".as_bytes())
                && token(j - 1).is_some_and(|h| knowledge.org_head(h.text).is_some());
            // `Police and Crime Commissioner David Thorne`, `Merseyside Police
            // Chief Constable Ann Lee`: a given name after a role or a rank
            // starts the holder's name, which ends the organization's.
            // (Roles are fewer than given names, and told by their shape
            // first: the role is asked before the name.)
            // But a name the run goes on to end with a head word is the
            // organization's own (`Royal Prince Alfred Institute`).
            let role_or_rank = |w: &str| knowledge.is_role(w) || knowledge.title(w).is_some();
            let head_ahead = || {
                (j + 1..j + 4)
                    .take_while(|&k| bytes_at(k).is_some_and(|w| capitalized(w, k)))
                    .any(|k| knowledge.org_head(text_at(k)).is_some())
            };
            let holder_follows = j > i
                && (knowledge.may_be_role(before)
                    && token(j - 1).is_some_and(|r| knowledge.is_role(r.text))
                    || knowledge.may_be_title(before) && knowledge.title(text_at(j - 1)).is_some())
                && knowledge.first_name(text_at(j)).is_some()
                && !head_ahead();
            // `President of the Royal Society Ann Lee said`, `Leader of the
            // House Ann Lee told`: a given name and a surname after a head word, or
            // after the portfolio of an office the run follows, are the
            // holder's, who ends the organization's name.
            let office_before = || {
                let at = match i.checked_sub(1).and_then(&token) {
                    Some(t) if t.text.eq_ignore_ascii_case("the") => i.checked_sub(2),
                    _ => i.checked_sub(1),
                };
                at.filter(|&at| at >= 1 && text_at(at) == "of")
                    .is_some_and(|at| role_or_rank(text_at(at - 1)))
            };
            // (The holder's verb follows: the name is the clause's subject.)
            let verb_after = || {
                let next = text_at(j + 2);
                knowledge.is_finite_verb(next) || knowledge.is_cue_word(next)
            };
            let named_holder = j > i
                && capital_next
                && knowledge.first_name(text_at(j)).is_some()
                && verb_after()
                && (knowledge.org_head(text_at(j - 1)).is_some() || office_before())
                && !head_ahead();
            if named_holder {
                end = j - 1;
                break;
            }
            if holder_follows {
                // The organization ends at its head word, before the role
                // (`House Judiciary Committee Chairman Bob Goodlatte`); with
                // no head word before the role, it names none.
                while end > i && token(end).is_some_and(|r| role_or_rank(r.text)) {
                    end -= 1;
                }
                if token(end).is_some_and(|h| knowledge.org_head(h.text).is_none()) {
                    end = i;
                }
                break;
            }
            if possessive_of_head {
                break;
            }
            // `Government Office for the North West`, `Institute of the Motor
            // Industry`: after a head word, `for the` or `of the` goes on to
            // the name of its remit.
            let remit_follows = || {
                matches!(word, b"of" | b"for")
                    && next == Some(b"the")
                    && capitalized_at(j + 2)
                    && token(j - 1).is_some_and(|h| knowledge.org_head(h.text).is_some())
            };
            // (`the` joins only after another joiner: `Friends of the Earth`,
            // not `Regulator the Healthcare Commission`.)
            let joiner = joins(word) && (word != b"the" || joins(before));
            if capitalized_word(word, j) {
                end = j;
            } else if !(joiner && (capital_next || remit_follows())) {
                break;
            }
            j += 1;
            match next {
                Some(next) => (before, word) = (word, next),
                None => break,
            }
        }
        if suffix_at(end + 1) {
            end += 1;
        }
        // One word alone names no organization (see below).
        if end == i {
            i += 1;
            continue;
        }
        // `Detective Sergeant Liam Corrigan of Lindworth Police`: titles (and
        // the roles among them) before a name make it a person's, whatever
        // the name, and the person is of the organization after `of` (but
        // `Lord Mayor of London`, `Secretary of State`: no name between).
        let titled_person_of = |start: usize, end: usize| {
            // (Most runs hold no `of`: told before any word is looked up.)
            if !(start + 2..end.min(start + 7)).any(is_of) {
                return None;
            }
            let mut k = start;
            let mut titled = false;
            while k < end {
                let Some(t) = token(k) else { break };
                let title = knowledge.title(t.text).is_some();
                if !(title || knowledge.is_role(t.text)) {
                    break;
                }
                titled |= title;
                k += 1;
            }
            if !titled {
                return None;
            }
            let of = (k + 1..=end.min(k + 3)).find(|&j| is_of(j))?;
            let named = (k..of).all(|j| {
                token(j).is_some_and(|t| {
                    t.is_capitalized()
                        && t.is_word()
                        && knowledge.title(t.text).is_none()
                        && !knowledge.is_role(t.text)
                        && knowledge.org_head(t.text).is_none()
                })
            });
            (named && end > of).then_some(of)
        };
        // `Ann Lee of Brightwater Group`, `Economist Ann Lee of …`: a given
        // name and a surname before `of` are a person's, who is of the
        // organization after it (but `Royal College of …`: a head word is no
        // surname). So are two words a lowercase role introduces, whatever
        // the given name (`station commander Kieran Walsh of …`).
        let role_before = || {
            i.checked_sub(1)
                .and_then(&token)
                .is_some_and(|t| !t.is_capitalized() && knowledge.is_role(t.text))
        };
        let plain_name_word = |t: Token| {
            knowledge.org_head(t.text).is_none()
                && knowledge.title(t.text).is_none()
                && !knowledge.is_role(t.text)
                && !knowledge.is_place(t.text)
        };
        let person_of = (i + 2..=end.min(i + 4))
            .find(|&j| is_of(j))
            .filter(|&of| {
                let given = token(of - 2).is_some_and(|t| knowledge.first_name(t.text).is_some())
                    || of - 2 == i && role_before() && token(of - 2).is_some_and(plain_name_word);
                end > of
                    && given
                    && token(of - 1).is_some_and(|t| knowledge.org_head(t.text).is_none())
            })
            .or_else(|| titled_person_of(i, end));
        if let Some(of) = person_of {
            i = of + 1;
            continue;
        }
        // The last head word of the run, told by its shape first. (A plain
        // loop: the run's words are few, and this is asked of every run.)
        let (mut head_kind, mut head_at) = (None, i);
        // `Castlebridge Borough Council's plans`: the run's last word may be
        // the name's possessive, which is no part of the name (a possessive
        // inside a run is: `King's College London`).
        let owner = token(end).map_or(0, |t| possessive_suffix(t.text));
        for k in (i..=end).rev() {
            let Some(mut t) = token(k) else {
                continue;
            };
            if k == end && owner > 0 {
                t.span.end -= owner;
                t.text = t.span.of(text);
            }
            if !knowledge.may_be_org_head(t.text.as_bytes()) {
                continue;
            }
            if let Some(kind) = knowledge.org_head(t.text) {
                head_kind = Some((t, kind));
                head_at = k;
                break;
            }
        }
        // (Made a `str` only now: most runs are none, and end above.)
        let Some(first) = token(i) else {
            break;
        };
        // A run that begins with a function word is no name, but the rest of
        // it may be one. (A run without a head word is no name, and neither
        // is the rest of it: the function word is looked up only for one with.)
        // A newspaper may be named for its day (`the Sunday Courier`).
        let paper_day =
            || head_kind.is_some_and(|(_, kind)| kind == OrgKind::Media) && first.text == "Sunday";
        // After `the`, a capitalized word opens no sentence: it is the name's
        // own (`of the Later Life Alliance`, `The All Party Group`).
        let after_the = || {
            i.checked_sub(1)
                .and_then(&token)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("the"))
        };
        if head_kind.is_some()
            && knowledge.is_function_word(first.text)
            && !paper_day()
            && !after_the()
        {
            i += 1;
            continue;
        }
        // `Minister of Transport`, `Secretary of State for Energy`: a role
        // before `of` or `for` names an office by its portfolio, which a
        // head word may end; but after `the`, the rest of the run may name
        // the organization it is held in (`Governor of the Bank of England`).
        // (A head word is the body's own: `Board of Education`.)
        let office = || {
            bytes_at(i + 1).is_some_and(|w| matches!(w, b"of" | b"for"))
                && (knowledge.is_role(first.text) || knowledge.title(first.text).is_some())
                && knowledge.org_head(first.text).is_none()
        };
        if head_kind.is_some() && office() {
            let held_in = (i + 2..end).any(|k| bytes_at(k) == Some(b"the"));
            i = if held_in { i + 1 } else { end + 1 };
            continue;
        }
        let mut last = token(end).unwrap_or(first);
        last.span.end -= owner;
        last.text = last.span.of(text);
        if let Some((head, kind)) = head_kind {
            // The head must end the name or be followed by `of`/`for` and a name.
            let head_at_end = head.span == last.span;
            let opening = head.span == first.span && knowledge.opens_org_name(first.text);
            let department = matches!(first.text, "Department" | "Ministry");
            let words = end - i + 1;
            // `Energy Secretary Philippa Lowther`: a role right after the
            // head word, with words after it, is an office and its holder,
            // whatever the given name (`Center for Justice` is no holder's).
            let holder = || {
                head_at + 1 < end
                    && token(head_at + 1).is_some_and(|t| {
                        knowledge.is_role(t.text) || knowledge.title(t.text).is_some()
                    })
            };
            if (head_at_end || opening || words >= 3) && words >= 2 && !holder() {
                let span = Span::new(first.span.start, last.span.end);
                let name = span.of(text).to_string();
                let kind = if department {
                    OrgKind::Government
                } else {
                    kind
                };
                out.push(OrgMention {
                    span,
                    org: OrgName {
                        name,
                        acronym: None,
                        kind,
                    },
                });
            }
        } else if end - i == 2
            && token(i + 1).is_some_and(|t| t.text == "&")
            && !knowledge.is_function_word(first.text)
            // (Not the last briefs of a longer name: `Culture, Media & Sport`.)
            && i.checked_sub(1).and_then(token).is_none_or(|t| t.text != ",")
        {
            // `Marks & Spencer`, `Procter & Gamble`: two names joined by an
            // ampersand name a firm (`Procter & Gamble’s` is its possessive).
            let span = Span::new(first.span.start, last.span.end);
            out.push(OrgMention {
                span,
                org: OrgName {
                    name: span.of(text).to_string(),
                    acronym: None,
                    kind: OrgKind::Company,
                },
            });
        }
        i = end + 1;
    }
    out
}

/// The legal suffixes of [`Knowledge::is_org_suffix`], asked of a token's
/// bytes (after most capitalized words, whose next word is lowercase): their
/// first bytes and lengths, as bits, rule out most words before any is compared.
struct OrgSuffixes<'k> {
    words: &'k [String],
    /// Bit `b` for a suffix beginning with the ASCII byte `b`.
    firsts: u128,
    /// Bit `n` for a suffix `n` bytes long (63 for any longer).
    lengths: u64,
    /// A suffix the bits cannot stand for (empty, or beginning beyond
    /// ASCII): every word is compared.
    compare_all: bool,
}

impl<'k> OrgSuffixes<'k> {
    fn new(knowledge: &'k Knowledge) -> OrgSuffixes<'k> {
        let words = knowledge.org_suffixes.as_slice();
        let (mut firsts, mut lengths, mut compare_all) = (0, 0, false);
        for word in words.iter().map(String::as_bytes) {
            match word.first() {
                Some(&b) if b.is_ascii() => firsts |= 1 << b,
                _ => compare_all = true,
            }
            lengths |= 1 << word.len().min(63);
        }
        OrgSuffixes {
            words,
            firsts,
            lengths,
            compare_all,
        }
    }

    fn holds(&self, word: &[u8]) -> bool {
        // (The length first: it is one shift of a word, the first byte's two.)
        let shaped = || {
            self.lengths >> word.len().min(63) & 1 != 0
                && word
                    .first()
                    .is_some_and(|&b| b.is_ascii() && self.firsts >> b & 1 != 0)
        };
        (self.compare_all || shaped()) && self.words.iter().any(|s| s.as_bytes() == word)
    }
}

/// `National Education Union (NEU)`: the acronym takes the long name, and the
/// long name the acronym, everywhere in the document.
/// `the London Fire Brigade (LFB)`: capitalized words whose initials spell
/// the acronym in brackets after them name an organization (nothing found
/// there yet), pushed to `found` (unsorted: the caller sorts); [`link_acronyms`]
/// then gives it the acronym.
fn push_spelled_out(text: &str, knowledge: &Knowledge, found: &mut Vec<OrgMention>) {
    // (The search is made once, not for each text.)
    static OPENING: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b" ("));
    let bytes = text.as_bytes();
    for open in OPENING.find_iter(bytes) {
        let inner = bytes.get(open + 2..).unwrap_or_default();
        let Some(len) = inner.iter().take(9).position(|&b| b == b')') else {
            continue;
        };
        let acronym = &inner[..len];
        if !is_acronym(acronym) || acronym.contains(&b'&') {
            continue;
        }
        // Read the words back from the bracket, one initial for each
        // capitalized word (`of`, `on`, `and`, `for`, `the` may stand between).
        let head = text.get(..open).unwrap_or_default();
        // Where the words read so far start, and where the next one ends.
        let (mut start, mut word_end) = (open, open);
        let mut letters = acronym.iter().map(u8::to_ascii_uppercase).rev().peekable();
        for spaced in head.rsplit(' ') {
            let word = spaced.trim_end_matches(',');
            let Some(&initial) = word.as_bytes().first() else {
                break;
            };
            if initial.is_ascii_uppercase() && letters.peek() == Some(&initial) {
                letters.next();
            } else if !matches!(word, "of" | "on" | "and" | "for" | "the" | "&") {
                break;
            }
            start = word_end - spaced.len();
            word_end = start.saturating_sub(1);
            if letters.peek().is_none() {
                break;
            }
        }
        // (`the European Space Agency's (Esa) probe`: the name ends before
        // its possessive.)
        let owned = crate::segment::possessive_suffix(text.get(start..open).unwrap_or_default());
        let span = Span::new(start, open - owned);
        // (A person's initials: `Ann Lee (AL)`, `Mr Tom Hale (TH)`.)
        let first = span.of(text).split(' ').next().unwrap_or("");
        // (A mention inside the spelled-out name is part of it: `director of
        // Action on Smoking and Health (Ash)` gave the employer `Action`.)
        let partial = |m: &OrgMention| span.contains(m.span) && m.span != span;
        if letters.peek().is_some()
            || knowledge.title(first).is_some()
            || knowledge.first_name(first).is_some()
            || found.iter().any(|m| m.span.overlaps(span) && !partial(m))
        {
            continue;
        }
        found.retain(|m| !partial(m));
        found.push(OrgMention {
            span,
            org: OrgName {
                name: span.of(text).to_string(),
                acronym: None,
                kind: OrgKind::Other,
            },
        });
    }
}

/// Whether `word` is shaped as an acronym: two to eight capitals (`NEU`,
/// `AT&T`), or, as British news writes one said as a word, a capital and two
/// to seven lowercase letters (`Acpo`, `Ash`). Only a bracket after a long
/// name makes either one.
fn is_acronym(word: &[u8]) -> bool {
    let Some((first, rest)) = word.split_first() else {
        return false;
    };
    (2..=8).contains(&word.len())
        && first.is_ascii_uppercase()
        && (rest.iter().all(|&b| b.is_ascii_uppercase() || b == b'&')
            || (word.len() >= 3 && rest.iter().all(u8::is_ascii_lowercase)))
}

fn link_acronyms(text: &str, found: &mut Vec<OrgMention>) {
    let mut long_of: FxHashMap<&str, OrgName> = FxHashMap::default();
    for m in found.iter() {
        let after = text.get(m.span.end..).unwrap_or_default();
        let after = after
            .strip_prefix("’s")
            .or_else(|| after.strip_prefix("'s"))
            .unwrap_or(after);
        let Some(inner) = after
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .map(|(a, _)| a)
        else {
            continue;
        };
        if is_acronym(inner.as_bytes()) {
            let long = m.span.of(text).trim_start_matches("the ").to_string();
            long_of.insert(
                inner,
                OrgName {
                    name: long,
                    acronym: Some(inner.to_string()),
                    kind: m.org.kind,
                },
            );
        }
    }
    if long_of.is_empty() {
        return;
    }
    for m in found.iter_mut() {
        let mention = m.span.of(text);
        let key = m.org.acronym.as_deref().unwrap_or(mention);
        let long = long_of
            .get(key)
            .or_else(|| long_of.get(mention))
            .or_else(|| {
                let name = mention.trim_start_matches("the ");
                long_of.values().find(|l| l.name == name)
            });
        if let Some(long) = long {
            m.org = long.clone();
        }
    }
    // The acronym names the organization wherever else it stands as a word
    // (`The PAC said`), though nothing else found it there.
    let before = found.len();
    let bytes = text.as_bytes();
    for (acronym, long) in &long_of {
        for start in memchr::memmem::find_iter(bytes, acronym.as_bytes()) {
            let end = start + acronym.len();
            let prev = start.checked_sub(1).and_then(|i| bytes.get(i)).copied();
            let next = bytes.get(end).copied();
            let alone = |b: Option<u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric() && b != b'&');
            let defining = prev == Some(b'(') && next == Some(b')');
            let span = Span::new(start, end);
            if alone(prev)
                && alone(next)
                && !defining
                && !found.iter().any(|m| m.span.overlaps(span))
            {
                found.push(OrgMention {
                    span,
                    org: long.clone(),
                });
            }
        }
    }
    if found.len() > before {
        found.sort_by_key(|m| m.span.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orgs(text: &str) -> Vec<(String, String, Option<String>)> {
        let k = Knowledge::builtin();
        find_orgs(text, &crate::segment::segment(text, &k), &k)
            .into_iter()
            .map(|m| (m.span.of(text).to_string(), m.org.name, m.org.acronym))
            .collect()
    }

    fn owned(items: &[(&str, &str, Option<&str>)]) -> Vec<(String, String, Option<String>)> {
        items
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.map(str::to_string)))
            .collect()
    }

    type Case = (
        &'static str,
        &'static [(&'static str, &'static str, Option<&'static str>)],
    );

    #[test]
    fn gazetteer_patterns_and_acronyms() {
        let cases: &[Case] = &[
            // Titles before a name of no known given name make a person,
            // who is of the organization after `of` (fire); a head word
            // after a title is no name (must not).
            (
                "Detective Inspector Ravi Okonkwo of Marsden Police said so.",
                &[("Marsden Police", "Marsden Police", None)],
            ),
            (
                "General Motors of Canada said so.",
                &[("General Motors of Canada", "General Motors of Canada", None)],
            ),
            // A body named with a government body's name before its own
            // head word is another body (fire); the department alone is the
            // department (must not).
            (
                "The chair of the Commons Treasury Committee said so.",
                &[(
                    "Commons Treasury Committee",
                    "Commons Treasury Committee",
                    None,
                )],
            ),
            (
                "The Treasury said so.",
                &[("Treasury", "HM Treasury", None)],
            ),
            // After a head word, `for the` and `of the` go on to its remit
            // (fire); not to a lowercase word (must not).
            (
                "The Regional Office for the South West said so.",
                &[(
                    "Regional Office for the South West",
                    "Regional Office for the South West",
                    None,
                )],
            ),
            (
                "Brightwater Holdings of the past decade said so.",
                &[("Brightwater Holdings", "Brightwater Holdings", None)],
            ),
            // So does a head word opening the name (fire); a word that is
            // none does not (must not).
            (
                "Researchers at the University of the Highlands said so.",
                &[(
                    "University of the Highlands",
                    "University of the Highlands",
                    None,
                )],
            ),
            ("Visitors of the Highlands said so.", &[]),
            // A panel is a body; a lowercase one names none (must not).
            (
                "The Transplant Review Panel said so.",
                &[("Transplant Review Panel", "Transplant Review Panel", None)],
            ),
            ("The review panel said so.", &[]),
            // `the` joins a name's words only after another joiner (`Friends
            // of the Earth`), not after a kind noun opening the sentence.
            (
                "Regulator the Care Standards Commission said so.",
                &[(
                    "Care Standards Commission",
                    "Care Standards Commission",
                    None,
                )],
            ),
            // A government body after another state's name, adjective or
            // possessive is that state's (fire; `The Treasury said so.`
            // above is the target's).
            (
                "The US Treasury said so.",
                &[("US Treasury", "US Treasury", None)],
            ),
            (
                "France's Ministry of Defence said so.",
                &[(
                    "France's Ministry of Defence",
                    "France's Ministry of Defence",
                    None,
                )],
            ),
            // So does a lowercase role before two plain words (fire); a head
            // word ending them makes them the organization's (must not).
            (
                "Station commander Kieran Valk of Marsden Fire Service said so.",
                &[("Marsden Fire Service", "Marsden Fire Service", None)],
            ),
            (
                "The union members Royal College of Nursing said so.",
                &[(
                    "Royal College of Nursing",
                    "Royal College of Nursing",
                    Some("RCN"),
                )],
            ),
            // A name ending in a known one's head with one more word before
            // it, inside a sentence, is another body (fire); not after a
            // possessive or a place (must not).
            (
                "Ann Lee, of the opposition Social Green Party, spoke.",
                &[("Social Green Party", "Social Green Party", None)],
            ),
            (
                "Ann Lee, of Germany's Green Party, spoke.",
                &[("Green Party", "Green Party", None)],
            ),
            // A company named with its legal suffix is the same company
            // without it (fire), not inside another name (must not).
            (
                "Quillo Ltd makes glasses. Quillo said sales rose at Quillo Labs.",
                &[
                    ("Quillo Ltd", "Quillo Ltd", None),
                    ("Quillo", "Quillo Ltd", None),
                    ("Quillo Labs", "Quillo Labs", None),
                ],
            ),
            // A name does not run on from a headline into the paragraph
            // after it (fire: two names).
            (
                "Deal for Harwick Vale\n\nHarwick Vale Group agreed.",
                &[("Harwick Vale Group", "Harwick Vale Group", None)],
            ),
            // A name ending in its possessive is the name without it
            // (fire); a possessive inside a name is the name's (must not cut).
            (
                "Workers oppose Ardley Borough Council's plans.",
                &[("Ardley Borough Council", "Ardley Borough Council", None)],
            ),
            (
                "Staff at Queen's College Ardley agreed.",
                &[("Queen's College Ardley", "Queen's College Ardley", None)],
            ),
            // A phrase that names no organization is none by its head word
            // either (must not); a name with the same head word is (fire).
            ("Women missed National Insurance payments.", &[]),
            (
                "Harbour Insurance said so.",
                &[("Harbour Insurance", "Harbour Insurance", None)],
            ),
            // A name with a head word reaching past a news outlet's is
            // another organization (fire); the outlet alone stays (must not).
            (
                "The Independent Traders Association said so.",
                &[(
                    "Independent Traders Association",
                    "Independent Traders Association",
                    None,
                )],
            ),
            (
                "The Independent said so.",
                &[("The Independent", "The Independent", None)],
            ),
            (
                "Kevin Courtney of the National Education Union (NEU) spoke. The NEU agreed.",
                &[
                    (
                        "National Education Union",
                        "National Education Union",
                        Some("NEU"),
                    ),
                    ("NEU", "National Education Union", Some("NEU")),
                    ("NEU", "National Education Union", Some("NEU")),
                ],
            ),
            // An acronym the text gives an organization it found by shape
            // names it wherever else it stands as a word (fire), not inside
            // a longer word or where it gave it (must not).
            (
                "The Kestrel Review Board (KRB) met. The KRB said so; KRBX did not.",
                &[
                    ("Kestrel Review Board", "Kestrel Review Board", Some("KRB")),
                    ("KRB", "Kestrel Review Board", Some("KRB")),
                ],
            ),
            (
                "Talks with the Public and Commercial Services (PCS) civil service union.",
                &[
                    (
                        "Public and Commercial Services",
                        "Public and Commercial Services",
                        Some("PCS"),
                    ),
                    ("PCS", "Public and Commercial Services", Some("PCS")),
                ],
            ),
            // British news writes an acronym said as a word with one capital
            // (fire); not one the initials before it do not spell (must not).
            (
                "Campaigners Action on Noise and Health (Anh) met. Anh said so.",
                &[
                    (
                        "Action on Noise and Health",
                        "Action on Noise and Health",
                        Some("Anh"),
                    ),
                    ("Anh", "Action on Noise and Health", Some("Anh")),
                ],
            ),
            ("Campaigners said the Noise Lane (Nlx) site was quiet.", &[]),
            // A shorter mention a rule found inside the spelled-out name
            // gives way to it.
            (
                "Ann Lee, director of Action on Noise and Health (Anh), spoke.",
                &[(
                    "Action on Noise and Health",
                    "Action on Noise and Health",
                    Some("Anh"),
                )],
            ),
            (
                "A meeting of the Whitley Council for staff.",
                &[("Whitley Council", "Whitley Council", None)],
            ),
            // A head word left untranslated opens the name.
            (
                "The Institut Lemaire said the reform was modest.",
                &[("Institut Lemaire", "Institut Lemaire", None)],
            ),
            // A title that says a person's sex ends a name: theirs follows.
            (
                "In a speech to the Foreign Policy Centre Mr Straw said so.",
                &[("Foreign Policy Centre", "Foreign Policy Centre", None)],
            ),
            (
                "In a speech to the Foreign Policy Centre Mr. Straw said so.",
                &[("Foreign Policy Centre", "Foreign Policy Centre", None)],
            ),
            // A given name and a surname after a head word, or after an
            // office's portfolio, are the holder's (fire); a given name a
            // head word follows is the organization's (must not).
            (
                "President of the Ardley Society Ann Lee said so.",
                &[("Ardley Society", "Ardley Society", None)],
            ),
            (
                "Chairman of the Ardley Anglers Ann Lee said so.",
                &[("Ardley Anglers", "Ardley Anglers", None)],
            ),
            (
                "A fellow of the Ardley Society Ann Lee Trust said so.",
                &[(
                    "Ardley Society Ann Lee Trust",
                    "Ardley Society Ann Lee Trust",
                    None,
                )],
            ),
            // A title that may stand inside an institution's name does not end it.
            (
                "A doctor at the Royal Prince Alfred Institute spoke.",
                &[(
                    "Royal Prince Alfred Institute",
                    "Royal Prince Alfred Institute",
                    None,
                )],
            ),
            (
                "The RMT’s Mick Lynch spoke.",
                &[(
                    "RMT",
                    "National Union of Rail, Maritime and Transport Workers",
                    Some("RMT"),
                )],
            ),
            (
                "the NHS Confederation said",
                &[("NHS Confederation", "NHS Confederation", None)],
            ),
            (
                "the Department for Work and Pensions",
                &[(
                    "Department for Work and Pensions",
                    "Department for Work and Pensions",
                    Some("DWP"),
                )],
            ),
            // A head word that opens a name as well; the others only end one.
            (
                "Dr Hale told Radio Kernow the plan was late.",
                &[("Radio Kernow", "Radio Kernow", None)],
            ),
            ("Council Tax bills rose.", &[]),
            // A head word after a possessive.
            (
                "The Prison Governors’ Forum said so.",
                &[("Prison Governors’ Forum", "Prison Governors’ Forum", None)],
            ),
            ("The forum met.", &[]),
            // Two names joined by an ampersand: a firm, its possessive aside.
            (
                "Marks & Spencer said so.",
                &[("Marks & Spencer", "Marks & Spencer", None)],
            ),
            (
                "Procter & Gamble’s chief executive spoke.",
                &[("Procter & Gamble", "Procter & Gamble", None)],
            ),
            ("Sales & marketing staff spoke.", &[]),
            (
                "the Royal College of Podiatry said",
                &[(
                    "Royal College of Podiatry",
                    "Royal College of Podiatry",
                    None,
                )],
            ),
            // A head word keeps a capitalized common word inside the name.
            (
                "The charity Patients First Alliance said",
                &[("Patients First Alliance", "Patients First Alliance", None)],
            ),
            // A sector a company's name ends in (fire); a sector before a role
            // is a portfolio (must not).
            (
                "Pellow Energy said so.",
                &[("Pellow Energy", "Pellow Energy", None)],
            ),
            ("Energy Secretary Ann Lee said so.", &[]),
            // `Campaign` ends a body's name; opening a sentence it names none.
            (
                "The Tenants' Rights Campaign said so.",
                &[("Tenants' Rights Campaign", "Tenants' Rights Campaign", None)],
            ),
            ("Campaign staff said so.", &[]),
            // A legal suffix in lowercase ends a name; another lowercase word does not.
            ("Acme plc said", &[("Acme plc", "Acme plc", None)]),
            (
                "Shares in Brightwater ltd fell",
                &[("Brightwater ltd", "Brightwater ltd", None)],
            ),
            ("Acme staff said", &[]),
            ("plc shares fell", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(orgs(text), owned(expected), "orgs of {text:?}");
        }
    }
}
