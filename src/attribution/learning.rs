//! What the text says about a person, learned where they are introduced and
//! at later mentions. Takes a person's name run and the tokens of its
//! sentence; gives the person their organization, the roles the text gives
//! them (words later matched against descriptions) and the clues to their side
//! of the government (see `government`). Hard cases: pre-modifiers back to a
//! comma or clause word (`Liberal Democrat shadow chancellor`, `The then
//! chancellor`), and a role opening the sentence before a comma; an apposition
//! that is the sentence going on (`, called Mr Barclay …`) or a relative clause
//! about other people (`, who met Labour MPs,`); a past role's organization
//! (`ex-adviser to the Treasury`), though a party stays; a minister of a
//! devolved government (`Scottish finance minister Tom Hale`), or of the
//! devolved or foreign government the story has just named (`The Welsh
//! Government has published … Transport Minister Tom Hale`), or of the state
//! an earlier sentence is about (`Chile has agreed a loan … Finance Minister
//! Ana Soto`); and a role named
//! without a name (`The constitutional affairs secretary outlined …`, `the
//! Tory home affairs spokesman said`), given to the person the text is about.

use crate::knowledge::{OrgKind, WordFacts};
use crate::orgs::{OrgMention, OrgName};
use crate::segment::Token;
use crate::span::Span;
use std::borrow::Cow;
use std::ops::Range;

use super::government::GovernmentClue;
use super::names::{possessive_suffix, NameRun};
use super::{is_article, lowercase_into, lowercase_is_one_of, Doc};

/// What the words of a phrase around a name hold (see `Doc::phrase_facts`).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct PhraseFacts {
    pub(super) past: bool,
    pub(super) opposition: bool,
    devolved_office: bool,
    pub(super) role: bool,
    pub(super) org_noun: bool,
}

impl PhraseFacts {
    /// Adds what word `t` of the phrase holds, of which the word lists say `word`.
    pub(super) fn add(&mut self, doc: &Doc, t: Token, word: WordFacts) {
        self.past |= word.past_marker
            || (t.text.bytes().any(|b| b == b'-') && doc.knowledge.is_past_marker(t.text));
        self.role |= word.role;
        self.opposition |= word.opposition_marker;
        self.devolved_office |= word.devolved_office;
        // `The union’s`: the noun before its possessive ending.
        let owner = t
            .text
            .get(..t.text.len() - possessive_suffix(t.text))
            .unwrap_or("");
        self.org_noun |= word.org_noun
            || (owner.len() < t.text.len() && doc.knowledge.org_noun(owner).is_some());
    }

    /// What the words of two phrases hold together.
    pub(super) fn or(self, other: PhraseFacts) -> PhraseFacts {
        PhraseFacts {
            past: self.past || other.past,
            opposition: self.opposition || other.opposition,
            devolved_office: self.devolved_office || other.devolved_office,
            role: self.role || other.role,
            org_noun: self.org_noun || other.org_noun,
        }
    }
}

impl<'a> Doc<'a> {
    /// The office `as` gives the subject of a sentence whose name ends at
    /// token `after` (`… faces his first test as home secretary`): the
    /// words after `as` up to a role word, in the subject's own clause,
    /// with no other name on the way (`criticised Mr Blunkett's record as
    /// home secretary` is Mr Blunkett's). `end` ends the sentence.
    fn office_as(&self, after: usize, end: usize) -> Option<Span> {
        let clause_end = end.min(after + 12);
        let at = (after..clause_end)
            .take_while(|&i| {
                let t = self.token(i);
                !t.is_capitalized() && !matches!(t.text, "," | ";" | ":" | "who" | "which" | "that")
            })
            .find(|&i| self.token(i).text == "as")?;
        let first = at + 1;
        let role = (first..end.min(first + 4))
            .take_while(|&i| self.token(i).is_word())
            .find(|&i| self.knowledge.is_role(self.token(i).text))?;
        Some(Span::new(
            self.token(first).span.start,
            self.token(role).span.end,
        ))
    }

    /// Whether token `at` is a past form (`handed`, `told`) with an object
    /// opening after it (`a`, `the`, `his` …): a verb, in a sentence whose
    /// subject ends before it.
    fn verb_with_object(&self, at: usize) -> bool {
        let word = self.token(at).text;
        let past = word.len() > 3
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && word.ends_with("ed")
            && !self.knowledge.is_past_marker(word);
        past && at + 1 < self.tokens.len()
            && lowercase_is_one_of(
                self.token(at + 1).text,
                &[
                    "a", "an", "the", "his", "her", "their", "its", "this", "these",
                ],
            )
    }

    /// Whether the words right after a name, up to token `end`, introduce a
    /// private person: an age (`Carol Beckwith, 71,`) or a home town (`Jo
    /// Harland from Leeds`, `Tom Hale, 34, from Hull,`). News introduces
    /// members of the public so, and they speak for no organization,
    /// whatever the sentences before them named.
    fn introduced_as_private(&self, after: usize, end: usize) -> bool {
        let word = |i: usize| (i < end).then(|| self.token(i).text);
        let mut i = after;
        if word(i) == Some(",") {
            i += 1;
        }
        let age = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        if word(i).is_some_and(age) {
            return word(i + 1) == Some(",");
        }
        if i > after && word(i) == Some("whose") {
            return self.relative_clause_is_private(i + 1, end);
        }
        word(i) == Some("from") && word(i + 1).is_some_and(|w| self.knowledge.is_place(w))
    }

    /// `Jo Hale, whose children go to the school,`: whether the `whose`
    /// clause from token `start` (to its comma, or `end`) describes a
    /// private life: it names no organization, holds no role, and has no
    /// body it is for, at or with (`whose firm works for the council`) or
    /// owns a part of (`whose union's branch`). (A `who` clause as often
    /// tells the person's work as their life: `who led the research`.)
    fn relative_clause_is_private(&self, start: usize, end: usize) -> bool {
        let close = (start..end)
            .find(|&k| matches!(self.token(k).text, "," | "." | ";" | ":"))
            .unwrap_or(end);
        if close <= start
            || self
                .org_in(Span::new(
                    self.token(start).span.start,
                    self.token(close - 1).span.end,
                ))
                .is_some()
        {
            return false;
        }
        (start..close).all(|k| {
            let t = self.token(k).text;
            let bare = t.get(..t.len() - possessive_suffix(t)).unwrap_or(t);
            let kind_noun = self.knowledge.org_noun(bare).is_some();
            let employer = kind_noun
                && (bare.len() < t.len()
                    || (start..k).rev().take(2).any(|j| {
                        lowercase_is_one_of(self.token(j).text, &["for", "at", "with", "of"])
                    }));
            !self.knowledge.is_role(t) && !employer
        })
    }

    /// Whether the words opening a sentence before a name, tokens
    /// `opening..name`, introduce a private person by what they do or are
    /// (`Hill farmer Ted Armitage said`, `Cumbrian shopkeeper Ann Lee`):
    /// words (the first may be capitalized, opening the sentence) none of
    /// them a title, a role (but a member of the public's, `Pensioner Doris
    /// Whitfield`), a kind of organization, a function word or a cue. News
    /// introduces members of the public so, and they speak for no
    /// organization.
    fn introduced_by_calling(&self, opening: usize, name: usize, scratch: &mut String) -> bool {
        let k = self.knowledge;
        // (`Art historian Dr Ann Lee`: the name's titles are no calling.)
        let name = (opening + 1..name)
            .rev()
            .take_while(|&i| k.title(self.token(i).text).is_some())
            .last()
            .unwrap_or(name);
        if !(opening + 1..=opening + 3).contains(&name) {
            return false;
        }
        // (One capitalized word alone is a calling only as a role:
        // `Yesterday Ann Lee`, `Mohammed Ali Khan` are not.)
        let alone = name == opening + 1;
        (opening..name).all(|i| {
            let t = self.token(i);
            let facts = k.word_facts(t.text);
            let public = k.is_public_role(t.text);
            t.is_word()
                && (i == opening || !t.is_capitalized())
                && (!alone || public)
                && facts.title.is_none()
                && (!facts.role || public)
                && !facts.function_word
                && !facts.org_noun
                && !k.is_preposition(t.text)
                && !self.is_cue(t.text, scratch)
        })
    }

    /// Records what a mention of `person` says about them: organization and
    /// government role. `toks` are the tokens of sentence `sentence`, which holds the run.
    /// With `org_only`, only an organization is read (a later mention of
    /// somebody still without one), not their government role.
    pub(super) fn learn(
        &mut self,
        person: usize,
        run: &NameRun,
        sentence: usize,
        toks: Range<usize>,
        org_only: bool,
    ) {
        let text = self.text;
        let introduction = !self.people[person].introduced;
        self.people[person].introduced = true;
        let Some(s) = self.seg.sentences.get(sentence) else {
            return;
        };
        let mut scratch = std::mem::take(&mut self.scratch);
        let (run_start, run_end) = (run.tokens.start, run.tokens.end);
        // Pre-modifiers back to the previous comma or clause word, at most 8 tokens.
        // Lowercase words modify a role to their right (`Liberal Democrat shadow
        // chancellor`, `home affairs spokesman`), so once a role is passed they
        // belong to the pre-modifiers too, up to a function word or a verb.
        let mut pre_start = run_start;
        let mut role_seen = run.span.start < run.name.start;
        let mut listed = false;
        // What the pre-modifiers' words hold, read as they are passed (see
        // `before_facts` below).
        let mut pre_facts = PhraseFacts::default();
        while pre_start > toks.start && run_start - pre_start < 8 {
            let t = self.token(pre_start - 1);
            // `Work and Pensions Secretary`, `Culture, Media and Sport
            // Secretary`: a title's capitalized words joined by `and`, and by
            // commas before it, are one title.
            if role_seen
                && (self.joins_title(pre_start - 1, toks.start, &mut listed)
                    || self.joins_portfolio(pre_start - 1, toks.start, &mut listed))
            {
                pre_facts.add(self, t, self.knowledge.word_facts(t.text));
                pre_start -= 1;
                continue;
            }
            if matches!(t.text, "," | ":" | ";" | "–" | "—" | "-" | "“" | "”" | "\"") {
                break;
            }
            // One lookup tells whether the word is a role, a function word or a past marker.
            let facts = self.knowledge.word_facts(t.text);
            let role = facts.role;
            let mut role_modifier = || {
                role_seen
                    && t.is_word()
                    && !facts.function_word
                    && !self.knowledge.is_preposition(t.text)
                    && !self.is_cue(t.text, &mut scratch)
            };
            // `The then chancellor`: a past marker belongs to the role it modifies.
            let past_marker = || {
                role_seen
                    && (facts.past_marker
                        || (t.text.bytes().any(|b| b == b'-')
                            && self.knowledge.is_past_marker(t.text)))
            };
            // `Minister for Schools Tom Hale`: `for` after a role opens its portfolio.
            let portfolio = || {
                t.text == "for"
                    && pre_start >= toks.start + 2
                    && self.knowledge.is_role(self.token(pre_start - 2).text)
            };
            if !t.is_capitalized()
                && !role
                && !t.text.ends_with("’s")
                && !matches!(t.text, "’" | "'" | "s" | "the" | "The" | "of")
                && !role_modifier()
                && !past_marker()
                && !portfolio()
            {
                break;
            }
            role_seen |= role;
            pre_facts.add(self, t, facts);
            pre_start -= 1;
        }
        // `Scottish Finance Minister, Tom Hale MSP, said`, `The Chancellor,
        // Rachel Reeves, said`: a role opening the sentence before a comma
        // is a pre-modifier too; a definite article may open it (a role
        // with `the` is the one holder the name then gives).
        // (The `and` and commas of a title, `The Culture, Media and Sport
        // Secretary,`, count as no words of it.)
        // After an inverted cue the role opens the cue's subject (`said De
        // Telegraaf's image editor, Peter Schoonen`), and after an opening
        // adjunct the subject it is set off from (`In a statement, the
        // paper's editor, Tom Hale,`).
        let opens = if pre_start == run_start && self.token(run_start.saturating_sub(1)).text == ","
        {
            let adjunct = {
                let first = self.token(toks.start).text;
                self.knowledge.is_preposition(&first.to_lowercase()) || first.ends_with("ing")
            };
            (toks.start..run_start.saturating_sub(1))
                .rev()
                .take(8)
                .find(|&i| {
                    self.is_cue(self.token(i).text, &mut scratch)
                        // (`According to the party's spokesman, Ann Lee,`.)
                        || (i > toks.start
                            && self.token(i).text == "to"
                            && self.token(i - 1).text.eq_ignore_ascii_case("according"))
                        || (adjunct && self.token(i).text == ",")
                })
                .map_or(toks.start, |cue| cue + 1)
        } else {
            toks.start
        };
        if pre_start == run_start && run_start >= opens + 2 && run_start - opens <= 10 {
            // (`A Treasury minister, Lord Fennimore,`: one of the office's holders, named.)
            let article = usize::from(is_article(self.token(opens).text));
            // `The Chief Secretary to the Treasury, Ann Lee,`, `The head of
            // Unite, Ann Lee,`: a role's portfolio or employer after it.
            let mut portfolio = self.portfolio_after_role(opens + article, run_start - 1);
            // `The Secretary of State for Health, Ann Lee,`: a portfolio may
            // follow another (`of State`).
            while let Some(after) = portfolio.clone() {
                let Some(before) = self.portfolio_after_role(opens + article, after.start) else {
                    break;
                };
                portfolio = Some(before.start..after.end);
            }
            let role_end = portfolio.map_or(run_start - 1, |p| p.start);
            let opening = opens + article..role_end;
            let mut joiners = 0;
            let is_role_phrase = self.token(run_start - 1).text == ","
                && !opening.is_empty()
                && opening.clone().all(|i| {
                    if self.joins_title(i, opens, &mut true) {
                        joiners += 1;
                        return true;
                    }
                    let t = self.token(i);
                    // (A plural's possessive mark: `the Liberal Democrats' spokesman`.)
                    if matches!(t.text, "'" | "’") && i > opens {
                        joiners += 1;
                        return true;
                    }
                    t.is_word()
                        && !self.knowledge.is_function_word(t.text)
                        && !self.knowledge.is_preposition(t.text)
                        && !self.is_cue(t.text, &mut scratch)
                })
                && role_end - opens - joiners <= 6
                && self.knowledge.is_role(self.token(role_end - 1).text)
                && !self.knowledge.is_document(self.token(role_end - 1).text);
            if is_role_phrase {
                pre_start = opens;
                pre_facts = self.facts_of(opens..run_start);
            }
        }
        let pre_first = if pre_start < toks.end {
            self.token(pre_start).span.start
        } else {
            run.span.start
        };
        let pre = Span::new(pre_first, run.span.start);
        // Apposition after: `, role of ORG,` or `of ORG`.
        let mut post_end = run.span.end;
        if run_end < toks.end {
            let next = self.token(run_end).text;
            if next == "," || next.eq_ignore_ascii_case("of") || next == "(" {
                let rest = run_end + 1..toks.end;
                // Where the apposition closes, and whether a cue comes before:
                // `Dr Vivek Trevedi, called Mr Barclay …` is the sentence going on, not an
                // apposition, and neither is a relative clause unless it says what the
                // person is (`, who met Labour MPs,` but `, who is a Labour MP,`).
                let (mut close, mut has_verb) = (None, false);
                for i in rest.clone() {
                    let word = self.token(i).text;
                    // A comma inside an organization's name (`of the Department for
                    // Culture, Media and Sport`) does not close the apposition.
                    let inside_org = word == "," && self.inside_org(self.token(i).span);
                    if matches!(word, "," | "." | ";" | ":" | "“" | "\"" | "–" | "—") && !inside_org
                    {
                        close = Some(i);
                        break;
                    }
                    // (`the think tank Demos`: a cue before a kind of
                    // organization is a word of that noun.)
                    let cue = self.is_cue(word, &mut scratch)
                        && (i + 1 >= toks.end
                            || self.knowledge.org_noun(self.token(i + 1).text).is_none());
                    // `Tom Hale of the Sierra Club said`: the cue ends the `of` phrase.
                    if cue && next.eq_ignore_ascii_case("of") {
                        close = Some(i);
                        break;
                    }
                    has_verb = has_verb || cue;
                }
                // `…, Iestyn Pryce, handed a petition to Downing Street`: a
                // past form taking an object is the sentence's verb, not an
                // apposition (`, retired teacher,` and `, pictured,` are).
                // (Nor is a finite verb after the comma: `The local MP, Ann Lee,
                // has written to the Department for Transport`.)
                has_verb = has_verb
                    || (next == ","
                        && (self.verb_with_object(rest.start)
                            || self.knowledge.is_finite_verb(self.token(rest.start).text)));
                let clause_end = close.map_or(s.span.end, |i| self.token(i).span.start);
                // A relative clause tells what the person is only when an
                // organization is its end (`, who chairs the Ardmore Council,`),
                // not when it is about some of its people (`, who met Labour MPs,`).
                let relative_clause = next == ","
                    && rest.len() >= 2
                    && matches!(self.token(rest.start).text, "who" | "which")
                    && !matches!(
                        self.token(rest.start + 1).text,
                        "is" | "was" | "are" | "were"
                    );
                let clause_org = self.org_in(Span::new(run.span.end, clause_end));
                let about_members =
                    relative_clause && clause_org.is_some_and(|o| o.span.end < clause_end);
                if about_members {
                    // Nobody's organization, this person's or another's.
                    if let Some(o) = clause_org {
                        self.claimed_orgs.insert(o.span);
                    }
                } else if !has_verb {
                    post_end = clause_end;
                }
            }
        }
        let post = Span::new(run.span.end, post_end.max(run.span.end));
        // The roles the text gives: the words before the name and after the run.
        let before_name = Span::new(pre.start, run.name.start);
        self.role_phrases
            .extend([(person, before_name), (person, post)]);
        // A past role's organization (`ex-chief economic adviser to the
        // Treasury`) is not the person's now, nor is a past office's government.
        // (The words before the name are the pre-modifiers, read above, and
        // the run's titles, read with the run.)
        let before_facts = pre_facts.or(run.title_facts);
        let post_facts = self.phrase_facts_within(post, toks.clone());
        let current = |phrase: Span| {
            let facts = if phrase == post {
                post_facts
            } else {
                before_facts
            };
            !facts.past
        };
        // The organization named before the name, in the pre-modifiers or among
        // the run's own role words (`Labour MP Barry Sheerman`), else after it.
        // An apposition names the person's organization through a role
        // (`head of health at Unison`) or straight away (`from Families Need
        // Fathers`, `, of the Home Office,`), not in passing (`one of the men lampooned in the Labour
        // poster`).
        let affiliation = |phrase: Span| {
            // `director of the Institute for Policy Integrity at Halden
            // University's law school`: an organization owning a thing that
            // is no role (`Unison's head of health` is one) holds the unit
            // the person works in; the unit named before is theirs.
            let owns_next = |o: &&OrgMention| {
                let after = text.get(o.span.end..).unwrap_or_default();
                let Some(rest) = after
                    .strip_prefix("'s")
                    .or_else(|| after.strip_prefix("’s"))
                else {
                    return false;
                };
                let owned = rest.split_whitespace().next().unwrap_or_default();
                !self.knowledge.is_role(owned)
            };
            let org = self
                .orgs_in(phrase)
                .filter(|o| !owns_next(o))
                .last()
                .or_else(|| self.org_in(phrase))?;
            let near_start = || {
                self.seg
                    .tokens_in(text, phrase)
                    .skip_while(|t| t.text == ",")
                    .take(3)
                    .any(|t| org.span.contains(t.span))
            };
            // `, of the think tank Carbon Futures`: the preposition's
            // object is the organization its kind noun introduces.
            let introduced = || {
                let words: Vec<Token> = self
                    .seg
                    .tokens_in(text, Span::new(phrase.start, org.span.start))
                    .skip_while(|t| t.text == ",")
                    .take(6)
                    .collect();
                let [first, between @ .., last] = words.as_slice() else {
                    return false;
                };
                matches!(first.text, "of" | "at" | "from")
                    && self.knowledge.org_noun(last.text).is_some()
                    && between.len() <= 3
                    && between.iter().all(|t| t.is_word() && !t.is_capitalized())
            };
            (post_facts.role || near_start() || introduced()).then_some(org)
        };
        // A past role's organization is not the person's (`ex-adviser to the
        // Treasury`), nor the context of anybody else's; a party stays theirs
        // (`Former Conservative leader`).
        let party = |o: &&OrgMention| o.org.kind == OrgKind::Party;
        let org_before = self.org_in(before_name);
        // `Liberal Democrat Treasury spokesman Ian Moss`, `Labour's NHS
        // spokeswoman`: an organization between a party and a role the party
        // gives for a portfolio is that portfolio; the person is the party's,
        // and speaks for no government.
        let portfolio_of = org_before.filter(|o| !party(o)).and_then(|o| {
            let party = self.party_in(Span::new(before_name.start, o.span.start))?;
            let role = Span::new(o.span.end, run.name.start);
            self.seg
                .tokens_in(text, role)
                .any(|t| self.knowledge.is_portfolio_role(t.text))
                .then_some(party)
        });
        let org_before = portfolio_of.or(org_before);
        // `Shadow Treasury minister Ann Lee`: in an opposition role, a body of
        // the government is the portfolio shadowed, not the employer.
        let shadowed = |facts: PhraseFacts, o: &&OrgMention| {
            facts.opposition && o.org.kind == OrgKind::Government
        };
        let named = org_before
            .filter(|o| (current(before_name) || party(o)) && !shadowed(before_facts, o))
            .or_else(|| {
                affiliation(post)
                    .filter(|o| (current(post) || party(o)) && !shadowed(post_facts, o))
            });
        if let Some(o) = org_before.filter(|_| !current(before_name)) {
            self.claimed_orgs.insert(o.span);
        }
        // `Scottish finance minister Tom Hale`, `Ann Dale, health minister for
        // Wales`: a minister of a devolved government, not of the state's.
        // `Scotland's health secretary`: a portfolio's secretary of a
        // devolved place is its minister (but the `Scottish Secretary`, the
        // `Northern Ireland Secretary` are the state's).
        let portfolio_secretary = |phrase: Span| {
            let phrase_text = phrase.of(text);
            // (Most phrases hold no secretary: told by their length, then
            // their bytes, first.)
            if phrase_text.len() < "ecretary".len() || !phrase_text.contains("ecretary") {
                return false;
            }
            let mut words = phrase_text.split_whitespace();
            let mut before = words.next();
            words.any(|word| {
                let portfolio = before
                    .unwrap_or("")
                    .trim_matches(|c: char| !c.is_alphanumeric());
                before = Some(word);
                // (`Scotland's Health Secretary, Mary Kerr,`: the role may end at a comma.)
                word.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .eq_ignore_ascii_case("secretary")
                    && !portfolio.is_empty()
                    && self.knowledge.devolved_government(portfolio).is_none()
                    && !self.knowledge.is_place(portfolio)
                    && !self.knowledge.is_function_word(portfolio)
            }) && self.knowledge.devolved_government(phrase_text).is_some()
        };
        let devolved = (before_facts.devolved_office
            || post_facts.devolved_office
            || portfolio_secretary(before_name)
            || portfolio_secretary(post))
            && current(before_name)
            && current(post);
        if devolved && !org_only {
            let government = [before_name, post]
                .into_iter()
                .filter(|phrase| !phrase.of(text).contains("Office"))
                .find_map(|phrase| self.knowledge.devolved_government(phrase.of(text)))
                .or_else(|| {
                    // `First Minister Tom Hale`: of the place the text names.
                    lowercase_into(Span::new(pre.start, post.end).of(text), &mut scratch);
                    self.knowledge
                        .is_devolved_office(&scratch)
                        .then(|| self.knowledge.devolved_government(text))?
                });
            if let Some(government) = government {
                let p = &mut self.people[person];
                p.org = Some(government);
                p.government = Some(false);
                p.devolved = true;
                self.government_clues.retain(|&(p, _)| p != person);
            }
        }
        // `Greece's tourism minister, Eleni Vasilaki,`: an office of the
        // target but for another state named with it is that state's.
        let foreign = (!self.people[person].devolved
            && !org_only
            && named.is_none()
            && current(before_name)
            && current(post))
        .then(|| {
            [(before_name, before_facts), (post, post_facts)]
                .into_iter()
                .filter(|(_, facts)| facts.role)
                .find_map(|(phrase, _)| self.foreign_office(phrase, &mut scratch))
        })
        .flatten();
        // `The Welsh Government has published a bus bill. … Transport
        // Minister Ann Lee said`: a minister whose role names no place is the
        // minister of the government the story has just named, when that is
        // another's than the target's. So is a prime minister, of another
        // state's (`The French government has raised the pension age. Prime
        // Minister Ann Lee said`): a devolved government has none.
        let foreign = foreign.or_else(|| {
            if self.people[person].devolved
                || org_only
                || named.is_some()
                || !current(before_name)
                || !current(post)
            {
                return None;
            }
            let phrases = [before_name, post, Span::new(run.span.start, run.name.start)];
            if phrases
                .iter()
                .any(|&phrase| self.is_portfolio_minister(phrase, &mut scratch))
            {
                return self
                    .setting_government(sentence)
                    .or_else(|| self.government_named_before(run.span.start, sentence));
            }
            let prime = phrases.iter().any(|phrase| {
                let words = phrase.of(text).trim_matches(|c: char| !c.is_alphanumeric());
                words.len() >= "prime minister".len()
                    && words
                        .get(words.len() - "prime minister".len()..)
                        .is_some_and(|w| w.eq_ignore_ascii_case("prime minister"))
            });
            prime
                .then(|| self.government_named_before(run.span.start, sentence))
                .flatten()
                .filter(|g| {
                    self.knowledge
                        .foreign_government(&g.name)
                        .is_some_and(|(_, state)| state.name == g.name)
                })
        });
        if let Some(government) = foreign {
            let p = &mut self.people[person];
            p.org = Some(government);
            p.government = Some(false);
            self.government_clues.retain(|&(p, _)| p != person);
        }
        // `cabinet member for housing at Westbury City Council`: an office
        // held `at` a body, not the government's or a party's, is that
        // body's (where `of` and `for` may name a portfolio or a place).
        let held_elsewhere = named.is_some_and(|o| {
            let before = text.get(..o.span.start).unwrap_or_default().trim_end();
            let before = before.strip_suffix(" the").unwrap_or(before);
            !matches!(o.org.kind, OrgKind::Government | OrgKind::Party) && before.ends_with(" at")
        });
        if self.people[person].government != Some(true)
            && !self.people[person].devolved
            && foreign.is_none()
            && !org_only
            && !held_elsewhere
        {
            // The role may be in the words before the name, after it, or in
            // the run itself (`Home Secretary Charles Clarke`); the name is
            // left out, so that the text's own description decides.
            let run_role = Span::new(run.span.start, run.name.start);
            let has_context = (!pre.is_empty() || post.start < post.end || !run_role.is_empty())
                && current(before_name)
                && current(post)
                && portfolio_of.is_none();
            // A name list (the target's office holders) is time-bound: it
            // counts only where the text gives the person no role or
            // organization of its own (`Tory MP Boris Johnson`, `Theresa
            // May, shadow secretary for the family`).
            let described = before_facts.role || post_facts.role || named.is_some();
            // `Charles Clarke faces his first test as home secretary`: an
            // office the sentence gives its subject with `as`.
            let office = (run_start <= toks.start + 1)
                .then(|| self.office_as(run_end, toks.end))
                .flatten();
            let clues = [
                has_context.then_some(GovernmentClue::Role {
                    pre,
                    run: run_role,
                    post,
                }),
                office.map(|office| GovernmentClue::Role {
                    pre: Span::new(office.start, office.start),
                    run: Span::new(office.start, office.start),
                    post: office,
                }),
                (introduction && !described).then_some(GovernmentClue::Name(run.name)),
            ];
            for clue in clues.into_iter().flatten() {
                self.government_clues.push((person, clue));
                self.people[person].government = None;
            }
        }
        if let Some(o) = named {
            self.claimed_orgs.insert(o.span);
        }
        if self.people[person].org.is_none() {
            let mut from_context = false;
            let org = named
                .map(|o| &o.org)
                // `Its chairman, Gregor Atherton,`: the organization `its` stands for.
                .or_else(|| {
                    // The role opens the sentence or stands right before the name,
                    // in up to four words (`Its deputy general secretary, Ann Lee,`).
                    // (Told by the distance first: then at most six words are read.)
                    let opening = toks.start + 6 >= run_start
                        && (toks.start..run_start)
                            .any(|i| self.knowledge.is_role(self.token(i).text));
                    let its = || {
                        (toks.start..run_start)
                            .any(|i| self.token_is(i, "Its") || self.token_is(i, "its"))
                    };
                    if !opening {
                        return None;
                    }
                    if its() {
                        return self
                            .organization_before(run.span.start, super::affiliation::ITS_REACH);
                    }
                    // `The Welsh Conservatives called it a stealth tax. Their
                    // environment spokesman, Ann Lee,`: `their` stands for the
                    // organization opening the sentence before, as `its` does
                    // (anyone else's role would be a family's or a group's).
                    let their = (toks.start..run_start)
                        .any(|i| self.token_is(i, "Their") || self.token_is(i, "their"));
                    their
                        .then(|| self.org_opening_sentence(sentence.checked_sub(1)?))
                        .flatten()
                        .map(|o| &o.org)
                })
                .or_else(|| {
                    // `The museum's head of geology, Eleri Vaughan,`, `said
                    // the authority's director of enforcement, Ann Lee`: a
                    // noun owning the role set off right before the name
                    // refers back as `its` does.
                    let owner = self.owner_of_role_before(toks.start, run_start)?;
                    let phrase = Span::new(
                        self.token(owner).span.start,
                        self.token(run_start - 1).span.end,
                    );
                    self.generic_reference(phrase, pre.start, &mut scratch)
                })
                .or_else(|| {
                    // (Or a possessive of a noun heading a name: `The team's
                    // leading rider, Owen Pritchard,` of `Team Kestrel`.)
                    let owned = || {
                        let words = before_name.of(text);
                        words.contains("’s ") || words.contains("'s ")
                    };
                    (before_facts.org_noun || owned())
                        .then(|| self.generic_reference(before_name, pre.start, &mut scratch))?
                })
                .or_else(|| {
                    post_facts
                        .org_noun
                        .then(|| self.generic_reference(post, pre.start, &mut scratch))?
                })
                // `Assistant information commissioner Phil Jones`: a role the
                // name of an organization describes.
                .or_else(|| {
                    if !before_facts.role {
                        return None;
                    }
                    lowercase_into(before_name.of(text), &mut scratch);
                    self.knowledge.org_of_holders(&scratch)
                })
                // `Shadow home secretary Ann Dale`: the opposition's, whose party
                // stays theirs when the role is past: a party their sentence
                // names (`For Labour, shadow Brexit secretary Ann Dale said`),
                // else the document's opposition, not an organization of the
                // sentences before.
                .or_else(|| {
                    if !(before_facts.opposition || post_facts.opposition) {
                        return None;
                    }
                    self.surrounding_org_in(sentence, run.span.start, 0)
                        .filter(|o| o.kind == OrgKind::Party)
                        .or_else(|| self.opposition_party())
                })
                // Where a person is introduced with no organization of their own, the
                // text around says which one (`a guarded welcome from the CPHVA. Labour
                // relations director Roger Kline said`), unless they speak for the
                // government.
                .or_else(|| {
                    // (Tested first: the search is wasted on a later mention.)
                    if !introduction
                        || self.introduced_as_private(run_end, toks.end)
                        || self.introduced_by_calling(
                            toks.start,
                            self.tokens.partition_point(|t| t.start < run.name.start),
                            &mut scratch,
                        )
                    {
                        return None;
                    }
                    // `Harbury's reported a loss. … Chief executive Rachel
                    // Ormerod said`: a role at the head of an organization,
                    // named with none, is held in the company the story is
                    // about: the latest named in the sentences before, up
                    // to `MANAGEMENT_REACH` of them and not past a headline.
                    // (`DuPont's chief executive` names its owner, known or not.)
                    let management = |facts: PhraseFacts, phrase: Span| {
                        if !facts.role || facts.past {
                            return false;
                        }
                        let (mut head, mut owner) = (false, false);
                        for t in self.seg.tokens_in(text, phrase) {
                            head |= self.knowledge.is_management_role(t.text);
                            owner |= possessive_suffix(t.text) > 0;
                        }
                        head && !owner
                    };
                    let academic = |facts: PhraseFacts, phrase: Span| {
                        facts.role && !facts.past && self.academic_role_in(phrase)
                    };
                    // `Council leader Ann Lee`: a role a kind of public body,
                    // union, party or outlet owns is held in none of another
                    // kind (`the Empire Theatre … Council leader`).
                    let owner_agrees = |o: &&OrgName| {
                        !before_facts.org_noun
                            || self
                                .seg
                                .tokens_in(text, before_name)
                                .filter_map(|t| self.knowledge.org_noun(t.text))
                                .find(|kind| !matches!(kind, OrgKind::Company | OrgKind::Other))
                                .is_none_or(|kind| o.kind == kind)
                    };
                    let around = self
                        .surrounding_org_in(
                            sentence,
                            run.span.start,
                            super::affiliation::AT_INTRODUCTION,
                        )
                        .filter(owner_agrees)
                        .or_else(|| {
                            (management(before_facts, before_name) || management(post_facts, post))
                                .then(|| self.story_company(run.span.start))?
                        })
                        .or_else(|| {
                            (academic(before_facts, before_name) || academic(post_facts, post))
                                .then(|| self.story_university(run.span.start))?
                        })?;
                    from_context = !self.speaks_for_government(person, &mut scratch);
                    from_context.then_some(around)
                });
            let p = &mut self.people[person];
            p.org_from_context = from_context && org.is_some();
            p.org = org;
        }
        self.scratch = scratch;
    }

    /// The token of `the`'s possessive noun (`the authority's`) owning a
    /// role set off by a comma right before the name at `name` (`the
    /// authority's director of enforcement, Ann Lee`): only the role's
    /// lowercase words lie between, and `the` opens the phrase; not before
    /// token `from`.
    fn owner_of_role_before(&self, from: usize, name: usize) -> Option<usize> {
        let comma = name
            .checked_sub(1)
            .filter(|&c| c > from && self.token(c).text == ",")?;
        let mut k = comma;
        while k > from + 1 && k + 6 > comma {
            k -= 1;
            let t = self.token(k);
            if possessive_suffix(t.text) > 0 {
                let owned = k + 1 < comma && is_article(self.token(k - 1).text);
                return (owned && self.knowledge.is_role(self.token(k + 1).text)).then_some(k);
            }
            if !t.is_word() || t.is_capitalized() && k > from + 1 {
                return None;
            }
        }
        None
    }

    /// `Dr Ann Lee, the lecturer who set up the project`, `Final-year student
    /// Tom Hale`: whether `phrase` is headed by a role held in a university,
    /// owned by nobody named (the role is the head: not `a student loan
    /// expert`, where a noun follows it) and held nowhere the phrase names
    /// (`a professor at The New School`, a name not known as an
    /// organization's).
    fn academic_role_in(&self, phrase: Span) -> bool {
        let k = self.knowledge;
        let words: Vec<Token> = self.seg.tokens_in(self.text, phrase).collect();
        let owned = words.iter().any(|t| possessive_suffix(t.text) > 0)
            || words
                .windows(2)
                .any(|w| matches!(w[0].text, "at" | "of" | "from") && w[1].is_capitalized());
        let headed = words.iter().enumerate().any(|(i, t)| {
            k.is_academic_role(t.text)
                && words.get(i + 1).is_none_or(|next| {
                    !next.is_word()
                        || next.is_capitalized()
                        || k.is_function_word(next.text)
                        || k.is_preposition(next.text)
                })
        });
        headed && !owned
    }

    /// The tokens of a portfolio or employer that close the tokens `from..end`
    /// after a role: `to`, `of` or `for`, an optional `the`, then capitalized
    /// words (`to the Treasury`, `of Unite`, `for Schools and Families`).
    fn portfolio_after_role(&self, from: usize, end: usize) -> Option<Range<usize>> {
        let mut start = end;
        while start > from {
            let t = self.token(start - 1);
            let joined = t.text == "and" && start < end;
            if !(joined || (t.is_capitalized() && t.is_word())) {
                break;
            }
            start -= 1;
        }
        if start == end || self.token(start).text == "and" {
            return None;
        }
        if start > from && self.token(start - 1).text == "the" {
            start -= 1;
        }
        let preposition = start.checked_sub(1).filter(|&k| k > from)?;
        lowercase_is_one_of(self.token(preposition).text, &["to", "of", "for"])
            .then_some(preposition..end)
    }

    /// The government of another state whose office `phrase` names: one the
    /// target would name without the state's name (`Greece's tourism
    /// minister`, `the French finance minister`) but does not with it (a
    /// target's own state, `@US` in a US target file, is no other), or an
    /// office only that state has (`the Taoiseach`).
    /// `scratch` is scratch space.
    pub(super) fn foreign_office(&self, phrase: Span, scratch: &mut String) -> Option<&'a OrgName> {
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
    pub(super) fn devolved_office_government(&self, phrase: Span) -> Option<&'a OrgName> {
        if !self.phrase_facts(phrase).devolved_office {
            return None;
        }
        self.knowledge.devolved_government(phrase.of(self.text))
    }

    /// Whether `phrase` is a minister's role whose portfolio names no body
    /// of the target (`Transport Minister`, `the deputy climate change
    /// minister`; not `Home Office minister`, `Prime Minister`).
    fn is_portfolio_minister(&self, phrase: Span, scratch: &mut String) -> bool {
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
    fn setting_government(&self, sentence: usize) -> Option<&'a OrgName> {
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

    /// The government of the state the story is about, for a government
    /// body described at `mention` (`the country's finance ministry`): the
    /// one state that opens a sentence up to the mention's, in its paragraph
    /// and the one before, when the text names no government body (the
    /// target's) before it outside quotes.
    pub(super) fn state_body(&self, mention: Span) -> Option<&'a OrgName> {
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
    fn government_named_before(&self, before: usize, sentence: usize) -> Option<&'a OrgName> {
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
            let government = self
                .knowledge
                .devolved_government(words)
                .or_else(|| self.knowledge.foreign_government(words).map(|(_, g)| g))?;
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

    /// Whether token `at` joins the capitalized words of a title on both
    /// sides (`Work and Pensions Secretary`, `Culture, Media and Sport
    /// Secretary`), the sentence starting at token `sentence_start`: `and` or
    /// `&` does, a comma only before such an `and` (read right to left,
    /// `listed` says whether one was met; an `and` sets it).
    pub(super) fn joins_title(&self, at: usize, sentence_start: usize, listed: &mut bool) -> bool {
        let Some(joiner) = self.list_joiner(at, sentence_start, *listed, &["and", "&"]) else {
            return false;
        };
        let word = |i: usize| {
            let w = self.token(i);
            w.is_word() && w.is_capitalized() && !self.knowledge.is_function_word(w.text)
        };
        // Not a person's name before it (`Ann Lee and Health Secretary Tom
        // Hale`, `Mr Lee and …`, a surname already met): two people, not one title.
        let before = self.token(at - 1).text;
        let name_before = self.by_surname.contains_key(before)
            || self.knowledge.first_name(before).is_some()
            || (at >= sentence_start + 2 && {
                let w = self.token(at - 2).text;
                self.knowledge.first_name(w).is_some() || self.knowledge.title(w).is_some()
            });
        let joins = word(at - 1) && word(at + 1) && !name_before;
        *listed |= joins && joiner;
        joins
    }

    /// Whether token `at` joins the lowercase areas of a role's portfolio
    /// (`shadow work and pensions secretary`, `shadow environment, food and
    /// rural affairs secretary`): `and`, or a comma before it in the list
    /// (`listed`, set here), between lowercase content words.
    fn joins_portfolio(&self, at: usize, sentence_start: usize, listed: &mut bool) -> bool {
        let Some(joiner) = self.list_joiner(at, sentence_start, *listed, &["and"]) else {
            return false;
        };
        // (The first area may open the sentence: `Work and pensions
        // secretary Ann Lee said`.)
        let area = |i: usize| {
            let w = self.token(i);
            w.is_word()
                && (!w.is_capitalized() || i == sentence_start)
                && !self.knowledge.is_function_word(w.text)
                && !self.knowledge.is_preposition(w.text)
        };
        let joins = area(at - 1) && area(at + 1);
        *listed |= joins && joiner;
        joins
    }

    /// What token `at` is in a list read right to left from a role, the
    /// sentence starting at token `sentence_start`: `Some(true)` for one of
    /// `joiners`, `Some(false)` for a comma once one was met (`listed`),
    /// `None` for anything else and for the sentence's first token.
    fn list_joiner(
        &self,
        at: usize,
        sentence_start: usize,
        listed: bool,
        joiners: &[&str],
    ) -> Option<bool> {
        if at <= sentence_start {
            return None;
        }
        let t = self.token(at).text;
        let joiner = joiners.contains(&t);
        (joiner || (listed && t == ",")).then_some(joiner)
    }

    /// Where a title joined by `and` (see [`Doc::joins_title`]) that ends
    /// at the run starting at token `run_start` begins: `Work` for the run
    /// `Pensions Secretary Andrew Lyle`; `run_start` when there is none.
    pub(super) fn joined_title_start(&self, run_start: usize, sentence_start: usize) -> usize {
        let mut start = run_start;
        let mut listed = false;
        while start > sentence_start {
            let k = start - 1;
            let t = self.token(k);
            let listed_word = listed && t.is_word() && t.is_capitalized();
            if !(listed_word || self.joins_title(k, sentence_start, &mut listed)) {
                break;
            }
            start = k;
        }
        start
    }

    /// What the words of `phrase` hold: a past marker (`former`, `ex-chief`),
    /// a role, a noun naming a kind of organization; one lookup per word.
    pub(super) fn phrase_facts(&self, phrase: Span) -> PhraseFacts {
        self.facts_of(self.token_range(phrase))
    }

    /// [`Doc::phrase_facts`] of a phrase inside the tokens `sentence` (its
    /// sentence's), searched for there rather than in the whole document.
    fn phrase_facts_within(&self, phrase: Span, sentence: Range<usize>) -> PhraseFacts {
        // Most names have nothing after them, many nothing before: no token to search for.
        if phrase.is_empty() {
            return PhraseFacts::default();
        }
        self.facts_of(self.token_range_within(sentence, phrase))
    }

    /// What the words of the tokens `range` hold (see [`Doc::phrase_facts`]).
    fn facts_of(&self, range: Range<usize>) -> PhraseFacts {
        let mut facts = PhraseFacts::default();
        for t in range.map(|k| self.token(k)) {
            facts.add(self, t, self.knowledge.word_facts(t.text));
        }
        facts
    }

    /// The words of each person's role phrases, function words left out.
    /// An ASCII word is kept as written, any other lowercased: either is
    /// equal to a lowercase word `w` when `eq_ignore_ascii_case(w)` (see
    /// [`has_role_word`]).
    pub(super) fn role_words(&self) -> &[Vec<Cow<'a, str>>] {
        self.role_words.get_or_init(|| {
            let text: &'a str = self.text;
            let mut role_words: Vec<Vec<Cow<'a, str>>> = vec![Vec::new(); self.people.len()];
            for &(person, phrase) in &self.role_phrases {
                let Some(words) = role_words.get_mut(person) else {
                    continue;
                };
                for word in phrase
                    .of(text)
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 2)
                {
                    // (The word lists are asked in any case.)
                    let word = if word.is_ascii() {
                        Cow::Borrowed(word)
                    } else {
                        Cow::Owned(word.to_lowercase())
                    };
                    if !self.knowledge.is_function_word(&word) && !has_role_word(words, &word) {
                        words.push(word);
                    }
                }
            }
            role_words
        })
    }
}

/// Whether `given` (role words, see [`Doc::role_words`]) holds `word`, a
/// lowercase word or another role word.
pub(super) fn has_role_word(given: &[Cow<str>], word: &str) -> bool {
    given
        .iter()
        .any(|g| g.len() == word.len() && g.eq_ignore_ascii_case(word))
}
