//! Resolving a quote's speaker mention: names and surnames, pronouns, role
//! descriptions (to the source they refer back to, or the person the text is
//! about), organizations, unnamed sources and groups.

use crate::knowledge::{Gender, OrgKind, PronounNumber};
use crate::model::{Resolution, SpeakerKind};
use crate::orgs::{OrgMention, OrgName};
use crate::segment::Token;
use crate::span::Span;
use std::ops::Range;

use super::learning::has_role_word;
use super::names::NameRun;
use super::registry::PersonMention;
use super::{is_article, lowercase_is_one_of, Doc, Source};

impl<'a> Doc<'a> {
    pub(super) fn resolve(
        &mut self,
        mention: Span,
        previous_quote: Option<&(Source<'a>, Span)>,
        pronouns: &[PersonMention],
        descriptions: &[(String, Source<'a>)],
    ) -> Option<(Source<'a>, Resolution)> {
        // `Help the Aged said`, `Action on Smoking and Health (Ash)
        // described`: a subject read from the last `the` or lowercase word
        // on is the tail of an organization's name, and the organization
        // speaks.
        let mention = self.org_ending_with(mention).map_or(mention, |o| o.span);
        // `The campaign group Clean Wards Now said`: a mention cut before
        // the last words of an organization's name it holds goes on to them.
        let mention = self
            .org_running_past(mention)
            .map_or(mention, |o| Span::new(mention.start, o.span.end));
        // The mention's tokens, in a buffer kept for the next quote.
        let range = self.token_range(mention);
        let mut toks = std::mem::take(&mut self.mention_tokens);
        toks.clear();
        toks.extend(range.clone().map(|i| self.token(i)));
        let resolved = self.resolve_tokens(
            mention,
            range,
            &toks,
            previous_quote,
            pronouns,
            descriptions,
        );
        self.mention_tokens = toks;
        resolved
    }

    /// Whether the run `before` modifies the person of the run `after`:
    /// the words between are lowercase and end in a role (`chief executive`,
    /// `political editor`), or are the mark of a plural possessive
    /// (`Capital Economics' Tom Hale`), or `before` ends in a possessive
    /// (`Donald Trump's campaign manager Paul Manafort`).
    fn modifies(&self, before: &NameRun, after: &NameRun) -> bool {
        let between = before.tokens.end..after.tokens.start;
        if between.is_empty() {
            return false;
        }
        let last = between.end - 1;
        let plural_possessive = between.len() == 1
            && matches!(self.token(last).text, "’" | "'")
            && self.token(last - 1).text.ends_with('s');
        // (`director of welfare`: a role's lowercase portfolio after `of`
        // or `for` belongs to it.)
        let portfolio_at = between.clone().find(|&i| {
            lowercase_is_one_of(self.token(i).text, &["of", "for"])
                && i > between.start
                && self.knowledge.is_role(self.token(i - 1).text)
        });
        plural_possessive
            || before.possessive
            || (between.clone().all(|i| {
                let t = self.token(i);
                t.is_word()
                    && !t.is_capitalized()
                    && (!self.knowledge.is_function_word(t.text) || Some(i) == portfolio_at)
            }) && (self.knowledge.is_role(self.token(last).text) || portfolio_at.is_some()))
    }

    /// [`Doc::resolve`] of the mention whose tokens are `toks`, the tokens `range`.
    fn resolve_tokens(
        &mut self,
        mention: Span,
        range: Range<usize>,
        toks: &[Token<'a>],
        previous_quote: Option<&(Source<'a>, Span)>,
        pronouns: &[PersonMention],
        descriptions: &[(String, Source<'a>)],
    ) -> Option<(Source<'a>, Resolution)> {
        let previous = previous_quote.map(|p| &p.0);
        let text = self.text;
        let k = self.knowledge;
        let first = toks.first()?;
        if toks.len() == 1 {
            if let Some((gender, number)) = k.pronoun(first.text) {
                // A pronoun nobody earlier fits stays as written: it still
                // says where the speaker is named. It names no one, so it is
                // an unnamed source (a report counts no `He` among the named).
                let unresolved = Source {
                    name: first.text,
                    kind: if number == PronounNumber::Person {
                        SpeakerKind::Description
                    } else {
                        SpeakerKind::Group
                    },
                    person: None,
                    org: None,
                    government: false,
                };
                return Some(
                    match self.resolve_pronoun(mention, gender, number, previous_quote, pronouns) {
                        Some(source) => (source, Resolution::Pronoun),
                        None => (unresolved, Resolution::Unresolved),
                    },
                );
            }
        }
        if let Some(source) = self.dependent_of(toks, mention) {
            return Some((source, Resolution::Explicit));
        }
        // A person's name inside the mention.
        let (mut runs, mut words) = (
            std::mem::take(&mut self.mention_runs),
            std::mem::take(&mut self.name_words),
        );
        runs.clear();
        let capitals = self.capitalized_in(range.clone());
        let (mention_start, mention_end) = (range.start, range.end);
        self.name_runs(range, capitals, &mut runs, &mut words);
        let run = if first.is_capitalized()
            && !k.is_function_word(first.text)
            && self.org_in(first.span).is_none()
        {
            // `Blue Sky chief executive Ann Lee`, `Shadow Commons leader Ann
            // Lee`: a run before a role and another name is its pre-modifier,
            // and the name after the role is the person.
            let head = (1..runs.len())
                .take_while(|&n| self.modifies(&runs[n - 1], &runs[n]))
                .last()
                .unwrap_or(0);
            (!runs.is_empty()).then(|| runs.swap_remove(head))
        } else {
            runs.pop()
        };
        // `Donald Trump's campaign manager`, `Clinton's aides`: a name's
        // possessive owns the description after it; it is not the speaker.
        let run = run.filter(|r| !(r.possessive && r.tokens.end < mention_end));
        // `Thirty head teachers in North Yorkshire said`: a name after `in`
        // that ends a mention opening with other words is where its group is.
        let run = run.filter(|r| {
            let placed = r.tokens.start > mention_start + 1
                && r.tokens.end == mention_end
                && self.token_is(r.tokens.start - 1, "in");
            !placed
        });
        (self.mention_runs, self.name_words) = (runs, words);
        if let Some(run) = &run {
            if let Some(person) = self.person_for(run) {
                let how = if run.name.of(text) == self.people[person].name {
                    Resolution::Explicit
                } else {
                    Resolution::Alias
                };
                return Some((self.person_source(person, mention), how));
            }
            // Not introduced by full name: `Mr Courtney` stays as the document gives it.
            let name = if run.name_tokens >= 2 {
                run.name
            } else {
                Span::new(self.title_start(run), run.name.end)
            };
            let source = Source {
                name: name.of(text),
                kind: SpeakerKind::Person,
                person: None,
                org: self.surrounding_org(mention.start, super::affiliation::AT_INTRODUCTION),
                government: k.is_government(name.of(text)),
            };
            return Some((source, Resolution::Explicit));
        }
        // `the Conservative MP for Sleaford East`: an office's seat or
        // portfolio, a name, follows its head.
        let office_head = toks
            .iter()
            .position(|t| matches!(t.text, "for" | "of"))
            .filter(|&at| toks.get(at + 1).is_some_and(|t| t.is_capitalized()))
            .and_then(|at| toks.get(at.checked_sub(1)?))
            .filter(|t| k.is_office(t.text));
        let head = office_head.or_else(|| toks.iter().rfind(|t| t.is_word()))?;
        let one_word = toks.iter().filter(|t| t.is_word()).count() == 1;
        let definite = lowercase_is_one_of(first.text, &["the", "its", "their", "his", "her"]);
        let body_start = if is_article(first.text) {
            toks.get(1).map_or(mention.start, |t| t.span.start)
        } else {
            mention.start
        };
        let body = Span::new(body_start, mention.end);
        let head_is_role = k.is_role(head.text);
        // (`The campaign group Drivers’ Voice said`: a mention read up to a
        // plural's possessive mark names the organization that goes on past it.)
        let org = self.org_in(mention).or_else(|| {
            let after = self.orgs.partition_point(|o| o.span.start < mention.end);
            let o = self.orgs.get(after.checked_sub(1)?)?;
            let rest = text.get(mention.end..o.span.end)?;
            (o.span.start >= body_start && rest.starts_with(['\'', '’'])).then_some(o)
        });
        // `Some said`, `Most say`: a quantifier stands for a group the
        // sentences before name, speaking for no organization.
        if one_word
            && org.is_none()
            && lowercase_is_one_of(head.text, &crate::knowledge::QUANTIFIERS)
        {
            let source = Source {
                name: head.text,
                kind: SpeakerKind::Group,
                person: None,
                org: None,
                government: false,
            };
            return Some((source, Resolution::Explicit));
        }
        // A lone surname or name not seen before (`Trump said`).
        if one_word && head.is_capitalized() && org.is_none() && !head_is_role {
            // (A given name that tells its gender: `Marion` may be a town's.)
            let given = || {
                k.given_name_gender(head.text)
                    .and_then(|_| self.latest_with_given_name(head.text, mention.start))
            };
            if let Some(person) = self
                .latest_with_surname(head.text, mention.start, Gender::Unknown)
                .or_else(given)
            {
                return Some((self.person_source(person, mention), Resolution::Alias));
            }
            let plural = head.text.ends_with('s')
                && self
                    .seg
                    .sentences
                    .iter()
                    .any(|s| s.span.start == head.span.start);
            let kind = if plural {
                SpeakerKind::Group
            } else {
                SpeakerKind::Person
            };
            let org = if let Some(committee) = self.committee_of_members(head.text, mention.start) {
                Some(committee)
            } else if plural
                || self.relation_before(self.tokens.partition_point(|t| t.start < head.span.start))
            {
                // (`Her son, Peter, said`: a relation speaks for none.)
                None
            } else {
                self.surrounding_org(mention.start, super::affiliation::AT_INTRODUCTION)
            };
            let source = Source {
                name: head.text,
                kind,
                person: None,
                org,
                government: k.is_government(head.text),
            };
            return Some((source, Resolution::Explicit));
        }
        // `an Iowa Democrat`, `a Tory`: an indefinite mention of a party
        // names one of its members, described by it (but `a struggling HP`
        // is the company).
        let member = |o: &OrgMention| {
            o.org.kind == OrgKind::Party
                && lowercase_is_one_of(first.text, &["a", "an", "another", "one"])
        };
        if let Some(o) = org {
            // (`The Scottish Executive said`: a role word that ends the
            // organization's name is the name's.)
            let role_outside = head_is_role && !o.span.contains(head.span);
            if !role_outside && !member(o) {
                let source = Source::organization(&o.org);
                return Some((source, Resolution::Explicit));
            }
        }
        if definite && !head_is_role {
            if let Some(kind) = k.org_noun(head.text) {
                // `Chile has agreed a loan …, the country's finance ministry
                // has announced`: a body of a government, in a story about
                // another state that names no government body, is that
                // state's government's.
                // `The French interior ministry said`: one the mention
                // itself gives a state is that state's government's.
                let state = (kind == OrgKind::Government)
                    .then(|| {
                        k.foreign_government(body.of(text))
                            .map(|(_, government)| government)
                            .or_else(|| self.state_body(mention))
                    })
                    .flatten();
                if let Some(government) = state {
                    let source = Source {
                        name: body.of(text),
                        kind: SpeakerKind::Description,
                        person: None,
                        org: Some(government),
                        government: false,
                    };
                    return Some((source, Resolution::Description));
                }
                if let Some(found) = self.organization_referred_to(mention, head, kind) {
                    return Some((found, Resolution::Description));
                }
            } else if toks.len() == 2 {
                // `The university said`: the one named so before.
                if let Some(o) = self.org_headed_by(head.text, mention.start) {
                    return Some((Source::organization(o), Resolution::Description));
                }
            }
        }
        // `…, a leading charity has said. ¶ Brightwater Cancer Trust says`:
        // a body a lead describes by its kind is the one the next sentence
        // opens with.
        if lowercase_is_one_of(first.text, &["a", "an"]) && !head_is_role {
            if let Some(o) = k
                .org_noun(head.text)
                .and_then(|kind| self.org_opening_next_sentence(mention, kind))
            {
                return Some((Source::organization(o), Resolution::Description));
            }
        }
        // `The largest teachers' union in England and Wales says … ¶ … the
        // National Union of Classroom Teachers (NUCT)`: a body a story's
        // lead describes by its kind, named nowhere before, is the first of
        // that kind the story names after it. (The kind is the noun before
        // any preposition.)
        if first.text.eq_ignore_ascii_case("the") && !head_is_role {
            let noun = toks
                .iter()
                .skip(1)
                .take_while(|t| !k.is_preposition(t.text))
                .filter(|t| t.is_word())
                .last();
            if let Some(o) = noun
                .and_then(|t| k.org_noun(t.text))
                .and_then(|kind| self.org_named_after_lead(mention, kind))
            {
                return Some((Source::organization(o), Resolution::Description));
            }
        }
        // (`Its spokesman` is an organization's, whoever spoke before.)
        let owned_by_body = lowercase_is_one_of(first.text, &["its", "their"]);
        if definite && !owned_by_body {
            if let Some(mut found) = self.resolve_description(mention, body, previous, descriptions)
            {
                // (`a committee of MPs has warned. … The MPs said`.)
                if found.org.is_none() && found.person.is_none() {
                    found.org = self
                        .committee_of_members(head.text, mention.start)
                        .or_else(|| self.group_introduced_at(head.text, mention.start));
                }
                return Some((found, Resolution::Description));
            }
        }
        // `Acme welcomed the plan. A spokeswoman said`: someone employed,
        // unnamed, speaks for the organization the narration just named.
        let indefinite = lowercase_is_one_of(first.text, &["a", "an"]);
        let single_plural = one_word && head.text.ends_with('s');
        let org = org
            .map(|o| &o.org)
            .or_else(|| {
                (indefinite && k.is_employee_role(head.text))
                    .then(|| self.organization_before(mention.start, 1))?
            })
            .or_else(|| {
                // `Acme has issued a notice, according to its finance
                // director`: `its` owns the role for the organization the
                // narration is about, or the one its sentence names before
                // (in what the person said, too).
                let its = lowercase_is_one_of(first.text, &["its"])
                    && head_is_role
                    && !k.is_document(head.text);
                if !its {
                    return None;
                }
                self.organization_before(mention.start, super::affiliation::ITS_REACH)
                    .or_else(|| {
                        let sentence = self.seg.sentence_at(mention.start)?;
                        Some(&self.orgs_back_to(mention.start, sentence)?.next()?.org)
                    })
            })
            .or_else(|| {
                // `a union spokesman`, `a spokeswoman for the firm`: the
                // organization of that kind named before.
                let mut lowered = std::mem::take(&mut self.scratch);
                let found = self.generic_reference(body, mention.start, &mut lowered);
                self.scratch = lowered;
                found
            })
            .or_else(|| {
                // `Labour activists said`, `White House officials say`: a group
                // the organization named right before it describes.
                single_plural.then(|| self.org_right_before(mention.start))?
            })
            .or_else(|| self.committee_of_members(head.text, mention.start))
            .or_else(|| self.group_introduced_at(head.text, mention.start));
        // `the health minister for Wales`: a devolved government's office.
        let devolved = org
            .is_none()
            .then(|| self.devolved_office_government(body))
            .flatten();
        let org = org.or(devolved);
        // `The French government said`: what would be the target's but for
        // another state's name is that state's.
        let foreign = org
            .is_none()
            .then(|| {
                let mut scratch = std::mem::take(&mut self.scratch);
                let found = self.foreign_office(body, &mut scratch);
                self.scratch = scratch;
                found
            })
            .flatten();
        let org = org.or(foreign);
        let government = devolved.is_none()
            && foreign.is_none()
            && (k.is_government(body.of(text)) || org.is_some_and(|o| k.is_government(&o.name)));
        let kind = if single_plural {
            SpeakerKind::Group
        } else {
            SpeakerKind::Description
        };
        // (`Its organisers said`: a group is named by its noun, SPEC §2; the
        // possessive told the organization. A description keeps it: `its
        // finance director`. So does a quantifier: `Several trusts said`.)
        let name = match toks.get(1) {
            Some(noun)
                if (lowercase_is_one_of(first.text, &["its", "their"])
                    || lowercase_is_one_of(first.text, &crate::knowledge::QUANTIFIERS))
                    && head.text.ends_with('s') =>
            {
                Span::new(noun.span.start, mention.end)
            }
            _ => body,
        };
        let source = Source {
            name: name.of(text),
            kind,
            person: None,
            org,
            government,
        };
        Some((source, Resolution::Explicit))
    }

    /// `Critics of the Royal College of Nursing`, `A friend of Mr Kline`,
    /// `Officials at Homeland Security`: the head noun is the source, not the
    /// name after the preposition. The organization after `at`/`from`, or after
    /// `of` for a role (`members of the BMA`), is the source's own.
    pub(super) fn dependent_of(&self, toks: &[Token], mention: Span) -> Option<Source<'a>> {
        let k = self.knowledge;
        let body = if toks.first().is_some_and(|t| is_article(t.text)) {
            &toks[1..]
        } else {
            toks
        };
        // (`Friends of the Wild`: a name the preposition is inside is the
        // organization's whole.)
        let start = body.first()?.span.start;
        if self
            .org_in(mention)
            .is_some_and(|o| o.span.start <= start && o.span.end >= mention.end)
        {
            return None;
        }
        let at = body
            .iter()
            .position(|t| matches!(t.text, "of" | "at" | "from" | "for"))?;
        let head = body[..at].last()?;
        let head_is_noun = if at == 1 && head.is_capitalized() {
            // A sentence-initial plural (`Critics`), not a name (`Morgan of
            // the Sierra Club`), nor an organization's first word (`Friends
            // of the Earth campaigner Ann Lee`).
            let upto = self
                .orgs
                .partition_point(|o| o.span.start <= head.span.start);
            let in_org = self.orgs[..upto]
                .iter()
                .rev()
                .take(4)
                .any(|o| o.span.end >= head.span.end);
            head.text.ends_with('s') && !self.by_surname.contains_key(head.text) && !in_org
        } else {
            at <= 3
                && !head.is_capitalized()
                && body[..at]
                    .iter()
                    .all(|t| t.is_word() && k.title(t.text).is_none())
        };
        // (`a poll for the BBC by Acme Research`: a text's author, named
        // after `by`, is its source, not the body it was made for.)
        let authored = || k.is_document(head.text) && body[at..].iter().any(|t| t.text == "by");
        // (`director of integrity Helen Marchbank`, `head of reptiles Dr
        // Ann Lee`: a role's lowercase portfolio before a person's name, a
        // given name or a title then capitalized words; the person speaks.)
        let holder_named = || {
            let rest = &body[at + 1..];
            let portfolio = rest
                .iter()
                .take_while(|t| t.is_word() && !t.is_capitalized())
                .count();
            let name = &rest[portfolio..];
            k.is_role(head.text)
                && portfolio > 0
                && name.len() >= 2
                && name
                    .iter()
                    .all(|t| (t.is_word() && t.is_capitalized()) || t.text == ".")
                && (k.first_name(name[0].text).is_some() || k.title(name[0].text).is_some())
        };
        if !head_is_noun || authored() || holder_named() {
            return None;
        }
        // `The maker of Fenwick Fudge said`: a kind of organization, not a
        // person's role, defined by what follows is the organization itself.
        let definite = toks
            .first()
            .is_some_and(|t| t.text.eq_ignore_ascii_case("the"));
        if definite && !k.is_role(head.text) {
            if let Some(found) = k
                .org_noun(head.text)
                .and_then(|kind| self.organization_referred_to(mention, head, kind))
            {
                return Some(found);
            }
        }
        let phrase = Span::new(body[0].span.start, mention.end);
        let after = Span::new(body[at].span.end, mention.end);
        // (A member of the public's `of` is none: `critics of the council`;
        // but `a pharmacist at Boots`.)
        let own_org = if body[at].text == "of" {
            k.is_role(head.text) && !k.is_public_role(head.text)
        } else {
            true
        };
        // (Looked for only where the phrase names the speaker's own.)
        let org = own_org
            .then(|| {
                self.org_in(after).map(|o| &o.org).or_else(|| {
                    // `a spokeswoman for the firm`: the firm named before.
                    let mut lowered = String::new();
                    self.generic_reference(phrase, mention.start, &mut lowered)
                })
            })
            .flatten()
            // `a committee of MPs has warned`: a body of members introduced
            // by its kind is named next.
            .or_else(|| {
                let indefinite = toks
                    .first()
                    .is_some_and(|t| lowercase_is_one_of(t.text, &["a", "an"]));
                (indefinite && k.is_members_body(&head.text.to_lowercase()))
                    .then(|| self.body_named_next(mention, head.text))?
            });
        let kind = if head.text.ends_with('s') {
            SpeakerKind::Group
        } else {
            SpeakerKind::Description
        };
        let government = k.is_government(phrase.of(self.text)) && own_org;
        // (`Analysts at broker Fennick Lowe`, `a spokeswoman for the
        // council`: a role held at or for an organization is named by the
        // role, the organization given as its own; `of` joins a group to
        // its body, `Members of the BMA`.)
        let held = matches!(body[at].text, "at" | "for")
            && org.is_some()
            && k.is_role(head.text)
            && !k.is_document(head.text)
            && body[1..at].iter().all(|t| !t.is_capitalized());
        let name = if held {
            Span::new(body[0].span.start, head.span.end)
        } else {
            phrase
        };
        Some(Source {
            name: name.of(self.text),
            kind,
            person: None,
            org,
            government,
        })
    }

    pub(super) fn resolve_pronoun(
        &mut self,
        mention: Span,
        gender: Gender,
        number: PronounNumber,
        previous_quote: Option<&(Source<'a>, Span)>,
        pronouns: &[PersonMention],
    ) -> Option<Source<'a>> {
        let previous = previous_quote.map(|p| &p.0);
        match number {
            PronounNumber::Person => {
                // Both lists are in text order: walk back from the pronoun.
                let latest = |list: &[PersonMention]| {
                    let before = list.partition_point(|m| m.span.end <= mention.start);
                    list[..before]
                        .iter()
                        .rev()
                        .find(|m| m.subject_like && self.people[m.person].gender.compatible(gender))
                        .copied()
                };
                let candidate = [latest(&self.mentions), latest(pronouns)]
                    .into_iter()
                    .flatten()
                    .max_by_key(|m| m.span.start);
                // `A Labour spokesman said … He added`: an unnamed source who
                // spoke last, after any named person, is who `he` is; so is
                // one named by a lone given name (`Her mother, Lauren, said …
                // she said`), when the name tells its gender and it fits.
                let lone_name = |source: &Source| {
                    source.kind == SpeakerKind::Person
                        && source.person.is_none()
                        && self.knowledge.given_name_gender(source.name) == Some(gender)
                };
                let unnamed = previous_quote.filter(|(source, span)| {
                    (source.kind == SpeakerKind::Description || lone_name(source))
                        && candidate.is_none_or(|c| c.span.start < span.start)
                });
                // (`… which shadow minister Ann Lee described as “…”. ¶ “…,”
                // she said`: a named person who spoke last, after the
                // latest subject that fits, is who `she` is.)
                let spoke_last = || {
                    previous_quote
                        .filter(|(source, span)| {
                            source
                                .person
                                .is_some_and(|p| self.people[p].gender.compatible(gender))
                                && candidate.is_none_or(|c| c.span.start < span.start)
                        })
                        .map(|(source, _)| *source)
                };
                match (unnamed, candidate) {
                    (Some((source, _)), _) => Some(*source),
                    (None, Some(c)) => {
                        Some(spoke_last().unwrap_or_else(|| self.person_source(c.person, mention)))
                    }
                    (None, None) => spoke_last(),
                }
            }
            PronounNumber::Writer => None,
            PronounNumber::Group | PronounNumber::Organization => {
                // `The Met Office has extended its warning. Gusts are possible,
                // it says.`: an organization that is the subject of a sentence
                // since the last quote is what `it` stands for.
                let before = self.orgs.partition_point(|o| o.span.end <= mention.start);
                let since = previous_quote.map_or(0, |(_, span)| span.end);
                let subject = self.orgs[..before]
                    .iter()
                    .rev()
                    .take_while(|o| o.span.start >= since)
                    .find(|o| !self.in_quote(o.span) && self.opens_sentence(o.span));
                if let Some(o) = subject.filter(|_| previous_quote.is_some()) {
                    return Some(Source::organization(&o.org));
                }
                if let Some(p) = previous
                    .filter(|p| matches!(p.kind, SpeakerKind::Group | SpeakerKind::Organization))
                {
                    return Some(*p);
                }
                let o = self.orgs.iter().rfind(|o| o.span.end <= mention.start)?;
                Some(Source::organization(&o.org))
            }
        }
    }

    /// Whether `span` opens its sentence, after at most an article and one
    /// word before it (a live blog's time: `09:20 The Met Office`).
    fn opens_sentence(&self, span: Span) -> bool {
        let Some(sentence) = self.seg.sentence_at(span.start) else {
            return false;
        };
        let start = self.seg.sentences[sentence].span.start;
        let lead = self.text.get(start..span.start).unwrap_or_default();
        let mut words = lead.split_whitespace().rev();
        match (words.next(), words.next(), words.next()) {
            (None, ..) => true,
            (Some(last), _, None) => is_article(last),
            _ => false,
        }
    }

    /// `the Unite official`, `the nursing union official`, `The source`: the
    /// latest earlier source the description fits.
    pub(super) fn resolve_description(
        &mut self,
        mention: Span,
        body: Span,
        previous: Option<&Source<'a>>,
        descriptions: &[(String, Source<'a>)],
    ) -> Option<Source<'a>> {
        let text = self.text;
        let words: Vec<String> = body
            .of(text)
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        let head = words.last()?.clone();
        // (One who speaks for somebody else is so whichever word the story
        // uses: `a spokesperson for the council … the spokeswoman added`.)
        let singular_proxy = |w: &str| {
            self.knowledge.is_proxy_role(w) && !w.ends_with("men") && !w.ends_with("people")
        };
        let proxy_head = singular_proxy(&head);
        let same_role = |w: &str| w == head || proxy_head && singular_proxy(w);
        // An earlier unnamed source with the same head word, and no modifier it lacks.
        let modifiers_fit = |d: &str| {
            words[..words.len() - 1]
                .iter()
                .all(|w| d.split_whitespace().any(|dw| dw == w))
        };
        // (Its last word, or the one before its prepositional phrase: `a
        // spokesperson for the Northern Ireland Office`.)
        let head_is = |d: &str| {
            let mut last = None;
            for w in d.split_whitespace() {
                if last.is_some() && self.knowledge.is_preposition(w) {
                    break;
                }
                last = Some(w);
            }
            last.is_some_and(same_role) || d.split_whitespace().last().is_some_and(same_role)
        };
        if let Some((_, source)) = descriptions
            .iter()
            .rev()
            .find(|(d, _)| head_is(d) && modifiers_fit(d))
        {
            return Some(*source);
        }
        // `said the 24-year-old farmer`, `said the Scot`: news gives a
        // person's age or nation to refer back to them, the latest person
        // mentioned.
        let age = words.first().is_some_and(|w| {
            w.strip_suffix("-year-old")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        });
        let nation = || self.knowledge.is_national(body.of(text));
        if age || nation() {
            if let Some(m) = self
                .mentions
                .iter()
                .rev()
                .find(|m| m.span.end <= mention.start)
            {
                return Some(self.person_source(m.person, mention));
            }
        }
        // A text that speaks (`the report said`) is nobody's description,
        // and a group (`the board said`, `the directors said`) is nobody's one.
        if self.knowledge.is_document(&head) || self.knowledge.is_group_role(&head) {
            return None;
        }
        if !self.knowledge.is_role(&head) {
            // `Dr Ann Lee, the consultant microbiologist who led the study,
            // … The microbiologist cautioned`: a calling no list holds,
            // given to someone before, refers back to them (the latest).
            // (One person's: not `the researchers`.)
            if words.len() > 3 || head.ends_with('s') {
                return None;
            }
            let role_words = self.role_words();
            let given = self
                .mentions
                .iter()
                .rev()
                .filter(|m| m.span.end <= mention.start)
                .find(|m| {
                    role_words
                        .get(m.person)
                        .is_some_and(|given| has_role_word(given, &head))
                })
                .map(|m| m.person);
            return given.map(|person| self.person_source(person, mention));
        }
        let named_org = self.org_in(mention).map(|o| o.org.name.as_str());
        let modifiers: Vec<&String> = words[..words.len() - 1]
            .iter()
            .filter(|w| !self.knowledge.is_role(w))
            .collect();
        // How well a person fits: the named organization, then description words
        // found in their organization's name or kind or in the roles given them.
        let role_words = self.role_words();
        let fits = |person: usize| -> usize {
            let p = &self.people[person];
            let role_fit = role_words.get(person).map_or(0, |given| {
                words
                    .iter()
                    .filter(|w| {
                        has_role_word(given, w)
                            || **w == head
                                && proxy_head
                                && given.iter().any(|g| singular_proxy(g.as_ref()))
                    })
                    .count()
            });
            let Some(org) = p.org else { return role_fit };
            if named_org.is_some_and(|named| same_org(named, &org.name)) {
                return 3 + role_fit;
            }
            let org_words = org.name.to_lowercase();
            let kind = format!("{:?}", org.kind).to_lowercase();
            role_fit
                + modifiers
                    .iter()
                    .filter(|m| {
                        org_words.split_whitespace().any(|w| w == m.as_str()) || kind == m.as_str()
                    })
                    .count()
        };
        // `The foreign secretary` is not the shadow one: a description of the
        // government fits only the government's people, and the other way round.
        let government = self.knowledge.is_government(body.of(text));
        // A person has many mentions: each person's fit is worked out once.
        let mut fit_of: Vec<Option<usize>> = vec![None; self.people.len()];
        let scored: Vec<(usize, PersonMention)> = self
            .mentions
            .iter()
            .filter(|m| m.span.end <= mention.start)
            .rev()
            .map(|m| {
                let fit = match fit_of.get_mut(m.person) {
                    Some(Some(fit)) => *fit,
                    Some(slot) => *slot.insert(fits(m.person)),
                    None => fits(m.person),
                };
                (fit, *m)
            })
            .filter(|(score, _)| *score > 0)
            .collect();
        let mut role_text = std::mem::take(&mut self.scratch);
        let best = scored
            .into_iter()
            .filter(|(_, m)| self.speaks_for_government(m.person, &mut role_text) == government)
            .max_by_key(|(score, m)| (*score, m.span.start));
        self.scratch = role_text;
        if let Some(person) = best.map(|(_, m)| m.person) {
            return Some(self.person_source(person, mention));
        }
        // (`The prime minister's official spokesman said`: one who speaks
        // for somebody else is nobody named without the role.)
        if self.knowledge.is_proxy_role(&head) {
            return None;
        }
        // (The speaker before, on the description's side of the government:
        // `But the chancellor said` after a Tory's question is not the Tory.)
        if named_org.is_none() && modifiers.is_empty() {
            if let Some(p) =
                previous.filter(|p| p.kind == SpeakerKind::Person && p.government == government)
            {
                return Some(*p);
            }
        }
        let named = self.org_in(mention).map(|o| &o.org);
        let person = self.salient_person(mention, body, named)?;
        if let (Some(p), Some(org)) = (self.people.get_mut(person), named) {
            p.org = p.org.or(Some(org));
        }
        Some(self.person_source(person, mention))
    }

    /// The person a description with nothing of its own in common with anybody
    /// refers to (`Michael Howard … the Tory leader argued`): a subject of the
    /// last three sentences whose facts the description does not contradict
    /// (no other organization than the one it names, the same side of the
    /// government), the most often named of them.
    pub(super) fn salient_person(
        &mut self,
        mention: Span,
        body: Span,
        named: Option<&OrgName>,
    ) -> Option<usize> {
        let here = self.seg.sentence_at(mention.start)?;
        let from = self.seg.sentences.get(here.saturating_sub(3))?.span.start;
        let government = self.knowledge.is_government(body.of(self.text));
        let before = self
            .mentions
            .partition_point(|m| m.span.end <= mention.start);
        let candidates: Vec<usize> = self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= from)
            .filter(|m| m.subject_like)
            .map(|m| m.person)
            .collect();
        let mut role_text = std::mem::take(&mut self.scratch);
        let fitting: Vec<usize> = candidates
            .into_iter()
            .filter(|&person| {
                let org_fits = match (self.people[person].org, named) {
                    (Some(own), Some(named)) => same_org(&own.name, &named.name),
                    _ => true,
                };
                org_fits && self.speaks_for_government(person, &mut role_text) == government
            })
            .collect();
        self.scratch = role_text;
        // Of those, the one the text has named most often so far (the one it is
        // about), and of equals the latest.
        let mentions_before = &self.mentions[..before];
        let times_named = |person: usize| {
            mentions_before
                .iter()
                .filter(|m| m.person == person)
                .count()
        };
        fitting
            .iter()
            .enumerate()
            .max_by_key(|&(order, &person)| (times_named(person), std::cmp::Reverse(order)))
            .map(|(_, &person)| person)
    }
}

/// Whether two names of organizations name the same one: equal, or equal
/// but for a web address's ending (`Gawker` and `Gawker.com`: news names an
/// online outlet both ways).
fn same_org(a: &str, b: &str) -> bool {
    let site = |name: &'_ str| -> String {
        let lower = name.to_ascii_lowercase();
        [".com", ".co.uk", ".net", ".org"]
            .iter()
            .find_map(|end| lower.strip_suffix(end).map(str::to_string))
            .unwrap_or(lower)
    };
    a == b || site(a) == site(b)
}
