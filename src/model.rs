//! The records sayso writes: plain, owned, serde-serializable structs that
//! mirror SPEC §5 field for field.

use serde::{Deserialize, Serialize};

/// One analysed document: its quotes in document order, or the reason it
/// could not be analysed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: String,
    pub quotes: Vec<Quote>,
    pub error: Option<String>,
}

/// The quotes of one text, as returned by [`crate::Pipeline::analyze`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub quotes: Vec<Quote>,
}

/// One quotation: what was said, by whom, for which organization, and with
/// what stance toward the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The content, equal to `document[span.0..span.1]`.
    pub text: String,
    /// Half-open byte offsets in the document.
    pub span: [usize; 2],
    /// Half-open offsets in Unicode scalar values.
    pub char_span: [usize; 2],
    pub kind: QuoteKind,
    pub cue: Option<Cue>,
    pub speaker: Option<Speaker>,
    pub organization: Option<Organization>,
    pub stance: Stance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks forming at least a clause.
    Direct,
    /// Reported speech holding a quoted fragment, or a quoted fragment in narration.
    Mixed,
    /// Reported speech with no quotation marks.
    Indirect,
}

/// The reporting word (`said`, `told`, `according to`, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    pub text: String,
    pub span: [usize; 2],
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name: the fullest name the document gives this source.
    pub name: String,
    /// The local mention the cue attaches to (`he`, `Mr Kline`, `the Unite official`).
    pub mention: String,
    /// Byte span of `mention`.
    pub span: [usize; 2],
    /// Char span of `mention`.
    pub char_span: [usize; 2],
    pub kind: SpeakerKind,
    pub resolved_by: Resolution,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    Description,
    Group,
}

/// How the local mention was resolved to the canonical name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Resolution {
    /// The mention is the name.
    Explicit,
    /// A surname or a title plus surname.
    Alias,
    Pronoun,
    /// A role description (`the Unite official`).
    Description,
    /// A quote with no cue of its own, continuing the previous speaker.
    Continuation,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub name: String,
    pub acronym: Option<String>,
    /// True when the organization is (part of) the stance target, e.g. a ministry.
    pub government: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    pub label: StanceLabel,
    /// In [-1, 1]; negative is against the target.
    pub score: f64,
    /// The cues that decided the label.
    pub evidence: Vec<Evidence>,
}

impl Stance {
    /// A neutral stance with no evidence.
    pub fn neutral() -> Stance {
        Stance {
            label: StanceLabel::Neutral,
            score: 0.0,
            evidence: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StanceLabel {
    Negative,
    Neutral,
    Positive,
}

/// One cue that moved the stance score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub text: String,
    /// Byte span in the text that was scored (the document for quotes).
    pub span: [usize; 2],
    pub weight: f64,
    /// The rule that produced or changed the weight (`lexicon`, `negation`, …).
    pub rule: String,
}
