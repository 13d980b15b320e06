//! Target-level scoring (NewsMTSC): the rule analysis of the sentence, read
//! relative to the mention, plus a learned news lexicon. Every feature is a
//! word or a rule reading with a position relative to the mention; its weights
//! per label (negative, neutral, positive) live in `data/stance/newsmtsc.tsv`,
//! learned from NewsMTSC's `rw-train` split by `examples/newsmtsc.rs train`.

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::{data_lines, tab_fields};
use super::rules::{Analysis, Rule};
use super::StanceError;
use crate::span::Span;

/// One feature of a (sentence, mention) pair: its name, value and, for
/// features tied to a word, the word's byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    pub name: String,
    pub value: f64,
    pub span: Option<Span>,
}

/// How fast a sentence word's feature value falls with its distance in
/// tokens from the mention (`1 / (1 + WORD_DECAY × distance)`); chosen by
/// `examples/newsmtsc.rs cv-sentences` on NewsMTSC's rw-train.
const WORD_DECAY: f64 = 0.1;

fn push(out: &mut Vec<Feature>, name: String, value: f64, span: Option<Span>) {
    out.push(Feature { name, value, span });
}

/// The features of the mention at `mention` (bytes of the analysed sentence);
/// `speech_words` are the lowercase words that report speech.
pub fn features(a: &Analysis, mention: Span, speech_words: &FxHashSet<String>) -> Vec<Feature> {
    let toks = &a.tokens;
    let list = toks.as_slice();
    let n = toks.len();
    let idx: Vec<usize> = (0..n).filter(|&i| list[i].span.overlaps(mention)).collect();
    let (m0, m1) = match (idx.first(), idx.last()) {
        (Some(&f), Some(&l)) => (f, l),
        _ => {
            // The mention holds no token: place it at the nearest token.
            let p = toks
                .iter()
                .position(|t| t.span.start >= mention.start)
                .unwrap_or(n.saturating_sub(1));
            (p, p)
        }
    };
    let mut out = Vec::with_capacity(3 * n + 24);
    push(&mut out, "bias".into(), 1.0, None);
    let mclause = a.clause.get(m0).copied();
    let mq = a.quoted.get(m0).copied().unwrap_or(false);
    push(&mut out, "mq".into(), f64::from(u8::from(mq)), None);
    let hasq = toks
        .iter()
        .any(|t| !t.is_word && matches!(toks.norm_of(t), "\"" | "'"));
    push(&mut out, "hasq".into(), f64::from(u8::from(hasq)), None);
    for (i, t) in toks.iter().enumerate() {
        if (m0..=m1).contains(&i) || !t.is_word {
            continue;
        }
        let norm = toks.norm_of(t);
        // A word of the sentence counts less the further it is from the
        // mention: in a sentence about two people, the words around each
        // are likelier about them.
        let far = if i < m0 { m0 - i } else { i - m1 };
        let near = 1.0 / (1.0 + WORD_DECAY * far as f64);
        push(&mut out, format!("w:{norm}"), near, Some(t.span));
        let negated = (i.saturating_sub(3)..i).any(|j| {
            let w = toks.norm(j);
            w == "not" || w == "no" || w == "never" || w.ends_with("n't")
        });
        if negated {
            push(&mut out, format!("n:{norm}"), 1.0, Some(t.span));
        }
        if a.clause.get(i).copied() == mclause {
            push(&mut out, format!("c:{norm}"), 1.0, Some(t.span));
        }
    }
    // Word pairs in the mention's clause (`not fair`, `stepped down`).
    let in_clause: Vec<usize> = (0..n)
        .filter(|&i| {
            list[i].is_word && !(m0..=m1).contains(&i) && a.clause.get(i).copied() == mclause
        })
        .collect();
    for pair in in_clause.windows(2) {
        if let [i, j] = pair {
            if *j == *i + 1 {
                let span = Span::new(list[*i].span.start, list[*j].span.end);
                push(
                    &mut out,
                    format!("b:{}_{}", toks.norm(*i), toks.norm(*j)),
                    1.0,
                    Some(span),
                );
            }
        }
    }
    // The mention's own words: pronouns, titles and names carry priors.
    for t in toks.iter().take(m1 + 1).skip(m0).filter(|t| t.is_word) {
        push(&mut out, format!("m:{}", toks.norm_of(t)), 1.0, None);
    }
    for k in 1..=2 {
        if let Some(t) = m0.checked_sub(k).and_then(|i| toks.get(i)) {
            let norm = toks.norm_of(t);
            push(&mut out, format!("L{k}:{norm}"), 1.0, Some(t.span));
        }
        if let Some(t) = toks.get(m1 + k) {
            let norm = toks.norm_of(t);
            push(&mut out, format!("R{k}:{norm}"), 1.0, Some(t.span));
        }
    }
    // Rule readings, by distance to the mention, clause and quotation.
    for it in &a.items {
        if it.first <= m1 && it.last > m0 {
            continue;
        }
        let dist = if it.last <= m0 {
            m0 - it.last + 1
        } else {
            it.first.saturating_sub(m1)
        };
        let db = if dist <= 3 {
            "n"
        } else if dist <= 8 {
            "m"
        } else {
            "f"
        };
        let sg = if it.weight > 0.0 { "p" } else { "n" };
        let v = it.weight.abs() / 4.0;
        let iq = a.quoted.get(it.first).copied().unwrap_or(false);
        push(&mut out, format!("v{sg}"), v, Some(it.span));
        push(&mut out, format!("v{sg}{db}"), v, Some(it.span));
        // Before the mention (`criticised Obama`) or after it (`Obama
        // criticised`): the same cue often judges the one and not the other.
        let side = if it.last <= m0 { "b" } else { "a" };
        push(&mut out, format!("v{sg}{db}{side}"), v, Some(it.span));
        if a.clause.get(it.first).copied() == mclause {
            push(&mut out, format!("v{sg}c"), v, Some(it.span));
        }
        push(
            &mut out,
            format!("v{sg}_q{}{}", u8::from(iq), u8::from(mq)),
            v,
            Some(it.span),
        );
        if it.rules.rules().contains(&Rule::Negation) {
            push(
                &mut out,
                format!("neg:{}", it.rules.rules().len()),
                v,
                Some(it.span),
            );
        }
        for r in it.rules.names() {
            if r != "lexicon" {
                push(&mut out, format!("r{sg}:{r}"), v, Some(it.span));
            }
        }
    }
    let near_say = (m1 + 1..(m1 + 3).min(n))
        .chain(m0.saturating_sub(2)..m0)
        .any(|j| speech_words.contains(toks.norm(j)));
    if near_say {
        push(&mut out, "speaker".into(), 1.0, None);
    }
    if m0 == 0 {
        push(&mut out, "mstart".into(), 1.0, None);
    }
    out
}

/// Learned weights per feature for the labels negative, neutral, positive.
#[derive(Debug, Clone, Default)]
pub struct TargetModel {
    pub weights: FxHashMap<String, [f64; 3]>,
}

impl TargetModel {
    /// Parses `FEATURE<TAB>W_NEG<TAB>W_NEU<TAB>W_POS` lines (`#` comments).
    pub fn parse(text: &str) -> Result<TargetModel, StanceError> {
        let mut weights = FxHashMap::default();
        // The built-in model has about a line per 32 bytes; reserving for
        // them spares growing the table ten times over.
        weights.reserve(text.len() / 32);
        for (n, line) in data_lines(text) {
            let bad = || {
                StanceError::Data(format!(
                    "target model line {}: expected FEATURE and three weights",
                    n + 1
                ))
            };
            let weight = |field: Option<&str>| {
                field
                    .and_then(|w| w.trim().parse::<f64>().ok())
                    .filter(|w| w.is_finite())
                    .ok_or_else(bad)
            };
            let mut fields = tab_fields(line);
            let feature = fields.next().ok_or_else(bad)?;
            let w = [
                weight(fields.next())?,
                weight(fields.next())?,
                weight(fields.next())?,
            ];
            if fields.next().is_some() {
                return Err(bad());
            }
            weights.insert(feature.to_string(), w);
        }
        Ok(TargetModel { weights })
    }

    /// Label scores (logits) for a feature list.
    pub fn logits(&self, feats: &[Feature]) -> [f64; 3] {
        let mut z = [0.0; 3];
        for f in feats {
            if let Some(w) = self.weights.get(&f.name) {
                for k in 0..3 {
                    z[k] += w[k] * f.value;
                }
            }
        }
        z
    }

    /// Serializes the model, dropping negligible weights.
    pub fn to_tsv(&self, header: &str) -> String {
        let mut keys: Vec<&String> = self.weights.keys().collect();
        keys.sort();
        let mut s = String::from(header);
        for k in keys {
            if let Some(w) = self.weights.get(k) {
                if w.iter().all(|x| x.abs() < 0.005) || k.contains('\t') || k.contains('\n') {
                    continue;
                }
                s.push_str(&format!("{k}\t{:.3}\t{:.3}\t{:.3}\n", w[0], w[1], w[2]));
            }
        }
        s
    }
}

/// Softmax of three logits.
pub fn softmax(z: [f64; 3]) -> [f64; 3] {
    let mx = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e = [(z[0] - mx).exp(), (z[1] - mx).exp(), (z[2] - mx).exp()];
    let s: f64 = e.iter().sum();
    [e[0] / s, e[1] / s, e[2] / s]
}

/// Trains a multinomial logistic regression by SGD with L2 shrinkage.
/// `data` holds feature lists with gold label indices (0 neg, 1 neu, 2 pos).
pub fn train(data: &[(Vec<Feature>, usize)], epochs: usize, lr: f64, l2: f64) -> TargetModel {
    let mut model = TargetModel::default();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rate = lr;
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    // Class-balanced loss: macro-F1 weighs every label alike.
    let mut counts = [0usize; 3];
    for (_, y) in data {
        if let Some(c) = counts.get_mut(*y) {
            *c += 1;
        }
    }
    let cw: Vec<f64> = counts
        .iter()
        .map(|&c| {
            if c == 0 {
                0.0
            } else {
                data.len() as f64 / (3.0 * c as f64)
            }
        })
        .collect();
    let mut sum = TargetModel::default();
    let mut averaged = 0usize;
    for epoch in 0..epochs {
        // Fisher–Yates with a fixed xorshift: reproducible training.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let j = (seed % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &i in &order {
            let Some((feats, y)) = data.get(i) else {
                continue;
            };
            let p = softmax(model.logits(feats));
            let scale = cw.get(*y).copied().unwrap_or(1.0);
            for f in feats {
                let w = model.weights.entry(f.name.clone()).or_insert([0.0; 3]);
                for k in 0..3 {
                    let g = scale * (p[k] - if k == *y { 1.0 } else { 0.0 }) * f.value + l2 * w[k];
                    w[k] -= rate * g;
                }
            }
        }
        rate *= 0.85;
        // Average the epoch-end weights of the second half: steadier than the last.
        if epoch >= epochs / 2 {
            averaged += 1;
            for (k, w) in &model.weights {
                let s = sum.weights.entry(k.clone()).or_insert([0.0; 3]);
                for j in 0..3 {
                    s[j] += w[j];
                }
            }
        }
    }
    if averaged > 0 {
        for w in sum.weights.values_mut() {
            for x in w.iter_mut() {
                *x /= averaged as f64;
            }
        }
        return sum;
    }
    model
}

#[cfg(test)]
mod tests {
    use crate::span::Span;
    use crate::stance::StanceScorer;

    /// The value of feature `name` for the mention `mention` of `sentence`.
    fn value(sentence: &str, mention: &str, name: &str) -> Option<f64> {
        let at = sentence.find(mention)?;
        let span = Span::new(at, at + mention.len());
        StanceScorer::new()
            .target_features(sentence, span)
            .into_iter()
            .find(|f| f.name == name)
            .map(|f| f.value)
    }

    #[test]
    fn a_cue_is_read_by_its_side_of_the_mention() {
        let text = "Smith praised Jones.";
        // `praised` follows Smith and precedes Jones.
        assert!(value(text, "Smith", "vpna").is_some());
        assert!(value(text, "Smith", "vpnb").is_none());
        assert!(value(text, "Jones", "vpnb").is_some());
        assert!(value(text, "Jones", "vpna").is_none());
    }

    #[test]
    fn sentence_words_count_less_far_from_the_mention() {
        let text = "Smith spoke at the long and noisy meeting in the town hall about taxes.";
        assert_eq!(value(text, "Smith", "w:spoke"), Some(1.0 / 1.1));
        let far = value(text, "Smith", "w:taxes").expect("a word feature");
        assert!(far < 0.5, "{far}");
    }
}
