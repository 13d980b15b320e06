//! Turning rule readings into a [`Stance`], for quotes and for target mentions,
//! and explaining it.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};

use super::aim::{self, Aim, Side, Topic};
use super::lexicon::Hit;
use super::model::{self, Feature};
use super::rules::{self, Item, Kind, Options};
use super::{QuoteContext, StanceError, StanceScorer};
use crate::model::{Evidence, Stance, StanceLabel};
use crate::span::Span;

/// VADER's normalization constant.
const ALPHA: f64 = 15.0;

pub(super) fn normalize(total: f64) -> f64 {
    let s = total / (total * total + ALPHA).sqrt();
    s.clamp(-1.0, 1.0)
}

pub(super) fn label_of(score: f64, threshold: f64) -> StanceLabel {
    if score >= threshold {
        StanceLabel::Positive
    } else if score <= -threshold {
        StanceLabel::Negative
    } else {
        StanceLabel::Neutral
    }
}

fn round3(x: f64) -> f64 {
    // `+ 0.0` turns the -0.0 of a small negative into 0.0, which prints as `0.0`.
    (x * 1000.0).round() / 1000.0 + 0.0
}

/// The evidence rule name of an aim.
fn aim_rule(aim: Aim) -> &'static str {
    match aim {
        Aim::Target => "at-target",
        Aim::Proxy => "at-proxy",
        Aim::Own => "at-own-side",
        Aim::Other => "at-other",
        Aim::Loose => "unaimed",
    }
}

/// The evidence of an item that counts `weight`; `aimed` adds its aim to
/// the rules (quotes; target-level items are not aimed).
pub(super) fn evidence_of(text: &str, it: &Item, weight: f64, aimed: bool) -> Evidence {
    // `names().join("+")`, without `join`'s generic length arithmetic: most
    // items name one rule.
    let aim = aimed.then(|| aim_rule(it.aim));
    let names = || it.rules.names().chain(aim);
    let len = names().map(|n| n.len() + 1).sum::<usize>();
    let mut rule = String::with_capacity(len.saturating_sub(1));
    for (k, name) in names().enumerate() {
        if k > 0 {
            rule.push('+');
        }
        rule.push_str(name);
    }
    Evidence {
        text: it.span.of(text).to_string(),
        span: it.span.to_array(),
        weight: round3(weight),
        rule,
    }
}

/// What a frame cue (a cue verb around the quote) weighs from `side`: a
/// rejection defends the target in its own speaker's mouth and criticises it
/// in anyone else's; a defence counts only from the target's speaker; the
/// target's speaker's other criticism is aimed at others.
fn frame_weight(it: &Item, side: Side) -> f64 {
    let w = it.weight;
    match (it.trigger, side == Side::Target) {
        (Some(Kind::Rebuttal), true) => w.abs(),
        (Some(Kind::Rebuttal), false) => -w.abs(),
        (Some(Kind::Defence), own) => {
            if own {
                w
            } else {
                0.0
            }
        }
        (_, true) if w < 0.0 => 0.0,
        _ => w,
    }
}

/// Clamps a span to `text` and moves its ends onto char boundaries.
pub(super) fn fit(text: &str, span: Span) -> Span {
    let mut s = span.start.min(text.len());
    let mut e = span.end.min(text.len()).max(s);
    while s > 0 && !text.is_char_boundary(s) {
        s -= 1;
    }
    while e < text.len() && !text.is_char_boundary(e) {
        e += 1;
    }
    Span::new(s, e)
}

/// One NewsMTSC-style input line: a sentence and a target mention given by
/// char offsets `from..to`.
#[derive(Debug, Clone, Deserialize)]
pub struct TargetLine {
    #[serde(default)]
    pub id: serde_json::Value,
    pub sentence: String,
    #[serde(default)]
    pub mention: Option<String>,
    pub from: usize,
    pub to: usize,
}

/// One output line of `sayso stance`: `{"id", "label", "score", "evidence"}`.
#[derive(Debug, Clone, Serialize)]
pub struct TargetResult {
    pub id: serde_json::Value,
    pub label: StanceLabel,
    pub score: f64,
    pub evidence: Vec<Evidence>,
}

impl TargetLine {
    /// The mention's byte span in the sentence. Falls back to the first
    /// occurrence of `mention` when the char offsets do not fit.
    pub fn byte_span(&self) -> Result<Span, StanceError> {
        let s = &self.sentence;
        let mut starts: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
        starts.push(s.len());
        let span = match (starts.get(self.from), starts.get(self.to)) {
            (Some(&a), Some(&b)) if a < b => Some(Span::new(a, b)),
            _ => None,
        };
        let fits = span.is_some_and(|sp| {
            self.mention
                .as_deref()
                .is_none_or(|m| sp.of(s).trim() == m.trim() || m.trim().is_empty())
        });
        match (span, fits) {
            (Some(sp), true) => Ok(sp),
            _ => {
                if let Some(m) = self.mention.as_deref().filter(|m| !m.is_empty()) {
                    if let Some(pos) = s.find(m) {
                        return Ok(Span::new(pos, pos + m.len()));
                    }
                }
                span.ok_or_else(|| {
                    StanceError::Input(format!(
                        "mention offsets {}..{} do not fit the sentence",
                        self.from, self.to
                    ))
                })
            }
        }
    }
}

/// Buffers that [`StanceScorer::score_quote_with`] reuses from one quote to
/// the next, so that scoring a document's quotes does not allocate for each.
#[derive(Debug, Clone, Default)]
pub struct QuoteScratch {
    pub(super) rules: rules::Scratch,
    objects: Vec<aim::Object>,
    /// For each item of `rules.analysis.items`, then of `rules.frame_items`:
    /// its weight as read from the speaker's side, and the factor of its
    /// side, aim and topic. It counts with their product.
    pub(super) counted: Vec<(f64, f64)>,
}

thread_local! {
    /// The buffers of [`StanceScorer::score_quote`], kept by each thread from
    /// one quote to the next rather than allocated for each.
    static SCRATCH: RefCell<QuoteScratch> = Default::default();
}

/// After a quote or frame longer than this many bytes, the buffers of
/// [`SCRATCH`], which may have grown to it, are let go rather than kept.
const SCRATCH_KEPT_UP_TO: usize = 1 << 20;

impl StanceScorer {
    /// Stance of the quote at `quote` (bytes of `document`) toward the target.
    ///
    /// Its buffers are the calling thread's, kept for its next quote: scoring
    /// a document's quotes one by one does not allocate for each.
    pub fn score_quote(&self, document: &str, quote: Span, context: &QuoteContext) -> Stance {
        let kept = SCRATCH.try_with(|cell| {
            // Taken only if this is called from inside a call.
            let mut scratch = cell.try_borrow_mut().ok()?;
            let stance = self.score_quote_with(document, quote, context, &mut scratch);
            let reach = context.frame.map_or(0, |f| f.len()).max(quote.len());
            if reach > SCRATCH_KEPT_UP_TO {
                *scratch = QuoteScratch::default();
            }
            Some(stance)
        });
        match kept {
            Ok(Some(stance)) => stance,
            _ => self.score_quote_with(document, quote, context, &mut QuoteScratch::default()),
        }
    }

    /// [`StanceScorer::score_quote`] with buffers kept in `scratch`: score
    /// many quotes with one scratch value.
    pub fn score_quote_with(
        &self,
        document: &str,
        quote: Span,
        context: &QuoteContext,
        scratch: &mut QuoteScratch,
    ) -> Stance {
        self.stance_of(document, quote, context, scratch, true)
    }

    /// [`StanceScorer::score_quote_with`], with or without the early exit of
    /// [`StanceScorer::weigh_quote`] (the label, score and evidence are the
    /// same either way).
    fn stance_of(
        &self,
        document: &str,
        quote: Span,
        context: &QuoteContext,
        scratch: &mut QuoteScratch,
        early_exit: bool,
    ) -> Stance {
        let (_, total) = self.weigh_quote(document, quote, context, scratch, early_exit);
        let score = normalize(total);
        let QuoteScratch { rules, counted, .. } = scratch;
        let items = rules.analysis.items.iter().chain(&rules.frame_items);
        let mut evidence: Vec<Evidence> = items
            .zip(counted.iter())
            .map(|(it, &(w, f))| (it, w * f))
            .filter(|&(_, w)| w != 0.0)
            .map(|(it, w)| evidence_of(document, it, w, true))
            .collect();
        evidence.sort_by_key(|e| e.span[0]);
        Stance {
            label: label_of(score, self.weights.threshold),
            score: round3(score),
            evidence,
        }
    }

    /// Analyses the quote at `quote` into `scratch`: its cues and the frame's
    /// (`scratch.rules`), their aims, and the weight each counts with
    /// (`scratch.counted`). Returns what the quote is about and the sum.
    ///
    /// With `early_exit`, a quote that cannot weigh anything (it names no one
    /// the weights count, see [`aim::Weights::silent_without_target`]) is left
    /// unanalysed, with no items: its sum is zero either way, and only an
    /// explanation lists the cues that counted for nothing.
    pub(super) fn weigh_quote(
        &self,
        document: &str,
        quote: Span,
        context: &QuoteContext,
        scratch: &mut QuoteScratch,
        early_exit: bool,
    ) -> (Topic, f64) {
        let quote = fit(document, quote);
        let side = context.speaker;
        let opts = Options { side, aimed: true };
        let QuoteScratch {
            rules: rs,
            objects,
            counted,
        } = scratch;
        let sets = self.sets();
        rules::tokenize_range(document, quote, rs);
        // A quote that may be left unanalysed (see below) is first asked
        // whether its tokens may name anyone at all, which is cheaper than
        // finding every phrase: most such quotes name no one, and then
        // their phrases need not be looked up.
        // A quote of a document that names the target is read whatever it
        // names (see below): what the document names is read once for all
        // its quotes, and asked first.
        let quiet = self.weights.silent_without_target(side)
            && !context.document.is_some_and(|d| d.names_target());
        let silent = early_exit && quiet;
        let unread = silent
            && !rules::may_name_anyone(
                &self.rules,
                &self.target,
                &self.objects,
                document,
                quote,
                context.document,
                &rs.analysis.tokens,
            );
        if unread {
            rules::clear_found(rs);
        } else {
            rules::find_in_tokens(&sets, document, quote, context.document, rs);
        }
        // The sentence around the quote, read first: whether it names the
        // target decides, with the quote's own names, whether the quote can
        // weigh anything at all.
        rs.frame_items.clear();
        let frame = (context.frame.is_some() || context.cue.is_some()).then(|| {
            let frame = fit(document, context.frame.unwrap_or(quote));
            rules::frame_around(document, frame, quote)
        });
        let mut frame_names_target = false;
        if let Some(around) = frame {
            let cue = context.cue.map(|c| fit(document, c));
            frame_names_target = rules::frame_items_into(
                &self.rules,
                &self.target,
                document,
                around,
                quote,
                cue,
                rs,
            );
            // A fragment after the cue's object describes it; a proxy
            // there is the target's only in a story about the target (a
            // union calling a ferry firm's plans "a betrayal" judges the firm).
            let cue_first = cue.filter(|c| c.end <= quote.start);
            if let (false, Some(cue)) = (frame_names_target, cue_first) {
                frame_names_target =
                    rules::cue_object(&self.rules, &self.target, document, cue, quote, rs)
                        .is_some_and(|aim| {
                            aim == Aim::Target || context.document.is_none_or(|d| d.names_target())
                        });
            }
        }
        // Nothing its cues could be aimed at counts (see
        // `Weights::silent_without_target`): the organizations the quote
        // names (`context.others`) are no more a verdict's object than the
        // words aimed at nothing, in a story that never names the target.
        let weightless = quiet && !frame_names_target && !self.names_anyone(rs);
        if weightless && early_exit {
            // The rules need not run.
            rs.analysis.items.clear();
            rs.frame_items.clear();
            counted.clear();
            return (Topic::None, 0.0);
        }
        if unread {
            // The quote names no one, but the frame names the target (the
            // document does not: see `silent`): its phrases are read after
            // all. (The frame was read with no target mentions of the
            // quote's, as it has none.)
            rules::find_in_tokens(&sets, document, quote, context.document, rs);
        }
        rules::weigh_found(&sets, document, opts, rs);
        if rs
            .frame_items
            .iter()
            .any(|it| it.trigger == Some(Kind::Appeal))
        {
            rules::asked_for(rs);
        }
        // A company's plans, offers and decisions are its own business in a
        // story that is not about the target (`our recovery plan`, a
        // takeover `offer`): its proxies are the target's only in a story
        // that opens with it.
        let story_names_target = frame_names_target
            || !rs.analysis.targets.is_empty()
            || context.document.is_none_or(|d| {
                if side == Side::Company {
                    d.opens_with_target()
                } else {
                    d.names_target()
                }
            });
        aim::objects_into(
            &rs.analysis,
            document,
            &self.rules,
            &self.target,
            &rs.rule_hits,
            side,
            story_names_target,
            context.others,
            objects,
        );
        let mut items = std::mem::take(&mut rs.analysis.items);
        let mut topic = aim::assign(&rs.analysis, objects, side, &mut items);
        if side == Side::Target && topic == Topic::Target {
            self.push_denial(rs, &mut items);
        } else if side != Side::Target {
            self.push_unmet(rs, &mut items);
        }
        rs.analysis.items = items;
        // What the quote's sentence and the document are about matters only
        // to loose cues and to a side's bias.
        let loose = rs
            .analysis
            .items
            .iter()
            .chain(&rs.frame_items)
            .any(|it| it.aim == Aim::Loose && it.weight != 0.0);
        if topic == Topic::None && (loose || self.weights.biased(side)) {
            if frame_names_target {
                topic = Topic::Frame;
            } else if context.document.is_some_and(|d| {
                // A party's politician speaks of the government in any
                // story that names it; anyone else only in a story about it.
                if side == Side::Party {
                    d.names_target()
                } else {
                    d.opens_with_target()
                }
            }) {
                topic = Topic::Document;
            }
        }
        counted.clear();
        let read = rs.analysis.items.iter().map(|it| (it, it.weight));
        let frames = rs.frame_items.iter().map(|it| (it, frame_weight(it, side)));
        let mut total = 0.0;
        for (it, w) in read.chain(frames) {
            // (A weightless quote's cues are read only to be explained.)
            let factor = if weightless {
                0.0
            } else {
                self.weights.factor(side, it.aim, topic, w)
            };
            counted.push((w, factor));
            total += w * factor;
        }
        // Who says it about what, as evidence: shown at the cue.
        let bias = self.weights.bias(side, topic);
        if bias != 0.0 && !weightless {
            let at = context
                .cue
                .map(|c| fit(document, c))
                .unwrap_or(Span::new(quote.start, quote.start));
            rs.frame_items.push(Item::side(at, bias));
            counted.push((bias, 1.0));
            total += bias;
        }
        (if weightless { Topic::None } else { topic }, total)
    }

    /// Whether the found phrases of `rs` (see [`rules::find_sets_into`]) name
    /// anyone a cue could be aimed at besides the speaker's own side: the
    /// target, a proxy of it, or another party, government or body.
    fn names_anyone(&self, rs: &rules::Scratch) -> bool {
        let found = &rs.analysis;
        !found.targets.is_empty()
            || !found.elsewhere.is_empty()
            || found
                .places
                .iter()
                .any(|h| self.target.place(h.entry).is_other_object())
            || rs
                .rule_hits
                .iter()
                .any(|h| self.rules.kinds.get(h.entry) == Some(&Kind::Proxy))
    }

    /// A negation in the mouth of the target's own speaker, in a quote about
    /// the target, is a denial of a charge (`the powers would not take
    /// officers off the streets`, `there is no question of giving up our
    /// veto`): it defends the target. One item at the first negator of the
    /// quote, weighing `denial` of the weights.
    fn push_denial(&self, rs: &rules::Scratch, items: &mut Vec<Item>) {
        let denial = self.weights.denial;
        let kind = |h: &Hit| self.rules.kinds.get(h.entry).copied();
        let clause = |i: usize| rs.analysis.clause.get(i).copied();
        // A negation inside a goal or condition (`to make sure that legal
        // aid is not abused`, `unless ministers do not act`) denies nothing.
        let hedged = |negator: &Hit| self.hedged(rs, negator);
        // `no decisions have been taken`, `did not comment on`: a negated
        // step of procedure states where things stand, denying no charge.
        let procedural = |negator: &Hit| {
            rs.rule_hits.iter().any(|r| {
                self.rules.procedure.get(r.entry) == Some(&true)
                    && r.first >= negator.last
                    && r.first <= negator.last + 1
                    && clause(r.first) == clause(negator.first)
            })
        };
        let negator = rs
            .rule_hits
            .iter()
            .find(|h| kind(h) == Some(Kind::Negator) && !hedged(h) && !procedural(h));
        if let (Some(h), true) = (negator, denial != 0.0) {
            items.push(Item::denial(h, denial));
        }
    }

    /// A deed of the target said not done, by anyone but the target's own
    /// speaker (`ministers have not published any plan`, `the government
    /// had never consulted us`): the target mention, then a perfect or past
    /// auxiliary and a negator right after it, and a verb that no sentiment
    /// word follows (`have not helped` is the negated praise already). Not
    /// a passive or a state (`have not been told`), not a report of what the
    /// target said (`has not said when`), not inside a goal or condition.
    /// One item a deed, weighing `unmet` of the weights.
    fn push_unmet(&self, rs: &rules::Scratch, items: &mut Vec<Item>) {
        let unmet = self.weights.unmet;
        if unmet == 0.0 {
            return;
        }
        let found = &rs.analysis;
        let toks = &found.tokens;
        let kind = |h: &Hit| self.rules.kinds.get(h.entry).copied();
        let clause = |i: usize| found.clause.get(i).copied();
        for h in &rs.rule_hits {
            if kind(h) != Some(Kind::Negator) || !matches!(toks.norm(h.first), "not" | "never") {
                continue;
            }
            // `had still not introduced it`: the auxiliary before `still`.
            let Some(aux) = h.first.checked_sub(1).map(|j| {
                if toks.norm(j) == "still" {
                    j.saturating_sub(1)
                } else {
                    j
                }
            }) else {
                continue;
            };
            if !matches!(toks.norm(aux), "had" | "has" | "have" | "did") {
                continue;
            }
            let Some(doer) = found.targets.iter().find(|t| t.last == aux) else {
                continue;
            };
            // `have not yet published`: the verb after the adverb.
            let verb = if toks.norm(h.last) == "yet" {
                h.last + 1
            } else {
                h.last
            };
            let deed = toks.get(verb).is_some_and(|t| t.is_word)
                && toks.norm(verb) != "been"
                && !self.speech_words.contains(toks.norm(verb));
            let flips = items.iter().any(|it| {
                it.first >= h.last && it.first < h.last + 8 && clause(it.first) == clause(h.first)
            });
            if deed && !flips && !self.hedged(rs, h) {
                items.push(Item::unmet(h, unmet, doer.span));
            }
        }
    }

    /// Whether the negator `negator` lies inside a goal or condition: an
    /// irrealis word (`if`, `to make sure that`) before it in its clause.
    fn hedged(&self, rs: &rules::Scratch, negator: &Hit) -> bool {
        let clause = |i: usize| rs.analysis.clause.get(i).copied();
        rs.rule_hits.iter().any(|r| {
            self.rules.kinds.get(r.entry) == Some(&Kind::Irrealis)
                && r.last <= negator.first
                && clause(r.first) == clause(negator.first)
        })
    }

    /// The features the target model reads for the mention at `mention`
    /// (bytes of `sentence`); used to train the model.
    pub fn target_features(&self, sentence: &str, mention: Span) -> Vec<Feature> {
        let mention = fit(sentence, mention);
        let all = Span::new(0, sentence.len());
        let mut scratch = rules::Scratch::default();
        rules::analyze_sets_into(
            &self.sets(),
            sentence,
            all,
            Options::default(),
            None,
            &mut scratch,
        );
        model::features(&scratch.analysis, sentence, mention, &self.speech_words)
    }

    /// Stance of `sentence` toward the mention at `mention` (bytes of `sentence`).
    /// The mention is the target here, whatever the target file says. Fails
    /// only if the built-in target model, parsed on first use, is defective.
    pub fn score_target(&self, sentence: &str, mention: Span) -> Result<Stance, StanceError> {
        let target_model = self.target_model()?;
        let feats = self.target_features(sentence, mention);
        let p = model::softmax(target_model.logits(&feats));
        let best = (0..3).fold(0, |b, k| if p[k] > p[b] { k } else { b });
        let label = [
            StanceLabel::Negative,
            StanceLabel::Neutral,
            StanceLabel::Positive,
        ][best];
        let score = round3(p[2] - p[0]);
        // Evidence: the words and rule readings that pushed toward or away from
        // the label, each as (positive-weight minus negative-weight) × value.
        let mut by_span: Vec<(Span, f64, Vec<String>)> = Vec::new();
        for f in &feats {
            let (Some(span), Some(w)) = (f.span, target_model.weights.get(&f.name)) else {
                continue;
            };
            let c = (w[2] - w[0]) * f.value;
            match by_span.iter_mut().find(|(s, _, _)| *s == span) {
                Some(e) => {
                    e.1 += c;
                    e.2.push(f.name.clone());
                }
                None => by_span.push((span, c, vec![f.name.clone()])),
            }
        }
        let sign = match label {
            StanceLabel::Positive => 1.0,
            StanceLabel::Negative => -1.0,
            StanceLabel::Neutral => 0.0,
        };
        by_span.retain(|(_, c, _)| c.abs() >= 0.15 && (sign == 0.0 || c * sign > 0.0));
        by_span.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        by_span.truncate(6);
        by_span.sort_by_key(|e| e.0.start);
        let evidence = by_span
            .into_iter()
            .map(|(span, c, names)| Evidence {
                text: span.of(sentence).to_string(),
                span: span.to_array(),
                weight: round3(c),
                rule: format!("target-model({})", names.join(",")),
            })
            .collect();
        Ok(Stance {
            label,
            score,
            evidence,
        })
    }

    /// Scores one parsed NewsMTSC-style line.
    pub fn score_target_line(&self, line: &TargetLine) -> Result<TargetResult, StanceError> {
        let span = line.byte_span()?;
        let st = self.score_target(&line.sentence, span)?;
        Ok(TargetResult {
            id: line.id.clone(),
            label: st.label,
            score: st.score,
            evidence: st.evidence,
        })
    }

    /// Scores one NewsMTSC JSON value `{"id","sentence","mention","from","to"}`.
    pub fn score_newsmtsc_line(
        &self,
        line: &serde_json::Value,
    ) -> Result<TargetResult, StanceError> {
        let parsed: TargetLine = serde_json::from_value(line.clone())
            .map_err(|e| StanceError::Input(format!("bad target line: {e}")))?;
        self.score_target_line(&parsed)
    }

    /// A readable account of why `stance` (computed on `text`) got its label.
    pub fn explain(&self, stance: &Stance, text: &str) -> String {
        let label = match stance.label {
            StanceLabel::Negative => "negative",
            StanceLabel::Neutral => "neutral",
            StanceLabel::Positive => "positive",
        };
        let mut out = format!("stance: {label} (score {:+.2})\n", stance.score);
        if stance.evidence.is_empty() {
            out.push_str("  no cue toward the target was found, so the quote reads as neutral\n");
            return out;
        }
        for e in &stance.evidence {
            let span = fit(text, Span::new(e.span[0], e.span[1]));
            let shown = if span.of(text).is_empty() {
                e.text.as_str()
            } else {
                span.of(text)
            };
            let why: Vec<String> = e.rule.split('+').map(describe_rule).collect();
            out.push_str(&format!(
                "  {:+.2}  “{}” [{}..{}]: {}\n",
                e.weight,
                shown,
                e.span[0],
                e.span[1],
                why.join("; ")
            ));
        }
        let (pos, neg): (f64, f64) = stance.evidence.iter().fold((0.0, 0.0), |(p, n), e| {
            if e.weight > 0.0 {
                (p + e.weight, n)
            } else {
                (p, n + e.weight)
            }
        });
        out.push_str(&format!(
            "  total for {:+.2}, against {:+.2}; a score of ±{} or beyond is a verdict\n",
            pos, neg, self.weights.threshold
        ));
        out
    }
}

/// What an evidence rule name means, in a few words.
pub(super) fn describe_rule(rule: &str) -> String {
    match rule {
        "lexicon" => "lexicon valence".to_string(),
        "negation" => "negated, so the polarity flips".to_string(),
        "intensifier" => "strengthened by an intensifier".to_string(),
        "dampener" => "weakened by a dampener".to_string(),
        "contrast" => "weighed by a contrast (`but`: what follows counts more)".to_string(),
        "concession" => {
            "weighed by a concession (`although`: the conceded clause counts less)".to_string()
        }
        "scare-quote" => "praise in scare quotes reads as doubt".to_string(),
        "off-target" => "praise aimed at the speaker's own side, not the target".to_string(),
        "speaker-side" => "the speaker belongs to the target".to_string(),
        "demand" => "a demand addressed to the target".to_string(),
        "rhetorical-question" => "a rhetorical question".to_string(),
        "frame" => "the reporting verb or frame around the quote".to_string(),
        "irrealis" => "hoped for or conditional, so it counts less".to_string(),
        "at-target" => "aimed at the target".to_string(),
        "at-proxy" => "aimed at something the target does or offers".to_string(),
        "at-own-side" => "aimed at the speaker's own side".to_string(),
        "at-other" => "aimed at someone other than the target".to_string(),
        "unaimed" => "aimed at nothing the quote names".to_string(),
        "lack" => "a lack or failure with nothing else to weigh".to_string(),
        "harm" => "a good that is harmed or in excess, so it counts against".to_string(),
        "remedy" => "a harm fought, ended or reduced, so it counts for".to_string(),
        "denial" => "a denial by the target's own speaker defends it".to_string(),
        "unmet" => "a deed of the target said not done".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A quote left unanalysed by the early exit gets the label, score
        /// and evidence the full analysis gives it.
        #[test]
        fn the_early_exit_changes_no_stance(
            words in proptest::collection::vec(
                "the|government|ministers|Tory|Labour|Tony|Blair|Mr|EU|US|we|our|plans|bill|\
                 cuts|not|never|very|good|bad|disgrace|welcome|failed|must|condemned|said|\
                 “|”|,|\\.|[a-z]{1,6}|[A-Z][a-z]{1,5}",
                0..30,
            ),
            lede in proptest::bool::ANY,
            side in 0..Side::ALL.len(),
            framed in proptest::bool::ANY,
            names_org in proptest::bool::ANY,
        ) {
            let scorer = StanceScorer::new();
            // (An organization the organization stage found opens the quote.)
            let org = if names_org { "Acme " } else { "" };
            let quote_text = format!("{org}{}", words.join(" "));
            let opening = if lede { "Tony Blair spoke.\n" } else { "Shares rose.\n" };
            let document = format!("{opening}The union condemned it, saying {quote_text}.");
            let start = document.len() - quote_text.len() - 1;
            let quote = Span::new(start, start + quote_text.len());
            let read = scorer.read_document(&document, &[]);
            let others = [Span::new(start, start + org.trim_end().len())];
            let others = if names_org { &others[..] } else { &[] };
            let context = QuoteContext {
                cue: framed.then(|| Span::new(opening.len() + 10, opening.len() + 19)),
                frame: framed.then(|| Span::new(opening.len(), document.len())),
                speaker: Side::ALL[side],
                document: Some(&read),
                others,
            };
            let mut scratch = QuoteScratch::default();
            let full = scorer.stance_of(&document, quote, &context, &mut scratch, false);
            let early = scorer.stance_of(&document, quote, &context, &mut scratch, true);
            proptest::prop_assert_eq!(early, full);
        }
    }

    #[test]
    fn char_offsets_become_bytes() {
        let line = TargetLine {
            id: serde_json::json!("x"),
            sentence: "“He was willing to meet.”".into(),
            mention: Some("He".into()),
            from: 1,
            to: 3,
        };
        let sp = line.byte_span().unwrap();
        assert_eq!(sp.of(&line.sentence), "He");
    }

    #[test]
    fn bad_offsets_fall_back_or_fail() {
        let mut line = TargetLine {
            id: serde_json::Value::Null,
            sentence: "Obama won.".into(),
            mention: Some("Obama".into()),
            from: 40,
            to: 45,
        };
        assert_eq!(line.byte_span().unwrap(), Span::new(0, 5));
        line.mention = Some("Trump".into());
        assert!(line.byte_span().is_err());
    }

    #[test]
    fn a_reused_scratch_changes_nothing() {
        let s = StanceScorer::new();
        let doc = "Unite condemned the offer. “It is an insult,” said Ms Jones. \
                   The minister welcomed the talks: “This is a very positive step in the \
                   right direction.” “We aren’t taking this seriously?” he asked.";
        let quotes: Vec<Span> = doc
            .match_indices('“')
            .zip(doc.match_indices('”'))
            .map(|((a, _), (b, m))| Span::new(a, b + m.len()))
            .collect();
        assert_eq!(quotes.len(), 3);
        let mut scratch = QuoteScratch::default();
        let names_target = s.read_document(doc, &[]);
        assert!(names_target.names_target());
        for (k, &q) in quotes.iter().enumerate() {
            let ctx = QuoteContext {
                cue: None,
                frame: Some(Span::new(0, doc.len())),
                speaker: if k == 1 { Side::Target } else { Side::Other },
                document: Some(&names_target),
                others: &[],
            };
            let fresh = s.score_quote_with(doc, q, &ctx, &mut QuoteScratch::default());
            assert_eq!(s.score_quote_with(doc, q, &ctx, &mut scratch), fresh);
            assert_eq!(s.score_quote(doc, q, &ctx), fresh);
        }
    }

    #[test]
    fn out_of_range_quote_does_not_panic() {
        let s = StanceScorer::new();
        let doc = "£5 is an insult";
        let names_target = s.read_document("The government's pay offer.", &[]);
        let context = QuoteContext {
            document: Some(&names_target),
            ..QuoteContext::default()
        };
        let st = s.score_quote(doc, Span::new(1, 400), &context);
        assert_eq!(st.label, StanceLabel::Negative);
        assert!(s.score_target(doc, Span::new(50, 60)).is_ok());
        assert!(s.score_target("", Span::new(0, 0)).is_ok());
    }
}
