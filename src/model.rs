//! The records sayso gives: plain, owned, serde-serializable structs, one
//! field per field of the JSON output (`docs/FORMAT.md` describes the same
//! fields for readers of the JSON Lines and CSV files).
//!
//! Every span is a half-open `[start, end)` pair of byte offsets into the
//! analysed text, on char boundaries, and the `text` next to a span is always
//! exactly the slice it covers; `char_span` gives the same range in Unicode
//! scalar values (what Python's `str` indexes).
//!
//! The label enums print and parse as their JSON names:
//!
//! ```
//! use sayso::{QuoteKind, StanceLabel};
//! assert_eq!(QuoteKind::Indirect.to_string(), "indirect");
//! assert_eq!("negative".parse::<StanceLabel>(), Ok(StanceLabel::Negative));
//! assert!("angry".parse::<StanceLabel>().is_err());
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// One analysed document, as one line of the JSON Lines output: its quotes
/// in document order, or the reason it could not be analysed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// The document's id: the JSON Lines `id` field, or the file name.
    pub id: String,
    /// Every quote, in document order; empty when `error` is set.
    pub quotes: Vec<Quote>,
    /// Why the document could not be analysed (`corpus.jsonl:17: malformed
    /// JSON: …`, `empty document`); `None` when it was.
    pub error: Option<String>,
}

/// The quotes of one text, as returned by [`crate::Pipeline::analyze`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Every quote, in document order.
    pub quotes: Vec<Quote>,
}

/// One quotation: what was said, by whom, for which organization, and with
/// what stance toward the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// What was said, equal to `document[span[0]..span[1]]`: the words inside
    /// the marks of a direct quote, the reported clause of an indirect one.
    pub text: String,
    /// Half-open byte offsets of `text` in the document.
    pub span: [usize; 2],
    /// The same range in Unicode scalar values (chars).
    pub char_span: [usize; 2],
    /// The 0-based index of the paragraph the quote starts in (paragraphs are
    /// the document's non-blank lines or blocks of lines).
    pub paragraph: usize,
    /// The 0-based index, counted over the whole document, of the sentence
    /// the quote starts in.
    pub sentence: usize,
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// The reporting word; `None` for a quote with no cue of its own (a
    /// paragraph continuing the previous speaker, a scare quote).
    pub cue: Option<Cue>,
    /// Who said it; `None` when no source can be found.
    pub speaker: Option<Speaker>,
    /// The speaker's organization; `None` when none is known.
    pub organization: Option<Organization>,
    /// The quote's stance toward the target (by default the UK government).
    pub stance: Stance,
}

/// The kind of a [`Quote`]; prints and parses as its JSON name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks forming at least a clause (`direct`).
    Direct,
    /// Reported speech holding a quoted fragment, or a quoted fragment set in
    /// the narration (`mixed`).
    Mixed,
    /// Reported speech with no quotation marks (`indirect`).
    Indirect,
}

/// The reporting word (`said`, `told`, `according to`, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// The cue as written, equal to `document[span[0]..span[1]]`.
    pub text: String,
    /// Half-open byte offsets of `text` in the document.
    pub span: [usize; 2],
}

/// The source of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name: the fullest name the document gives this source
    /// (`Onay Kasab` for `Mr Kasab`, `he` or `the Unite official`).
    pub name: String,
    /// The local mention the cue attaches to (`he`, `Mr Kline`, `the Unite
    /// official`), equal to `document[span[0]..span[1]]`.
    pub mention: String,
    /// Half-open byte offsets of `mention` in the document.
    pub span: [usize; 2],
    /// The same range in chars.
    pub char_span: [usize; 2],
    /// Person, organization, description or group.
    pub kind: SpeakerKind,
    /// How the mention was resolved to `name`.
    pub resolved_by: Resolution,
}

/// What kind of source a [`Speaker`] is; prints and parses as its JSON name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person (`person`).
    Person,
    /// An organization speaking for itself, `Unite claimed …` (`organization`).
    Organization,
    /// An unnamed source, `a government source` (`description`).
    Description,
    /// A group, `Unions say …` (`group`).
    Group,
}

/// How a [`Speaker`]'s mention was resolved to its canonical name; prints
/// and parses as its JSON name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Resolution {
    /// The mention is the name (`explicit`).
    Explicit,
    /// A surname, or a title plus surname (`alias`).
    Alias,
    /// A pronoun: he, she, they (`pronoun`).
    Pronoun,
    /// A role description, `the Unite official` (`description`).
    Description,
    /// A quote with no cue of its own, continuing the previous speaker
    /// (`continuation`).
    Continuation,
    /// A pronoun no one earlier in the document fits (`unresolved`): the
    /// speaker is named by the pronoun itself, an unnamed source.
    Unresolved,
}

/// The organization a speaker speaks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// The canonical long name (`Royal College of Nursing`).
    pub name: String,
    /// The acronym, when the document or the built-in knowledge gives one (`RCN`).
    pub acronym: Option<String>,
    /// True when the organization is (part of) the stance target, e.g. a ministry.
    pub government: bool,
}

/// A quote's stance toward the target, with the evidence that decided it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// Negative, neutral or positive.
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

/// The label of a [`Stance`]; prints and parses as its JSON name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StanceLabel {
    /// Criticises, blames, rejects or is disappointed with the target (`negative`).
    Negative,
    /// Facts, procedure, no verdict, or a verdict on something else (`neutral`).
    Neutral,
    /// Praises, welcomes, accepts or defends the target (`positive`).
    Positive,
}

/// One cue that moved the stance score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The cue as written, equal to the slice `span` covers.
    pub text: String,
    /// Half-open byte offsets in the text that was scored (the document, for quotes).
    pub span: [usize; 2],
    /// What the cue added to the score before it was scaled into [-1, 1].
    pub weight: f64,
    /// The rule that produced or changed the weight (`lexicon`, `negation`, …).
    pub rule: String,
}

/// A string that is not the name of any value of a label enum.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {found:?} (expected one of: {expected})")]
pub struct ParseNameError {
    what: &'static str,
    found: String,
    expected: &'static str,
}

/// `as_str`, `Display` and `FromStr` from one table of names, the JSON names
/// of the serde derives (a test checks that the two agree).
macro_rules! names {
    ($ty:ident, $what:literal, $($variant:ident => $name:literal),+) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The name, as in the JSON and CSV output.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = ParseNameError;

            fn from_str(s: &str) -> Result<$ty, ParseNameError> {
                match s {
                    $($name => Ok($ty::$variant),)+
                    _ => Err(ParseNameError {
                        what: $what,
                        found: s.to_string(),
                        expected: concat!($($name, ", "),+).trim_end_matches(", "),
                    }),
                }
            }
        }
    };
}

names!(QuoteKind, "quote kind", Direct => "direct", Mixed => "mixed", Indirect => "indirect");
names!(
    SpeakerKind,
    "speaker kind",
    Person => "person",
    Organization => "organization",
    Description => "description",
    Group => "group"
);
names!(
    Resolution,
    "resolution",
    Explicit => "explicit",
    Alias => "alias",
    Pronoun => "pronoun",
    Description => "description",
    Continuation => "continuation",
    Unresolved => "unresolved"
);
names!(
    StanceLabel,
    "stance label",
    Negative => "negative",
    Neutral => "neutral",
    Positive => "positive"
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Each value's name equals its JSON name, and parses back to it.
    fn round_trips<T>(all: &[T])
    where
        T: Copy + PartialEq + fmt::Debug + fmt::Display + FromStr + Serialize,
        T::Err: fmt::Debug,
    {
        for &value in all {
            let json = serde_json::to_value(value).expect("serializes");
            assert_eq!(json.as_str(), Some(value.to_string().as_str()));
            assert_eq!(value.to_string().parse::<T>().expect("parses"), value);
        }
    }

    #[test]
    fn names_are_the_json_names_and_round_trip() {
        round_trips(QuoteKind::ALL);
        round_trips(SpeakerKind::ALL);
        round_trips(Resolution::ALL);
        round_trips(StanceLabel::ALL);
        assert_eq!(QuoteKind::ALL.len(), 3);
        assert_eq!(SpeakerKind::ALL.len(), 4);
        assert_eq!(Resolution::ALL.len(), 6);
        assert_eq!(StanceLabel::ALL.len(), 3);
    }

    #[test]
    fn unknown_names_are_refused_with_the_expected_ones() {
        let error = "Direct"
            .parse::<QuoteKind>()
            .expect_err("names are lowercase");
        assert_eq!(
            error.to_string(),
            "unknown quote kind \"Direct\" (expected one of: direct, mixed, indirect)"
        );
        assert!("".parse::<StanceLabel>().is_err());
        assert!("pronoun ".parse::<Resolution>().is_err());
    }
}
