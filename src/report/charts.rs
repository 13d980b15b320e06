//! The report's charts, as inline SVG drawn with plotters' SVG backend.
//!
//! plotters maps values to pixels, picks the axis ticks and draws the grid
//! and the marks; the category labels and value notes are placed here, at
//! pixel positions, so that long names are cut to fit and no text overlaps.
//! Text stays `<text>` (the numbers are in the page's DOM, searchable and
//! read by screen readers), and takes the page's font: the backend needs no
//! font file, so widths are estimated (generously) from the characters.
//!
//! Colours: stance is Okabe and Ito's vermillion (negative), a light grey
//! (neutral) and blue (positive), told apart with any colour vision and in
//! greyscale print by their lightness too; lines use the rest of that palette.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::ReportError;

pub const NEGATIVE: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
pub const NEUTRAL: RGBColor = RGBColor(0xC8, 0xC8, 0xC8);
pub const POSITIVE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
/// Bars of government speakers and organizations …
pub const GOVERNMENT: RGBColor = RGBColor(0x00, 0x9E, 0x73);
/// … and of everyone else.
pub const OTHERS: RGBColor = RGBColor(0x6B, 0x77, 0x85);
/// The lines of the top organizations (the corpus as a whole is black).
pub const SERIES: [RGBColor; 4] = [
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0x56, 0xB4, 0xE9),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xCC, 0x79, 0xA7),
];
const INK: RGBColor = RGBColor(0x1F, 0x23, 0x28);
const MUTED: RGBColor = RGBColor(0x5F, 0x69, 0x74);
const GRID: RGBColor = RGBColor(0xE1, 0xE5, 0xEA);

/// The width of every chart, in CSS pixels at 100%.
const WIDTH: u32 = 720;
const ROW: u32 = 30;
const TOP: u32 = 4;
const AXIS: u32 = 26;
const FONT: f64 = 13.0;
/// The width of the category labels' column; longer labels are cut (the
/// tables have them whole).
const LABEL_COLUMN: u32 = 210;

/// One bar of a share-of-voice chart.
pub struct Bar {
    pub label: String,
    pub value: u64,
    /// Written after the bar (`12 · 9.3%`).
    pub note: String,
    pub government: bool,
}

/// One row of a stance chart: quotes by label, drawn as shares of the row.
pub struct StanceRow {
    pub label: String,
    pub counts: [u64; 3],
    /// Written after the bar (`n = 34`).
    pub note: String,
}

/// One line of a timeline chart: a value per period, or none.
pub struct Line {
    pub values: Vec<Option<f64>>,
    pub color: RGBColor,
    pub width: u32,
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Horizontal bars, one per row, top to bottom, with their notes.
pub fn bars(title: &str, rows: &[Bar]) -> std::result::Result<String, ReportError> {
    let max = rows.iter().map(|r| r.value).max().unwrap_or(0).max(1);
    let layout = RowLayout::new(rows.iter().map(|r| r.note.as_str()));
    svg(title, WIDTH, layout.height(), |root| {
        let mut chart = layout
            .builder(root)
            .build_cartesian_2d(0..nice_ceiling(max), 0f64..layout.rows as f64)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .disable_y_axis()
            .x_labels(6)
            .x_label_formatter(&|v| thousands(*v))
            .bold_line_style(GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(MUTED)
            .label_style(text(FONT - 1.0, MUTED))
            .draw()?;
        let n = rows.len() as f64;
        chart.draw_series(rows.iter().enumerate().map(|(i, row)| {
            let y = n - i as f64;
            let color = if row.government { GOVERNMENT } else { OTHERS };
            Rectangle::new([(0, y - 0.2), (row.value, y - 0.8)], color.filled())
        }))?;
        for (i, row) in rows.iter().enumerate() {
            let center = n - i as f64 - 0.5;
            layout.label(root, &chart.backend_coord(&(0, center)), &row.label)?;
            let end = chart.backend_coord(&(row.value, center));
            note(root, end, &row.note)?;
        }
        Ok(())
    })
}

/// Rows of negative, neutral and positive shares, with the counts inside the
/// segments wide enough to hold them.
pub fn stance_rows(title: &str, rows: &[StanceRow]) -> std::result::Result<String, ReportError> {
    let layout = RowLayout::new(rows.iter().map(|r| r.note.as_str()));
    svg(title, WIDTH, layout.height(), |root| {
        let mut chart = layout
            .builder(root)
            .build_cartesian_2d(0f64..1.0, 0f64..layout.rows as f64)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .disable_y_axis()
            .x_labels(5)
            .x_label_formatter(&|v| format!("{:.0}%", v * 100.0))
            .bold_line_style(GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(MUTED)
            .label_style(text(FONT - 1.0, MUTED))
            .draw()?;
        let n = rows.len() as f64;
        let colors = [NEGATIVE, NEUTRAL, POSITIVE];
        let ink = [WHITE, INK, WHITE];
        for (i, row) in rows.iter().enumerate() {
            let y = n - i as f64;
            let center = y - 0.5;
            let total: u64 = row.counts.iter().sum();
            let mut from = 0.0;
            for (slot, &count) in row.counts.iter().enumerate() {
                if count == 0 || total == 0 {
                    continue;
                }
                let to = from + count as f64 / total as f64;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(from, y - 0.2), (to, y - 0.8)],
                    colors[slot].filled(),
                )))?;
                let (left, _) = chart.backend_coord(&(from, center));
                let (right, middle) = chart.backend_coord(&(to, center));
                let label = count.to_string();
                if f64::from(right - left) >= text_width(&label, FONT) + 8.0 {
                    root.draw(&Text::new(
                        label,
                        ((left + right) / 2, middle),
                        text(FONT, ink[slot]).pos(Pos::new(HPos::Center, VPos::Center)),
                    ))?;
                }
                from = to;
            }
            layout.label(root, &chart.backend_coord(&(0.0, center)), &row.label)?;
            note(root, chart.backend_coord(&(1.0, center)), &row.note)?;
        }
        Ok(())
    })
}

/// Stacked columns of negative, neutral and positive quotes per period.
pub fn stance_columns(
    title: &str,
    periods: &[String],
    counts: &[[u64; 3]],
) -> std::result::Result<String, ReportError> {
    let max = counts
        .iter()
        .map(|c| c.iter().sum::<u64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let height = 260;
    let left = text_width(&thousands(nice_ceiling(max)), FONT) as u32 + 16;
    svg(title, WIDTH, height, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin_top(10)
            .margin_right(12)
            .x_label_area_size(AXIS)
            .y_label_area_size(left)
            .build_cartesian_2d(0f64..periods.len().max(1) as f64, 0..nice_ceiling(max))?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(5)
            .y_label_formatter(&|v| thousands(*v))
            .bold_line_style(GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(MUTED)
            .label_style(text(FONT - 1.0, MUTED))
            .draw()?;
        let gap = if periods.len() > 40 { 0.05 } else { 0.15 };
        let colors = [NEGATIVE, NEUTRAL, POSITIVE];
        for (i, count) in counts.iter().enumerate() {
            let mut from = 0;
            for (slot, &n) in count.iter().enumerate() {
                if n == 0 {
                    continue;
                }
                let x = i as f64;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x + gap, from), (x + 1.0 - gap, from + n)],
                    colors[slot].filled(),
                )))?;
                from += n;
            }
        }
        period_labels(root, periods, |i| chart.backend_coord(&(i, 0)))
    })
}

/// Lines over the periods on a scale from -1 to +1 (net stance), the zero
/// line marked; a missing value breaks its line.
pub fn net_lines(
    title: &str,
    periods: &[String],
    lines: &[Line],
) -> std::result::Result<String, ReportError> {
    let height = 260;
    let left = text_width("+0.5", FONT) as u32 + 20;
    svg(title, WIDTH, height, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin_top(10)
            .margin_right(12)
            .x_label_area_size(AXIS)
            .y_label_area_size(left)
            .build_cartesian_2d(0f64..periods.len().max(1) as f64, -1f64..1f64)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(5)
            .y_label_formatter(&|v| signed(*v).replace(".00", "").replace("0.50", "0.5"))
            .bold_line_style(GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(MUTED)
            .label_style(text(FONT - 1.0, MUTED))
            .draw()?;
        chart.draw_series(LineSeries::new(
            [(0.0, 0.0), (periods.len() as f64, 0.0)],
            MUTED.stroke_width(1),
        ))?;
        for line in lines {
            let style = line.color.stroke_width(line.width);
            let points: Vec<Option<(f64, f64)>> = line
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| v.map(|v| (i as f64 + 0.5, v)))
                .collect();
            for run in points.split(Option::is_none) {
                let run: Vec<(f64, f64)> = run.iter().flatten().copied().collect();
                chart.draw_series(LineSeries::new(run.iter().copied(), style))?;
                chart.draw_series(
                    run.iter()
                        .map(|&p| Circle::new(p, line.width + 1, line.color.filled())),
                )?;
            }
        }
        period_labels(root, periods, |i| chart.backend_coord(&(i, -1.0)))
    })
}

/// Period labels under the columns, as many as fit without overlapping.
fn period_labels(
    root: &DrawingArea<SVGBackend, Shift>,
    periods: &[String],
    at: impl Fn(f64) -> (i32, i32),
) -> Result<()> {
    let Some(widest) = periods
        .iter()
        .map(|p| text_width(p, FONT - 1.0))
        .reduce(f64::max)
    else {
        return Ok(());
    };
    let (start, _) = at(0.0);
    let (end, _) = at(periods.len() as f64);
    let slot = f64::from(end - start) / periods.len() as f64;
    let every = ((widest + 12.0) / slot).ceil().max(1.0) as usize;
    for (i, period) in periods.iter().enumerate().step_by(every) {
        let (x, y) = at(i as f64 + 0.5);
        root.draw(&Text::new(
            period.as_str(),
            (x, y + 6),
            text(FONT - 1.0, MUTED).pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    Ok(())
}

/// The layout of a chart with one row per category: labels in a column of
/// fixed width on the left (so that the charts of a page line up), notes on
/// the right.
struct RowLayout {
    rows: usize,
    note_width: u32,
}

impl RowLayout {
    fn new<'a>(notes: impl Iterator<Item = &'a str>) -> RowLayout {
        let mut rows = 0;
        let mut note_width: f64 = 0.0;
        for note in notes {
            rows += 1;
            note_width = note_width.max(text_width(note, FONT));
        }
        RowLayout {
            rows,
            note_width: note_width as u32 + 16,
        }
    }

    fn height(&self) -> u32 {
        TOP + ROW * self.rows.max(1) as u32 + AXIS
    }

    fn builder<'a, 'b>(
        &self,
        root: &'a DrawingArea<SVGBackend<'b>, Shift>,
    ) -> ChartBuilder<'a, 'b, SVGBackend<'b>> {
        let mut builder = ChartBuilder::on(root);
        builder
            .margin_top(TOP)
            .margin_right(self.note_width)
            .x_label_area_size(AXIS)
            .y_label_area_size(LABEL_COLUMN);
        builder
    }

    /// The row's label, right-aligned before the plot at `at` (its zero).
    fn label(
        &self,
        root: &DrawingArea<SVGBackend, Shift>,
        &(x, y): &(i32, i32),
        label: &str,
    ) -> Result<()> {
        root.draw(&Text::new(
            cut(label, f64::from(LABEL_COLUMN) - 12.0),
            (x - 8, y),
            text(FONT, INK).pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
        Ok(())
    }
}

/// A note just after the end of a bar.
fn note(root: &DrawingArea<SVGBackend, Shift>, (x, y): (i32, i32), note: &str) -> Result<()> {
    root.draw(&Text::new(
        note,
        (x + 6, y),
        text(FONT, MUTED).pos(Pos::new(HPos::Left, VPos::Center)),
    ))?;
    Ok(())
}

/// Draws into an SVG string, labelled for screen readers by `title`.
fn svg(
    title: &str,
    width: u32,
    height: u32,
    paint: impl FnOnce(&DrawingArea<SVGBackend, Shift>) -> Result<()>,
) -> std::result::Result<String, ReportError> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        paint(&root)
            .and_then(|()| Ok(root.present()?))
            .map_err(|e| ReportError::Render(format!("chart {title:?}: {e}")))?;
    }
    let label = minijinja::HtmlEscape(title).to_string();
    Ok(out.replacen(
        "<svg ",
        &format!("<svg class=\"chart\" role=\"img\" aria-label=\"{label}\" "),
        1,
    ))
}

/// A text style of `px` CSS pixels (the SVG backend writes sizes divided by 1.24).
fn text(px: f64, color: RGBColor) -> TextStyle<'static> {
    ("sans-serif", px * 1.24).into_font().color(&color)
}

/// A label cut, with an ellipsis, to fit `width` pixels.
fn cut(label: &str, width: f64) -> String {
    if text_width(label, FONT) <= width {
        return label.to_string();
    }
    let room = width - text_width("…", FONT);
    let mut used = 0.0;
    let kept: String = label
        .chars()
        .take_while(|c| {
            used += text_width(c.encode_utf8(&mut [0; 4]), FONT);
            used <= room
        })
        .collect();
    format!("{}…", kept.trim_end())
}

/// A generous estimate of the width of `text` at `px` in a sans-serif font.
pub fn text_width(text: &str, px: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | '\'' | '|' | '!' | ':' | ';' => 0.32,
            ' ' | 'f' | 't' | 'r' | '(' | ')' | '-' => 0.4,
            'm' | 'w' | 'M' | 'W' => 0.92,
            c if c.is_uppercase() => 0.74,
            c if c.is_ascii_digit() => 0.6,
            _ => 0.6,
        })
        .sum::<f64>()
        * px
}

/// The smallest of 1, 2, 2.5, 5 times a power of ten at or above `n`.
fn nice_ceiling(n: u64) -> u64 {
    let mut power = 1u64;
    loop {
        for step in [10, 20, 25, 50] {
            let nice = power.saturating_mul(step) / 10;
            if nice >= n {
                return nice.max(1);
            }
        }
        if power > u64::MAX / 100 {
            return n;
        }
        power *= 10;
    }
}

/// `12,345`.
pub fn thousands(n: u64) -> String {
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

/// `+0.25`, `−0.50` (a true minus sign), `0`.
pub fn signed(x: f64) -> String {
    if x.abs() < 0.005 {
        "0".to_string()
    } else if x > 0.0 {
        format!("+{x:.2}")
    } else {
        format!("−{:.2}", -x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_ceilings() {
        let cases = [
            (0, 1),
            (1, 1),
            (3, 5),
            (7, 10),
            (11, 20),
            (21, 25),
            (26, 50),
            (51, 100),
            (101, 200),
            (240_000, 250_000),
        ];
        for (n, nice) in cases {
            assert_eq!(nice_ceiling(n), nice, "{n}");
        }
    }

    #[test]
    fn numbers_for_people() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(268_987), "268,987");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(signed(0.626), "+0.63");
        assert_eq!(signed(-0.45), "−0.45");
        assert_eq!(signed(0.001), "0");
    }

    #[test]
    fn long_labels_are_cut() {
        assert_eq!(cut("Unite", 198.0), "Unite");
        let long = "National Union of Rail, Maritime and Transport Workers";
        let cut = cut(long, 198.0);
        assert_eq!(cut, "National Union of Rail, Marit…");
        assert!(text_width(&cut, FONT) <= 198.0);
    }

    #[test]
    fn charts_are_svg_with_their_text() {
        let rows = [
            Bar {
                label: "A & B <Ltd>".into(),
                value: 12,
                note: "12 · 80%".into(),
                government: true,
            },
            Bar {
                label: "C".into(),
                value: 3,
                note: "3 · 20%".into(),
                government: false,
            },
        ];
        let svg = bars("Top speakers", &rows).unwrap();
        assert!(svg.starts_with("<svg class=\"chart\" role=\"img\" aria-label=\"Top speakers\" "));
        assert!(svg.contains("A &amp; B &lt;Ltd&gt;"));
        assert!(svg.contains("12 · 80%"));
        assert!(svg.contains("#009E73"), "the government bar");
        let stance = stance_rows(
            "Stance",
            &[StanceRow {
                label: "Unite".into(),
                counts: [30, 1, 9],
                note: "n = 40".into(),
            }],
        )
        .unwrap();
        // 30 of 40 is wide enough for its count, 1 of 40 is not.
        assert!(stance.contains(">\n30\n</text>"));
        assert!(stance.contains(">\n9\n</text>"));
        assert!(!stance.contains(">\n1\n</text>"));
    }
}
