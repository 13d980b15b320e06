//! Attribution: who said each quote, and for which organization.
//!
//! Takes the text, its segmentation, the organization mentions and the detected
//! quotes (each with the local mention its cue attaches to); gives each quote a
//! canonical [`Speaker`] and an [`Organization`].
//!
//! A per-document registry of people is built first from capitalized names in
//! the narration (`Health secretary Steve Barclay`, `Mr Kline`), with the title's
//! gender and the organization given where the person is introduced: a
//! pre-modifier (`GMB national secretary Rachel Harrison`), an apposition
//! (`Sara Gorton, head of health at Unison,`), `of ORG`, a possessive
//! (`The RMT’s Mick Lynch`), a generic reference (`The union’s general
//! secretary …`), or the sentences just before. Mentions are then resolved in
//! document order:
//! - names and surnames (`Mr Kline` → `Roger Kline`);
//! - pronouns to the latest compatible person who is a subject, skipping names
//!   after prepositions (`talks with Barclay`) and names inside quotes;
//! - role descriptions (`the Unite official`, `the nursing union official`,
//!   `The source`) to the person or source they refer back to;
//! - organizations, unnamed sources and groups as themselves;
//! - a quote with no cue continues the previous quote's speaker.
//!
//! Sentences and mentions are ranges of the segmentation's tokens. Names are
//! read from the capitalized tokens, and the word lists are asked only about
//! tokens that may be part of a name of two tokens or more. People, sources and
//! organizations borrow their names from the text and the organization
//! mentions; strings are made only for the output. Whether a person speaks for
//! the government is a phrase match, made only when somebody asks.
//!
//! The concerns, one file each: `names` reads name runs, `registry` keeps
//! the people and finds the person a name refers to, `learning` reads what
//! the text says of them where they are named, `government` tells whether
//! they speak for the government, `affiliation` infers organizations from
//! context, `resolve` resolves a quote's mention; this file runs them in
//! order and writes the records.

use crate::knowledge::{lower, Knowledge, OrgKind};
use crate::model::{Organization, QuoteKind, Resolution, Speaker, SpeakerKind};
use crate::orgs::{OrgMention, OrgName};
use crate::quotes::DetectedQuote;
use crate::segment::{is_article, Segmentation, Token};
use crate::span::{CharMap, Span};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

mod affiliation;
mod descriptions;
mod government;
mod learning;
mod names;
mod registry;
mod resolve;
#[cfg(test)]
mod tests;

use government::GovernmentClue;
use names::{NameRun, NameWord};
use registry::{Person, PersonMention};

/// A resolved speaker, before it is written out.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Source<'a> {
    name: &'a str,
    kind: SpeakerKind,
    person: Option<usize>,
    org: Option<&'a OrgName>,
    government: bool,
}

impl<'a> Source<'a> {
    /// An organization speaking for itself.
    fn organization(org: &'a OrgName) -> Source<'a> {
        Source {
            name: &org.name,
            kind: SpeakerKind::Organization,
            person: None,
            org: Some(org),
            government: org.kind == OrgKind::Government,
        }
    }
}

/// The speaker and organization of one quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub speaker: Option<Speaker>,
    pub organization: Option<Organization>,
}

struct Doc<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    /// The organization mentions, in text order.
    orgs: &'a [OrgMention],
    /// `org_end_max[i]` is the furthest end of `orgs[..=i]`: whether a span
    /// overlaps an organization is then one binary search.
    org_end_max: Vec<usize>,
    knowledge: &'a Knowledge,
    /// The document's tokens; sentences and mentions are ranges of them.
    tokens: &'a [Span],
    /// The indices of the capitalized tokens, in order: names are looked for
    /// among them rather than among all tokens.
    capitalized: &'a [usize],
    people: Vec<Person<'a>>,
    mentions: Vec<PersonMention>,
    /// Organization mentions that introduce some person (`Patrick Roach, general
    /// secretary of the NASUWT`): not context for anybody else.
    claimed_orgs: FxHashSet<Span>,
    /// The quotes' spans: what is said there is no context for who says it.
    quoted: Vec<Span>,
    /// Person ids by full name, and the latest introduced by each surname:
    /// the lookups run once per capitalized token.
    by_name: FxHashMap<&'a str, usize>,
    /// People by surname with where each was introduced, in text order: a
    /// surname refers to the latest person of that name before it.
    by_surname: FxHashMap<&'a str, Vec<(usize, usize)>>,
    /// Where the text gives people their roles (the words before a name and
    /// the apposition after it), by person: read only if a description is
    /// matched against people (see `role_words`).
    role_phrases: Vec<(usize, Span)>,
    /// The government clues of each person: checking one is a phrase match,
    /// so they are checked only when somebody asks (most people never speak).
    government_clues: Vec<(usize, GovernmentClue)>,
    /// The words of each person's role phrases (`democratic`,
    /// `presidential`, `nominee`), function words left out, as written when
    /// ASCII and lowercase otherwise (see `role_words`); made the first time
    /// a description needs them.
    role_words: OnceCell<Vec<Vec<Cow<'a, str>>>>,
    /// The document's party in opposition, found when somebody's role needs it.
    opposition_party: OnceCell<Option<&'a OrgName>>,
    /// Reused for lowercased words and the phrases government roles are read from.
    scratch: String,
    /// Reused for each quote's mention: its tokens, its name runs, and the
    /// words of a run being read.
    mention_tokens: Vec<Token<'a>>,
    mention_runs: Vec<NameRun>,
    name_words: Vec<NameWord>,
}

/// How many people a document is given room for at first.
const PEOPLE: usize = 16;

/// Resolves the speaker and organization of every quote.
///
/// `orgs` are the organization mentions in text order, as
/// [`find_orgs`](crate::orgs::find_orgs) gives them.
pub fn attribute(
    text: &str,
    seg: &Segmentation,
    orgs: &[OrgMention],
    quotes: &[DetectedQuote],
    knowledge: &Knowledge,
    chars: &CharMap,
) -> Vec<Attribution> {
    let quoted = union_of(quotes.iter().map(|q| q.span));
    let org_end_max = orgs
        .iter()
        .scan(0, |max, o| {
            *max = o.span.end.max(*max);
            Some(*max)
        })
        .collect();
    let mut doc = Doc {
        text,
        seg,
        orgs,
        org_end_max,
        knowledge,
        tokens: &seg.tokens,
        capitalized: &seg.capitalized,
        // A news story names a dozen people or so: room for them from the
        // start, rather than growing every list and map three times.
        people: Vec::with_capacity(PEOPLE),
        mentions: Vec::new(),
        claimed_orgs: FxHashSet::default(),
        quoted,
        by_name: FxHashMap::with_capacity_and_hasher(PEOPLE, Default::default()),
        by_surname: FxHashMap::with_capacity_and_hasher(PEOPLE, Default::default()),
        role_phrases: Vec::with_capacity(2 * PEOPLE),
        government_clues: Vec::with_capacity(PEOPLE),
        role_words: OnceCell::new(),
        opposition_party: OnceCell::new(),
        scratch: String::new(),
        mention_tokens: Vec::new(),
        mention_runs: Vec::new(),
        name_words: Vec::new(),
    };
    doc.register_people();
    let mut resolved_all: Vec<Option<(Source, Span, Resolution)>> =
        Vec::with_capacity(quotes.len());
    let mut previous: Option<(Source, Span)> = None;
    let mut resolved_pronouns: Vec<PersonMention> = Vec::new();
    let mut descriptions: Vec<(String, Source)> = Vec::new();
    for q in quotes {
        let resolved = match q.mention {
            None => match doc.introduced_before(q.span) {
                Some(m) => Some((
                    doc.person_source(m.person, m.span),
                    m.span,
                    Resolution::Continuation,
                )),
                None => previous.map(|(source, span)| (source, span, Resolution::Continuation)),
            },
            Some(mention) => doc
                .resolve(
                    mention,
                    previous.as_ref(),
                    &resolved_pronouns,
                    &descriptions,
                )
                .map(|(s, how)| (s, mention, how)),
        };
        resolved_all.push(resolved);
        let Some((source, span, how)) = resolved else {
            continue;
        };
        // (What a direct quote says of `he` is the speaker's words about
        // someone else.)
        if let (Some(person), Some(_), false) =
            (source.person, q.mention, q.kind == QuoteKind::Direct)
        {
            doc.learn_gender_from_report(person, q.span);
        }
        if let (Resolution::Pronoun, Some(person)) = (how, source.person) {
            resolved_pronouns.push(PersonMention {
                span,
                person,
                subject_like: true,
            });
        }
        if source.kind == SpeakerKind::Description {
            descriptions.push((span.of(text).to_lowercase(), source));
        }
        previous = Some((source, span));
    }
    // A body the text calls by a name it took later (`Scottish Government`)
    // is given that name, wherever its canonical one came from. (Few bodies
    // took one: the text is searched for their later names, once, only when
    // one of them is asked about.)
    let later_names = OnceCell::new();
    let named_as_written = |name: &str| -> String {
        let later = knowledge.has_later_name(name).then(|| {
            later_names
                .get_or_init(|| knowledge.later_names_in(text))
                .iter()
                .find(|(canonical, _)| *canonical == name)
                .map(|&(_, later)| later)
        });
        later.flatten().unwrap_or(name).to_string()
    };
    let organization = |o: &OrgName, government: bool| Organization {
        name: named_as_written(&o.name),
        acronym: o.acronym.clone(),
        government,
    };
    // The names of government bodies asked about so far (see `listed_body`).
    let mut listed = Vec::new();
    // A person's organization may be learned after their first quote (`Michael
    // Howard said … the Tory leader argued`): it is read once all are resolved.
    resolved_all
        .into_iter()
        .map(|resolved| {
            let Some((source, span, how)) = resolved else {
                return Attribution {
                    speaker: None,
                    organization: None,
                };
            };
            let org = source
                .person
                .and_then(|p| doc.people.get(p))
                .and_then(|p| p.org)
                .or(source.org);
            // An organization is the government by its kind or by the target
            // file's own list (`White House` in a US one), whoever it was
            // learned from.
            let government_org = org.is_some_and(|o| {
                o.kind == OrgKind::Government || listed_body(&mut listed, &o.name, knowledge)
            });
            let organization = if source.government {
                Some(match org {
                    Some(o) if government_org || knowledge.is_government(&o.name) => {
                        organization(o, true)
                    }
                    _ => Organization {
                        name: "Government".into(),
                        acronym: None,
                        government: true,
                    },
                })
            } else {
                org.map(|o| organization(o, government_org))
            };
            Attribution {
                speaker: Some(Speaker {
                    name: named_as_written(source.name),
                    mention: span.of(text).to_string(),
                    span: span.to_array(),
                    char_span: chars.char_span(span),
                    kind: source.kind,
                    resolved_by: how,
                }),
                organization,
            }
        })
        .collect()
}

impl<'a> Doc<'a> {
    /// `Ann Lee, whose son was stabbed last year, now runs a charity.` and
    /// then a paragraph opening with a quote no cue attributes: the person
    /// the paragraph before opens with, named there first, when that
    /// paragraph quotes nobody, is the speaker (news names a new voice, then
    /// lets them speak).
    fn introduced_before(&self, quote: Span) -> Option<PersonMention> {
        let sentence = self.seg.sentence_at(quote.start)?;
        let paragraph = self.seg.sentences.get(sentence)?.paragraph;
        let this = self.seg.paragraphs.get(paragraph)?;
        let opens_paragraph = self.text.get(this.start..quote.start).is_some_and(|lead| {
            lead.chars()
                .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\''))
        });
        let before = self.seg.paragraphs.get(paragraph.checked_sub(1)?)?;
        if !opens_paragraph || self.quoted.iter().any(|q| q.overlaps(*before)) {
            return None;
        }
        // (A new voice: one the text names there first, not a person the
        // story has been telling of.)
        let opener = self
            .mentions
            .iter()
            .find(|m| m.span.start >= before.start)?;
        let new = self
            .mentions
            .iter()
            .take_while(|m| m.span.start < before.start)
            .all(|m| m.person != opener.person);
        (opener.span.start == before.start && opener.span.end <= before.end && new)
            .then_some(*opener)
    }

    /// Whether `span` lies strictly inside an organization's mention.
    fn inside_org(&self, span: Span) -> bool {
        let before = self.orgs.partition_point(|o| o.span.start < span.start);
        self.orgs[..before]
            .iter()
            .rev()
            .take(4)
            .any(|o| o.span.end > span.end)
    }

    /// The organization whose name ends with `span` and starts before it
    /// (`Help the Aged`, of which a subject may read only `Aged`).
    fn org_ending_with(&self, span: Span) -> Option<&'a OrgMention> {
        let before = self.orgs.partition_point(|o| o.span.start < span.start);
        self.orgs[..before]
            .iter()
            .rev()
            .take(4)
            .find(|o| o.span.end == span.end)
    }

    /// The organization that starts inside `span` and ends past it, with
    /// only words of its name after `span` (no punctuation).
    fn org_running_past(&self, span: Span) -> Option<&'a OrgMention> {
        let first = self.orgs.partition_point(|o| o.span.start < span.start);
        self.orgs
            .get(first..)?
            .iter()
            .take_while(|o| o.span.start < span.end)
            .find(|o| {
                o.span.end > span.end
                    && self
                        .text
                        .get(span.end..o.span.end)
                        .is_some_and(|rest| rest.chars().all(|c| c.is_alphanumeric() || c == ' '))
            })
    }

    /// The organizations inside `span`, in text order.
    fn orgs_in(&self, span: Span) -> impl Iterator<Item = &'a OrgMention> {
        // The organizations are in text order: only those starting inside
        // `span` can lie in it.
        let first = self.orgs.partition_point(|o| o.span.start < span.start);
        self.orgs
            .get(first..)
            .unwrap_or_default()
            .iter()
            .take_while(move |o| o.span.start <= span.end)
            .filter(move |o| span.contains(o.span))
    }

    /// The last organization inside `span`.
    fn org_in(&self, span: Span) -> Option<&'a OrgMention> {
        self.orgs_in(span).last()
    }

    /// The organization whose name ends right before `at` (only white space
    /// between), in the same sentence.
    fn org_right_before(&self, at: usize) -> Option<&'a OrgName> {
        let before = self.orgs.partition_point(|o| o.span.end <= at);
        let o = self.orgs.get(before.checked_sub(1)?)?;
        let gap = self.text.get(o.span.end..at)?;
        (!gap.is_empty() && gap.chars().all(|c| c == ' ')).then_some(&o.org)
    }

    /// `A report by the Commons transport committee said …. The MPs said`:
    /// the committee named in the sentences before (up to two back) whose
    /// members a plural office (`MPs`, `peers`, `members`) at `at` speaks
    /// as; none for an office of the government (`ministers`).
    fn committee_of_members(&self, head: &str, at: usize) -> Option<&'a OrgName> {
        let k = self.knowledge;
        let single = head.strip_suffix('s')?;
        if !(k.is_office(single) && k.is_role(head)) || k.is_government(head) {
            return None;
        }
        let sentence = self.seg.sentence_at(at)?;
        self.orgs_back_to(at, sentence.saturating_sub(2))?
            .filter(|o| !self.in_quote(o.span))
            .find(|o| {
                o.org
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| k.is_members_body(w))
            })
            .map(|o| &o.org)
    }

    /// `Researchers at St Aldhelm's Hospital followed 120 patients. … The
    /// researchers said`: the organization a group of people (a plural
    /// role, or a group role: `the team`) at `at` works in, where the text
    /// introduced such a group at it (`Researchers at`, `a team from`,
    /// `scientists of`) in the narration of the [`MANAGEMENT_REACH`]
    /// sentences before; in a story's lead, in the sentence after it
    /// (`…, researchers say. ¶ A team from Penhallow University …`). The
    /// group named with the same noun, or both nouns academic or collective
    /// (`scientists`, `researchers`, `team`): `Officials at the Home Office …
    /// The team said` is about other people.
    fn group_introduced_at(&self, head: &str, at: usize) -> Option<&'a OrgName> {
        let k = self.knowledge;
        // (A plural role is a group; a collective one, `team`, is one in the
        // singular. A collective or academic group may be the same people
        // under another noun: `Researchers at … the team`.)
        let groupish = |noun: &str| k.is_group_role(noun) && !k.is_office(noun);
        let research =
            |noun: &str| groupish(noun) && !noun.ends_with('s') || k.is_academic_role(noun);
        if !groupish(head) {
            return None;
        }
        let introduces = |o: &&OrgMention| {
            let before = self.text[..o.span.start].trim_end();
            let before = before.strip_suffix(" the").unwrap_or(before);
            let mut words = before.rsplit([' ', '\n']);
            let (Some(preposition), Some(noun)) = (words.next(), words.next()) else {
                return false;
            };
            let noun = noun.to_lowercase();
            !self.in_quote(o.span)
                && lowercase_is_one_of(preposition, &["at", "from", "of"])
                && groupish(&noun)
                && (noun.eq_ignore_ascii_case(head) || research(&noun) && research(head))
        };
        let sentence = self.seg.sentence_at(at)?;
        let first = sentence.saturating_sub(affiliation::MANAGEMENT_REACH);
        let before = self.orgs_back_to(at, first)?.find(introduces);
        let lead = sentence == 0 || sentence == 1 && self.is_headline(0);
        let next = || {
            let end = self.seg.sentences.get(sentence + 1)?.span.end;
            let after = self.orgs.partition_point(|o| o.span.start < at);
            self.orgs[after..]
                .iter()
                .take_while(|o| o.span.end <= end)
                .find(introduces)
        };
        before.or_else(|| lead.then(next).flatten()).map(|o| &o.org)
    }

    /// The first party named inside `span`.
    fn party_in(&self, span: Span) -> Option<&'a OrgMention> {
        self.orgs_in(span).find(|o| o.org.kind == OrgKind::Party)
    }

    fn org_overlapping(&self, span: Span) -> bool {
        // Of the organizations starting before `span` ends, one overlaps it
        // when the furthest end among them lies after its start.
        let starting_before = self.orgs.partition_point(|o| o.span.start < span.end);
        starting_before
            .checked_sub(1)
            .and_then(|last| self.org_end_max.get(last))
            .is_some_and(|&end| end > span.start)
    }

    fn token(&self, i: usize) -> Token<'a> {
        let span = self.tokens.get(i).copied().unwrap_or_default();
        Token {
            span,
            text: span.of(self.text),
        }
    }

    /// Whether token `i` is `word`, compared byte for byte: no `&str` need be
    /// made of the token (a span holding a whole `str` is on char boundaries).
    fn token_is(&self, i: usize, word: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| self.text.as_bytes().get(t.start..t.end) == Some(word.as_bytes()))
    }

    /// Whether token `i` is `.`.
    fn is_dot(&self, i: usize) -> bool {
        self.token_is(i, ".")
    }

    /// The tokens inside `span`, as a range of indices (those of
    /// [`Segmentation::tokens_in`]).
    fn token_range(&self, span: Span) -> Range<usize> {
        self.token_range_from(self.tokens.partition_point(|t| t.start < span.start), span)
    }

    /// [`Doc::token_range`] of `span`, whose first token is `first` (the
    /// first one that does not start before it).
    fn token_range_from(&self, first: usize, span: Span) -> Range<usize> {
        // The tokens' ends increase, so the last one is searched for from
        // the first: most spans asked about (mentions, organizations) hold
        // a few tokens, found by a walk; a longer one by a search.
        const WALK: usize = 8;
        let rest = self.tokens.get(first..).unwrap_or(&[]);
        let near = rest
            .iter()
            .take(WALK)
            .take_while(|t| t.end <= span.end)
            .count();
        let inside = if near < WALK {
            near
        } else {
            rest.partition_point(|t| t.end <= span.end)
        };
        first..first + inside
    }

    /// [`Doc::token_range`] of a sentence's span, from token `from`, the end
    /// of the sentence before (or 0): the sentences do not overlap, so no
    /// token before `from` lies in this one, and its first token is found by
    /// walking on (most sentences start where the one before ends).
    fn sentence_tokens(&self, span: Span, from: usize) -> Range<usize> {
        let rest = self.tokens.get(from..).unwrap_or(&[]);
        let first = from + rest.iter().take_while(|t| t.start < span.start).count();
        let inside = self.tokens.get(first..).unwrap_or(&[]);
        // Most sentences end within the next 64 tokens: searched there first.
        let within = |t: &Span| t.end <= span.end;
        let count = match inside.get(..64) {
            Some(near) if near.last().is_some_and(|t| !within(t)) => near.partition_point(within),
            _ => inside.partition_point(within),
        };
        first..first + count
    }

    /// [`Doc::token_range`] of a span inside the tokens `window` (its
    /// sentence's): two searches through the window, not the document. The
    /// tokens on either side of the window must lie outside the span, as they
    /// do for a sentence's; otherwise the whole document is searched.
    fn token_range_within(&self, window: Range<usize>, span: Span) -> Range<usize> {
        let before = window.start.checked_sub(1).and_then(|k| self.tokens.get(k));
        let after = self.tokens.get(window.end);
        let outside = before.is_none_or(|t| t.start < span.start && t.end <= span.end)
            && after.is_none_or(|t| t.start >= span.start && t.end > span.end);
        match self.tokens.get(window.clone()) {
            Some(inside) if outside => {
                let first = window.start + inside.partition_point(|t| t.start < span.start);
                let last = window.start + inside.partition_point(|t| t.end <= span.end);
                first..last.max(first)
            }
            _ => self.token_range(span),
        }
    }

    /// The capitalized tokens among the tokens `range`, as a range of `self.capitalized`.
    fn capitalized_in(&self, range: Range<usize>) -> Range<usize> {
        let first = self.capitalized.partition_point(|&i| i < range.start);
        // (A mention holds a few: they are counted by a walk.)
        const WALK: usize = 8;
        let rest = self.capitalized.get(first..).unwrap_or(&[]);
        let near = rest
            .iter()
            .take(WALK)
            .take_while(|&&i| i < range.end)
            .count();
        let inside = if near < WALK {
            near
        } else {
            rest.partition_point(|&i| i < range.end)
        };
        first..first + inside
    }

    /// Whether `span` lies inside a quote's content.
    fn in_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= span.start);
        i > 0 && self.quoted[i - 1].contains(span)
    }

    /// Whether `span` opens a reported quote, no quotation mark before it
    /// (`Regency Screens, the cinema chain, is to convert its screens, it
    /// said`): the organization the report is about is its own source.
    fn opens_report(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= span.start);
        i > 0 && self.quoted[i - 1].start == span.start && {
            let before = self.text.get(..span.start).unwrap_or_default();
            !before.trim_end().ends_with(['"', '“', '‘', '\''])
        }
    }

    /// Whether `word` (any case) is a one-word reporting cue; `lowered` is scratch space.
    fn is_cue(&self, word: &str, lowered: &mut String) -> bool {
        // Every cue is a cue start: the ends and length of an ASCII word rule
        // out most words before it is copied, and the cue starts, read in any
        // case, most of the others.
        if let (true, Some(&first), Some(&last)) = (
            word.is_ascii(),
            word.as_bytes().first(),
            word.as_bytes().last(),
        ) {
            if !self.knowledge.may_start_cue(first, last, word.len())
                || !self.knowledge.is_cue_start_bytes(word.as_bytes())
            {
                return false;
            }
        }
        lowercase_into(word, lowered);
        self.knowledge.cue(lowered).is_some()
    }
}

/// Whether the target file lists a government body named `name`
/// ([`Knowledge::is_government_body`]), asked once per name: a document's
/// quotes name a few organizations many times. `listed` holds the answers so far.
fn listed_body<'n>(
    listed: &mut Vec<(&'n str, bool)>,
    name: &'n str,
    knowledge: &Knowledge,
) -> bool {
    if let Some(&(_, body)) = listed.iter().find(|(known, _)| *known == name) {
        return body;
    }
    let body = knowledge.is_government_body(name);
    listed.push((name, body));
    body
}

/// The union of spans, sorted and without overlaps.
fn union_of(spans: impl Iterator<Item = Span>) -> Vec<Span> {
    let mut sorted: Vec<Span> = spans.collect();
    sorted.sort();
    let mut out: Vec<Span> = Vec::with_capacity(sorted.len());
    for span in sorted {
        match out.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => out.push(span),
        }
    }
    out
}

/// Whether `word` in lowercase is one of `words` (lowercase ASCII), without
/// lowering an ASCII word.
fn lowercase_is_one_of(word: &str, words: &[&str]) -> bool {
    // Bytes equal but for ASCII case to an ASCII word are that word in some
    // case; most words fail at their length. Only a word beyond ASCII need
    // be lowered (the Kelvin sign lowers to `k`).
    words
        .iter()
        .any(|w| w.len() == word.len() && word.eq_ignore_ascii_case(w))
        || (!word.is_ascii() && words.contains(&&*lower(word)))
}

/// `word.to_lowercase()`, into `out`.
fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}
