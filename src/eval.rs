//! Scoring against gold (placeholder; the port of tools/score.py replaces this).
