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

#[test]
fn a_directory_gives_one_line_per_txt_file_in_order() {
    let out = sayso(&["analyze", "seeds"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids: Vec<String> = records(&out)
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("").to_string())
        .collect();
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
