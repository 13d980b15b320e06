//! Organizations inferred from context: a kind noun owning a role (`The union’s
//! general secretary`, `Committee chairman …`), the organization the text around
//! a person is about, and the organization a description refers back to (`the firm said`).

use crate::knowledge::OrgKind;
use crate::orgs::{OrgMention, OrgName};
use crate::segment::Token;
use crate::span::Span;
use std::ops::Range;

use super::names::possessive_suffix;
use super::{is_article, lowercase_into, lowercase_is_one_of, Doc, Source};

/// How many sentences before a person's mention [`Doc::surrounding_org`]
/// looks back. Where a person is introduced, or named by a name the document
/// never gives in full (`Mr Courtney`), the sentence before may say whom they
/// speak for (`a guarded welcome from the CPHVA. Its director Roger Kline
/// said`); at a later mention of someone introduced with no organization,
/// earlier sentences are about something else (`Tom Bell spoke. The EU met.
/// Mr Bell said`).
pub(super) const AT_INTRODUCTION: usize = 2;
pub(super) const AT_LATER_MENTION: usize = 0;
/// How many sentences before a person introduced with a role at the head of
/// an organization and none named (`Chief executive Rachel Ormerod`) the
/// organization the story is about may be named: a news report names it in
/// its opening paragraphs, which a dozen sentences cover; the bound keeps the
/// search short in a long document.
pub(super) const MANAGEMENT_REACH: usize = 12;

/// How many sentences after a description (`the union said`) that no
/// organization named before fits the body it describes may be named first.
const NAMED_NEXT_REACH: usize = 6;

/// How many sentences before a person introduced as `Its chairman` the
/// organization `its` stands for may be named: a long quote of it may lie between.
pub(super) const ITS_REACH: usize = 6;

impl<'a> Doc<'a> {
    /// `The union’s general secretary`, `Committee chairman Michael Jack`,
    /// `a senior party spokesman`: a kind noun owning a role refers to the
    /// latest organization before `pos` of the kind it names or whose name
    /// holds it. `lowered` is scratch space.
    pub(super) fn generic_reference(
        &self,
        phrase: Span,
        pos: usize,
        lowered: &mut String,
    ) -> Option<&'a OrgName> {
        let toks: Vec<Token> = self.seg.tokens_in(self.text, phrase).collect();
        // (`a spokeswoman for the museum`: a noun no list holds heading the
        // name of one named before.)
        let held_at_named = || {
            let [.., role, at, the, noun] = toks.as_slice() else {
                return None;
            };
            (self.knowledge.is_role(role.text)
                && lowercase_is_one_of(at.text, &["for", "of", "at"])
                && is_article(the.text)
                && self.knowledge.org_noun(noun.text).is_none())
            .then(|| self.org_headed_by(noun.text, pos))?
        };
        // (`the team's leading rider`: a possessive of such a noun.)
        let owned_by_named = || {
            let owner = toks.iter().find(|t| possessive_suffix(t.text) > 0)?;
            let word = owner
                .text
                .get(..owner.text.len() - possessive_suffix(owner.text))?;
            (self.knowledge.org_noun(word).is_none()).then(|| self.org_headed_by(word, pos))?
        };
        if let Some(org) = held_at_named().or_else(owned_by_named) {
            return Some(org);
        }
        let (noun, kind, capitalized) = toks.iter().enumerate().find_map(|(k, t)| {
            let word = t.text.get(..t.text.len() - possessive_suffix(t.text))?;
            let kind = self.knowledge.org_noun(word)?;
            // (`a spokeswoman for the firm`: a role held `for`, `of` or
            // `at` the kind.)
            let held_at = k >= 3
                && is_article(toks[k - 1].text)
                && lowercase_is_one_of(toks[k - 2].text, &["for", "of", "at"])
                && toks[..k - 2].iter().any(|r| self.knowledge.is_role(r.text));
            let owns_role = word.len() < t.text.len()
                || held_at
                || toks
                    .get(k + 1)
                    .is_some_and(|n| self.knowledge.is_role(n.text));
            owns_role.then_some((word, kind, t.is_capitalized()))
        })?;
        lowercase_into(noun, lowered);
        let before = self.orgs.partition_point(|o| o.span.end <= pos);
        let earlier = || {
            self.orgs[..before]
                .iter()
                .rev()
                .filter(|o| !self.in_quote(o.span))
        };
        let named_so = |o: &&OrgMention| name_holds(&o.org, lowered);
        // (`the campaign group Open Westminster … The group's director`: the
        // noun the text introduced the organization with.)
        let introduced_so = |o: &&OrgMention| self.introduced_as(o, lowered);
        // (`The Marlham Lyric, one of the oldest theatres in the north, …
        // The theatre's director`: the noun of the apposition after it.)
        let described_so = |o: &&OrgMention| self.described_as(o, lowered);
        let fits = |o: &&OrgMention| {
            (kind != OrgKind::Other && o.org.kind == kind)
                || named_so(o)
                || introduced_so(o)
                || described_so(o)
        };
        // (A capitalized noun before the role is a short name, held in the
        // name before the latest of its kind: `Brathdale City Council …
        // Brathdale Hospital … Council leader Ann Lee`; `the union's` is the
        // latest union, whatever its name. Failing one in the narration, one
        // named in what a source said: `Acme City Council has issued a
        // notice, according to its finance director. … The council's leader`.)
        // (Failing all, `according to the Soundlife Trust. The charity's
        // chief executive`: the latest named in the narration of the
        // sentence before or this one, when it is of the noun's kind and its
        // name's head word says it is a body.)
        let here = self.seg.sentence_at(pos).unwrap_or_default();
        let latest_body = |o: &&OrgMention| {
            o.org.kind == kind
                && o.org
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| self.knowledge.org_head(w).is_some())
                && self
                    .seg
                    .sentence_at(o.span.start)
                    .is_some_and(|k| k + 1 >= here)
        };
        earlier()
            .find(|o| capitalized && named_so(o))
            .or_else(|| earlier().find(fits))
            .or_else(|| self.orgs[..before].iter().rev().find(fits))
            .or_else(|| earlier().next().filter(latest_body))
            .map(|o| &o.org)
    }

    /// Whether an apposition right after `o` describes it with the noun
    /// `noun` (`The Marlham Lyric, one of the oldest theatres in the north,`,
    /// `Hearthside, a homelessness charity in Leeds,`).
    fn described_as(&self, o: &OrgMention, noun: &str) -> bool {
        let after = self.text.get(o.span.end..).unwrap_or_default();
        let Some(apposition) = after.strip_prefix(", ") else {
            return false;
        };
        let end = apposition.find([',', '.']).unwrap_or(apposition.len());
        let words: Vec<&str> = apposition[..end].split(' ').take(8).collect();
        // (The noun heads the phrase: `one of the oldest theatres in …`,
        // `the county's theatre`; not `which bought the theatre`.)
        let opens = words
            .first()
            .is_some_and(|w| lowercase_is_one_of(w, &["one", "the", "a", "an"]));
        let head = words.iter().position(|w| {
            w.eq_ignore_ascii_case(noun)
                || w.strip_suffix('s')
                    .is_some_and(|w| w.eq_ignore_ascii_case(noun))
        });
        let ends_phrase = |k: usize| {
            words
                .get(k + 1)
                .is_none_or(|w| lowercase_is_one_of(w, &["in", "of", "for", "with", "on", "at"]))
        };
        apposition[..end].len() <= 80 && opens && head.is_some_and(ends_phrase)
    }

    /// Whether an apposition right after `o` describes it as a company
    /// (`Pellow Group, the country's third largest bakery chain,`): a name
    /// whose head word says nothing of its kind is the firm it is called.
    fn described_as_company(&self, o: &OrgMention) -> bool {
        // (The phrase's head: its last word before a function word, as `a
        // collective of customers of the bank` is no bank.)
        let k = self.knowledge;
        let after = self.text.get(o.span.end..).unwrap_or_default();
        let Some(apposition) = after.strip_prefix(", ") else {
            return false;
        };
        let end = apposition.find([',', '.']).unwrap_or(apposition.len());
        let mut words = apposition[..end].split(' ');
        let opens = words
            .next()
            .is_some_and(|w| lowercase_is_one_of(w, &["the", "a", "an"]));
        let head = words
            .take(7)
            .take_while(|w| !k.is_function_word(w) && !k.is_preposition(w))
            .last();
        opens && head.is_some_and(|w| k.org_noun(&w.to_lowercase()) == Some(OrgKind::Company))
    }

    /// Whether the text introduced `o` with the noun `noun` right before its
    /// name (`the charity Kiln Aid`, `League One club Ashcombe United`, `the
    /// campaign group, Open Westminster`).
    fn introduced_as(&self, o: &OrgMention, noun: &str) -> bool {
        let lead = self.text.get(..o.span.start).unwrap_or_default();
        let lead = lead.trim_end_matches([' ', ',']);
        lead.rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case(noun))
    }

    /// `The University of Wessex … The university said`, `Brathdale
    /// Museum … a spokeswoman for the museum`: the latest organization
    /// before `pos`, outside quotes, whose name a common noun no list holds
    /// heads (its last word, or its first before `of` or `for`).
    pub(super) fn org_headed_by(&self, noun: &str, pos: usize) -> Option<&'a OrgName> {
        if !noun.bytes().all(|b| b.is_ascii_lowercase()) || self.knowledge.is_role(noun) {
            return None;
        }
        let before = self.orgs.partition_point(|o| o.span.end <= pos);
        self.orgs[..before]
            .iter()
            .rev()
            .filter(|o| !self.in_quote(o.span))
            .find(|o| {
                let mut words = o.org.name.split(' ');
                let first = words.next().unwrap_or_default();
                let second = words.next();
                let mut from_end = o.org.name.rsplit(' ');
                let last = from_end.next().unwrap_or_default();
                // (Not the object of the name's `of`: `Federal Bureau of
                // Investigation` is no `investigation`.)
                let before_last = from_end.next();
                // (Or a head word opening the name: `Team Kestrel`.)
                let opening_head = || self.knowledge.org_head(first).is_some();
                (before_last.is_some_and(|w| !matches!(w, "of" | "for" | "and"))
                    && last.eq_ignore_ascii_case(noun))
                    || (first.eq_ignore_ascii_case(noun)
                        && second.is_some()
                        && (matches!(second, Some("of" | "for")) || opening_head()))
            })
            .map(|o| &o.org)
    }

    /// The organization the text around `pos` is about: one named in the same
    /// sentence (the nearest before `pos`, else the first after), else the latest
    /// in the `sentences_back` sentences before (or the one opening its
    /// sentence, which that sentence is about). Government bodies, media and
    /// organizations that introduce somebody else are skipped.
    pub(super) fn surrounding_org(&self, pos: usize, sentences_back: usize) -> Option<&'a OrgName> {
        self.surrounding_org_in(self.seg.sentence_at(pos)?, pos, sentences_back)
    }

    /// [`Doc::surrounding_org`] of `pos` in sentence `sentence`.
    pub(super) fn surrounding_org_in(
        &self,
        sentence: usize,
        pos: usize,
        sentences_back: usize,
    ) -> Option<&'a OrgName> {
        let here = self.seg.sentences.get(sentence)?.span;
        // Not back across a headline: it names what the story is about, not
        // whom the person speaks for.
        let mut first = sentence;
        while first > 0 && sentence - first < sentences_back && !self.is_headline(first - 1) {
            first -= 1;
        }
        let from = self.seg.sentences[first].span.start;
        // `In a report to the police panel,`, `Addressing the Police
        // Federation conference,`: an organization spoken to is not the
        // speaker's (but `an adviser to the Treasury` is a role's).
        let addressed = |o: &OrgMention| {
            let mut k = self.token_range(o.span).start;
            while k > 0 && is_article(self.token(k - 1).text) {
                k -= 1;
            }
            k > 1
                && lowercase_is_one_of(self.token(k - 1).text, &["to", "before", "addressing"])
                && !{
                    let before = self.token(k - 2).text;
                    self.knowledge.is_role(before) && !self.knowledge.is_document(before)
                }
        };
        // (The cheap tests first: the kind, then a binary search, a hash
        // lookup, and the tokens around last.)
        let usable = |o: &&OrgMention| {
            !matches!(o.org.kind, OrgKind::Government | OrgKind::Media)
                && !self.in_quote(o.span)
                && !self.claimed_orgs.contains(&o.span)
                && !addressed(o)
        };
        // The organizations are in text order: look only at the window.
        let orgs = self.orgs;
        let window = |start: usize, end: usize| {
            let first = orgs.partition_point(|o| o.span.start < start);
            orgs[first..]
                .iter()
                .take_while(move |o| o.span.start < end)
                .filter(move |o| o.span.end <= end)
        };
        // After a verb, an organization is what the person speaks about
        // (`Alan Milburn accused the Tories`), not theirs. `between` are the
        // tokens from `pos` to the organization.
        let no_verb_between = |between: Range<usize>| {
            // A cue at most two words before the organization governs it.
            !between
                .rev()
                .take(3)
                .map(|k| self.token(k))
                .any(|t| !t.is_capitalized() && self.knowledge.is_cue_word(t.text))
        };
        // A person who is the subject of a clause (`David Blunkett has been
        // accused of …`, `Mr Smith will meet …`: the first lowercase word
        // after them an auxiliary) does something to the organizations after
        // them; they are not theirs (as in `Mr Smith, of the union, …`).
        let subject_of_clause = |between: Range<usize>| {
            between
                .map(|k| self.token(k))
                .find(|t| {
                    t.text
                        .bytes()
                        .next()
                        .is_some_and(|b| b.is_ascii_alphabetic())
                        && !t.is_capitalized()
                })
                .is_some_and(|t| self.knowledge.is_finite_verb(t.text))
        };
        // The latest usable one before `pos`, searched for from `pos` back.
        let before = {
            let first = orgs.partition_point(|o| o.span.start < from);
            let end = first + orgs[first..].partition_point(|o| o.span.start < pos);
            orgs[first..end]
                .iter()
                .rev()
                .filter(|o| o.span.end <= pos)
                .find(usable)
        };
        let before_in_sentence = before.filter(|o| o.span.start >= here.start);
        // (Searched for only when none before it in the sentence answers; the
        // cheap test first: the first organization passing both.)
        // A person named as the owner of a thing (`Lily Ashworth-Grant's
        // first novel will be published by Harrowgate & Finch`) is not what
        // the organizations after are about; the owner of a body or a role
        // is (`Ann Lee's firm, Acme,`, `Tom Hale's spokesman at Acme`), as is
        // one the thing is apposed to.
        let owner_of_thing = |between: Range<usize>| {
            // (`Ann Lee's employer, the Ravenhill Trust,`: a thing the
            // organization is set off after is the organization.)
            let mut back = between.clone().rev().map(|k| self.token(k).text);
            let apposed = match back.next() {
                Some(",") => true,
                Some(article) if is_article(article) => back.next() == Some(","),
                _ => false,
            };
            if apposed {
                return false;
            }
            let mut words = between
                .map(|k| self.token(k))
                .skip_while(|t| t.is_capitalized() && possessive_suffix(t.text) == 0);
            let owner = words
                .next()
                .is_some_and(|t| t.is_capitalized() && possessive_suffix(t.text) > 0);
            let mut thing = words
                .take_while(|t| t.is_word() && !t.is_capitalized())
                .take(3)
                .peekable();
            owner
                && thing.peek().is_some()
                && thing.all(|t| {
                    self.knowledge.org_noun(t.text).is_none() && !self.knowledge.is_role(t.text)
                })
        };
        let in_sentence_after = || {
            window(pos, here.end).filter(usable).find(|o| {
                let between = self.token_range(Span::new(pos, o.span.start));
                no_verb_between(between.clone())
                    && !subject_of_clause(between.clone())
                    && !owner_of_thing(between)
            })
        };
        // (In a sentence before, the organization opening it is what it is
        // about, not one its relative clause names: `The GMB union, which
        // represents Acme staff, said …`.)
        // The same holds of a sentence opening with a description (`The
        // company, which is owned by Van Dijk Group, said …`).
        let in_sentence_before = || {
            let latest = before?;
            let in_relative = |from: usize| {
                self.text
                    .get(from..latest.span.start)
                    .is_some_and(|between| {
                        between.contains(", which ") || between.contains(", who ")
                    })
            };
            let named = || {
                self.sentence_opening_org(latest)
                    .filter(usable)
                    .filter(|o| in_relative(o.span.end))
                    .map(|o| &o.org)
            };
            let described = || {
                let k = self.seg.sentence_at(latest.span.start)?;
                in_relative(self.seg.sentences.get(k)?.span.start)
                    .then(|| self.described_opening(k))?
            };
            Some(named().or_else(described).unwrap_or(&latest.org))
        };
        before_in_sentence
            .or_else(in_sentence_after)
            .map(|o| &o.org)
            .or_else(in_sentence_before)
    }

    /// The company a story is about, for someone at its head introduced at
    /// `pos` with no organization named: the latest company named in the
    /// narration of the [`MANAGEMENT_REACH`] sentences before, not back
    /// across a headline. (Only a company: a party, a campaign or a public
    /// body named earlier in a political story is no employer of an unnamed
    /// `director`.)
    pub(super) fn story_company(&self, pos: usize) -> Option<&'a OrgName> {
        self.story_org(pos, |o| {
            o.org.kind == OrgKind::Company
                || o.org.kind == OrgKind::Other && self.described_as_company(o)
        })
    }

    /// The university a story names, for someone in an academic role
    /// introduced at `pos` with no organization named (`Engineering students
    /// at the University of Hertfordshire … Dr Karen Oyelaran, the lecturer
    /// who set up the project`), as [`Doc::story_company`] finds a company.
    pub(super) fn story_university(&self, pos: usize) -> Option<&'a OrgName> {
        self.story_org(pos, |o| self.knowledge.is_academic_body(&o.org.name))
    }

    /// The latest organization `fits` in the narration of the
    /// [`MANAGEMENT_REACH`] sentences before `pos`, not back across a
    /// headline, that no one has claimed.
    fn story_org(&self, pos: usize, fits: impl Fn(&OrgMention) -> bool) -> Option<&'a OrgName> {
        let sentence = self.seg.sentence_at(pos)?;
        let mut first = sentence;
        while first > 0 && sentence - first < MANAGEMENT_REACH && !self.is_headline(first - 1) {
            first -= 1;
        }
        self.orgs_back_to(pos, first)?
            .find(|o| {
                fits(o)
                    && !self.claimed_orgs.contains(&o.span)
                    && (!self.in_quote(o.span) || self.opens_report(o.span))
            })
            .map(|o| &o.org)
    }

    /// The organization `its` before `pos` stands for (`The committee said … Its
    /// chairman, Gregor Atherton, said`): the latest named in the narration
    /// of the `reach` sentences before (see [`ITS_REACH`]), a news outlet
    /// aside, or the one opening that organization's sentence, which is what
    /// the sentence is about (`The GMB union, which represents Acme staff,
    /// said … Its national officer` is the union's), named there or described
    /// by its kind (`The trust, set up by residents, hopes for a grant from
    /// the Lottery Fund. Its chairwoman` is the trust's).
    pub(super) fn organization_before(&self, pos: usize, reach: usize) -> Option<&'a OrgName> {
        let first = self.seg.sentence_at(pos)?.saturating_sub(reach);
        let outlet = |o: &OrgMention| o.org.kind == OrgKind::Media;
        let latest = self
            .orgs_back_to(pos, first)?
            .find(|o| !self.in_quote(o.span) && !outlet(o))?;
        // (A sentence after it that opens with a description is about the
        // organization described: `The fund said … Its director`.)
        let named_in = self.seg.sentence_at(latest.span.start)?;
        let here = self.seg.sentence_at(pos)?;
        let described = (named_in + 1..here)
            .rev()
            .find_map(|k| self.described_opening(k));
        if let Some(org) = described {
            return Some(org);
        }
        if let Some(subject) = self.sentence_opening_org(latest).filter(|m| !outlet(m)) {
            return Some(&subject.org);
        }
        Some(self.described_opening(named_in).unwrap_or(&latest.org))
    }

    /// The organization that `The` and a kind noun opening sentence `k`
    /// refer to (`The trust, set up …, hopes …`).
    fn described_opening(&self, k: usize) -> Option<&'a OrgName> {
        let mut toks = self
            .seg
            .tokens_in(self.text, self.seg.sentences.get(k)?.span);
        let (the, head, after) = (toks.next()?, toks.next()?, toks.next()?);
        // (The noun heads the phrase: a comma or a verb follows, not a name.)
        if the.text != "The" || head.is_capitalized() || after.is_capitalized() {
            return None;
        }
        let kind = self.knowledge.org_noun(head.text)?;
        let mention = Span::new(the.span.start, head.span.end);
        self.organization_referred_to(mention, &head, kind)?.org
    }

    /// The organization sentence `k` opens with, after capitalized words
    /// only (`The Welsh Conservatives called it …`): what the sentence is about.
    pub(super) fn org_opening_sentence(&self, k: usize) -> Option<&'a OrgMention> {
        let (o, lead) = self.first_org_of(self.seg.sentences.get(k)?.span)?;
        lead.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
            .then_some(o)
    }

    /// The first organization named in `sentence`, and the text before it there.
    fn first_org_of(&self, sentence: Span) -> Option<(&'a OrgMention, &'a str)> {
        let first = self.orgs.partition_point(|o| o.span.start < sentence.start);
        let o = self
            .orgs
            .get(first)
            .filter(|o| o.span.end <= sentence.end)?;
        Some((o, self.text.get(sentence.start..o.span.start)?))
    }

    /// The organizations named before `pos` back to the start of sentence
    /// `first`, latest first.
    pub(super) fn orgs_back_to(
        &self,
        pos: usize,
        first: usize,
    ) -> Option<impl Iterator<Item = &'a OrgMention> + '_> {
        let from = self.seg.sentences.get(first)?.span.start;
        let before = self.orgs.partition_point(|o| o.span.end <= pos);
        Some(
            self.orgs[..before]
                .iter()
                .rev()
                .take_while(move |o| o.span.start >= from),
        )
    }

    /// Whether sentence `k` is a headline or crosshead: a paragraph of its own
    /// that no full stop, question or exclamation mark ends.
    pub(super) fn is_headline(&self, k: usize) -> bool {
        let Some(sentence) = self.seg.sentences.get(k) else {
            return false;
        };
        // (Most sentences share their paragraph: told before the text is read.)
        if self.seg.paragraphs.get(sentence.paragraph) != Some(&sentence.span) {
            return false;
        }
        let text = sentence.span.of(self.text);
        // The last char but white space and closing quotes, read from the
        // last bytes when they are ASCII or a curly quote; a text ending in
        // other bytes beyond ASCII is read by its chars.
        let mut bytes = text.as_bytes();
        loop {
            match bytes {
                [rest @ .., b'\t'..=b'\r' | b' ' | b'"' | b'\''] => bytes = rest,
                [rest @ .., 0xE2, 0x80, 0x9D | 0x99] => bytes = rest,
                _ => break,
            }
        }
        let last = match bytes.last() {
            None => None,
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => text
                .trim_end_matches(|c: char| c.is_whitespace() || "\"'\u{201d}\u{2019}".contains(c))
                .chars()
                .last(),
        };
        !matches!(last, Some('.' | '?' | '!'))
    }

    /// The organization of `o`'s kind that opens `o`'s sentence (after
    /// `The`), when it is not `o` itself.
    fn sentence_subject_org(&self, o: &'a OrgMention) -> Option<&'a OrgMention> {
        self.sentence_opening_org(o)
            .filter(|m| m.org.kind == o.org.kind)
    }

    /// The organization that opens `o`'s sentence (after `The`, or a
    /// description by its kind: `Frozen food maker Acme plc has rejected a
    /// bid from Bidco`) in the narration, when it is not `o` itself.
    fn sentence_opening_org(&self, o: &'a OrgMention) -> Option<&'a OrgMention> {
        let sentence = self
            .seg
            .sentences
            .get(self.seg.sentence_at(o.span.start)?)?
            .span;
        let (m, lead) = self.first_org_of(sentence)?;
        // (Or words that say what it is, ending in a kind noun: no function
        // word, so not `Shares in budget airline Flyco`; nor its possessive,
        // `Fashion retailer Mode's former chief executive`.)
        let description = lead.split_whitespace().skip_while(|w| is_article(w));
        let subject = description.clone().last().is_none_or(|w| {
            let after = self.text.get(m.span.end..).unwrap_or_default();
            self.knowledge.org_noun(w).is_some()
                && !after.starts_with("'s")
                && !after.starts_with("’s")
                && description.clone().all(|w| {
                    w.chars().all(|c| c.is_alphabetic() || c == '-')
                        && !self.knowledge.is_function_word(w)
                })
        });
        (subject && m.span.start < o.span.start && !self.in_quote(m.span)).then_some(m)
    }

    /// `…, a leading charity has said. ¶ Brightwater Cancer Trust says …`:
    /// the organization of kind `kind` opening the narration of the sentence
    /// after `mention`'s, which a lead describing a body by its kind goes on
    /// to name (see [`of_kind`]).
    pub(super) fn org_opening_next_sentence(
        &self,
        mention: Span,
        kind: OrgKind,
    ) -> Option<&'a OrgName> {
        let k = self.seg.sentence_at(mention.start)?;
        let next = self.seg.sentences.get(k + 1)?.span;
        let (m, lead) = self.first_org_of(next)?;
        (of_kind(m.org.kind, kind)
            && lead.split_whitespace().all(is_article)
            && !self.in_quote(m.span))
        .then_some(&m.org)
    }

    /// The first organization of kind `kind` (see [`of_kind`]) named in the
    /// narration after `mention`, when `mention` is
    /// in the story's lead: its first sentence, or the first after its
    /// headline.
    pub(super) fn org_named_after_lead(&self, mention: Span, kind: OrgKind) -> Option<&'a OrgName> {
        let k = self.seg.sentence_at(mention.start)?;
        if k > 0 && !self.is_headline(k - 1) || k > 1 {
            return None;
        }
        let after = self.orgs.partition_point(|o| o.span.start < mention.end);
        self.orgs[after..]
            .iter()
            .find(|o| !self.in_quote(o.span) && of_kind(o.org.kind, kind))
            .map(|o| &o.org)
    }

    /// `A committee of MPs has warned … the Commons Treasury Committee said`:
    /// the organization a description by its kind (`head`) introduces before
    /// naming it, the first named after `mention` in the narration of its
    /// sentence and the next, whose name holds the noun.
    pub(super) fn body_named_next(&self, mention: Span, head: &str) -> Option<&'a OrgName> {
        let sentence = self.seg.sentence_at(mention.start)?;
        let end = self
            .seg
            .sentences
            .get(sentence + 1)
            .or(self.seg.sentences.last())?
            .span
            .end;
        let after = self.orgs.partition_point(|o| o.span.start < mention.end);
        self.orgs[after..]
            .iter()
            .take_while(|o| o.span.end <= end)
            .find(|o| !self.in_quote(o.span) && name_holds(&o.org, head))
            .map(|o| &o.org)
    }

    /// `the firm`, `the former monopoly`, `the union`: the latest organization
    /// named before `mention` in the narration, of the kind the noun `head`
    /// names if one is (else any but a news outlet). A capitalized head is a
    /// short name (`the Bank` for `Bank of England`): the name must hold it.
    pub(super) fn organization_referred_to(
        &self,
        mention: Span,
        head: &Token,
        kind: OrgKind,
    ) -> Option<Source<'a>> {
        let before = self.orgs.partition_point(|o| o.span.start < mention.start);
        let earlier = || {
            self.orgs[..before]
                .iter()
                .rev()
                .filter(|o| !self.in_quote(o.span))
        };
        let o = if head.is_capitalized() {
            earlier().find(|o| o.org.name.split_whitespace().any(|w| w == head.text))?
        } else {
            // `the council` is the latest of its kind, or one whose name
            // holds the noun (`Castlebridge Borough Council`, whatever kind
            // its head word gave it): a body's designation is in its name.
            // Not a firm's noun: `the network`, `the bank` describe any
            // firm, whatever its name (`Dish Network` is no more the network
            // than the broadcaster the story is about).
            let holds = |o: &&OrgMention| kind != OrgKind::Company && name_holds(&o.org, head.text);
            let fits = |o: &&OrgMention| o.org.kind == kind || holds(o);
            // `Priya Nandakumar, an analyst at Shore Capital, said … The
            // company said`: an organization the narration names only as
            // somebody's employer is not what the story is about; the
            // description refers past it, when another fits.
            let employer_only = |o: &&OrgMention| {
                self.claimed_orgs.contains(&o.span)
                    && !self.orgs[..before].iter().any(|m| {
                        m.org.name == o.org.name
                            && !self.claimed_orgs.contains(&m.span)
                            && !self.in_quote(m.span)
                    })
            };
            // `… in a move the players' union described as “short-sighted”.
            // The Rugby Players' Association said`: a story may describe a
            // body before it names it, in the sentences right after.
            let named_next = || {
                let sentence = self.seg.sentence_at(mention.start)?;
                let end = self
                    .seg
                    .sentences
                    .get(sentence + NAMED_NEXT_REACH)
                    .or(self.seg.sentences.last())?
                    .span
                    .end;
                self.orgs[before..]
                    .iter()
                    .take_while(|o| o.span.end <= end)
                    .filter(|o| !self.in_quote(o.span))
                    .find(fits)
            };
            // (`joined the charity Kiln Aid … The charity said`: one the text
            // introduced or described with the noun, when none of its kind
            // (a named kind: any body may be `Other`) is named after it.)
            let introduced_so = |o: &&OrgMention| {
                self.introduced_as(o, head.text) || self.described_as(o, head.text)
            };
            // (`The Greenlaw Foundation … the think tank Brightwell … The
            // foundation said`: one whose name holds the noun before the
            // latest of its kind.)
            let o = earlier()
                .filter(|o| !employer_only(o))
                .find(holds)
                .or_else(|| {
                    earlier()
                        .filter(|o| !employer_only(o))
                        .find(|o| introduced_so(o) || kind != OrgKind::Other && o.org.kind == kind)
                        .filter(introduced_so)
                })
                .or_else(|| earlier().filter(|o| !employer_only(o)).find(fits))
                .or_else(|| earlier().find(fits))
                .or_else(named_next)
                // (Failing all, any but a news outlet; but `the company` is no
                // union, party or public body.)
                .or_else(|| {
                    earlier().find(|o| match kind {
                        OrgKind::Company => matches!(o.org.kind, OrgKind::Company | OrgKind::Other),
                        _ => o.org.kind != OrgKind::Media,
                    })
                })?;
            // `Lumora … has raised $150m from investors led by the fund
            // Brackwater Ventures. The firm said`: the subject of that
            // sentence, where one of the same kind opens it, is what the
            // next refers back to (not past one introduced with the noun:
            // `Acme has rejected a bid from the firm Bidco`).
            if introduced_so(&o) && !holds(&o) {
                o
            } else {
                self.sentence_subject_org(o).unwrap_or(o)
            }
        };
        Some(Source::organization(&o.org))
    }
}

/// Whether a word of `org`'s name is `word`, in any case (`Castlebridge
/// Borough Council` holds `council`).
fn name_holds(org: &OrgName, word: &str) -> bool {
    org.name
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether an organization of kind `found` is one a description of kind
/// `described` may name: the same kind, or for `Other` any body but a
/// government, a party or a news outlet.
fn of_kind(found: OrgKind, described: OrgKind) -> bool {
    found == described
        || described == OrgKind::Other
            && !matches!(found, OrgKind::Government | OrgKind::Party | OrgKind::Media)
}
