//! Error types of the library.

use thiserror::Error;

/// A knowledge file (built in or the user's) that could not be turned into
/// knowledge.
#[derive(Debug, Error)]
pub enum KnowledgeError {
    /// A line of the file is not in the file's format.
    #[error("{file}: {message}")]
    Format {
        /// The file, by the name of its [`crate::KnowledgeBuilder`] setter.
        file: &'static str,
        /// What is wrong, and where.
        message: String,
    },
    /// The gazetteers could not be compiled into a matcher (too large).
    #[error("could not compile a gazetteer: {0}")]
    Automaton(String),
}

/// Why a [`crate::Pipeline`] could not be built from user-supplied data.
#[derive(Debug, Error)]
pub enum BuildError {
    /// A knowledge file could not be read.
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
    /// The target file, or a stance data file, could not be read.
    #[error("{0}")]
    Stance(String),
}

impl From<crate::stance::StanceError> for BuildError {
    fn from(e: crate::stance::StanceError) -> BuildError {
        BuildError::Stance(e.to_string())
    }
}
