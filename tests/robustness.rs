//! Robustness: `Pipeline::analyze` must not panic on any text, and every span
//! it returns must be a valid, self-consistent view of the input (docs/FORMAT.md).
//!
//! (a) hand-picked hostile inputs; (b) property tests over arbitrary strings
//! and over strings biased toward what the pipeline reacts to (quote marks,
//! apostrophes, punctuation, newlines, capitalized names, reporting cues).

use std::sync::OnceLock;

use proptest::prelude::*;
use sayso::{Analysis, Pipeline};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(Pipeline::new)
}

/// Checks that `span` is a half-open range of `doc` on char boundaries and
/// returns the slice it covers; `what` names the span in failure messages.
fn slice<'d>(doc: &'d str, span: [usize; 2], what: &str) -> Result<&'d str, String> {
    let [start, end] = span;
    if start > end || end > doc.len() {
        return Err(format!(
            "{what}: span {span:?} out of range (len {})",
            doc.len()
        ));
    }
    if !doc.is_char_boundary(start) || !doc.is_char_boundary(end) {
        return Err(format!("{what}: span {span:?} not on char boundaries"));
    }
    Ok(&doc[start..end])
}

/// The char span of a byte span already checked by [`slice`].
fn char_span_of(doc: &str, span: [usize; 2]) -> [usize; 2] {
    [
        doc[..span[0]].chars().count(),
        doc[..span[1]].chars().count(),
    ]
}

/// Every invariant of the output format that can be checked without a gold standard.
fn check(doc: &str, analysis: &Analysis) -> Result<(), String> {
    let mut previous_start = 0;
    for (i, q) in analysis.quotes.iter().enumerate() {
        let what = format!("quote {i}");
        let text = slice(doc, q.span, &what)?;
        if q.span[0] >= q.span[1] {
            return Err(format!("{what}: empty span {:?}", q.span));
        }
        if q.text != text {
            return Err(format!("{what}: text {:?} != doc slice {text:?}", q.text));
        }
        if q.char_span != char_span_of(doc, q.span) {
            return Err(format!(
                "{what}: char_span {:?} != {:?} for span {:?}",
                q.char_span,
                char_span_of(doc, q.span),
                q.span
            ));
        }
        if q.span[0] < previous_start {
            return Err(format!("{what}: not in document order"));
        }
        previous_start = q.span[0];
        if let Some(cue) = &q.cue {
            let cue_text = slice(doc, cue.span, &format!("{what} cue"))?;
            if cue.text != cue_text {
                return Err(format!(
                    "{what}: cue text {:?} != doc slice {cue_text:?}",
                    cue.text
                ));
            }
        }
        if let Some(speaker) = &q.speaker {
            let mention = slice(doc, speaker.span, &format!("{what} speaker"))?;
            if speaker.mention != mention {
                return Err(format!(
                    "{what}: speaker mention {:?} != doc slice {mention:?}",
                    speaker.mention
                ));
            }
            if speaker.char_span != char_span_of(doc, speaker.span) {
                return Err(format!(
                    "{what}: speaker char_span {:?} != {:?}",
                    speaker.char_span,
                    char_span_of(doc, speaker.span)
                ));
            }
        }
        let stance = &q.stance;
        if !stance.score.is_finite() || !(-1.0..=1.0).contains(&stance.score) {
            return Err(format!(
                "{what}: stance score {} not in [-1, 1]",
                stance.score
            ));
        }
        for (j, e) in stance.evidence.iter().enumerate() {
            let evidence = slice(doc, e.span, &format!("{what} evidence {j}"))?;
            if e.text != evidence {
                return Err(format!(
                    "{what}: evidence {j} text {:?} != doc slice {evidence:?}",
                    e.text
                ));
            }
            if !e.weight.is_finite() {
                return Err(format!("{what}: evidence {j} weight {}", e.weight));
            }
        }
    }
    Ok(())
}

fn analyze_checked(doc: &str) -> Analysis {
    let analysis = pipeline().analyze(doc);
    if let Err(e) = check(doc, &analysis) {
        panic!("{e}\ninput: {doc:?}");
    }
    analysis
}

const ARTICLE: &str = "GMB national secretary Rachel Harrison said: \u{201c}Today\u{2019}s talks \
fell well short of anything substantial.\u{201d}\n\n\
\u{201c}The public expects the Government to treat these talks seriously,\u{201d} she added.\n\n\
Unite negotiator Onay Kasab said the union would press on. \u{201c}No \u{2013} all the \
government are interested in is ludicrous posturing,\u{201d} he told reporters.\n\n\
A Department of Health spokesperson said: \u{201c}We have been clear we are happy to talk to \
all unions who are willing to discuss what is fair and reasonable.\u{201d}\n\n\
Mr Kasab added that members were \u{201c}angry and let down\u{201d} by ministers.\n";

// ---------------------------------------------------------------- (a) inputs

#[test]
fn empty_and_blank_texts_have_no_quotes() {
    for doc in [
        "",
        " ",
        "\n",
        "\n\n\n",
        "\t \r\n \u{a0}\u{2003}\n",
        "\r\n\r\n",
    ] {
        assert!(analyze_checked(doc).quotes.is_empty(), "{doc:?}");
    }
}

#[test]
fn only_quote_marks() {
    let marks = [
        "\u{201c}\u{201d}\u{201c}\"''\u{2018}\u{2019}\u{201d}",
        "\"\"\"\"\"",
        "\u{201c}",
        "\u{201d}",
        "'",
        "\u{2019}\u{2019}\u{2019}",
        "\u{ab}\u{bb}\u{201e}\u{201c}",
        "\u{201c} \u{201d}",
        "\u{201c}\n\u{201d}\n\n\u{201c}",
    ];
    for doc in marks {
        analyze_checked(doc);
    }
}

#[test]
fn ten_thousand_mixed_quote_marks() {
    const MARKS: [char; 10] = [
        '\u{201c}', '\u{201d}', '"', '\'', '\u{2018}', '\u{2019}', '\u{ab}', '\u{bb}', '\u{201e}',
        ' ',
    ];
    // A fixed linear congruential sequence: deterministic, no dependency.
    let mut x: u32 = 12345;
    let doc: String = (0..10_000)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            MARKS[(x >> 16) as usize % MARKS.len()]
        })
        .collect();
    analyze_checked(&doc);
    let no_spaces: String = doc.chars().filter(|&c| c != ' ').collect();
    analyze_checked(&no_spaces);
}

#[test]
fn unbalanced_mark_at_the_start_of_a_long_article() {
    for mark in ["\u{201c}", "\u{201d}", "\"", "'", "\u{2018}", "\u{2019}"] {
        let doc = format!("{mark}{}", ARTICLE.repeat(20));
        analyze_checked(&doc);
        let doc = format!("{mark}{}", ARTICLE.repeat(20).replace("\n\n", " "));
        analyze_checked(&doc);
    }
}

#[test]
fn one_megabyte_on_one_line() {
    let sentence =
        "\u{201c}The public expects the Government to treat these talks seriously,\u{201d} \
                    said GMB national secretary Rachel Harrison, who told reporters the offer was \
                    \u{201c}an insult\u{201d}. ";
    let doc = sentence.repeat((1 << 20) / sentence.len() + 1);
    assert!(doc.len() >= 1 << 20 && !doc.contains('\n'));
    let analysis = analyze_checked(&doc);
    assert!(!analysis.quotes.is_empty());
    for q in &analysis.quotes {
        assert_eq!(q.text, &doc[q.span[0]..q.span[1]]);
    }
}

#[test]
fn control_characters() {
    let controls: String = (0u8..0x20)
        .chain([0x7f])
        .map(char::from)
        .chain(['\u{85}', '\u{2028}', '\u{2029}', '\u{feff}', '\u{200b}'])
        .collect();
    analyze_checked(&controls);
    // Control characters between every word of an article.
    let mut doc = String::new();
    for (i, word) in ARTICLE.split(' ').enumerate() {
        let c = controls.chars().nth(i % controls.chars().count()).unwrap();
        doc.push_str(word);
        doc.push(c);
    }
    analyze_checked(&doc);
    analyze_checked(&ARTICLE.replace(' ', "\0"));
    analyze_checked(&ARTICLE.replace('\n', "\u{2029}"));
}

#[test]
fn emoji_and_combining_marks() {
    let docs = [
        "\u{201c}We are \u{1f621}\u{1f621} furious,\u{201d} said Zo\u{0065}\u{0301} Smith.".to_string(),
        // A family emoji (ZWJ sequence) and flags as speaker names and quote contents.
        "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} said: \u{201c}\u{1f1ec}\u{1f1e7}\u{1f1ec}\u{1f1e7}\u{201d}"
            .to_string(),
        // Combining marks stacked on quote marks and on letters.
        "\u{201c}\u{0301}\u{0302}Hello,\u{201d}\u{0308} said Mr\u{0327} J\u{0301}\u{0301}\u{0301}ones."
            .to_string(),
        "\u{0301}".repeat(1000),
        ARTICLE.replace('a', "a\u{0301}"),
        ARTICLE.replace(' ', " \u{1f600} "),
        ARTICLE.replace('e', "\u{1f468}\u{200d}\u{1f4bb}"),
        // Non-Latin scripts and right-to-left text.
        "\u{201c}\u{4f60}\u{597d}\u{4e16}\u{754c},\u{201d} said \u{0645}\u{062d}\u{0645}\u{062f}."
            .to_string(),
    ];
    for doc in &docs {
        analyze_checked(doc);
    }
}

#[test]
fn crlf_line_endings() {
    let crlf = ARTICLE.replace('\n', "\r\n");
    let a = analyze_checked(&crlf);
    let lf = analyze_checked(ARTICLE);
    // Line endings change offsets, not what was said.
    let texts = |a: &Analysis| a.quotes.iter().map(|q| q.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&a), texts(&lf));
    analyze_checked(&ARTICLE.replace('\n', "\r"));
    analyze_checked(&ARTICLE.replace('\n', "\r\r\n"));
}

#[test]
fn seed_articles() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let doc = std::fs::read_to_string(&path).unwrap();
        analyze_checked(&doc);
        // Every prefix cut on a char boundary, every 97 bytes.
        for cut in (0..doc.len()).step_by(97) {
            let cut = (cut..=doc.len())
                .find(|&i| doc.is_char_boundary(i))
                .unwrap();
            analyze_checked(&doc[..cut]);
        }
    }
}

// ------------------------------------------------------ (b) property tests

/// Pieces the pipeline reacts to; strategies join them without separators.
#[rustfmt::skip]
const TOKENS: &[&str] = &[
    // quote marks and apostrophes
    "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\"", "'", "\u{ab}", "\u{bb}", "\u{201e}",
    "\u{2019}s", "n\u{2019}t", "'s", "s'",
    // punctuation
    ".", ",", ":", ";", "!", "?", "\u{2013}", "\u{2014}", "-", "(", ")", "[", "]", "...",
    "\u{2026}", ".,", ",\u{201d}", ".\u{201d}", "?\u{201d}",
    // white space and line breaks
    " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u{a0}",
    // capitalized words, names, titles, organizations
    "Mr", "Mr.", "Ms", "Dr", "Rachel", "Harrison", "Rachel Harrison", "Onay Kasab", "Smith",
    "Unite", "GMB", "the GMB", "NHS", "Government", "Department for Education",
    "Royal College of Nursing", "(RCN)", "The", "He", "She", "They", "It", "A", "I",
    // cues and reporting frames
    "said", "says", "told", "added", "warned", "claimed", "according to", "said:", "told the BBC",
    "said that", "in a statement", "spokesperson", "spokesman", "secretary", "minister",
    // ordinary words, stance words, numbers
    "the", "talks", "pay", "offer", "strike", "ludicrous", "welcome", "not", "never", "good",
    "seriously", "\u{a3}1.8m", "5.2%", "2023",
    // odd characters
    "\u{1f621}", "\u{0301}", "\u{200d}", "\u{0}", "\u{7f}", "\u{feff}", "\u{2028}",
];

/// Strings of [`TOKENS`] glued together.
fn tokens() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..120).prop_map(|v| v.concat())
}

/// Sentences shaped like news attribution, with random parts.
fn news() -> impl Strategy<Value = String> {
    let words =
        prop::collection::vec(prop::sample::select(TOKENS), 1..12).prop_map(|v| v.join(" "));
    let sentence = (
        0..6usize,
        words.clone(),
        prop::sample::select(&["said", "told reporters", "added", "warned", "says"][..]),
        prop::sample::select(
            &[
                "Rachel Harrison",
                "she",
                "he",
                "Mr Kasab",
                "the union",
                "a spokesperson",
            ][..],
        ),
        prop::sample::select(&["\u{201c}", "\"", "\u{2018}", "'", ""][..]),
        prop::sample::select(&["\u{201d}", "\"", "\u{2019}", "'", ""][..]),
    )
        .prop_map(|(shape, w, cue, who, open, close)| match shape {
            0 => format!("{open}{w},{close} {cue} {who}."),
            1 => format!("{who} {cue}: {open}{w}.{close}"),
            2 => format!("{who} {cue} that {w}."),
            3 => format!("{who} {cue} {open}{w}{close}."),
            4 => format!("{open}{w}.{close}"),
            _ => format!("{w}."),
        });
    let separator = prop::sample::select(&[" ", "\n", "\n\n", "\r\n\r\n", ""][..]);
    prop::collection::vec((sentence, separator), 0..12)
        .prop_map(|v| v.into_iter().map(|(s, sep)| s + sep).collect())
}

/// Arbitrary strings, but with characters drawn mostly from the ones that
/// matter: quote marks, punctuation, white space, capitals, multi-byte chars.
fn biased_chars() -> impl Strategy<Value = String> {
    "[\u{201c}\u{201d}\u{2018}\u{2019}\"'.,:;!? \n\r\tA-Za-z\u{e9}\u{301}\u{1f600}\u{0}-\u{1f}]{0,200}"
}

/// `cases` cases, or `PROPTEST_CASES` when set (for longer runs:
/// `PROPTEST_CASES=100000 cargo test --release --test robustness`); failures
/// are not persisted to files, copy the reported input into a test instead.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn spans_hold_on_arbitrary_strings(doc in any::<String>()) {
        prop_assert_eq!(check(&doc, &pipeline().analyze(&doc)), Ok(()));
    }

    #[test]
    fn spans_hold_on_biased_chars(doc in biased_chars()) {
        prop_assert_eq!(check(&doc, &pipeline().analyze(&doc)), Ok(()));
    }

    #[test]
    fn spans_hold_on_token_soup(doc in tokens()) {
        prop_assert_eq!(check(&doc, &pipeline().analyze(&doc)), Ok(()));
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn spans_hold_on_news_like_text(doc in news()) {
        prop_assert_eq!(check(&doc, &pipeline().analyze(&doc)), Ok(()));
    }

    #[test]
    fn spans_hold_on_article_with_insertions(
        at in prop::collection::vec((0..ARTICLE.len(), prop::sample::select(TOKENS)), 1..8)
    ) {
        let mut doc = ARTICLE.to_string();
        for (pos, token) in at {
            let pos = (pos.min(doc.len())..=doc.len()).find(|&i| doc.is_char_boundary(i)).unwrap();
            doc.insert_str(pos, token);
        }
        prop_assert_eq!(check(&doc, &pipeline().analyze(&doc)), Ok(()));
    }
}
