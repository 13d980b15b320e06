//! Why a quote got its stance, cue by cue: who says it, what it is about,
//! what each cue was judged to be aimed at, and the weights that made the
//! label. This is what `sayso explain` prints.

use std::fmt;

use super::aim::{Aim, Side, Topic};
use super::score::{describe_rule, evidence_of, fit, label_of, normalize, QuoteScratch};
use super::{QuoteContext, StanceScorer};
use crate::model::StanceLabel;
use crate::span::Span;

/// How one cue counted toward a quote's stance.
#[derive(Debug, Clone, PartialEq)]
pub struct CueReading {
    /// The cue's text and byte span in the document.
    pub text: String,
    pub span: [usize; 2],
    /// The rules that shaped its weight, `+`-joined as in the evidence
    /// (`lexicon+negation`, `frame`), its aim left out.
    pub rules: String,
    /// Its weight after those rules (a frame cue's as read from the
    /// speaker's side: a rejection by the target's speaker defends it).
    pub weight: f64,
    /// What it was judged to be aimed at, and that object's text and span.
    pub aim: Aim,
    pub object: Option<(String, [usize; 2])>,
    /// The factor of the speaker's side, the aim and (for a loose cue) the
    /// quote's topic, from `data/stance/weights.tsv`.
    pub factor: f64,
    /// What it adds to the total: `weight × factor`.
    pub counted: f64,
}

/// Why a quote got its stance.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteExplanation {
    /// Who says the quote.
    pub side: Side,
    /// What the quote as a whole is about (decides how much loose cues count).
    pub topic: Topic,
    /// Every cue found in and around the quote, in text order, including
    /// those that count nothing because they are aimed elsewhere.
    pub cues: Vec<CueReading>,
    /// The sum of the cues' counted weights, its normalized score and label.
    pub total: f64,
    pub score: f64,
    pub label: StanceLabel,
    /// A normalized score of ±threshold or beyond is a verdict.
    pub threshold: f64,
}

impl StanceScorer {
    /// Why the quote at `quote` (bytes of `document`) gets the stance
    /// [`StanceScorer::score_quote`] gives it.
    ///
    /// ```
    /// use sayso::span::Span;
    /// use sayso::stance::{Aim, QuoteContext, Side, StanceScorer};
    /// let scorer = StanceScorer::new();
    /// let text = "The bill is a disgrace, but our campaign has been brilliant.";
    /// let context = QuoteContext { speaker: Side::Party, ..QuoteContext::default() };
    /// let why = scorer.explain_quote(text, Span::new(0, text.len()), &context);
    /// let disgrace = why.cues.iter().find(|c| c.text == "disgrace").unwrap();
    /// assert_eq!(disgrace.aim, Aim::Proxy);
    /// let brilliant = why.cues.iter().find(|c| c.text == "brilliant").unwrap();
    /// assert_eq!((brilliant.aim, brilliant.counted), (Aim::Own, 0.0));
    /// assert_eq!(why.label, sayso::StanceLabel::Negative);
    /// println!("{why}");
    /// ```
    pub fn explain_quote(
        &self,
        document: &str,
        quote: Span,
        context: &QuoteContext,
    ) -> QuoteExplanation {
        let mut scratch = QuoteScratch::default();
        let (topic, total) = self.weigh_quote(document, quote, context, &mut scratch, false);
        let score = normalize(total);
        let rs = &scratch.rules;
        let items = rs.analysis.items.iter().chain(&rs.frame_items);
        let mut cues: Vec<CueReading> = items
            .zip(&scratch.counted)
            .map(|(it, &(weight, factor))| {
                let evidence = evidence_of(document, it, weight, false);
                let object = it.object.map(|o| {
                    let o = fit(document, o);
                    (o.of(document).to_string(), o.to_array())
                });
                CueReading {
                    text: evidence.text,
                    span: evidence.span,
                    rules: evidence.rule,
                    weight,
                    aim: it.aim,
                    object,
                    factor,
                    counted: weight * factor,
                }
            })
            .collect();
        cues.sort_by_key(|c| c.span[0]);
        QuoteExplanation {
            side: context.speaker,
            topic,
            cues,
            total,
            score,
            label: label_of(score, self.weights.threshold),
            threshold: self.weights.threshold,
        }
    }
}

fn label_name(label: StanceLabel) -> &'static str {
    match label {
        StanceLabel::Negative => "negative",
        StanceLabel::Neutral => "neutral",
        StanceLabel::Positive => "positive",
    }
}

fn side_prose(side: Side) -> &'static str {
    match side {
        Side::Target => "the target's own (a minister, a department)",
        Side::Party => "a party or opposition role that is not the target",
        Side::OtherGovernment => "another government or an international body",
        Side::Institution => "a public body or a company (of its own business)",
        Side::Company => "a company (of its own business and its own plans and offers)",
        Side::Other => "someone else (a union, a campaign, a business group, a public body)",
        Side::Unknown => "not known",
    }
}

fn topic_prose(topic: Topic) -> &'static str {
    match topic {
        Topic::Target => "the quote names the target or something it does",
        Topic::Frame => "only the sentence around the quote names the target",
        Topic::Document => "only the story names the target",
        Topic::Elsewhere => "the quote names others, not the target",
        Topic::None => "nothing names the target",
    }
}

fn aim_prose(aim: Aim) -> &'static str {
    match aim {
        Aim::Target => "the target",
        Aim::Proxy => "something the target does or offers",
        Aim::Own => "the speaker's own side, not the target",
        Aim::Other => "someone other than the target",
        Aim::Loose => "nothing the quote names",
    }
}

impl fmt::Display for QuoteExplanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "stance: {} (score {:+.3}); speaker's side: {}; {}",
            label_name(self.label),
            self.score,
            side_prose(self.side),
            topic_prose(self.topic)
        )?;
        if self.cues.is_empty() {
            writeln!(f, "  no stance cue (a word or form that judges) was found, so the quote reads as neutral")?;
        }
        for c in &self.cues {
            let why: Vec<String> = c.rules.split('+').map(describe_rule).collect();
            let at = match &c.object {
                Some((text, span)) => format!(
                    "aimed at “{text}” [{}..{}], {}",
                    span[0],
                    span[1],
                    aim_prose(c.aim)
                ),
                None => format!("aimed at {}", aim_prose(c.aim)),
            };
            writeln!(
                f,
                "  {:+.2} × {:.2} = {:+.2}  “{}” [{}..{}]: {}; {}",
                c.weight,
                c.factor,
                c.counted,
                c.text,
                c.span[0],
                c.span[1],
                why.join("; "),
                at
            )?;
        }
        writeln!(
            f,
            "  total {:+.2}, normalized {:+.3}; a score of ±{} or beyond is a verdict",
            self.total, self.score, self.threshold
        )
    }
}
