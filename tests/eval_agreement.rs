//! `sayso::eval` must agree with the reference scorer `../shared/tools/score.py`.
//!
//! Prediction files are built from the shared gold files (gold as prediction,
//! system-style records, byte-only spans cut at odd places, shifted and shrunk
//! spans, dropped, duplicated and spurious quotes, altered speakers, stances and
//! organizations, missing documents), written to a temporary directory, scored
//! by `python3 score.py GOLD PRED --json --show-errors`, and compared with the
//! Rust result: the JSON line must be identical to `Report::to_json`, and the
//! error lines to the returned errors.
//!
//! These tests need `../shared` and `python3`: they are ignored by default and
//! run with `cargo test --release -- --include-ignored` (as CI does), failing
//! when either is missing. No shared data is copied into the repository:
//! everything is built in a temporary directory.

use std::path::{Path, PathBuf};
use std::process::Command;

use sayso::eval::{load_docs, score};
use serde_json::{json, Map, Value};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

/// `../shared`, checked to hold the reference scorer, and `python3` at hand.
fn setup() -> PathBuf {
    let shared = PathBuf::from(SHARED);
    assert!(
        shared.join("tools/score.py").is_file(),
        "{SHARED}/tools/score.py not found: this test needs ../shared beside the repository"
    );
    let python = Command::new("python3").arg("--version").output();
    assert!(
        python.is_ok_and(|out| out.status.success()),
        "this test needs python3"
    );
    shared
}

/// A small deterministic generator (64-bit LCG), so the cases are repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn offset(&mut self, max: i64) -> i64 {
        self.below((2 * max + 1) as usize) as i64 - max
    }
}

struct Doc<'a> {
    id: &'a str,
    text: &'a str,
    quotes: Vec<&'a Map<String, Value>>,
}

fn docs(gold: &[(String, Value)]) -> Vec<Doc<'_>> {
    gold.iter()
        .map(|(id, d)| Doc {
            id,
            text: d["text"].as_str().expect("gold text"),
            quotes: d["quotes"]
                .as_array()
                .expect("gold quotes")
                .iter()
                .map(|q| q.as_object().expect("gold quote"))
                .collect(),
        })
        .collect()
}

fn pair(v: &Value) -> (i64, i64) {
    (
        v[0].as_i64().expect("offset"),
        v[1].as_i64().expect("offset"),
    )
}

fn n_chars(text: &str) -> i64 {
    text.chars().count() as i64
}

fn byte_of(text: &str, c: i64) -> i64 {
    text.char_indices()
        .nth(c.max(0) as usize)
        .map_or(text.len(), |(b, _)| b) as i64
}

fn clamp_span((s, e): (i64, i64), len: i64) -> (i64, i64) {
    let s = s.clamp(0, len);
    (s, e.clamp(s, len))
}

fn last_word(name: &str) -> String {
    name.split_whitespace().last().unwrap_or("").to_string()
}

/// Every kind of perturbation; `mix` picks some of them at random per quote.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Gold,
    System,
    Bytes,
    Shifted,
    Dropped,
    Speakers,
    Stances,
    Orgs,
    MissingDocs,
    Mix,
}

fn speaker_variant(rng: &mut Rng, q: &Map<String, Value>, others: &[String], text: &str) -> Value {
    let name = q
        .get("speaker")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let mention = q.get("speaker_match").and_then(Value::as_str) == Some("mention");
    let choice = rng.below(12);
    let alt = match choice {
        0 => Value::String(name.clone()),
        1 => Value::String(last_word(&name)),
        2 => Value::String(format!("Mr. {}", last_word(&name))),
        3 => Value::String(name.to_uppercase()),
        4 => Value::String(others[rng.below(others.len())].clone()),
        5 => Value::Null,
        6 => Value::String(format!("{name}’s")),
        7 => q
            .get("speaker_accept")
            .and_then(Value::as_array)
            .and_then(|a| a.first().cloned())
            .unwrap_or(Value::Null),
        // A speaker record without a name.
        8 => return json!({"mention": name}),
        9 => Value::String(format!("the  {},", name.replace(' ', "\u{a0}"))),
        _ => Value::String(format!(
            "{} {}",
            last_word(&others[rng.below(others.len())]),
            last_word(&name)
        )),
    };
    if !mention || rng.chance(20) {
        return if rng.chance(50) {
            json!({ "name": alt })
        } else {
            alt
        };
    }
    // Mention gold: a dict with a span that overlaps the gold mention or not.
    if q.get("speaker_span").is_none_or(Value::is_null) {
        return json!({ "name": alt });
    }
    let (gs, ge) = pair(&q["speaker_span"]);
    let len = n_chars(text);
    let (s, e) = match rng.below(4) {
        0 => (gs, ge),
        1 => clamp_span((ge, ge + 5), len),
        2 => clamp_span((gs - 3, gs + 1), len),
        _ => clamp_span((ge + 20, ge + 30), len),
    };
    let mut m = Map::new();
    m.insert("name".into(), alt);
    if rng.chance(50) {
        m.insert("char_span".into(), json!([s, e]));
    } else {
        m.insert("span".into(), json!([byte_of(text, s), byte_of(text, e)]));
    }
    Value::Object(m)
}

fn stance_variant(rng: &mut Rng, q: &Map<String, Value>) -> Option<Value> {
    let labels = ["negative", "neutral", "positive"];
    let gold = q.get("stance").cloned().unwrap_or(Value::Null);
    match rng.below(8) {
        0 | 1 => Some(gold),
        2 => Some(json!({"label": gold, "score": 0.5})),
        3 => Some(Value::String(labels[rng.below(3)].into())),
        4 => Some(json!({"label": labels[rng.below(3)]})),
        5 => None,
        6 => Some(Value::String("angry".into())),
        _ => Some(Value::Null),
    }
}

fn org_variant(rng: &mut Rng, q: &Map<String, Value>) -> (&'static str, Value) {
    let org = q.get("org").cloned().unwrap_or(Value::Null);
    let key = if rng.chance(50) {
        "organization"
    } else {
        "org"
    };
    let value = match rng.below(7) {
        0 | 1 => org,
        2 => Value::Null,
        3 => q
            .get("org_accept")
            .and_then(Value::as_array)
            .and_then(|a| a.last().cloned())
            .unwrap_or(Value::Null),
        4 => org.as_str().map_or(Value::Null, |s| {
            Value::String(format!("The {}", s.to_lowercase()))
        }),
        5 => json!({"name": org, "acronym": null}),
        _ => Value::String("Acme Ltd".into()),
    };
    (key, value)
}

/// Prediction documents of the given kind. Unless `dict_on_null_span`, a gold
/// mention quote with a null `speaker_span` gets a plain-string speaker (an
/// older score.py crashed on an object there; both forms are compared).
fn build(gold: &[(String, Value)], kind: Kind, seed: u64, dict_on_null_span: bool) -> Vec<Value> {
    let mut rng = Rng(seed);
    let docs = docs(gold);
    let others: Vec<String> = docs
        .iter()
        .flat_map(|d| {
            d.quotes
                .iter()
                .filter_map(|q| q.get("speaker").and_then(Value::as_str))
        })
        .map(str::to_string)
        .chain(["Nobody".to_string()])
        .collect();
    let mut out = Vec::new();
    for (n, doc) in docs.iter().enumerate() {
        let len = n_chars(doc.text);
        if kind == Kind::MissingDocs && n % 3 == 1 {
            continue;
        }
        if kind == Kind::MissingDocs && n % 3 == 2 {
            out.push(json!({"id": doc.id, "quotes": null}));
            continue;
        }
        let mut quotes = Vec::new();
        for q in &doc.quotes {
            let pick = |k: Kind, rng: &mut Rng| kind == k || (kind == Kind::Mix && rng.chance(40));
            if kind == Kind::Gold {
                quotes.push(Value::Object((*q).clone()));
                continue;
            }
            if pick(Kind::Dropped, &mut rng) && rng.chance(30) {
                continue;
            }
            let (mut s, mut e) = pair(&q["char_span"]);
            if pick(Kind::Shifted, &mut rng) {
                match rng.below(4) {
                    0 => (s, e) = (s + rng.offset(5), e + rng.offset(5)),
                    1 => (s, e) = (s + (e - s) / 4, e - (e - s) / 4),
                    2 => (s, e) = (s - 1, e + 1),
                    _ => {}
                }
                (s, e) = clamp_span((s, e), len);
            }
            let mut p = Map::new();
            if pick(Kind::Bytes, &mut rng) {
                let (bs, be) = (byte_of(doc.text, s), byte_of(doc.text, e));
                let blen = doc.text.len() as i64;
                let (bs, be) = clamp_span((bs + rng.offset(2), be + rng.offset(2)), blen);
                p.insert("span".into(), json!([bs, be]));
            } else {
                p.insert("char_span".into(), json!([s, e]));
            }
            let speaker = q.get("speaker").cloned().unwrap_or(Value::Null);
            let speaker = if pick(Kind::Speakers, &mut rng) {
                speaker_variant(&mut rng, q, &others, doc.text)
            } else if kind == Kind::System {
                let mut m = Map::new();
                m.insert("name".into(), speaker);
                if let Some(span) = q.get("speaker_span") {
                    m.insert("char_span".into(), span.clone());
                }
                Value::Object(m)
            } else {
                speaker
            };
            let null_span = q.get("speaker_match").and_then(Value::as_str) == Some("mention")
                && q.get("speaker_span").is_none_or(Value::is_null);
            let speaker = match speaker {
                Value::Object(m) if null_span && !dict_on_null_span => {
                    m.get("name").cloned().unwrap_or(Value::Null)
                }
                other => other,
            };
            p.insert("speaker".into(), speaker);
            if pick(Kind::Orgs, &mut rng) {
                let (key, value) = org_variant(&mut rng, q);
                p.insert(key.into(), value);
            } else if kind == Kind::System {
                let org = q.get("org").cloned().unwrap_or(Value::Null);
                let org = if org.is_null() {
                    org
                } else {
                    json!({"name": org})
                };
                p.insert("organization".into(), org);
            } else {
                p.insert("org".into(), q.get("org").cloned().unwrap_or(Value::Null));
            }
            if pick(Kind::Stances, &mut rng) {
                if let Some(st) = stance_variant(&mut rng, q) {
                    p.insert("stance".into(), st);
                }
            } else if kind == Kind::System {
                p.insert(
                    "stance".into(),
                    json!({"label": q.get("stance"), "score": 0.0}),
                );
            } else {
                p.insert(
                    "stance".into(),
                    q.get("stance").cloned().unwrap_or(Value::Null),
                );
            }
            let duplicate = pick(Kind::Dropped, &mut rng) && rng.chance(25);
            let p = Value::Object(p);
            if duplicate {
                // A second, overlapping prediction: one of the two is spurious.
                let mut twin = p.clone();
                let (ts, te) = clamp_span((s + (e - s) / 3, e + 2), len);
                twin["char_span"] = json!([ts, te]);
                if let Some(m) = twin.as_object_mut() {
                    m.remove("span");
                }
                quotes.push(twin);
            }
            quotes.push(p);
        }
        if kind == Kind::Dropped || kind == Kind::Mix {
            for _ in 0..rng.below(3) {
                let s = rng.below(len.max(1) as usize) as i64;
                let e = (s + 1 + rng.below(60) as i64).min(len);
                quotes.push(
                    json!({"char_span": [s, e], "speaker": "Somebody", "stance": "negative"}),
                );
            }
        }
        out.push(json!({"id": doc.id, "quotes": quotes, "error": null}));
    }
    if kind == Kind::MissingDocs {
        out.push(json!({"id": "not-in-gold", "quotes": [{"char_span": [0, 5]}]}));
    }
    out
}

fn python(script: &Path, args: &[&Path], flags: &[&str]) -> String {
    let out = Command::new("python3")
        .arg(script)
        .args(args)
        .args(flags)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("score.py prints UTF-8")
}

/// Scores `pred_path` against `gold_path` both ways and compares everything.
fn compare(script: &Path, gold_path: &Path, pred_path: &Path, label: &str) {
    let gold =
        load_docs(&std::fs::read_to_string(gold_path).expect("gold readable")).expect("gold loads");
    let pred =
        load_docs(&std::fs::read_to_string(pred_path).expect("pred readable")).expect("pred loads");
    let (report, errors) = score(&gold, &pred).unwrap_or_else(|e| panic!("{label}: {e}"));

    let py = python(
        script,
        &[gold_path, pred_path],
        &["--json", "--show-errors"],
    );
    let mut lines: Vec<&str> = py.lines().collect();
    let py_json = lines.pop().expect("score.py prints the JSON line");
    assert_eq!(report.to_json(), py_json, "{label}: --json differs");
    assert_eq!(errors, lines, "{label}: --show-errors differs");

    // And the serde form carries the same values under the same keys, in order.
    let ours = serde_json::to_value(&report).expect("report serializes");
    let theirs: Value = serde_json::from_str(py_json).expect("score.py JSON parses");
    assert_eq!(ours, theirs, "{label}: serde form differs");
    eprintln!("{label}: agrees ({py_json})");
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("sayso-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn write_jsonl(path: &Path, docs: &[Value]) {
    let text: String = docs.iter().map(|d| format!("{d}\n")).collect();
    std::fs::write(path, text).expect("temp file written");
}

fn agree_on(gold_name: &str) {
    let shared = setup();
    let script = shared.join("tools/score.py");
    let gold_path = shared.join("gold").join(gold_name);
    let gold = load_docs(&std::fs::read_to_string(&gold_path).expect("gold readable"))
        .expect("gold loads");
    let tmp = TempDir::new(&format!("eval-{}", gold_name.replace('.', "-")));
    let kinds = [
        ("gold", Kind::Gold),
        ("system", Kind::System),
        ("bytes", Kind::Bytes),
        ("shifted", Kind::Shifted),
        ("dropped", Kind::Dropped),
        ("speakers", Kind::Speakers),
        ("stances", Kind::Stances),
        ("orgs", Kind::Orgs),
        ("missing-docs", Kind::MissingDocs),
    ];
    let mut cases: Vec<(String, Kind, u64)> =
        kinds.iter().map(|&(n, k)| (n.to_string(), k, 7)).collect();
    cases.extend((1..=6).map(|seed| (format!("mix-{seed}"), Kind::Mix, seed)));
    for (name, kind, seed) in cases {
        let pred_path = tmp.0.join(format!("{name}.jsonl"));
        write_jsonl(&pred_path, &build(&gold, kind, seed, false));
        compare(
            &script,
            &gold_path,
            &pred_path,
            &format!("{gold_name} / {name}"),
        );
    }
    // Gold against itself, and an empty prediction file.
    compare(
        &script,
        &gold_path,
        &gold_path,
        &format!("{gold_name} / itself"),
    );
    let empty = tmp.0.join("empty.jsonl");
    std::fs::write(&empty, "").expect("temp file written");
    compare(&script, &gold_path, &empty, &format!("{gold_name} / empty"));

    // Object speakers, also on mention gold with a null speaker_span.
    let dict_cases = [
        ("system", Kind::System, 7),
        ("speakers", Kind::Speakers, 7),
        ("mix-7", Kind::Mix, 7),
    ];
    for (name, kind, seed) in dict_cases {
        let pred_path = tmp.0.join(format!("{name}-dict-speakers.jsonl"));
        write_jsonl(&pred_path, &build(&gold, kind, seed, true));
        let label = format!("{gold_name} / {name} / object speakers");
        compare(&script, &gold_path, &pred_path, &label);
    }
}

#[test]
#[ignore = "needs ../shared and python3"]
fn agrees_on_seed_gold() {
    agree_on("seeds.jsonl");
}

#[test]
#[ignore = "needs ../shared and python3"]
fn agrees_on_polnear_gold() {
    agree_on("polnear-dev-quoted.jsonl");
}

#[test]
#[ignore = "needs ../shared and python3"]
fn agrees_on_fixtures() {
    let shared = setup();
    let script = shared.join("tools/score.py");
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/eval"));
    compare(
        &script,
        &dir.join("gold.jsonl"),
        &dir.join("pred.jsonl"),
        "fixtures / edge cases",
    );
    compare(
        &script,
        &dir.join("round_gold.jsonl"),
        &dir.join("round_pred.jsonl"),
        "fixtures / rounding",
    );
    // The invented end-to-end gold, against itself and against sayso's output.
    let invented = dir.join("../invented.jsonl");
    compare(&script, &invented, &invented, "invented / itself");
    let pipeline = sayso::Pipeline::new();
    let mut predictions = Vec::new();
    for (id, doc) in
        load_docs(&std::fs::read_to_string(&invented).expect("readable")).expect("loads")
    {
        let text = doc["text"].as_str().expect("a gold text");
        sayso::output::push_jsonl(&pipeline.analyze_document(&id, text), &mut predictions);
    }
    let tmp = TempDir::new("eval-invented");
    let pred_path = tmp.0.join("pred.jsonl");
    std::fs::write(&pred_path, predictions).expect("temp file written");
    compare(&script, &invented, &pred_path, "invented / sayso");
}
