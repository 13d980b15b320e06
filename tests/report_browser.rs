//! The HTML report in a real browser: headless Chromium (Debian's package)
//! renders the report of the seeds (and, with `../shared` beside the
//! repository, of PolNeAR dev plus BBC UK dev, with dates and outlets), and
//! the DOM it builds must hold the charts and the report's numbers, and its
//! screenshot must show the charts' colours.
//!
//! The pages and screenshots are left in `target/tmp/report-browser/`.
//! Without Chromium the test says so and passes, unless
//! `SAYSO_REQUIRE_BROWSER` is set (`.ci/run` installs Chromium, then sets it).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// What `sayso args` prints for `stdin`; exit status 1 (some documents
/// had errors) is fine here, a failure is not.
fn stdout_of(args: &[&str], stdin: &[u8]) -> Vec<u8> {
    let output = common::sayso(args, stdin);
    assert!(
        output.status.code().is_some_and(|c| c <= 1),
        "sayso {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            let found = Command::new("which").arg(name).output().ok()?;
            let path = String::from_utf8(found.stdout).ok()?;
            (found.status.success() && !path.trim().is_empty()).then(|| PathBuf::from(path.trim()))
        })
}

/// Runs headless Chromium on `page` with `args`; its standard output.
fn run_chromium(browser: &Path, page: &Path, args: &[&str]) -> Vec<u8> {
    let out_file = page.with_extension(format!("{}.out", args.len()));
    // A profile of its own, and /tmp rather than a container's small /dev/shm.
    let profile = format!(
        "--user-data-dir={}",
        page.with_extension("profile").display()
    );
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--no-first-run",
            &profile,
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(std::fs::File::create(&out_file).expect("output file"))
        .stderr(Stdio::null())
        .spawn()
        .expect("run chromium");
    let started = Instant::now();
    while child.try_wait().expect("wait for chromium").is_none() {
        if started.elapsed() > Duration::from_secs(120) {
            child.kill().ok();
            panic!("chromium did not finish in 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    std::fs::read(&out_file).expect("chromium output")
}

/// How many pixels of the screenshot are not (nearly) white, and whether it
/// shows each of `colors` somewhere.
fn look_at(png_path: &Path, colors: &[[u8; 3]]) -> (f64, Vec<bool>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).expect("screenshot"),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    let channels = info.color_type.samples();
    assert!(channels >= 3, "an RGB screenshot");
    let mut inked = 0usize;
    let mut seen = vec![false; colors.len()];
    let count = (info.width * info.height) as usize;
    for pixel in pixels[..count * channels].chunks(channels) {
        let rgb = [pixel[0], pixel[1], pixel[2]];
        if rgb.iter().any(|&c| c < 235) {
            inked += 1;
        }
        for (color, seen) in colors.iter().zip(&mut seen) {
            if rgb.iter().zip(color).all(|(a, b)| a.abs_diff(*b) <= 6) {
                *seen = true;
            }
        }
    }
    (inked as f64 / count as f64, seen)
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Renders the report of `records` with `args`, and checks it in Chromium.
fn check_in_browser(browser: &Path, name: &str, records: &[u8], args: &[&str], charts: usize) {
    // Kept after the run, to be looked at.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-browser");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let page = dir.join(format!("{name}.html"));
    let mut html_args = vec!["report", "-o", page.to_str().expect("path")];
    html_args.extend_from_slice(args);
    stdout_of(&html_args, records);
    let mut json_args = vec!["report", "--format", "json"];
    json_args.extend_from_slice(args);
    let report: Value = serde_json::from_slice(&stdout_of(&json_args, records)).expect("JSON");

    let dom = String::from_utf8(run_chromium(browser, &page, &["--dump-dom"])).expect("UTF-8 DOM");
    assert_eq!(
        dom.matches("<svg class=\"chart\" role=\"img\"").count(),
        charts,
        "{name}: the charts are in the DOM"
    );
    let corpus = &report["corpus"];
    let number = |value: &Value| thousands(value.as_u64().expect("a count"));
    for (label, value) in [
        ("Documents", &corpus["documents"]),
        ("Quotes", &corpus["quotes"]),
    ] {
        let tile = format!("<dt>{label}</dt><dd>{}<small>", number(value));
        assert!(dom.contains(&tile), "{name}: {tile}");
    }
    for voice in report["speakers"]
        .as_array()
        .into_iter()
        .chain(report["organizations"].as_array())
        .flatten()
    {
        let quotes = number(&voice["quotes"]);
        // In the tables, and in the charts as the bar's note.
        let row = format!("<td class=\"n\">{quotes}</td>");
        assert!(dom.contains(&row), "{name}: {row}");
        let note = format!("{quotes} · ");
        assert!(dom.contains(&note), "{name}: {note}");
        let label = escape(voice["name"].as_str().expect("a name"));
        assert!(dom.contains(&format!("<td>{label}")), "{name}: {label}");
    }

    let shot = dir.join(format!("{name}.png"));
    let screenshot = format!("--screenshot={}", shot.display());
    run_chromium(browser, &page, &[&screenshot, "--window-size=1000,3000"]);
    let negative = [0xD5, 0x5E, 0x00];
    let positive = [0x00, 0x72, 0xB2];
    let government = [0x00, 0x9E, 0x73];
    let (inked, seen) = look_at(&shot, &[negative, positive, government]);
    assert!(
        inked > 0.05,
        "{name}: the screenshot is nearly blank ({inked:.3} inked)"
    );
    assert_eq!(
        seen,
        [true, true, true],
        "{name}: the charts' colours are on screen"
    );
    eprintln!(
        "{name}: {charts} charts in the DOM; screenshot {} ({:.0}% inked)",
        shot.display(),
        inked * 100.0
    );
}

#[test]
fn the_report_renders_in_chromium_with_its_charts_and_numbers() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("SAYSO_REQUIRE_BROWSER").is_none(),
            "SAYSO_REQUIRE_BROWSER is set but Chromium is not installed"
        );
        eprintln!("skipped: no Chromium (apt-get install chromium)");
        return;
    };
    let seeds = stdout_of(
        &[
            "analyze",
            "-q",
            concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"),
        ],
        b"",
    );
    check_in_browser(&browser, "seeds", &seeds, &[], 5);

    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold");
    let (Ok(polnear), Ok(bbc)) = (
        std::fs::read_to_string(shared.join("polnear-dev-quoted.jsonl")),
        std::fs::read(shared.join("bbc-uk-dev.jsonl")),
    ) else {
        eprintln!("PolNeAR dev and BBC UK dev skipped: no ../shared");
        return;
    };
    // PolNeAR ids are OUTLET_DATE_SLUG: the outlet and date become fields.
    let mut dated = Vec::new();
    for line in polnear.lines().filter(|l| !l.trim().is_empty()) {
        let mut record: Value = serde_json::from_str(line).expect("gold JSON");
        let id = record["id"].as_str().unwrap_or("").to_string();
        let mut parts = id.splitn(3, '_');
        if let (Some(outlet), Some(date)) = (parts.next(), parts.next()) {
            record["outlet"] = outlet.into();
            record["date"] = date.into();
        }
        serde_json::to_writer(&mut dated, &record).expect("JSON");
        dated.push(b'\n');
    }
    let mut records = stdout_of(&["analyze", "-q", "--keep", "outlet,date", "-"], &dated);
    records.extend(stdout_of(
        &["analyze", "-q", "--keep", "outlet,date", "-"],
        &bbc,
    ));
    check_in_browser(
        &browser,
        "polnear-bbc",
        &records,
        &[
            "--date-field",
            "date",
            "--group-field",
            "outlet",
            "--period",
            "week",
        ],
        8,
    );
}
