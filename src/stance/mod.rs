//! Stance toward the target (placeholder interface; the real scorer replaces this).

use crate::model::Stance;
use crate::span::Span;

/// What the stance stage knows about a quote besides its words.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuoteContext {
    /// The cue's byte span in the document (`condemned`, `welcomed`, …).
    pub cue: Option<Span>,
    /// The sentence(s) framing the quote, byte span in the document.
    pub frame: Option<Span>,
    /// The speaker belongs to the target (a minister, a department).
    pub speaker_is_target: bool,
}

/// Scores text toward a target (by default the UK government).
#[derive(Debug, Clone, Default)]
pub struct StanceScorer {}

impl StanceScorer {
    /// The scorer with the built-in lexicons and target.
    pub fn new() -> StanceScorer {
        StanceScorer {}
    }

    /// Stance of the quote at `quote` (bytes of `document`) toward the target.
    pub fn score_quote(&self, document: &str, quote: Span, context: &QuoteContext) -> Stance {
        let _ = (document, quote, context);
        Stance::neutral()
    }

    /// Stance of `sentence` toward the mention at `mention` (bytes of `sentence`).
    pub fn score_target(&self, sentence: &str, mention: Span) -> Stance {
        let _ = (sentence, mention);
        Stance::neutral()
    }
}
