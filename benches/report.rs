//! Throughput of `sayso report`: aggregating `analyze` records (JSON Lines
//! held in memory, one thread) and rendering the HTML page.
//!
//! The records are made here, once, before measuring:
//!
//! - `news100`: the analysis of the README's 100 MB corpus (the PolNeAR dev
//!   texts of `../shared` repeated to 100 MB, ids `ID#N`): about 150 MB of
//!   records, 270,000 quotes; skipped without `../shared`;
//! - `news100-dated`: the same records with `meta` `{"outlet", "date"}` taken
//!   from the PolNeAR ids, reported per week and per outlet;
//! - `seeds`: the five seed articles' records, repeated 400 times.
//!
//! Throughput is in bytes of records, so criterion prints MB/s.
//!
//! ```text
//! cargo bench --bench report
//! ```

use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use rayon::prelude::*;
use sayso::corpus::KeptField;
use sayso::report::{render, Aggregator, Options, Period};
use sayso::Pipeline;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

/// The README's corpus: documents (id, text) up to 100 MB of JSON lines.
fn news100() -> Option<Vec<(String, String)>> {
    let gold = std::fs::read_to_string(format!("{SHARED}/gold/polnear-dev-quoted.jsonl")).ok()?;
    let docs: Vec<(String, String)> = gold
        .lines()
        .filter_map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).ok()?;
            Some((
                value["id"].as_str()?.to_string(),
                value["text"].as_str()?.to_string(),
            ))
        })
        .collect();
    let mut corpus = Vec::new();
    let mut size = 0;
    for round in 0.. {
        for (id, text) in &docs {
            let id = format!("{id}#{round}");
            let line = serde_json::json!({"id": id, "text": text}).to_string();
            size += line.len() + 1;
            corpus.push((id, text.clone()));
            if size >= 100_000_000 {
                return Some(corpus);
            }
        }
    }
    None
}

/// The records of `docs`, one JSON line each, with `meta` from `meta_of`.
fn records(docs: &[(String, String)], meta_of: impl Fn(&str) -> Vec<KeptField> + Sync) -> Vec<u8> {
    let pipeline = Pipeline::new();
    let lines: Vec<Vec<u8>> = docs
        .par_iter()
        .map(|(id, text)| {
            let mut line = Vec::new();
            let record = pipeline.analyze_document(id, text);
            sayso::output::push_jsonl_with_meta(&record, &meta_of(id), &mut line);
            line
        })
        .collect();
    lines.concat()
}

/// `{"outlet", "date"}` from a PolNeAR id, `OUTLET_DATE_SLUG#N`.
fn outlet_and_date(id: &str) -> Vec<KeptField> {
    let mut parts = id.splitn(3, '_');
    let mut field = |name: &str| KeptField {
        name: name.into(),
        json: parts.next().map(|value| format!("\"{value}\"")),
    };
    vec![field("outlet"), field("date")]
}

fn report(records: &[u8], options: &Options) -> String {
    let mut aggregator = Aggregator::new(options.clone());
    aggregator.start_input("records");
    for line in records.split(|&b| b == b'\n') {
        aggregator.add_line(line);
    }
    render::html(&aggregator.finish()).expect("the report renders")
}

fn bench(c: &mut Criterion, name: &str, records: &[u8], options: &Options) {
    let mut group = c.benchmark_group("report");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Bytes(records.len() as u64));
    group.bench_function(name, |b| b.iter(|| black_box(report(records, options))));
    group.finish();
}

fn benches(c: &mut Criterion) {
    let seeds_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(seeds_dir).expect("seeds/") {
        let path = entry.expect("a seed").path();
        let text = std::fs::read_to_string(&path).expect("a seed text");
        seeds.push((path.display().to_string(), text));
    }
    let seeds: Vec<(String, String)> = (0..400)
        .flat_map(|n| {
            seeds
                .iter()
                .map(move |(id, text)| (format!("{id}#{n}"), text.clone()))
        })
        .collect();
    bench(
        c,
        "seeds",
        &records(&seeds, |_| Vec::new()),
        &Options::default(),
    );

    let Some(news) = news100() else {
        eprintln!("news100 skipped: no {SHARED}");
        return;
    };
    bench(
        c,
        "news100",
        &records(&news, |_| Vec::new()),
        &Options::default(),
    );
    let dated = Options {
        date_field: Some("date".into()),
        group_field: Some("outlet".into()),
        period: Period::Week,
        ..Options::default()
    };
    bench(c, "news100-dated", &records(&news, outlet_and_date), &dated);
}

criterion_group!(report_benches, benches);
criterion_main!(report_benches);
