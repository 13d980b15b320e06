//! Seed gold stance: every stance-scored, non-optional gold quote of
//! `../shared/gold/seeds.jsonl` is scored with its gold span; macro-F1 over the three
//! labels must reach the bar.

use sayso::model::StanceLabel;
use sayso::span::Span;
use sayso::stance::{QuoteContext, StanceScorer};

/// Byte span from the start of the sentence before the quote to the end of
/// the sentence the quote ends in.
fn frame_of(text: &str, q: Span) -> Span {
    let b = text.as_bytes();
    let is_end = |i: usize| matches!(b.get(i), Some(b'.' | b'!' | b'?' | b'\n'));
    let mut s = q.start.min(b.len());
    let mut ends = 0;
    while s > 0 {
        // A sentence end right before the quote (`said: "`) does not count.
        if is_end(s - 1) && s + 2 < q.start {
            ends += 1;
            if ends == 2 {
                break;
            }
        }
        s -= 1;
    }
    let mut e = q.end.min(b.len());
    while e < b.len() && !is_end(e) {
        e += 1;
    }
    e = (e + 1).min(b.len());
    while s > 0 && !text.is_char_boundary(s) {
        s -= 1;
    }
    while e < b.len() && !text.is_char_boundary(e) {
        e += 1;
    }
    Span::new(s.min(q.start), e.max(q.end))
}

fn seed_predictions() -> Vec<(StanceLabel, StanceLabel, String)> {
    let scorer = StanceScorer::new();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold/seeds.jsonl");
    let gold = &std::fs::read_to_string(path).unwrap_or_else(|e| panic!("needs {path}: {e}"));
    let mut out = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = doc["text"].as_str().unwrap_or("");
        let document = scorer.read_document(text, &[]);
        for q in doc["quotes"].as_array().into_iter().flatten() {
            if q["optional"].as_bool().unwrap_or(false)
                || !q["stance_scored"].as_bool().unwrap_or(false)
            {
                continue;
            }
            let span = match (q["span"][0].as_u64(), q["span"][1].as_u64()) {
                (Some(a), Some(b)) => Span::new(a as usize, b as usize),
                _ => continue,
            };
            let org = q["org"].as_str().map(|name| sayso::Organization {
                name: name.to_string(),
                acronym: None,
                government: name == "Government"
                    || name.starts_with("Department of")
                    || name == "DHSC",
            });
            let ctx = QuoteContext {
                cue: None,
                frame: Some(frame_of(text, span)),
                speaker: scorer.speaker_side(org.as_ref(), &[]),
                document: Some(&document),
                others: &[],
            };
            let gold = match q["stance"].as_str() {
                Some("negative") => StanceLabel::Negative,
                Some("positive") => StanceLabel::Positive,
                _ => StanceLabel::Neutral,
            };
            let st = scorer.score_quote(text, span, &ctx);
            let shown = format!(
                "{:?} {:+.2} {} | {}",
                st.label,
                st.score,
                span.of(text).chars().take(90).collect::<String>(),
                st.evidence
                    .iter()
                    .map(|e| format!("{}:{:+.1}:{}", e.text, e.weight, e.rule))
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            out.push((gold, st.label, shown));
        }
    }
    out
}

fn macro_f1(pairs: &[(StanceLabel, StanceLabel)]) -> f64 {
    sayso::eval::macro_f1(
        pairs,
        &[
            StanceLabel::Negative,
            StanceLabel::Neutral,
            StanceLabel::Positive,
        ],
    )
}

#[test]
#[ignore = "needs ../shared"]
fn seed_stance_macro_f1() {
    let preds = seed_predictions();
    for (g, _, shown) in &preds {
        println!("gold {g:?} | pred {shown}");
    }
    let pairs: Vec<_> = preds.iter().map(|(g, p, _)| (*g, *p)).collect();
    let f1 = macro_f1(&pairs);
    println!("seed stance macro-F1 {f1:.1} over {} quotes", pairs.len());
    assert!(pairs.len() >= 30, "too few seed quotes: {}", pairs.len());
    assert!(f1 >= 85.0, "seed stance macro-F1 {f1:.1} < 85");
}
