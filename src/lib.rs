//! sayso finds quotations in news articles.
pub mod eval;
pub mod model;
pub mod span;
pub mod stance;
