//! A [`Report`] as one self-contained HTML page, or as Markdown tables.
//!
//! The templates (`templates/`, compiled in) are minijinja's Jinja syntax,
//! fed the report as serialized for `--format json`, so every format shows
//! the same numbers; the charts (`charts.rs`, plotters) are inline SVG, the style
//! inline CSS. The page loads nothing: no script, font or image from
//! anywhere, so it opens from disk, offline, and prints as it shows.

use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Serde, Value};
use minijinja::{context, AutoEscape, Environment, HtmlEscape};
use serde::Serialize;

use super::charts::{self, Bar, Line, StanceRow};
use super::{Example, Report, ReportError, StanceCounts};

/// A quote shown longer than this many characters is cut (at a word).
const SHOWN_CHARS: usize = 600;

/// The report as one HTML page.
pub fn html(report: &Report) -> Result<String, ReportError> {
    render("report.html", report, &Charts::of(report)?)
}

/// The report as Markdown: headings, figures and tables, no charts.
pub fn markdown(report: &Report) -> Result<String, ReportError> {
    render("report.md", report, &Charts::default())
}

fn environment() -> Result<Environment<'static>, ReportError> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(template_error)?;
    env.set_syntax(syntax);
    for (name, source) in [
        ("report.html", include_str!("templates/report.html")),
        ("report.css", include_str!("templates/report.css")),
        ("report.md", include_str!("templates/report.md")),
    ] {
        env.add_template(name, source).map_err(template_error)?;
    }
    env.add_filter("num", |n: u64| charts::thousands(n));
    env.add_filter("pct", percent_of);
    env.add_filter("signed", |x: Option<f64>| {
        x.map_or("–".to_string(), charts::signed)
    });
    env.add_filter("cell", markdown_cell);
    env.add_filter(
        "plural",
        |word: String, n: u64| {
            if n == 1 {
                word
            } else {
                format!("{word}s")
            }
        },
    );
    Ok(env)
}

fn render(name: &str, report: &Report, charts: &Charts) -> Result<String, ReportError> {
    let env = environment()?;
    let template = env.get_template(name).map_err(template_error)?;
    let examples: Vec<ExamplesView> = report.examples.iter().map(ExamplesView::of).collect();
    let title = report
        .options
        .title
        .clone()
        .unwrap_or_else(|| "Who gets quoted".to_string());
    template
        .render(context! {
            title,
            report => Value::from(Serde(report)),
            charts => Value::from(Serde(charts)),
            examples => Value::from(Serde(&examples)),
            colors => context! {
                negative => hex(charts::NEGATIVE),
                neutral => hex(charts::NEUTRAL),
                positive => hex(charts::POSITIVE),
                government => hex(charts::GOVERNMENT),
                others => hex(charts::OTHERS),
                series => charts::SERIES.iter().map(|&c| hex(c)).collect::<Vec<_>>(),
            },
        })
        .map_err(template_error)
}

fn template_error(e: minijinja::Error) -> ReportError {
    ReportError::Render(format!("{e:#}"))
}

/// The charts of the page, as SVG (absent when there is nothing to draw).
#[derive(Debug, Default, Serialize)]
struct Charts {
    speakers: Option<String>,
    organizations: Option<String>,
    government: Option<String>,
    organization_stance: Option<String>,
    speaker_stance: Option<String>,
    timeline_quotes: Option<String>,
    timeline_net: Option<String>,
    /// The organizations drawn in `timeline_net`, with their colours.
    timeline_series: Vec<(String, String)>,
    groups: Option<String>,
}

impl Charts {
    fn of(report: &Report) -> Result<Charts, ReportError> {
        let voice_bars = |voices: &[super::Voice]| -> Vec<Bar> {
            voices
                .iter()
                .map(|v| Bar {
                    label: v.name.clone(),
                    value: v.quotes,
                    note: format!("{} · {}", charts::thousands(v.quotes), percent_of(v.share)),
                    government: v.government,
                })
                .collect()
        };
        // Stance rows, most negative first.
        let stance_rows = |voices: &[super::Voice]| -> Vec<StanceRow> {
            let mut rows: Vec<(f64, StanceRow)> = voices
                .iter()
                .map(|v| {
                    let row = StanceRow {
                        label: v.name.clone(),
                        counts: counts(&v.stance),
                        note: format!("n = {}", charts::thousands(v.quotes)),
                    };
                    (v.stance.net.unwrap_or(0.0), row)
                })
                .collect();
            rows.sort_by(|a, b| a.0.total_cmp(&b.0));
            rows.into_iter().map(|(_, row)| row).collect()
        };
        let nonempty = |rows: &[_]| !rows.is_empty();
        let mut out = Charts::default();
        if nonempty(&report.speakers) {
            out.speakers = Some(charts::bars(
                "Top speakers by number of quotes",
                &voice_bars(&report.speakers),
            )?);
            out.speaker_stance = Some(charts::stance_rows(
                "Stance of the top speakers",
                &stance_rows(&report.speakers),
            )?);
        }
        if nonempty(&report.organizations) {
            out.organizations = Some(charts::bars(
                "Top organizations by number of quotes",
                &voice_bars(&report.organizations),
            )?);
            out.organization_stance = Some(charts::stance_rows(
                "Stance of the top organizations",
                &stance_rows(&report.organizations),
            )?);
        }
        let split = &report.government;
        if report.corpus.quotes > 0 {
            let side = |label: &str, side: &super::Side| StanceRow {
                label: label.to_string(),
                counts: counts(&side.stance),
                note: format!(
                    "{} quotes · {}",
                    charts::thousands(side.quotes),
                    percent_of(side.share)
                ),
            };
            out.government = Some(charts::stance_rows(
                "Quotes and stance of the government and of everyone else",
                &[
                    side("Government sources", &split.government),
                    side("Other organizations", &split.other_organizations),
                    side("No organization", &split.no_organization),
                ],
            )?);
        }
        if let Some(timeline) = report.timeline.as_ref().filter(|t| !t.points.is_empty()) {
            let periods: Vec<String> = timeline.points.iter().map(|p| p.period.clone()).collect();
            let per_period: Vec<[u64; 3]> =
                timeline.points.iter().map(|p| counts(&p.stance)).collect();
            out.timeline_quotes = Some(charts::stance_columns(
                "Quotes per period, by stance",
                &periods,
                &per_period,
            )?);
            let net = |points: &[super::Point]| -> Vec<Option<f64>> {
                points
                    .iter()
                    .map(|p| p.stance.net.filter(|_| p.quotes > 0))
                    .collect()
            };
            let mut lines = vec![Line {
                values: net(&timeline.points),
                color: plotters::style::BLACK,
                width: 3,
            }];
            // The top organizations with dated quotes, as many as there are colours.
            let dated = timeline
                .organizations
                .iter()
                .filter(|series| series.points.iter().any(|p| p.quotes > 0));
            for (series, &color) in dated.zip(&charts::SERIES) {
                lines.push(Line {
                    values: net(&series.points),
                    color,
                    width: 2,
                });
                out.timeline_series.push((series.name.clone(), hex(color)));
            }
            out.timeline_net = Some(charts::net_lines(
                "Net stance per period",
                &periods,
                &lines,
            )?);
        }
        let quoted = |g: &&super::Groups| g.groups.iter().any(|g| g.quotes > 0);
        if let Some(groups) = report.groups.as_ref().filter(quoted) {
            let rows: Vec<StanceRow> = groups
                .groups
                .iter()
                .map(|g| StanceRow {
                    label: g.name.clone(),
                    counts: counts(&g.stance),
                    note: format!("n = {}", charts::thousands(g.quotes)),
                })
                .collect();
            out.groups = Some(charts::stance_rows("Stance by group", &rows)?);
        }
        Ok(out)
    }
}

fn counts(stance: &StanceCounts) -> [u64; 3] {
    [stance.negative, stance.neutral, stance.positive]
}

fn hex(color: plotters::style::RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}

/// `14.8%` (`0.4%`, `<0.1%`).
fn percent(share: f64) -> String {
    let pct = share * 100.0;
    if pct > 0.0 && pct < 0.05 {
        "<0.1%".to_string()
    } else {
        format!("{pct:.1}%")
    }
}

fn percent_of(share: Option<f64>) -> String {
    share.map_or("–".to_string(), percent)
}

/// A value for a Markdown table cell: pipes escaped, one line.
fn markdown_cell(value: String) -> String {
    value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// An organization's example quotes, ready to show.
#[derive(Debug, Serialize)]
struct ExamplesView {
    organization: String,
    government: bool,
    most_negative: Vec<ExampleView>,
    most_positive: Vec<ExampleView>,
}

#[derive(Debug, Serialize)]
struct ExampleView {
    document: String,
    speaker: Option<String>,
    score: String,
    /// The quote's text (cut when long), escaped, its evidence in `<mark>`.
    html: String,
    /// The same as plain text.
    text: String,
    evidence: Vec<EvidenceView>,
}

#[derive(Debug, Serialize)]
struct EvidenceView {
    text: String,
    weight: String,
    rule: String,
}

impl ExamplesView {
    fn of(examples: &super::Examples) -> ExamplesView {
        ExamplesView {
            organization: examples.organization.clone(),
            government: examples.government,
            most_negative: examples.most_negative.iter().map(ExampleView::of).collect(),
            most_positive: examples.most_positive.iter().map(ExampleView::of).collect(),
        }
    }
}

impl ExampleView {
    fn of(example: &Example) -> ExampleView {
        let text = &example.text;
        // Evidence inside the quote, as spans of its text, in order and apart.
        let mut marks: Vec<(usize, usize, f64)> = example
            .evidence
            .iter()
            .filter_map(|e| {
                let start = e.span[0].checked_sub(example.span[0])?;
                let end = e.span[1].checked_sub(example.span[0])?;
                (text.get(start..end)? == e.text).then_some((start, end, e.weight.unwrap_or(0.0)))
            })
            .collect();
        marks.sort_by_key(|&(start, end, _)| (start, end));
        marks.dedup_by(|next, kept| next.0 < kept.1);
        let last_mark = marks.last().map_or(0, |&(_, end, _)| end);
        let shown = cut_at_word(text, SHOWN_CHARS, last_mark);
        let mut html = String::new();
        let mut at = 0;
        for &(start, end, weight) in marks.iter().filter(|m| m.1 <= shown.len()) {
            html.push_str(&HtmlEscape(shown.get(at..start).unwrap_or("")).to_string());
            let class = if weight < 0.0 { "neg" } else { "pos" };
            html.push_str(&format!(
                "<mark class=\"{class}\">{}</mark>",
                HtmlEscape(shown.get(start..end).unwrap_or(""))
            ));
            at = end;
        }
        html.push_str(&HtmlEscape(shown.get(at..).unwrap_or("")).to_string());
        if shown.len() < text.len() {
            html.push('…');
        }
        ExampleView {
            document: example.document.clone(),
            speaker: example.speaker.clone(),
            score: charts::signed(example.score),
            html,
            text: if shown.len() < text.len() {
                format!("{shown}…")
            } else {
                shown.to_string()
            },
            evidence: example
                .evidence
                .iter()
                .map(|e| EvidenceView {
                    text: e.text.clone(),
                    weight: e.weight.map_or("–".to_string(), charts::signed),
                    rule: e.rule.clone(),
                })
                .collect(),
        }
    }
}

/// `text` up to about `chars` characters, cut after a word, but never
/// before byte `keep` (a char boundary).
fn cut_at_word(text: &str, chars: usize, keep: usize) -> &str {
    let Some((limit, _)) = text.char_indices().nth(chars) else {
        return text;
    };
    let end = if keep > limit {
        // To the end of the word holding `keep`.
        let rest = text.get(keep..).unwrap_or("");
        rest.find(char::is_whitespace)
            .map_or(text.len(), |i| keep + i)
    } else {
        match text
            .get(..limit)
            .and_then(|cut| cut.rfind(char::is_whitespace))
        {
            Some(space) if space > limit / 2 => space,
            _ => limit,
        }
    };
    text.get(..end).unwrap_or(text).trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ExampleEvidence;

    #[test]
    fn evidence_inside_the_quote_is_marked_and_the_text_escaped() {
        let example = Example {
            document: "d".into(),
            speaker: Some("Ms Jones".into()),
            text: "This <offer> is an insult & a disgrace".into(),
            kind: crate::QuoteKind::Direct,
            span: [100, 138],
            score: -0.8,
            evidence: vec![
                ExampleEvidence {
                    text: "insult".into(),
                    span: [119, 125],
                    weight: Some(-1.5),
                    rule: "lexicon".into(),
                },
                ExampleEvidence {
                    text: "said".into(),
                    span: [141, 145],
                    weight: Some(-0.1),
                    rule: "cue".into(),
                },
                ExampleEvidence {
                    text: "disgrace".into(),
                    span: [130, 138],
                    weight: Some(-2.0),
                    rule: "lexicon".into(),
                },
            ],
        };
        let view = ExampleView::of(&example);
        assert_eq!(
            view.html,
            "This &lt;offer&gt; is an <mark class=\"neg\">insult</mark> &amp; a <mark class=\"neg\">disgrace</mark>"
        );
        assert_eq!(
            view.evidence.len(),
            3,
            "evidence outside the quote is listed, not marked"
        );
        assert_eq!(view.score, "−0.80");
    }

    #[test]
    fn long_quotes_are_cut_after_a_word() {
        assert_eq!(cut_at_word("one two three", 9, 0), "one two");
        assert_eq!(cut_at_word("one two three", 20, 0), "one two three");
        assert_eq!(cut_at_word("one two three", 5, 6), "one two");
        assert_eq!(cut_at_word("one two three", 5, 9), "one two three");
        assert_eq!(cut_at_word("ééééé ééé", 7, 0), "ééééé");
    }

    #[test]
    fn markdown_cells_hold_one_line_without_bare_pipes() {
        assert_eq!(markdown_cell("a |b\n c".into()), "a \\|b c");
    }
}
