//! The `sayso` binary: inputs, one output line per document, eval, stance and targets.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};

use common::sayso;

fn records(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

/// The `id` of every output record, in order.
/// Fails the test with the run's standard error when it did not succeed.
fn assert_succeeded(output: &Output) {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn ids_of(output: &Output) -> Vec<String> {
    records(output)
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn a_directory_gives_one_line_per_txt_file_in_order() {
    let out = sayso(&["analyze", "seeds"], b"");
    assert_succeeded(&out);
    let ids: Vec<String> = ids_of(&out);
    assert_eq!(
        ids,
        [
            "000_c5574777c9959fff",
            "001_54994a3df9788fe0",
            "002_f2a26f21aec7e259",
            "003_43c3384d38234494",
            "004_4530aa13ea0a9502"
        ]
    );
}

#[test]
fn bad_lines_get_their_own_error_line_and_lose_nothing() {
    let dir = std::env::temp_dir().join(format!("sayso-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("mixed.jsonl");
    let mut input = Vec::new();
    input.extend_from_slice(
        b"{\"id\": \"good\", \"text\": \"Mr Smith said: \\u201cWe will strike.\\u201d\"}\n",
    );
    input.extend_from_slice(b"{not json\n");
    input.extend_from_slice(b"{\"id\": \"bytes\", \"text\": \"ok\"}\xff\n");
    input.extend_from_slice(b"{\"id\": \"empty\", \"text\": \"\"}\n");
    input.extend_from_slice(b"{\"id\": \"notext\"}\n");
    std::fs::write(&path, &input).expect("write input");
    let out = sayso(&["analyze", path.to_str().unwrap_or_default()], b"");
    assert_eq!(out.status.code(), Some(1), "some documents had errors");
    let recs = records(&out);
    let ids: Vec<&str> = recs
        .iter()
        .map(|r| r["id"].as_str().unwrap_or(""))
        .collect();
    let source = path.display().to_string();
    assert_eq!(
        ids,
        [
            "good",
            &format!("{source}:2"),
            &format!("{source}:3"),
            "empty",
            "notext"
        ]
    );
    assert!(recs[0]["error"].is_null());
    assert_eq!(recs[0]["quotes"][0]["text"], "We will strike.");
    assert_eq!(recs[0]["quotes"][0]["speaker"]["name"], "Mr Smith");
    for r in &recs[1..] {
        assert!(r["error"].is_string(), "{r}");
        assert_eq!(r["quotes"], serde_json::json!([]));
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn stdin_text_is_one_document() {
    let out = sayso(
        &["analyze", "-"],
        "“It is over,” said the minister.".as_bytes(),
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["quotes"][0]["text"], "It is over,");
}

#[test]
fn a_user_target_changes_who_counts_as_the_government() {
    let text = "A White House spokesman said: \u{201c}The administration has done a fair and reasonable job.\u{201d}";
    let default = sayso(&["analyze", "-"], text.as_bytes());
    let default_quote = &records(&default)[0]["quotes"][0];
    assert_eq!(default_quote["organization"]["name"], "White House");
    assert_eq!(default_quote["organization"]["government"], false);

    let dir = std::env::temp_dir().join(format!("sayso-target-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let target = dir.join("us.txt");
    std::fs::write(
        &target,
        "# the US administration\nWhite House\nthe administration\n",
    )
    .expect("write target");
    let us = sayso(
        &[
            "analyze",
            "--target",
            target.to_str().unwrap_or_default(),
            "-",
        ],
        text.as_bytes(),
    );
    let us_quote = &records(&us)[0]["quotes"][0];
    assert_eq!(us_quote["organization"]["name"], "White House");
    assert_eq!(us_quote["organization"]["government"], true);
    assert_eq!(us_quote["speaker"]["name"], "White House spokesman");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_prints_a_table_or_the_same_figures_as_json() {
    let table = sayso(&["eval", "fixtures/invented.jsonl"], b"");
    assert_succeeded(&table);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.starts_with("documents             4\n"), "{text}");
    let json = sayso(&["eval", "--json", "fixtures/invented.jsonl"], b"");
    assert_succeeded(&json);
    let figures: serde_json::Value =
        serde_json::from_slice(&json.stdout).expect("--json prints one JSON object");
    assert_eq!(figures["documents"], 4);
    assert_eq!(figures["gold_quotes"], 14);
    // Every figure of the JSON is in the table, to one decimal.
    let overlap = &figures["detect.overlap"];
    let row = format!(
        "detect.overlap   {:>6.1}  {:>5.1}  {:>5.1}",
        overlap["p"].as_f64().unwrap_or(-1.0),
        overlap["r"].as_f64().unwrap_or(-1.0),
        overlap["f"].as_f64().unwrap_or(-1.0)
    );
    assert!(text.contains(&row), "{row:?} in\n{text}");
    for key in ["attributed.f1", "speaker.acc", "org.acc", "stance.macro_f1"] {
        let line = format!("{key:<17} {:>5.1}\n", figures[key].as_f64().unwrap_or(-1.0));
        assert!(text.contains(&line), "{line:?} in\n{text}");
    }
    // With predictions given, the same figures.
    let pred = sayso(&["analyze", "-q", "fixtures/invented.jsonl"], b"");
    let dir = temp_dir("eval");
    let pred_path = dir.join("pred.jsonl");
    std::fs::write(&pred_path, &pred.stdout).expect("write predictions");
    let given = sayso(
        &[
            "eval",
            "--json",
            "fixtures/invented.jsonl",
            pred_path.to_str().unwrap_or_default(),
        ],
        b"",
    );
    assert_eq!(given.stdout, json.stdout);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_errors_name_the_file() {
    let dir = temp_dir("eval-bad");
    let bad = dir.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\": \"a\", \"text\": \"x\", \"quotes\": []}\nnot json\n",
    )
    .expect("write");
    let out = sayso(
        &[
            "eval",
            "fixtures/invented.jsonl",
            bad.to_str().unwrap_or_default(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(&format!("sayso: {}:2: not JSON: ", bad.display())),
        "{stderr}"
    );
    let missing = sayso(&["eval", "no/such/gold.jsonl"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr)
        .starts_with("sayso: cannot read no/such/gold.jsonl: "));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_help_explains_the_gold_format_and_the_figures() {
    let out = sayso(&["eval", "--help"], b"");
    assert_succeeded(&out);
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "\"char_span\"",
        "speaker_accept",
        "attributed.f1",
        "detect.exact",
        "Examples:",
        "sayso eval fixtures/invented.jsonl",
        "docs/FORMAT.md",
    ] {
        assert!(help.contains(needle), "{needle} in\n{help}");
    }
}

#[test]
#[ignore = "needs ../shared and python3"]
fn eval_json_is_the_reference_scorers_json() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold/seeds.jsonl");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/score.py");
    assert!(gold.is_file() && script.is_file(), "needs ../shared");
    let gold = gold.to_str().unwrap_or_default();
    let ours = sayso(&["eval", "--json", gold], b"");
    assert_succeeded(&ours);
    let pred = sayso(&["analyze", "-q", gold], b"");
    let dir = temp_dir("eval-ref");
    let pred_path = dir.join("pred.jsonl");
    std::fs::write(&pred_path, &pred.stdout).expect("write predictions");
    let reference = Command::new("python3")
        .arg(&script)
        .arg(gold)
        .arg(&pred_path)
        .arg("--json")
        .output()
        .expect("needs python3");
    assert_eq!(
        String::from_utf8_lossy(&reference.stdout),
        String::from_utf8_lossy(&ours.stdout)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_missing_input_is_a_usage_error() {
    let out = sayso(&["analyze", "no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

#[test]
fn an_input_with_no_documents_is_warned_about() {
    let dir = temp_dir("no-documents");
    std::fs::write(dir.join("notes.md"), "Not a news article.").expect("write");
    let out = sayso(&["analyze", "-q", dir.to_str().unwrap_or_default()], b"");
    assert_succeeded(&out);
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: the inputs hold no documents"),
        "{stderr}"
    );
    // … not when there is one.
    std::fs::write(dir.join("a.txt"), "“Yes,” said Ann Lee.").expect("write");
    let out = sayso(&["analyze", "-q", dir.to_str().unwrap_or_default()], b"");
    assert_succeeded(&out);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("no documents"));
    std::fs::remove_dir_all(&dir).ok();
}

/// A fresh directory under the system's temporary directory.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sayso-cli-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn seed_texts() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let id = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (id, std::fs::read_to_string(p).expect("seed text"))
        })
        .collect()
}

fn json_line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text}).to_string()
}

#[test]
fn every_input_line_gets_one_output_line_in_order_and_good_documents_are_unchanged() {
    let seeds = seed_texts();
    let mut input: Vec<u8> = Vec::new();
    let mut push = |line: &[u8]| {
        input.extend_from_slice(line);
        input.push(b'\n');
    };
    push(json_line(&seeds[0].0, &seeds[0].1).as_bytes());
    push(b"{\"id\": \"broken\", \"text\": \"no closing brace\"");
    push(json_line(&seeds[1].0, &seeds[1].1).as_bytes());
    push(b"{\"id\": \"latin1\", \"text\": \"caf\xe9\"}");
    push(b"{\"id\": \"empty\", \"text\": \"\"}");
    push(json_line(&seeds[2].0, &seeds[2].1).as_bytes());
    push(b"{\"id\": \"notext\", \"body\": \"Mr Smith said: \\u201cNo.\\u201d\"}");
    push(json_line("big", &"Word. ".repeat(10_000)).as_bytes());
    push(b"  ");
    push(json_line(&seeds[3].0, &seeds[3].1).as_bytes());
    push(json_line(&seeds[4].0, &seeds[4].1).as_bytes());
    let dir = temp_dir("mixed");
    let path = dir.join("mixed.jsonl");
    std::fs::write(&path, &input).expect("write input");
    let source = path.display().to_string();

    for jobs in ["1", "2"] {
        let out = sayso(
            &[
                "analyze",
                "--jobs",
                jobs,
                "--batch-docs",
                "3",
                "--max-bytes",
                "50k",
                &source,
            ],
            b"",
        );
        assert_eq!(out.status.code(), Some(1), "some documents had errors");
        let recs = records(&out);
        let ids: Vec<&str> = recs
            .iter()
            .map(|r| r["id"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(
            ids,
            [
                seeds[0].0.as_str(),
                &format!("{source}:2"),
                seeds[1].0.as_str(),
                &format!("{source}:4"),
                "empty",
                seeds[2].0.as_str(),
                "notext",
                "big",
                seeds[3].0.as_str(),
                seeds[4].0.as_str(),
            ],
            "one line per non-blank input line, in order"
        );
        let errors: Vec<&str> = recs
            .iter()
            .map(|r| r["error"].as_str().unwrap_or(""))
            .collect();
        assert!(
            errors[1].starts_with(&format!("{source}:2: malformed JSON")),
            "{}",
            errors[1]
        );
        assert_eq!(
            errors[3],
            format!("{source}:4: invalid UTF-8 at byte 29 of the line (another encoding? see --encoding)")
        );
        assert_eq!(errors[4], format!("{source}:5: empty document"));
        assert_eq!(errors[6], format!("{source}:7: no \"text\" field"));
        assert!(
            errors[7].starts_with(&format!(
                "{source}:8: document of 60000 bytes is over the size cap of 50000 bytes"
            )),
            "{}",
            errors[7]
        );
        for r in [&recs[1], &recs[3], &recs[4], &recs[6], &recs[7]] {
            assert_eq!(r["quotes"], serde_json::json!([]));
        }
        // The good documents' records are exactly those of analysing each alone.
        let pipeline = sayso::Pipeline::new();
        for (n, seed) in [
            (0, &seeds[0]),
            (2, &seeds[1]),
            (5, &seeds[2]),
            (8, &seeds[3]),
            (9, &seeds[4]),
        ] {
            let alone = serde_json::to_value(pipeline.analyze_document(&seed.0, &seed.1))
                .expect("serializes");
            assert!(recs[n]["error"].is_null());
            assert!(!alone["quotes"].as_array().is_some_and(Vec::is_empty));
            assert_eq!(recs[n], alone, "document {n} changed");
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

fn assert_jobs_agree(args: &[&str]) {
    let mut outputs = Vec::new();
    for jobs in ["1", "2"] {
        for batch in ["1", "4096"] {
            let mut full = vec!["analyze", "--quiet", "--jobs", jobs, "--batch-docs", batch];
            full.extend_from_slice(args);
            let out = sayso(&full, b"");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(!out.stdout.is_empty());
            outputs.push(out.stdout);
        }
    }
    for other in &outputs[1..] {
        assert!(*other == outputs[0], "outputs differ for {args:?}");
    }
}

#[test]
fn one_and_two_jobs_give_byte_identical_output_on_the_seeds() {
    assert_jobs_agree(&["seeds"]);
    assert_jobs_agree(&["fixtures/invented.jsonl"]);
    assert_jobs_agree(&["--format", "csv", "seeds"]);
}

#[test]
#[ignore = "needs ../shared"]
fn one_and_two_jobs_give_byte_identical_output_on_polnear_dev() {
    let gold =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold/polnear-dev-quoted.jsonl");
    assert!(gold.is_file(), "needs {}", gold.display());
    assert_jobs_agree(&[gold.to_str().unwrap_or_default()]);
}

#[test]
fn csv_has_one_row_per_quote_and_quotes_fields_per_rfc_4180() {
    // A quote running over two paragraphs, the second opened by a straight mark.
    let text = "Mr Pence spoke to Fox News.\n\n\"We will, if pushed, fight.\n\n\"The so-called deal is dead, and we will fight again,\" Mr Pence said.";
    let mut input = json_line("d,1", text);
    input.push('\n');
    input.push_str(&json_line("quiet", "The weather was fine."));
    input.push('\n');
    input.push_str("{\"id\": \"bad\"}\n");
    let json = sayso(&["analyze", "-"], input.as_bytes());
    let quotes = records(&json)[0]["quotes"].clone();
    assert_eq!(quotes.as_array().map(Vec::len), Some(1), "{quotes}");
    let quote = quotes[0].clone();
    let quote_text = quote["text"].as_str().unwrap_or_default();
    assert!(
        quote_text.contains(',') && quote_text.contains('"') && quote_text.contains('\n'),
        "the test needs a quote with a comma, a double quote and a newline: {quote_text:?}"
    );

    let out = sayso(&["analyze", "--format", "csv", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let raw = String::from_utf8_lossy(&out.stdout).into_owned();
    let escaped = format!("\"{}\"", quote_text.replace('"', "\"\""));
    assert!(raw.contains(&escaped), "{raw}");
    assert!(raw.ends_with("\r\n"));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header, sayso::output::CSV_COLUMNS);
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a CSV row")).collect();
    assert_eq!(
        rows.len(),
        3,
        "one quote, one document without quotes, one error"
    );
    let row = &rows[0];
    let field = |name: &str| row[column(name)].to_string();
    let json_str = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let speaker = &quote["speaker"];
    for (name, expected) in [
        ("id", "d,1".to_string()),
        ("quote", "0".to_string()),
        ("kind", json_str(&quote["kind"])),
        ("text", quote_text.to_string()),
        ("cue", json_str(&quote["cue"]["text"])),
        ("speaker", "Mr Pence".to_string()),
        ("speaker_kind", "person".to_string()),
        ("mention", json_str(&speaker["mention"])),
        ("resolved_by", json_str(&speaker["resolved_by"])),
        ("stance", json_str(&quote["stance"]["label"])),
        ("start", quote["span"][0].to_string()),
        ("end", quote["span"][1].to_string()),
        ("char_start", quote["char_span"][0].to_string()),
        ("char_end", quote["char_span"][1].to_string()),
        ("paragraph", quote["paragraph"].to_string()),
        ("sentence", quote["sentence"].to_string()),
        ("error", String::new()),
    ] {
        assert_eq!(field(name), expected, "column {name}");
    }
    assert_eq!(
        field("paragraph"),
        "1",
        "the quote opens the second paragraph"
    );
    assert_eq!(field("cue"), "said");
    assert_eq!(
        field("score").parse::<f64>().ok(),
        quote["stance"]["score"].as_f64()
    );
    assert_eq!(&rows[1][0], "quiet");
    assert!(rows[1].iter().skip(1).all(str::is_empty));
    assert_eq!(&rows[2][0], "bad");
    assert_eq!(&rows[2][column("error")], "stdin:3: no \"text\" field");
    assert!(rows[2]
        .iter()
        .skip(1)
        .take(header.len() - 2)
        .all(str::is_empty));
}

#[test]
fn csv_organizations_have_their_acronym_and_government_flag() {
    let text = "Royal College of Midwives (RCM) director Hannah Whitcombe said: \u{201c}This offer is an insult.\u{201d}";
    let out = sayso(&["analyze", "--format", "csv", "-"], text.as_bytes());
    assert_succeeded(&out);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().expect("a header row").clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a CSV row")).collect();
    assert_eq!(rows.len(), 1);
    let field = |name: &str| {
        let at = header.iter().position(|h| h == name).expect("a column");
        rows[0][at].to_string()
    };
    assert_eq!(field("organization"), "Royal College of Midwives");
    assert_eq!(field("acronym"), "RCM");
    assert_eq!(field("government"), "false");
    assert_eq!(
        field("mention"),
        "Royal College of Midwives (RCM) director Hannah Whitcombe"
    );
    assert_eq!(field("resolved_by"), "explicit");
    assert_eq!(
        (field("paragraph"), field("sentence")),
        ("0".into(), "0".into())
    );
}

#[test]
fn gzip_json_lines_and_directories_are_read_recursively() {
    use flate2::write::GzEncoder;
    let dir = temp_dir("gz");
    let seeds = seed_texts();
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    for (id, text) in &seeds[..2] {
        writeln!(gz, "{}", json_line(id, text)).expect("compress");
    }
    let compressed = gz.finish().expect("compress");
    std::fs::create_dir_all(dir.join("b/nested")).expect("dirs");
    std::fs::write(dir.join("a.jsonl.gz"), &compressed).expect("write");
    std::fs::write(dir.join("b/nested/c.txt"), &seeds[2].1).expect("write");
    std::fs::write(dir.join("b/notes.md"), &seeds[3].1).expect("write");
    std::fs::write(dir.join("b/.hidden.txt"), &seeds[3].1).expect("write");
    std::fs::write(
        dir.join("d.jsonl"),
        json_line(&seeds[4].0, &seeds[4].1) + "\n",
    )
    .expect("write");

    let gz_path = dir.join("a.jsonl.gz");
    let alone = sayso(&["analyze", gz_path.to_str().unwrap_or_default()], b"");
    assert!(alone.status.success());
    let ids: Vec<String> = ids_of(&alone);
    assert_eq!(ids, [seeds[0].0.clone(), seeds[1].0.clone()]);
    let plain = sayso(
        &["analyze", "-"],
        (json_line(&seeds[0].0, &seeds[0].1) + "\n" + &json_line(&seeds[1].0, &seeds[1].1))
            .as_bytes(),
    );
    assert_eq!(alone.stdout, plain.stdout, "gzip changes nothing");
    let piped = sayso(&["analyze", "-"], &compressed);
    assert_eq!(piped.stdout, plain.stdout, "gzip on standard input too");

    let all = sayso(&["analyze", dir.to_str().unwrap_or_default()], b"");
    assert_succeeded(&all);
    let ids: Vec<String> = ids_of(&all);
    assert_eq!(
        ids,
        [seeds[0].0.as_str(), &seeds[1].0, "b/nested/c", &seeds[4].0]
    );
    let with_md = sayso(
        &[
            "analyze",
            "--ext",
            "txt,md",
            dir.to_str().unwrap_or_default(),
        ],
        b"",
    );
    let ids: Vec<String> = ids_of(&with_md);
    assert_eq!(
        ids,
        [
            seeds[0].0.as_str(),
            &seeds[1].0,
            "b/nested/c",
            "b/notes",
            &seeds[4].0
        ]
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_corrupt_gzip_file_gives_an_error_line_and_the_run_goes_on() {
    use flate2::write::GzEncoder;
    let dir = temp_dir("badgz");
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    for n in 0..200 {
        writeln!(
            gz,
            "{}",
            json_line(
                &format!("d{n}"),
                &format!("Mr Smith said: \u{201c}We will strike {n} times.\u{201d}")
            )
        )
        .expect("compress");
    }
    let mut compressed = gz.finish().expect("compress");
    compressed.truncate(compressed.len() / 2);
    let bad = dir.join("bad.jsonl.gz");
    std::fs::write(&bad, &compressed).expect("write");
    let good = dir.join("good.txt");
    std::fs::write(&good, "Mr Smith said: \u{201c}We will strike.\u{201d}").expect("write");
    let out = sayso(
        &[
            "analyze",
            bad.to_str().unwrap_or_default(),
            good.to_str().unwrap_or_default(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    let last_two: Vec<&serde_json::Value> = recs.iter().rev().take(2).collect();
    assert_eq!(last_two[0]["id"], "good");
    assert!(last_two[0]["error"].is_null());
    assert!(
        last_two[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("bad.jsonl.gz:") && e.contains("read error")),
        "{}",
        last_two[1]
    );
    for r in &recs[..recs.len() - 2] {
        assert!(r["error"].is_null(), "{r}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn text_files_over_the_size_cap_are_reported_not_read() {
    let dir = temp_dir("cap");
    let big = dir.join("big.txt");
    std::fs::write(
        &big,
        "Mr Smith said: \u{201c}We will strike.\u{201d} ".repeat(100),
    )
    .expect("write");
    let out = sayso(
        &[
            "analyze",
            "--max-bytes",
            "1k",
            big.to_str().unwrap_or_default(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["id"], "big");
    assert!(
        recs[0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("over the size cap of 1000 bytes")),
        "{}",
        recs[0]
    );
    let fine = sayso(
        &[
            "analyze",
            "--max-bytes",
            "1MiB",
            big.to_str().unwrap_or_default(),
        ],
        b"",
    );
    assert!(fine.status.success());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_summary_on_stderr_unless_quiet_and_no_progress_on_a_pipe() {
    let out = sayso(&["analyze", "seeds"], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].starts_with("sayso: 5 documents, "), "{stderr}");
    assert!(
        lines[0].contains(" quotes, 0 errors in ") && lines[0].ends_with(" MB/s)"),
        "{stderr}"
    );
    let quiet = sayso(&["analyze", "--quiet", "seeds"], b"");
    assert!(quiet.stderr.is_empty());
    assert_eq!(quiet.stdout, out.stdout);
    let progress = sayso(&["analyze", "--progress", "seeds"], b"");
    assert_eq!(progress.stdout, out.stdout);
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    for args in [
        &["analyze", "--jobs", "0", "seeds"][..],
        &["analyze", "--format", "xml", "seeds"],
        &["analyze", "--max-bytes", "ten", "seeds"],
        &["analyze", "seeds", "no/such/dir"],
        &["analyze"],
    ] {
        let out = sayso(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn output_to_a_file() {
    let dir = temp_dir("out");
    let path = dir.join("out.csv");
    let out = sayso(
        &[
            "analyze",
            "--format",
            "csv",
            "-o",
            path.to_str().unwrap_or_default(),
            "seeds",
        ],
        b"",
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let to_stdout = sayso(&["analyze", "--format", "csv", "seeds"], b"");
    assert_eq!(std::fs::read(&path).expect("written"), to_stdout.stdout);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn stdin_text_opening_with_a_brace_is_one_text_document() {
    let text = "{Editor’s note: updated.}\nMr Kline said: “We are very angry about this offer.”\n";
    let out = sayso(&["analyze", "-q", "-"], text.as_bytes());
    assert_succeeded(&out);
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(
        recs[0]["quotes"][0]["text"],
        "We are very angry about this offer."
    );
}

#[test]
fn explain_takes_the_inputs_and_options_of_analyze() {
    let dir = temp_dir("explain");
    let input = dir.join("in.jsonl");
    std::fs::write(
        &input,
        "{\"doc\": \"a\", \"body\": \"A White House spokesman said: \\u201cThe deal is fair.\\u201d\"}\n\
         {\"doc\": \"b\", \"body\": \" \"}\n",
    )
    .expect("write");
    let target = dir.join("us.txt");
    std::fs::write(&target, "White House\n").expect("write");
    let output = dir.join("out.txt");
    let out = sayso(
        &[
            "explain",
            "--id-field",
            "doc",
            "--text-field",
            "body",
            "--target",
            target.to_str().unwrap_or_default(),
            "-o",
            output.to_str().unwrap_or_default(),
            input.to_str().unwrap_or_default(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "document b is empty");
    assert!(out.stdout.is_empty(), "written to -o");
    let written = std::fs::read_to_string(&output).expect("written");
    assert!(
        written.starts_with("== a\n[1] direct quote, bytes "),
        "{written}"
    );
    assert!(
        written.contains(
            "said by White House spokesman (description, mention \"A White House spokesman\""
        ),
        "{written}"
    );
    assert!(written.contains("; White House, government\n"), "{written}");
    assert!(
        written.contains(&format!(
            "== b\nerror: {}:2: empty document\n",
            input.display()
        )),
        "{written}"
    );
    let fine = sayso(&["explain", "seeds/004_4530aa13ea0a9502.txt"], b"");
    assert_succeeded(&fine);
    assert!(String::from_utf8_lossy(&fine.stdout).starts_with("== 004_4530aa13ea0a9502\n[1] "));
    let usage = sayso(&["explain", "no/such/file"], b"");
    assert_eq!(usage.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

/// The first quote's text, speaker and byte span in the first record of `out`.
fn first_quote(out: &Output) -> (String, String, [u64; 2]) {
    let recs = records(out);
    let q = &recs[0]["quotes"][0];
    (
        q["text"].as_str().unwrap_or_default().to_string(),
        q["speaker"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        [
            q["span"][0].as_u64().unwrap_or_default(),
            q["span"][1].as_u64().unwrap_or_default(),
        ],
    )
}

#[test]
fn a_byte_order_mark_is_dropped_and_offsets_count_from_after_it() {
    let text = "\u{201c}It is over,\u{201d} said Ms Jones.";
    let plain = sayso(&["analyze", "-"], text.as_bytes());
    let with_bom = format!("\u{feff}{text}");
    let piped = sayso(&["analyze", "-"], with_bom.as_bytes());
    assert_succeeded(&piped);
    assert_eq!(piped.stdout, plain.stdout);
    assert_eq!(
        first_quote(&piped),
        ("It is over,".into(), "Ms Jones".into(), [3, 14])
    );

    let dir = temp_dir("bom");
    std::fs::write(dir.join("a.txt"), &with_bom).expect("write");
    let line = json_line("a", text) + "\n";
    std::fs::write(dir.join("b.jsonl"), format!("\u{feff}{line}")).expect("write");
    let out = sayso(&["analyze", dir.to_str().unwrap_or_default()], b"");
    assert_succeeded(&out);
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["quotes"], recs[1]["quotes"]);
    assert_eq!(recs[0]["quotes"], records(&plain)[0]["quotes"]);
    // JSON Lines on standard input, behind a mark.
    let piped_jsonl = sayso(&["analyze", "-"], format!("\u{feff}{line}").as_bytes());
    assert_eq!(ids_of(&piped_jsonl), ["a"]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn each_encoding_reads_its_bytes() {
    // `café: “It is over,” said Ms Jones.` in Windows-1252.
    let cp1252 = b"caf\xe9: \x93It is over,\x94 said Ms Jones.";
    let utf8 = "café: \u{201c}It is over,\u{201d} said Ms Jones.";
    let expected = sayso(&["analyze", "-"], utf8.as_bytes());
    assert_eq!(
        first_quote(&expected),
        ("It is over,".into(), "Ms Jones".into(), [10, 21])
    );
    for label in ["windows-1252", "latin1", "ISO-8859-1", "cp1252"] {
        let out = sayso(&["analyze", "--encoding", label, "-"], cp1252);
        assert_succeeded(&out);
        assert_eq!(out.stdout, expected.stdout, "--encoding {label}");
    }
    // UTF-8 is the default and the bytes are an error there: the record says where.
    for args in [
        &["analyze", "-"][..],
        &["analyze", "--encoding", "utf-8", "-"],
    ] {
        let out = sayso(args, cp1252);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            records(&out)[0]["error"],
            "stdin: invalid UTF-8 at byte 3 (another encoding? see --encoding)"
        );
    }
    // UTF-8 read as Windows-1252 is mojibake, not an error: the choice is the user's.
    let out = sayso(
        &["analyze", "--encoding", "windows-1252", "-"],
        utf8.as_bytes(),
    );
    assert_succeeded(&out);
    // An ISO-8859-15 file: 0xA4 is the euro sign there.
    let out = sayso(
        &["analyze", "--encoding", "iso-8859-15", "-"],
        b"\"It costs \xa45,\" said Ms Jones.",
    );
    assert_eq!(first_quote(&out).0, "It costs \u{20ac}5,");
    for bad in ["klingon", "utf-16le"] {
        let out = sayso(&["analyze", "--encoding", bad, "seeds"], b"");
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(out.stdout.is_empty());
    }
}

#[cfg(unix)]
#[test]
fn skipped_directory_entries_are_counted_in_the_summary() {
    let dir = temp_dir("skipped");
    std::fs::write(dir.join("a.txt"), "\u{201c}No,\u{201d} said Ms Jones.").expect("write");
    std::fs::write(dir.join("notes.html"), "<p>no</p>").expect("write");
    std::fs::write(dir.join("data.csv"), "a,b").expect("write");
    std::fs::write(dir.join(".hidden.txt"), "no").expect("write");
    std::os::unix::fs::symlink(dir.join("gone.txt"), dir.join("dangling.txt")).expect("symlink");
    std::fs::create_dir(dir.join("sub")).expect("dir");
    std::os::unix::fs::symlink(dir.join("sub"), dir.join("loop")).expect("symlink");
    let fifo = Command::new("mkfifo")
        .arg(dir.join("pipe.txt"))
        .status()
        .is_ok_and(|s| s.success());
    let out = sayso(&["analyze", dir.to_str().unwrap_or_default()], b"");
    assert_succeeded(&out);
    assert_eq!(ids_of(&out), ["a"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = if fifo {
        "sayso: 6 directory entries skipped: 1 hidden, 1 dangling link, 1 link to a directory, 1 special file, 2 with another extension (see --ext)\n"
    } else {
        "sayso: 5 directory entries skipped: 1 hidden, 1 dangling link, 1 link to a directory, 2 with another extension (see --ext)\n"
    };
    assert!(stderr.ends_with(expected), "{stderr}");
    let explained = sayso(&["explain", dir.to_str().unwrap_or_default()], b"");
    assert!(String::from_utf8_lossy(&explained.stderr).ends_with(expected));
    let quiet = sayso(&["analyze", "-q", dir.to_str().unwrap_or_default()], b"");
    assert!(quiet.stderr.is_empty());
    std::fs::remove_dir_all(&dir).ok();
}
