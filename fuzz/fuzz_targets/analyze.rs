//! `Pipeline::analyze` on arbitrary UTF-8: it must not panic, every span it
//! returns must be a valid, self-consistent view of the input (docs/FORMAT.md), and
//! the JSON line written for it must be the bytes `serde_json` writes.
//!
//! ```text
//! cd fuzz && cargo +nightly fuzz run analyze corpus/analyze ../seeds -- \
//!     -dict=analyze.dict -max_len=8192 -timeout=10 -max_total_time=600
//! ```

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sayso::{model::DocumentRecord, output, Pipeline};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(Pipeline::new)
}

/// The slice of `doc` that `span` covers, asserting it is in range and on char boundaries.
fn slice<'d>(doc: &'d str, span: [usize; 2], what: &str) -> &'d str {
    let [start, end] = span;
    assert!(
        start <= end && end <= doc.len(),
        "{what}: span {span:?} out of range (len {})",
        doc.len()
    );
    assert!(
        doc.is_char_boundary(start) && doc.is_char_boundary(end),
        "{what}: span {span:?} not on char boundaries"
    );
    &doc[start..end]
}

fn char_span_of(doc: &str, span: [usize; 2]) -> [usize; 2] {
    [
        doc[..span[0]].chars().count(),
        doc[..span[1]].chars().count(),
    ]
}

fuzz_target!(|doc: &str| {
    let analysis = pipeline().analyze(doc);
    let mut previous_start = 0;
    for (i, q) in analysis.quotes.iter().enumerate() {
        let what = format!("quote {i}");
        assert_eq!(q.text, slice(doc, q.span, &what), "{what}: text");
        assert!(q.span[0] < q.span[1], "{what}: empty span {:?}", q.span);
        assert_eq!(q.char_span, char_span_of(doc, q.span), "{what}: char_span");
        assert!(q.span[0] >= previous_start, "{what}: not in document order");
        previous_start = q.span[0];
        if let Some(cue) = &q.cue {
            assert_eq!(cue.text, slice(doc, cue.span, "cue"), "{what}: cue text");
        }
        if let Some(speaker) = &q.speaker {
            let mention = slice(doc, speaker.span, "speaker");
            assert_eq!(speaker.mention, mention, "{what}: speaker mention");
            assert_eq!(
                speaker.char_span,
                char_span_of(doc, speaker.span),
                "{what}: speaker char_span"
            );
        }
        let score = q.stance.score;
        assert!(
            score.is_finite() && (-1.0..=1.0).contains(&score),
            "{what}: stance score {score}"
        );
        for e in &q.stance.evidence {
            assert_eq!(
                e.text,
                slice(doc, e.span, "evidence"),
                "{what}: evidence text"
            );
            assert!(e.weight.is_finite(), "{what}: evidence weight {}", e.weight);
        }
    }
    let record = DocumentRecord {
        id: doc.to_string(),
        quotes: analysis.quotes,
        error: None,
    };
    let mut line = Vec::new();
    output::push_jsonl(&record, &mut line);
    let mut expected = serde_json::to_vec(&record).expect("a record serializes");
    expected.push(b'\n');
    assert_eq!(line, expected, "JSON line");
});
