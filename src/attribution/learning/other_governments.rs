//! A minister of a government other than the target's: a devolved one or
//! another state's. Takes a role phrase, or the sentences before a mention;
//! gives the government its office names (`Greece's tourism minister`, `the
//! Taoiseach`, `Welsh health minister`), or, for a minister whose portfolio
//! names no place (`Transport Minister`), the one the story names: the place
//! a sentence sets itself in (`In Scotland, …, deputy health minister Ann
//! Lee`), a government named before (`The Welsh Government has published …
//! Transport Minister Tom Hale`), failing those the place whose parliament
//! the minister speaks to (`told MSPs`, `told the Welsh Assembly`), or a
//! state opening a sentence before
//! (`Chile has agreed a loan … Finance Minister Ana Soto`), which also owns
//! a government body described by what it is (`the country's finance
//! ministry`). Hard cases: two governments named (none is), a body of the
//! target's named too (the other counts only as a sentence's subject), the
//! person's own sentence opening with a state (what they speak about), and
//! `Prime Minister`, `First Minister`, which name no portfolio.

use crate::knowledge::OrgKind;
use crate::orgs::OrgName;
use crate::span::Span;

use crate::attribution::names::possessive_suffix;
use crate::attribution::Doc;

impl<'a> Doc<'a> {
    /// The government of another state whose office `phrase` names: one the
    /// target would name without the state's name (`Greece's tourism
    /// minister`, `the French finance minister`) but does not with it (a
    /// target's own state, `@US` in a US target file, is no other), or an
    /// office only that state has (`the Taoiseach`).
    /// `scratch` is scratch space.
    pub(crate) fn foreign_office(&self, phrase: Span, scratch: &mut String) -> Option<&'a OrgName> {
        let words = phrase.of(self.text);
        let (at, government) = self.knowledge.foreign_government(words)?;
        // `Taoiseach`: an office only that state has.
        if self.knowledge.is_role(at.of(words)) {
            return Some(government);
        }
        let rest = words.get(at.end..).unwrap_or_default();
        let rest = ["’s", "'s"]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest);
        scratch.clear();
        scratch.push_str(words.get(..at.start).unwrap_or_default());
        scratch.push_str(rest);
        (self.knowledge.is_government(scratch) && !self.knowledge.is_government(words))
            .then_some(government)
    }

    /// The devolved government whose office `phrase` names (`the health
    /// minister for Wales`, `Welsh health minister`), if any.
    pub(crate) fn devolved_office_government(&self, phrase: Span) -> Option<&'a OrgName> {
        if !self.phrase_facts(phrase).devolved_office {
            return None;
        }
        self.knowledge.devolved_government(phrase.of(self.text))
    }

    /// Whether `phrase` is a minister's role whose portfolio names no body
    /// of the target (`Transport Minister`, `the deputy climate change
    /// minister`; not `Home Office minister`, `Prime Minister`).
    pub(super) fn is_portfolio_minister(&self, phrase: Span, scratch: &mut String) -> bool {
        // (Most phrases are empty or told by their last bytes: nearly every
        // person passes here once.)
        if phrase.is_empty() || phrase.len() < "minister".len() {
            return false;
        }
        let words = phrase
            .of(self.text)
            .trim_matches(|c: char| !c.is_alphanumeric());
        let Some(at) = words.len().checked_sub("minister".len()) else {
            return false;
        };
        if !words
            .get(at..)
            .is_some_and(|w| w.eq_ignore_ascii_case("minister"))
        {
            return false;
        }
        let portfolio = words.get(..at).unwrap_or_default().trim_end();
        scratch.clear();
        scratch.push_str(portfolio);
        scratch.make_ascii_lowercase();
        !scratch.ends_with("prime")
            && !scratch.ends_with("first")
            && self.knowledge.is_government(words)
            && !self.knowledge.is_government(portfolio)
    }

    /// The government of the state token `word` (of the text `t`) names
    /// when it opens a sentence before sentence `own_sentence` (`Chile has
    /// agreed`, `Chile's economy`): the sentence is about that state. (Told
    /// by the token's first byte and place first: most tokens are lowercase
    /// or inside a sentence.)
    fn state_opening_sentence(
        &self,
        word: usize,
        t: &str,
        own_sentence: usize,
    ) -> Option<&'a OrgName> {
        if !t.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        let span = self.token(word).span;
        let at = self.seg.sentence_at(span.start)?;
        // (Not the person's own sentence: what it opens with may be what
        // they speak about, `Belgium failed to act, said the German minister`.)
        if at >= own_sentence || self.seg.sentences.get(at)?.span.start != span.start {
            return None;
        }
        let bare = t.get(..t.len() - possessive_suffix(t)).unwrap_or(t);
        let (at, government) = self.knowledge.foreign_government(bare)?;
        (at.start == 0 && at.end == bare.len()).then_some(government)
    }

    /// `In Scotland, where the ban began last month, deputy health minister
    /// Ann Lee said`: the government of the place (with a government of its
    /// own, or a state) that `sentence` opens by setting itself `In`, up to
    /// a comma.
    pub(super) fn setting_government(&self, sentence: usize) -> Option<&'a OrgName> {
        let toks = self.token_range(self.seg.sentences.get(sentence)?.span);
        if toks.len() < 3 || !self.token_is(toks.start, "In") {
            return None;
        }
        let comma = (toks.start + 2..toks.end)
            .take(3)
            .find(|&k| self.token(k).text == ",")?;
        let place = Span::new(
            self.token(toks.start + 1).span.start,
            self.token(comma - 1).span.end,
        );
        let place = place.of(self.text);
        self.knowledge.devolved_government(place).or_else(|| {
            self.knowledge
                .foreign_government(place)
                .filter(|(at, _)| at.start == 0 && at.end == place.len())
                .map(|(_, government)| government)
        })
    }

    /// `Environment Minister Ann Lee told MSPs`, `… told the Welsh
    /// Assembly`: the government of the place whose parliament (or its
    /// members) the person, named right before token `after`, spoke to:
    /// `told`, then the parliament's word or name (after `the`), before
    /// token `end`.
    pub(super) fn legislature_told(&self, after: usize, end: usize) -> Option<&'a OrgName> {
        if after + 1 >= end || !self.token_is(after, "told") {
            return None;
        }
        let mut k = after + 1;
        if self.token_is(k, "the") {
            k += 1;
        }
        let t = self.tokens.get(k).filter(|_| k < end)?;
        self.knowledge
            .devolved_legislature(t.of(self.text))
            .or_else(|| {
                let at = self.orgs.partition_point(|o| o.span.start < t.start);
                let body = self.orgs.get(at).filter(|o| o.span.start == t.start)?;
                (body.org.kind == OrgKind::Public)
                    .then(|| self.knowledge.devolved_government(&body.org.name))?
            })
    }

    /// The government of the state the story is about, for a government
    /// body described at `mention` (`the country's finance ministry`): the
    /// one state that opens a sentence up to the mention's, in its paragraph
    /// and the one before, when the text names no government body (the
    /// target's) before it outside quotes.
    pub(crate) fn state_body(&self, mention: Span) -> Option<&'a OrgName> {
        let before = self.orgs.partition_point(|o| o.span.start < mention.start);
        let named = self.orgs[..before]
            .iter()
            .any(|o| o.org.kind == OrgKind::Government && !self.in_quote(o.span));
        if named {
            return None;
        }
        let sentence = self.seg.sentence_at(mention.start)?;
        let paragraph = self.seg.sentences.get(sentence)?.paragraph;
        let mut state: Option<&'a OrgName> = None;
        for k in (0..=sentence).rev() {
            let s = self.seg.sentences.get(k)?;
            if s.paragraph + 1 < paragraph {
                break;
            }
            let word = self.token_range(s.span).start;
            let Some(found) =
                self.state_opening_sentence(word, self.token(word).text, sentence + 1)
            else {
                continue;
            };
            if state.is_some_and(|n| n.name != found.name) {
                return None;
            }
            state = Some(found);
        }
        state
    }

    /// The government of another place or state that the sentences up to
    /// `sentence` (in its paragraph and the one before) name before byte
    /// `before`, when they name no other: the words just before `government`
    /// or `Executive` tell whose (`The Welsh Government`, `Canada's federal
    /// government`). None when they name two others, or also name the
    /// target's (`the government`, `the UK government`, one of its
    /// departments) and the other is no sentence's subject.
    pub(super) fn government_named_before(
        &self,
        before: usize,
        sentence: usize,
    ) -> Option<&'a OrgName> {
        let paragraph = self.seg.sentences.get(sentence)?.paragraph;
        let first = (0..=sentence)
            .rev()
            .take_while(|&i| {
                self.seg
                    .sentences
                    .get(i)
                    .is_some_and(|s| s.paragraph + 1 >= paragraph)
            })
            .last()?;
        let window = Span::new(self.seg.sentences.get(first)?.span.start, before);
        let target_body = self.orgs.iter().any(|o| {
            o.org.kind == OrgKind::Government
                && o.span.start >= window.start
                && o.span.end <= window.end
        });
        let tokens = self.token_range(window);
        let mut named = None;
        // Whether the government named is a sentence's subject: then a body
        // of the target's the sentence names after it is what it speaks of
        // (`The Welsh Government has accused the Treasury of …`), not whose
        // ministers the story quotes.
        let mut subject = false;
        for word in tokens.clone() {
            let t = self.token(word).text;
            // `Chile has agreed a loan …, the country's finance ministry has
            // announced. Finance Minister Ann Lee said`: a state that is a
            // sentence's subject (its first word, or its possessive) is the
            // state the story is about, as its government would be.
            if let Some(state) = self.state_opening_sentence(word, t, sentence) {
                if named.is_some_and(|n: &OrgName| n.name != state.name) {
                    return None;
                }
                named = Some(state);
                subject = true;
                continue;
            }
            if !(t.eq_ignore_ascii_case("government") || t == "Executive") {
                continue;
            }
            let from = word.saturating_sub(3).max(tokens.start);
            let words = Span::new(self.token(from).span.start, self.token(word).span.start);
            let words = words.of(self.text);
            // (`The assembly government`: a devolved government's other
            // name, which the gazetteer found.)
            let end = self.token(word).span.end;
            let found = || {
                let span = Span::new(self.token(from).span.start, end);
                self.orgs_in(span)
                    .find(|o| o.span.end == end)
                    .and_then(|o| self.knowledge.devolved_government(&o.org.name))
            };
            let government = self
                .knowledge
                .devolved_government(words)
                .or_else(|| self.knowledge.foreign_government(words).map(|(_, g)| g))
                .or_else(found)?;
            if named.is_some_and(|n: &OrgName| n.name != government.name) {
                return None;
            }
            named = Some(government);
            // (`The Welsh Government has`: its word is the sentence's third.)
            let opening = self
                .seg
                .sentence_at(self.token(word).span.start)
                .and_then(|k| self.seg.sentences.get(k))
                .is_some_and(|s| word <= self.token_range(s.span).start + 2);
            subject |= opening;
        }
        named.filter(|_| subject || !target_body)
    }
}
