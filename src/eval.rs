//! Scoring against gold (placeholder; the port of tools/score.py replaces this).

/// Placeholder until the port lands.
pub fn run(_gold: &str, _pred: &str, _json: bool, _show_errors: bool) -> Result<(), String> {
    Err("eval is not implemented yet".into())
}
