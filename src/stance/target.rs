//! The stance target as data: which names and organizations count as "the
//! government" (or whichever target the user supplies).

use super::lexicon::{tokenize, Hit, PhraseSet, Tokens};
use super::StanceError;
use crate::span::Span;

/// A compiled target file (format in the module documentation of
/// [`crate::stance`]).
#[derive(Debug, Clone)]
pub struct Target {
    names: Vec<String>,
    include: PhraseSet,
    exclude: PhraseSet,
}

impl Target {
    /// Parses a target file: one name a line, `!NAME` for names that are
    /// never the target, `#` comments.
    pub fn parse(text: &str) -> Result<Target, StanceError> {
        let mut names = Vec::new();
        let mut exact = Vec::new();
        let mut excl = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(rest) = line.strip_prefix('!') {
                let rest = rest.trim();
                if !rest.is_empty() {
                    excl.push(rest.to_string());
                }
                continue;
            }
            let single_capital = !line.contains(char::is_whitespace)
                && line.chars().next().is_some_and(char::is_uppercase)
                && line.chars().skip(1).any(char::is_lowercase);
            names.push(line.to_string());
            exact.push(single_capital);
        }
        if names.is_empty() {
            return Err(StanceError::Data("target file names no target".to_string()));
        }
        let include = PhraseSet::new(&names, &exact)?;
        let exclude = PhraseSet::new(&excl, &[])?;
        Ok(Target {
            names,
            include,
            exclude,
        })
    }

    /// The names the file lists as the target.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Whether a speaker or organization name denotes the target.
    pub fn is_target(&self, name: &str) -> bool {
        // Most names asked about hold no word a target name can begin with:
        // they are turned away without being tokenized.
        if !self.include.may_match(name) {
            return false;
        }
        let all = Span::new(0, name.len());
        let tokens = tokenize(name, all);
        self.include.matches(name, all, &tokens) && !self.exclude.matches(name, all, &tokens)
    }

    /// Target mentions in `text[range]`, minus those inside an excluded name.
    pub fn mentions(&self, text: &str, range: Span, tokens: &Tokens) -> Vec<Hit> {
        let (mut mentions, mut excluded) = (Vec::new(), Vec::new());
        self.mentions_into(text, range, tokens, &mut mentions, &mut excluded);
        mentions
    }

    /// [`Target::mentions`] into `mentions`, replacing its contents;
    /// `excluded` is a buffer for the excluded names.
    pub fn mentions_into(
        &self,
        text: &str,
        range: Span,
        tokens: &Tokens,
        mentions: &mut Vec<Hit>,
        excluded: &mut Vec<Hit>,
    ) {
        self.include.find_into(text, range, tokens, mentions);
        if mentions.is_empty() {
            return;
        }
        self.exclude.find_into(text, range, tokens, excluded);
        Target::drop_excluded(mentions, excluded);
    }

    /// The phrase sets of the target's names and of the names that are
    /// never the target, for finding them together with other sets.
    pub(super) fn phrase_sets(&self) -> [&PhraseSet; 2] {
        [&self.include, &self.exclude]
    }

    /// Removes from `mentions` (matches of the target's names) those that
    /// overlap one of `excluded` (matches of the names that are never the target).
    pub(super) fn drop_excluded(mentions: &mut Vec<Hit>, excluded: &[Hit]) {
        mentions.retain(|h| !excluded.iter().any(|x| x.span.overlaps(h.span)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uk() -> Target {
        Target::parse(include_str!("../../data/stance/target_uk.txt")).unwrap()
    }

    #[test]
    fn government_names_are_the_target() {
        let t = uk();
        for n in [
            "Government",
            "Department of Health and Social Care",
            "DHSC spokesperson",
            "Whitehall source",
            "Steve Barclay",
            "the Treasury",
        ] {
            assert!(t.is_target(n), "{n}");
        }
    }

    #[test]
    fn others_are_not() {
        let t = uk();
        for n in [
            "Unite",
            "Royal College of Nursing",
            "Local Government Association",
            "NHS Confederation",
            "a hunt for",
        ] {
            assert!(!t.is_target(n), "{n}");
        }
    }

    #[test]
    fn surname_needs_its_capital() {
        let t = Target::parse("Hunt\n").unwrap();
        assert!(t.is_target("Mr Hunt"));
        assert!(!t.is_target("the hunt goes on"));
    }

    #[test]
    fn empty_target_is_an_error() {
        assert!(Target::parse("# nothing\n").is_err());
    }
}
