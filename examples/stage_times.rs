//! Times each stage over a JSON Lines corpus: `cargo run --release --example stage_times FILE`.
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/gold/polnear-dev-quoted.jsonl".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let docs: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let k = sayso::Knowledge::builtin();
    let mut t = [0f64; 6];
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    for _ in 0..rounds {
        for d in &docs {
            let a = Instant::now();
            let seg = sayso::segment::segment(d, &k);
            let b = Instant::now();
            let q = sayso::quotes::detect(d, &seg, &k, Default::default());
            let c = Instant::now();
            let orgs = sayso::orgs::find_orgs(d, &seg, &k);
            let e = Instant::now();
            let chars = sayso::span::CharMap::new(d);
            let att = sayso::attribution::attribute(d, &seg, &orgs, &q, &k, &chars);
            let f = Instant::now();
            std::hint::black_box(att);
            t[0] += (b - a).as_secs_f64();
            t[1] += (c - b).as_secs_f64();
            t[2] += (e - c).as_secs_f64();
            t[3] += (f - e).as_secs_f64();
        }
    }
    let p = sayso::Pipeline::new();
    let a = Instant::now();
    for _ in 0..rounds {
        for d in &docs {
            std::hint::black_box(p.analyze(d));
        }
    }
    t[4] = a.elapsed().as_secs_f64();
    let mb = rounds as f64 * bytes as f64 / 1e6;
    for (name, s) in ["segment", "quotes", "orgs", "attribution", "pipeline"]
        .iter()
        .zip(t)
    {
        println!("{name:12} {:8.3} s  {:8.1} MB/s", s, mb / s);
    }
}
