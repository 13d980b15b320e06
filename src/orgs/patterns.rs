//! Unknown organizations found by their head word. Takes the text and its
//! segmentation; gives, in order, the capitalized runs joined by `of`,
//! `for`, `and`, `the` that end in a head word of data/org_patterns.txt
//! (`Whitley Council`, `… Trust`, `… Institute`) or open with one that opens
//! names (`Department for …`, `Royal College of …`), a lowercase legal suffix
//! after them too (`Acme plc`), and two names an ampersand joins (`Marks &
//! Spencer`). A run starts only at a capitalized token and never crosses a
//! line break; a final possessive is no part of it (`Castlebridge Borough
//! Council's plans`). Hard cases: a person's name ends the run (an honorific,
//! `the Foreign Policy Centre Mr Straw`; a given name after a role, `Police
//! and Crime Commissioner David Thorne`; a holder and their verb, `President
//! of the Royal Society Ann Lee said`); titles, or a given name and a
//! surname, before `of` are a person of the organization after it
//! (`Detective Sergeant Liam Corrigan of Lindworth Police`, `Ann Lee of
//! Brightwater Group`); and a role before `of` or `for` names an office by
//! its portfolio (`Secretary of State for Energy`), though after `the` the
//! rest may name where it is held (`Governor of the Bank of England`). Also
//! runs a committee's name back over the commas of its remit (`the Culture,
//! Media and Sport Committee`).

use crate::knowledge::{Knowledge, OrgKind};
use crate::segment::{possessive_suffix, Segmentation, Token};
use crate::span::Span;

use super::{OrgMention, OrgName};

/// `the Culture, Media and Sport Committee`: a committee's name that lists
/// its remit runs back over the list's commas, which no capitalized run
/// crosses (`Media and Sport Committee` is the end of it), to the `the`
/// that opens it.
pub(super) fn extend_remit_lists(text: &str, found: &mut [OrgMention]) {
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
pub(super) fn pattern_orgs(
    text: &str,
    seg: &Segmentation,
    knowledge: &Knowledge,
) -> Vec<OrgMention> {
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
    // `Advisory Panel on Drug Harms`, `Commission on Human Rights`: after a
    // head word, `on` goes on to a remit of two capitalized words
    // or more (not a day: `the Commission on Monday`).
    // (Nor one that runs on to a holder's role: `Council on Arab Relations
    // Executive Director Ann Lee`.)
    let remit_on = |k: usize| {
        let role = |k: usize| {
            token(k).is_some_and(|t| knowledge.is_role(t.text) || knowledge.title(t.text).is_some())
        };
        bytes_at(k) == Some(b"on")
            && k.checked_sub(1)
                .and_then(&token)
                .is_some_and(|h| knowledge.org_head(h.text).is_some())
            && capitalized_at(k + 1)
            && capitalized_at(k + 2)
            && (k + 1..k + 3)
                .all(|k| token(k).is_some_and(|t| knowledge.time_word(t.text).is_none()))
            && !(k + 1..k + 8).take_while(|&k| capitalized_at(k)).any(role)
    };
    // `Campaign to Protect Rural England`: after a head word that takes a
    // purpose, `to` goes on to two capitalized words or more, which a
    // lowercase word follows on the same line (not a headline's verb:
    // `Committee to Probe Deaths`).
    let purpose_to = |k: usize| {
        if bytes_at(k) != Some(b"to")
            || !(capitalized_at(k + 1) && capitalized_at(k + 2))
            || !k
                .checked_sub(1)
                .and_then(&token)
                .is_some_and(|h| knowledge.takes_purpose(h.text))
        {
            return false;
        }
        let after = (k + 1..k + 8)
            .find(|&m| !capitalized_at(m) || line_break_after(m - 1))
            .unwrap_or(k + 8);
        // (A purpose opens with a verb: not whom the body writes or refers
        // to, `the Treasury Committee to Rachel Reeves`, `the Standards
        // Committee to Scotland Yard`, `… to Justice Department prosecutors`.)
        if after < k + 3 || line_break_after(after - 1) {
            return false;
        }
        let recipient = token(k + 1).is_some_and(|t| {
            knowledge.first_name(t.text).is_some()
                || knowledge.title(t.text).is_some()
                || knowledge.is_place(t.text)
        }) || (k + 1..after)
            .any(|m| token(m).is_some_and(|t| knowledge.org_head(t.text).is_some()))
            || {
                let (Some(first), Some(last)) = (spans.get(k + 1), spans.get(after - 1)) else {
                    return false;
                };
                let run = Span::new(first.start, last.end).of(text);
                knowledge.is_place(run) || knowledge.is_government(run)
            };
        !recipient && bytes_at(after).is_some_and(|w| w.first().is_some_and(u8::is_ascii_lowercase))
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
        // (`Dublin-based Carrigmore Leisure Group`: where a body is based
        // says what it is, before its name.)
        if bytes_at(i).is_some_and(|w| w.ends_with(b"-based")) {
            i += 1;
            continue;
        }
        // One word alone names no organization (see below), and most
        // capitalized words stand alone: a run goes on to the next token only
        // when it is capitalized or joins another capitalized one.
        // `Acme plc`: a legal suffix in lowercase ends the name too.
        // (Its possessive too, which the name ends before: `Acme plc's`.)
        let suffix_at = |k: usize| bytes_at(k).is_some_and(|w| suffixes.holds_owned(w));
        let joined = !line_break_after(i) && capitals.get(c) == Some(&(i + 1)) || {
            // (The next word is read only when it is not the next capital.)
            let next_word = bytes_at(i + 1).unwrap_or_default();
            (joins(next_word) && capitalized_at(i + 2))
                || (next_word.first().is_some_and(u8::is_ascii_lowercase)
                    && suffixes.holds_owned(next_word))
                // (`University of the Highlands`: a remit after `of the`,
                // which the run below takes only after a head word.)
                || (matches!(next_word, b"of" | b"for")
                    && bytes_at(i + 2) == Some(b"the")
                    && capitalized_at(i + 3))
                || remit_on(i + 1)
                || purpose_to(i + 1)
        };
        if !joined {
            i += 1;
            continue;
        }
        // (`The Stop the Second Runway campaign`: a sentence's opening
        // article is no part of a campaign's name.)
        if bytes_at(i) == Some(b"The")
            && bytes_at(i + 2) == Some(b"the")
            && token(i + 1).is_some_and(|t| knowledge.opens_campaign_name(t.text))
        {
            i += 1;
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
            // (But `the Rural Councils' Network`: a name that goes on to a
            // head word of its own is the organization's.)
            if possessive_of_head && !head_ahead() {
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
            // (Nor after a campaign's opening verb: `Stop the Second Runway`.)
            let campaign_the = || j == i + 1 && knowledge.opens_campaign_name(text_at(i));
            let joiner = joins(word) && (word != b"the" || joins(before) || campaign_the())
                || remit_on(j)
                || purpose_to(j);
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
        // `Detective Sergeant Liam Corrigan of Lindworth Police`, `Analyst Olu
        // Adeyemi of …`: titles (and the roles among them) before a name make
        // it a person's, whatever
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
            let of = (k + 1..=end.min(k + 3)).find(|&j| is_of(j))?;
            // (A role alone makes one only before two words of a name:
            // `Analyst Olu Adeyemi of …`, not `Trustee Savings of …`.)
            if !(titled || k == start + 1 && of >= k + 2) {
                return None;
            }
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
        // `Association of School Teachers and Lecturers`: a head word the
        // run opens with, before `of` or `for`, is the body, and the words
        // after give its remit; a head or a role among them is not the name's.
        if head_kind.is_some()
            && head_at > i
            && bytes_at(i + 1).is_some_and(|w| matches!(w, b"of" | b"for"))
        {
            if let Some(t) = token(i) {
                if let Some(kind) = knowledge.org_head(t.text) {
                    head_kind = Some((t, kind));
                    head_at = i;
                }
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
        // `Stop the Second Runway`, `Save the Scottish Regiments`: a
        // campaign named by what it asks for, a verb, `the` and a name,
        // used as a noun: after `the`, or before a lowercase word (`said`,
        // `campaign`), not a sentence of its own (`Keep the Change.`).
        let used_as_noun = || {
            i.checked_sub(1)
                .is_some_and(|k| text_at(k).eq_ignore_ascii_case("the"))
                || bytes_at(end + 1)
                    .and_then(|w| w.first())
                    .is_some_and(u8::is_ascii_lowercase)
        };
        let campaign = head_kind.is_none()
            && end >= i + 2
            && bytes_at(i + 1) == Some(b"the")
            && knowledge.opens_campaign_name(first.text)
            && used_as_noun();
        // The run from its first word to its last, as a mention of `kind`.
        let whole = Span::new(first.span.start, last.span.end);
        let mention = |kind| OrgMention {
            span: whole,
            org: OrgName {
                name: whole.of(text).to_string(),
                acronym: None,
                kind,
            },
        };
        if campaign {
            out.push(mention(OrgKind::Other));
        } else if let Some((head, kind)) = head_kind {
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
            // `the journal Coastal Research`: a publication's name may end
            // in any body's head word; the kind noun before it says it is
            // one. (Other kind nouns say no more than the head word: `bus
            // operator Harbourline Group`.)
            let called = || {
                i.checked_sub(1)
                    .and_then(&token)
                    .filter(|t| !t.is_capitalized())
                    .and_then(|t| knowledge.org_noun(t.text))
                    .filter(|&kind| kind == OrgKind::Media)
            };
            if (head_at_end || opening || words >= 3) && words >= 2 && !holder() {
                out.push(mention(if department {
                    OrgKind::Government
                } else {
                    called().unwrap_or(kind)
                }));
            }
        } else if end - i == 2
            && token(i + 1).is_some_and(|t| t.text == "&")
            && !knowledge.is_function_word(first.text)
            // (Not the last briefs of a longer name: `Culture, Media & Sport`.)
            && i.checked_sub(1).and_then(token).is_none_or(|t| t.text != ",")
        {
            // `Marks & Spencer`, `Procter & Gamble`: two names joined by an
            // ampersand name a firm (`Procter & Gamble’s` is its possessive).
            out.push(mention(OrgKind::Company));
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

    /// [`OrgSuffixes::holds`], for the word or the word before its
    /// possessive ending (`plc's`, `plc’s`).
    fn holds_owned(&self, word: &[u8]) -> bool {
        let owner = word
            .strip_suffix(b"'s")
            .or_else(|| word.strip_suffix("’s".as_bytes()));
        self.holds(word) || owner.is_some_and(|w| self.holds(w))
    }
}
