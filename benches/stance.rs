//! Scoring 10,000 quotes (and 1,000 target mentions) with the built-in scorer.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use sayso::span::Span;
use sayso::stance::{QuoteContext, StanceScorer};

const QUOTES: &[&str] = &[
    "There was some engagement on pay – but not a concrete offer that could help resolve this dispute.",
    "Although the meeting was more constructive this time, there is nothing tangible on the table,",
    "We have been clear we are happy to talk to all unions who are willing to discuss what is fair and reasonable.",
    "This intransigence is letting patients down. Ministers have a distance to travel to avert next week’s nurse strike,",
    "We will, of course, accept the invitation to the meeting, during which we shall tell him if he wants a resolution to the dispute, he must put some money on the table.",
    "The Government aren’t taking us seriously.",
    "this is a very positive step in the right direction",
    "there would be more talks",
];

fn bench(c: &mut Criterion) {
    let scorer = StanceScorer::new();
    let doc: String = QUOTES.join(" ");
    let mut spans = Vec::new();
    let mut at = 0;
    for q in QUOTES {
        spans.push(Span::new(at, at + q.len()));
        at += q.len() + 1;
    }
    let ctx = QuoteContext {
        cue: None,
        frame: Some(Span::new(0, doc.len())),
        ..QuoteContext::default()
    };
    c.bench_function("score 10,000 quotes", |b| {
        b.iter(|| {
            for i in 0..10_000 {
                let span = spans[i % spans.len()];
                black_box(scorer.score_quote(black_box(&doc), span, &ctx));
            }
        })
    });
    c.bench_function("score 1,000 target mentions", |b| {
        let s = "Then Trump didn’t actually let Priebus be a real chief of staff, but he lacked the stature to perform well.";
        b.iter(|| {
            for _ in 0..1_000 {
                black_box(scorer.score_target(black_box(s), Span::new(31, 38)).ok());
            }
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
