//! Rendering a [`Report`] as HTML or Markdown.
use super::{Report, ReportError};

pub fn html(report: &Report) -> Result<String, ReportError> {
    let _ = report;
    Err(ReportError::Render("todo".into()))
}

pub fn markdown(report: &Report) -> Result<String, ReportError> {
    let _ = report;
    Err(ReportError::Render("todo".into()))
}
