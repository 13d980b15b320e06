//! The `sayso` binary: inputs, one output line per document, eval, stance and targets.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn sayso(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(mut pipe) = child.stdin.take() {
        pipe.write_all(stdin.unwrap_or_default())
            .expect("stdin is writable");
    }
    child.wait_with_output().expect("the binary finishes")
}

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
    let out = sayso(&["analyze", "seeds"], None);
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
    let out = sayso(&["analyze", path.to_str().unwrap_or_default()], None);
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
        Some("“It is over,” said the minister.".as_bytes()),
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["quotes"][0]["text"], "It is over,");
}

#[test]
fn a_user_target_changes_who_counts_as_the_government() {
    let text = "A White House spokesman said: \u{201c}The administration has done a fair and reasonable job.\u{201d}";
    let default = sayso(&["analyze", "-"], Some(text.as_bytes()));
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
        Some(text.as_bytes()),
    );
    let us_quote = &records(&us)[0]["quotes"][0];
    assert_eq!(us_quote["organization"]["name"], "White House");
    assert_eq!(us_quote["organization"]["government"], true);
    assert_eq!(us_quote["speaker"]["name"], "White House spokesman");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_prints_the_reference_scorers_figures() {
    let out = sayso(&["eval", "fixtures/seeds.jsonl"], None);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("documents          5\n"), "{text}");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/score.py");
    if !script.exists() {
        eprintln!("skipped the comparison: {} is absent", script.display());
        return;
    }
    let pred = sayso(&["analyze", "fixtures/seeds.jsonl"], None);
    let pred_path = std::env::temp_dir().join(format!("sayso-pred-{}.jsonl", std::process::id()));
    std::fs::write(&pred_path, &pred.stdout).expect("write predictions");
    let Ok(reference) = Command::new("python3")
        .arg(&script)
        .arg("fixtures/seeds.jsonl")
        .arg(&pred_path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
    else {
        eprintln!("skipped the comparison: python3 is absent");
        return;
    };
    assert_eq!(String::from_utf8_lossy(&reference.stdout), text);
    std::fs::remove_file(&pred_path).ok();
}

#[test]
fn a_missing_input_is_a_usage_error() {
    let out = sayso(&["analyze", "no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
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
            None,
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
            format!("{source}:4: invalid UTF-8 at byte 29 of the line")
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
            let out = sayso(&full, None);
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
    assert_jobs_agree(&["fixtures/seeds.jsonl"]);
    assert_jobs_agree(&["--format", "csv", "seeds"]);
}

#[test]
fn one_and_two_jobs_give_byte_identical_output_on_polnear_dev() {
    let gold =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold/polnear-dev-quoted.jsonl");
    if !gold.exists() {
        eprintln!("skipped: {} is absent", gold.display());
        return;
    }
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
    let json = sayso(&["analyze", "-"], Some(input.as_bytes()));
    let quotes = records(&json)[0]["quotes"].clone();
    assert_eq!(quotes.as_array().map(Vec::len), Some(1), "{quotes}");
    let quote = quotes[0].clone();
    let quote_text = quote["text"].as_str().unwrap_or_default();
    assert!(
        quote_text.contains(',') && quote_text.contains('"') && quote_text.contains('\n'),
        "the test needs a quote with a comma, a double quote and a newline: {quote_text:?}"
    );

    let out = sayso(&["analyze", "--format", "csv", "-"], Some(input.as_bytes()));
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
    assert_eq!(
        header,
        [
            "id",
            "quote",
            "kind",
            "text",
            "speaker",
            "speaker_kind",
            "organization",
            "government",
            "stance",
            "score",
            "start",
            "end",
            "char_start",
            "char_end",
            "error"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a CSV row")).collect();
    assert_eq!(
        rows.len(),
        3,
        "one quote, one document without quotes, one error"
    );
    let row = &rows[0];
    assert_eq!(&row[0], "d,1");
    assert_eq!(&row[1], "0");
    assert_eq!(&row[2], quote["kind"].as_str().unwrap_or_default());
    assert_eq!(&row[3], quote["text"].as_str().unwrap_or_default());
    assert_eq!(&row[4], "Mr Pence");
    assert_eq!(&row[5], "person");
    assert_eq!(
        &row[8],
        quote["stance"]["label"].as_str().unwrap_or_default()
    );
    assert_eq!(
        row[9].parse::<f64>().ok(),
        quote["stance"]["score"].as_f64()
    );
    assert_eq!(&row[10], quote["span"][0].to_string());
    assert_eq!(&row[11], quote["span"][1].to_string());
    assert_eq!(&row[12], quote["char_span"][0].to_string());
    assert_eq!(&row[13], quote["char_span"][1].to_string());
    assert_eq!(&row[14], "");
    assert_eq!(&rows[1][0], "quiet");
    assert!(rows[1].iter().skip(1).all(str::is_empty));
    assert_eq!(&rows[2][0], "bad");
    assert_eq!(&rows[2][14], "stdin:3: no \"text\" field");
    assert!(rows[2].iter().skip(1).take(13).all(str::is_empty));
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
    let alone = sayso(&["analyze", gz_path.to_str().unwrap_or_default()], None);
    assert!(alone.status.success());
    let ids: Vec<String> = ids_of(&alone);
    assert_eq!(ids, [seeds[0].0.clone(), seeds[1].0.clone()]);
    let plain = sayso(
        &["analyze", "-"],
        Some(
            (json_line(&seeds[0].0, &seeds[0].1) + "\n" + &json_line(&seeds[1].0, &seeds[1].1))
                .as_bytes(),
        ),
    );
    assert_eq!(alone.stdout, plain.stdout, "gzip changes nothing");
    let piped = sayso(&["analyze", "-"], Some(&compressed));
    assert_eq!(piped.stdout, plain.stdout, "gzip on standard input too");

    let all = sayso(&["analyze", dir.to_str().unwrap_or_default()], None);
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
        None,
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
        None,
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
        None,
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
        None,
    );
    assert!(fine.status.success());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_summary_on_stderr_unless_quiet_and_no_progress_on_a_pipe() {
    let out = sayso(&["analyze", "seeds"], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].starts_with("sayso: 5 documents, "), "{stderr}");
    assert!(
        lines[0].contains(" quotes, 0 errors in ") && lines[0].ends_with(" MB/s)"),
        "{stderr}"
    );
    let quiet = sayso(&["analyze", "--quiet", "seeds"], None);
    assert!(quiet.stderr.is_empty());
    assert_eq!(quiet.stdout, out.stdout);
    let progress = sayso(&["analyze", "--progress", "seeds"], None);
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
        let out = sayso(args, None);
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
        None,
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let to_stdout = sayso(&["analyze", "--format", "csv", "seeds"], None);
    assert_eq!(std::fs::read(&path).expect("written"), to_stdout.stdout);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn stdin_text_opening_with_a_brace_is_one_text_document() {
    let text = "{Editor’s note: updated.}\nMr Kline said: “We are very angry about this offer.”\n";
    let out = sayso(&["analyze", "-q", "-"], Some(text.as_bytes()));
    assert_succeeded(&out);
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(
        recs[0]["quotes"][0]["text"],
        "We are very angry about this offer."
    );
}
