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
//!
//! The parts: `phrases` reads what the words of a phrase hold and keeps the
//! role words each person is given; `roles` finds where a role's words begin
//! and end around a name; `private` tells a person introduced as a member of
//! the public; `other_governments` finds the devolved or foreign government
//! whose minister a person is. This file holds `learn`, which reads a mention
//! with them.

use crate::knowledge::OrgKind;
use crate::orgs::{OrgMention, OrgName};
use crate::segment::Token;
use crate::span::Span;
use std::ops::Range;

use super::government::GovernmentClue;
use super::names::{possessive_suffix, NameRun};
use super::{is_article, lowercase_into, Doc};

mod other_governments;
mod phrases;
mod private;
mod roles;

pub(super) use phrases::{has_role_word, PhraseFacts};

impl<'a> Doc<'a> {
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
        // (`The Bishop of Fenby, the Rt Rev Ann Lee,`: a titled name may
        // take an article of its own after the comma.)
        let titled = |k: usize| self.knowledge.title(self.token(k).text).is_some();
        let apposed = if self.token(pre_start).text == "the"
            && (pre_start + 1..run_start).all(titled)
            && (pre_start + 1 < run_start || titled(run_start))
        {
            pre_start
        } else {
            run_start
        };
        let opens = if pre_start == apposed && self.token(apposed.saturating_sub(1)).text == "," {
            let adjunct = {
                let first = self.token(toks.start).text;
                self.knowledge.is_preposition(&first.to_lowercase()) || first.ends_with("ing")
            };
            (toks.start..apposed.saturating_sub(1))
                .rev()
                .take(8)
                .find(|&i| {
                    self.is_cue(self.token(i).text, &mut scratch)
                        // (`According to the party's spokesman, Ann Lee,`.)
                        || (i > toks.start
                            && self.token(i).text == "to"
                            && self.token(i - 1).text.eq_ignore_ascii_case("according"))
                        || (adjunct && self.token(i).text == ",")
                        // (`an order by the Information Commissioner, Ann
                        // Lee,`: the role is the object of `by` or `from`.)
                        || (matches!(self.token(i).text, "by" | "from")
                            && self.token(i + 1).text == "the")
                })
                .map_or_else(
                    || {
                        // `But the health minister, Ann Lee,`: a connective
                        // opening the sentence is no word of its subject (a
                        // preposition's object is no subject: `After the
                        // minister, Ann Lee spoke`).
                        let first = self.token(toks.start).text;
                        let connective = self.knowledge.is_function_word(first)
                            && !is_article(first)
                            && !self.knowledge.is_preposition(&first.to_lowercase())
                            && is_article(self.token(toks.start + 1).text);
                        toks.start + usize::from(connective)
                    },
                    |cue| cue + 1,
                )
        } else {
            toks.start
        };
        if pre_start == apposed && apposed >= opens + 2 && apposed - opens <= 10 {
            // (`A Treasury minister, Lord Fennimore,`: one of the office's holders, named.)
            let article = usize::from(is_article(self.token(opens).text));
            // `The Chief Secretary to the Treasury, Ann Lee,`, `The head of
            // Unite, Ann Lee,`: a role's portfolio or employer after it.
            let mut portfolio = self.portfolio_after_role(opens + article, apposed - 1);
            // `The Secretary of State for Health, Ann Lee,`: a portfolio may
            // follow another (`of State`).
            while let Some(after) = portfolio.clone() {
                let Some(before) = self.portfolio_after_role(opens + article, after.start) else {
                    break;
                };
                portfolio = Some(before.start..after.end);
            }
            let role_end = portfolio.map_or(apposed - 1, |p| p.start);
            let opening = opens + article..role_end;
            let mut joiners = 0;
            let is_role_phrase = self.token(apposed - 1).text == ","
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
                    // (`Scotland's First Minister`: a capitalized word of
                    // an office's title before its role word, whatever else
                    // it is.)
                    let titled = i > opens
                        && t.is_capitalized()
                        && i + 1 < role_end
                        && self.knowledge.is_role(self.token(i + 1).text);
                    t.is_word()
                        && (titled || !self.knowledge.is_function_word(t.text))
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
                // (`, who set up the Mast Action Group and has two children
                // at the school,`: a second verb after `and` ends the first's
                // object.)
                let second_verb = |o: &OrgMention| {
                    let mut after = text[o.span.end..clause_end].split_whitespace();
                    after.next() == Some("and")
                        && after
                            .next()
                            .is_some_and(|w| self.knowledge.is_finite_verb(w))
                };
                let about_members = relative_clause
                    && clause_org.is_some_and(|o| o.span.end < clause_end && !second_verb(o));
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
            // object is the organization its kind noun introduces (which may
            // take the name's article: `of the defence think tank the Albion
            // Institute`).
            let introduced = || {
                let mut words: Vec<Token> = self
                    .seg
                    .tokens_in(text, Span::new(phrase.start, org.span.start))
                    .skip_while(|t| t.text == ",")
                    .take(7)
                    .collect();
                if words.last().is_some_and(|t| t.text == "the") {
                    words.pop();
                }
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
        // The same holds after the name (`Ann Lee, the Liberal Democrat
        // Treasury spokesman,`). `role_end` is where the role's words end.
        let portfolio_of = |phrase: Span, o: &'a OrgMention, role_end: usize| {
            if party(&o) {
                return None;
            }
            let party = self.party_in(Span::new(phrase.start, o.span.start))?;
            // (The party right before the portfolio, or owning it, `The
            // Conservatives' Treasury spokesman`: not `a Democrat and State
            // Department spokeswoman`.)
            let between = text.get(party.span.end..o.span.start).unwrap_or_default();
            let between = ["’s", "'s", "’", "'"]
                .iter()
                .find_map(|p| between.strip_prefix(p))
                .unwrap_or(between);
            if !between.trim().is_empty() {
                return None;
            }
            let role = Span::new(o.span.end, role_end);
            self.seg
                .tokens_in(text, role)
                .any(|t| self.knowledge.is_portfolio_role(t.text))
                .then_some(party)
        };
        let portfolio_before =
            org_before.and_then(|o| portfolio_of(before_name, o, run.name.start));
        let org_before = portfolio_before.or(org_before);
        let portfolio_after = affiliation(post).and_then(|o| portfolio_of(post, o, post.end));
        let post_org = portfolio_after.or_else(|| affiliation(post));
        let portfolio_of = portfolio_before.or(portfolio_after);
        // `Shadow Treasury minister Ann Lee`, `Shadow Commons leader Ann Lee`:
        // in an opposition role, a body other than a party is the portfolio
        // shadowed, not the employer.
        let shadowed =
            |facts: PhraseFacts, o: &&OrgMention| facts.opposition && o.org.kind != OrgKind::Party;
        let named = org_before
            .filter(|o| (current(before_name) || party(o)) && !shadowed(before_facts, o))
            .or_else(|| {
                post_org.filter(|o| (current(post) || party(o)) && !shadowed(post_facts, o))
            });
        // (`Ann Lee, a former director of Acme,`: the same after the name;
        // not past a present role: `a former official who directs the Tax
        // Policy Center`, `a former director of Acme and now chairwoman of`.)
        let present_after = |o: &&OrgMention| {
            text.get(post.start..o.span.start).is_some_and(|between| {
                [" who ", " now ", " and ", " currently "]
                    .iter()
                    .any(|w| between.contains(w))
            })
        };
        let past_post = post_org.filter(|o| !current(post) && !party(o) && !present_after(o));
        for o in [org_before.filter(|_| !current(before_name)), past_post]
            .into_iter()
            .flatten()
        {
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
                    .or_else(|| self.government_named_before(run.span.start, sentence))
                    .or_else(|| self.legislature_told(run_end, toks.end));
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
                    // (`Chairman Tom Hale, whose family has run the club
                    // since 1961,`: a body of another kind the words around
                    // name is where the post is, not the story's company.)
                    let other_body = |phrase: Span| {
                        self.seg
                            .tokens_in(text, phrase)
                            .filter_map(|t| self.knowledge.org_noun(t.text))
                            .any(|kind| kind != OrgKind::Company)
                    };
                    let manages = || {
                        (management(before_facts, before_name) || management(post_facts, post))
                            && !other_body(before_name)
                            && !other_body(post)
                    };
                    // `Chief executive Ann Lee, whose grandfather founded
                    // the firm,`: a family clause that refers to the company
                    // (`the firm`, `the business`) makes no private person
                    // of someone at its head. (An age does: `Funeral
                    // director Ann Lee, 61,` may work anywhere.)
                    let family_firm = || {
                        let mut words = self.seg.tokens_in(text, post).map(|t| t.text);
                        let mut before = "";
                        words.any(|w| {
                            let the = before == "the";
                            before = w;
                            the && self.knowledge.org_noun(w) == Some(OrgKind::Company)
                        })
                    };
                    // (Tested first: the search is wasted on a later mention.)
                    if !introduction
                        || self.introduced_as_private(run_end, toks.end)
                            && !(manages() && family_firm())
                        || self.introduced_by_calling(
                            toks.start,
                            self.tokens.partition_point(|t| t.start < run.name.start),
                            &mut scratch,
                        )
                    {
                        return None;
                    }
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
                    // `Team leader Professor Ann Lee`: someone in a role of
                    // a collective the text introduced somewhere (`Researchers
                    // from Carnmoor University … the team`) is where it works.
                    let collective = || {
                        [before_name, post].into_iter().find_map(|phrase| {
                            self.seg
                                .tokens_in(text, phrase)
                                .map(|t| t.text)
                                .find(|w| self.knowledge.is_group_role(w) && !w.ends_with('s'))
                        })
                    };
                    let around = collective()
                        .and_then(|noun| {
                            self.group_introduced_at(&noun.to_lowercase(), run.span.start)
                        })
                        .or_else(|| {
                            self.surrounding_org_in(
                                sentence,
                                run.span.start,
                                super::affiliation::AT_INTRODUCTION,
                            )
                            .filter(owner_agrees)
                        })
                        .or_else(|| manages().then(|| self.story_company(run.span.start))?)
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
}
