//! Error types of the library.

use thiserror::Error;

/// A data file that could not be turned into knowledge.
#[derive(Debug, Error)]
pub enum KnowledgeError {
    #[error("{file}: {message}")]
    Format { file: &'static str, message: String },
    #[error("could not compile a gazetteer: {0}")]
    Automaton(String),
}

/// Why a [`crate::Pipeline`] could not be built from user-supplied data.
#[derive(Debug, Error)]
pub enum BuildError {
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
    #[error(transparent)]
    Stance(#[from] crate::stance::StanceError),
}
