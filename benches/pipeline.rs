//! Throughput of each pipeline stage and of the whole pipeline.
//!
//! Corpora (each benchmark processes a whole corpus per iteration, one thread):
//!
//! - `seeds`: the five seed articles in `seeds/*.txt`;
//! - `newsmtsc`: up to 300 documents of 30 consecutive distinct sentences of
//!   `../shared/gold/newsmtsc/rw-train.jsonl` (field `sentence`), one sentence a
//!   paragraph;
//! - `polnear`: the 84 articles of `../shared/gold/polnear-dev-quoted.jsonl`
//!   (field `text`).
//!
//! The shared corpora are read in place and skipped when absent. Throughput is
//! reported in bytes, so criterion prints MB/s; the benchmark id carries the
//! number of documents, so documents/s = documents / time.
//!
//! Each stage is measured alone, its inputs computed beforehand:
//! `segment`, `detect` (given the segmentation), `find_orgs`, `attribute`
//! (given segmentation, organizations, quotes and the char map), `stance`
//! (scoring every detected quote, as `Pipeline::analyze` does), `analyze`
//! (everything, including the char map and the output records, a document
//! at a time) and `analyze_many` (the same on one thread, the documents taken
//! through the stages a chunk at a time, as a corpus run takes them).
//!
//! ```text
//! cargo bench --bench pipeline
//! cargo bench --bench pipeline -- polnear     # one corpus
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{
    black_box, criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use sayso::attribution::attribute;
use sayso::orgs::find_orgs;
use sayso::quotes::detect;
use sayso::segment::segment;
use sayso::span::{CharMap, Span};
use sayso::stance::{QuoteContext, StanceScorer};
use sayso::{Knowledge, Pipeline};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");
const NEWSMTSC_DOCS: usize = 300;
const NEWSMTSC_SENTENCES_PER_DOC: usize = 30;

struct Corpus {
    name: &'static str,
    docs: Vec<String>,
}

impl Corpus {
    fn bytes(&self) -> u64 {
        self.docs.iter().map(|d| d.len() as u64).sum()
    }
}

fn seeds() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("seeds/ is part of the repository")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let docs = paths
        .iter()
        .map(|p| fs::read_to_string(p).expect("seed articles are UTF-8"))
        .collect();
    Corpus {
        name: "seeds",
        docs,
    }
}

/// The string field `field` of every JSON line of `path`; `None` when the file is absent.
fn jsonl_field(path: &Path, field: &str) -> Option<Vec<String>> {
    let text = fs::read_to_string(path).ok()?;
    let values = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            v.get(field)?.as_str().map(str::to_string)
        })
        .collect();
    Some(values)
}

fn newsmtsc() -> Option<Corpus> {
    let path = Path::new(SHARED).join("gold/newsmtsc/rw-train.jsonl");
    let mut sentences = jsonl_field(&path, "sentence")?;
    // One line per (sentence, target): the same sentence comes several times in a row.
    sentences.dedup();
    let docs: Vec<String> = sentences
        .chunks(NEWSMTSC_SENTENCES_PER_DOC)
        .take(NEWSMTSC_DOCS)
        .map(|c| c.join("\n\n"))
        .collect();
    (!docs.is_empty()).then_some(Corpus {
        name: "newsmtsc",
        docs,
    })
}

fn polnear() -> Option<Corpus> {
    let path = Path::new(SHARED).join("gold/polnear-dev-quoted.jsonl");
    let docs = jsonl_field(&path, "text")?;
    (!docs.is_empty()).then_some(Corpus {
        name: "polnear",
        docs,
    })
}

fn corpora() -> Vec<Corpus> {
    let mut out = vec![seeds()];
    for (name, corpus) in [("newsmtsc", newsmtsc()), ("polnear", polnear())] {
        match corpus {
            Some(c) => out.push(c),
            None => eprintln!("pipeline bench: {name} corpus not found under {SHARED}, skipped"),
        }
    }
    for c in &out {
        eprintln!(
            "pipeline bench: {} = {} documents, {} bytes",
            c.name,
            c.docs.len(),
            c.bytes()
        );
    }
    out
}

fn bench(c: &mut Criterion) {
    let knowledge = Knowledge::builtin();
    let scorer = StanceScorer::new();
    let pipeline = Pipeline::new();
    for corpus in corpora() {
        let docs = &corpus.docs;
        let id = |stage: &str| BenchmarkId::new(stage, format!("{} docs", docs.len()));
        let mut group = c.benchmark_group(corpus.name);
        group
            .throughput(Throughput::Bytes(corpus.bytes()))
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(3));

        let segs: Vec<_> = docs.iter().map(|d| segment(d, &knowledge)).collect();
        let orgs: Vec<_> = docs
            .iter()
            .zip(&segs)
            .map(|(d, s)| find_orgs(d, s, &knowledge))
            .collect();
        let quotes: Vec<_> = docs
            .iter()
            .zip(&segs)
            .map(|(d, s)| detect(d, s, &knowledge, Default::default()))
            .collect();
        let chars: Vec<_> = docs.iter().map(|d| CharMap::new(d)).collect();
        // What the stance scorer gets for every quote: its span and context
        // (but the document's reading, which the stance stage does).
        let scored: Vec<Vec<(Span, QuoteContext<'static>)>> = (0..docs.len())
            .map(|i| {
                let attributions = attribute(
                    &docs[i], &segs[i], &orgs[i], &quotes[i], &knowledge, &chars[i],
                );
                quotes[i]
                    .iter()
                    .zip(attributions)
                    .map(|(q, a)| {
                        let context = QuoteContext {
                            cue: q.cue,
                            frame: Some(segs[i].around(q.span)),
                            speaker: scorer.speaker_side(
                                a.organization.as_ref(),
                                &a.speaker
                                    .as_ref()
                                    .map_or([""; 2], |s| [s.name.as_str(), s.mention.as_str()]),
                            ),
                            document: None,
                            others: &[],
                        };
                        (q.span, context)
                    })
                    .collect()
            })
            .collect();

        group.bench_function(id("segment"), |b| {
            b.iter(|| {
                for d in docs {
                    black_box(segment(black_box(d), &knowledge));
                }
            })
        });
        group.bench_function(id("detect"), |b| {
            b.iter(|| {
                for (d, s) in docs.iter().zip(&segs) {
                    black_box(detect(black_box(d), s, &knowledge, Default::default()));
                }
            })
        });
        group.bench_function(id("find_orgs"), |b| {
            b.iter(|| {
                for (d, s) in docs.iter().zip(&segs) {
                    black_box(find_orgs(black_box(d), s, &knowledge));
                }
            })
        });
        group.bench_function(id("attribute"), |b| {
            b.iter(|| {
                for i in 0..docs.len() {
                    black_box(attribute(
                        black_box(&docs[i]),
                        &segs[i],
                        &orgs[i],
                        &quotes[i],
                        &knowledge,
                        &chars[i],
                    ));
                }
            })
        });
        group.bench_function(id("stance"), |b| {
            b.iter(|| {
                for (d, qs) in docs.iter().zip(&scored) {
                    let document = (!qs.is_empty()).then(|| scorer.read_document(d, &[]));
                    for (span, context) in qs {
                        let context = QuoteContext {
                            document: document.as_ref(),
                            ..*context
                        };
                        black_box(scorer.score_quote(black_box(d), *span, &context));
                    }
                }
            })
        });
        group.bench_function(id("analyze"), |b| {
            b.iter(|| {
                for d in docs {
                    black_box(pipeline.analyze(black_box(d)));
                }
            })
        });
        // The same documents as a corpus run takes them: through the stages
        // a chunk at a time (on one thread, to compare with `analyze`).
        let one_thread = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("a thread pool");
        group.bench_function(id("analyze_many"), |b| {
            b.iter(|| one_thread.install(|| black_box(pipeline.analyze_many(black_box(docs)))))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
