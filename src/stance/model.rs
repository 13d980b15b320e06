//! Target-level scoring (NewsMTSC): the rule analysis of the sentence, read
//! relative to the mention, plus a learned news lexicon. Every feature is a
//! word or a rule reading with a position relative to the mention; its weights
//! per label (negative, neutral, positive) live in `data/stance/newsmtsc.tsv`,
//! learned from NewsMTSC's `rw-train` split by `examples/newsmtsc.rs train`.

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::Punct;
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

/// Personal pronouns, which stand for entities as names do.
const PRONOUNS: [&str; 8] = ["he", "she", "him", "her", "his", "they", "them", "their"];

/// Token ranges (first, last) of the likely entities of the sentence other
/// than the mention at tokens `m0..=m1`: runs of capitalized words that do
/// not open a sentence or quotation, and personal pronouns. How many there
/// are, and how many come before the mention, tells a sentence about one
/// person from one that sets several against each other.
fn entities(a: &Analysis, text: &str, m0: usize, m1: usize) -> Vec<(usize, usize)> {
    let toks = &a.tokens;
    let list = toks.as_slice();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, t) in list.iter().enumerate() {
        if (m0..=m1).contains(&i) || !t.is_word {
            continue;
        }
        let cap = t
            .span
            .of(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let opens = i
            .checked_sub(1)
            .and_then(|p| list.get(p))
            .is_none_or(|p| matches!(p.punct, Punct::SentenceEnd | Punct::QuoteMark));
        if !((cap && !opens) || PRONOUNS.contains(&toks.norm_of(t))) {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.1 + 1 == i && cap => last.1 = i,
            _ => out.push((i, i)),
        }
    }
    out
}

/// The features of the mention at `mention` (bytes of the analysed sentence
/// `text`); `speech_words` are the lowercase words that report speech.
pub fn features(
    a: &Analysis,
    text: &str,
    mention: Span,
    speech_words: &FxHashSet<String>,
) -> Vec<Feature> {
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
    let mut out = Vec::with_capacity(n + 24);
    push(&mut out, "bias".into(), 1.0, None);
    let mclause = a.clause.get(m0).copied();
    let mq = a.quoted.get(m0).copied().unwrap_or(false);
    push(&mut out, "mq".into(), f64::from(u8::from(mq)), None);
    let hasq = toks
        .iter()
        .any(|t| !t.is_word && matches!(toks.norm_of(t), "\"" | "'"));
    push(&mut out, "hasq".into(), f64::from(u8::from(hasq)), None);
    let ents = entities(a, text, m0, m1);
    push(&mut out, format!("ne{}", ents.len().min(3)), 1.0, None);
    let before = ents.iter().filter(|e| e.1 < m0).count().min(2);
    push(&mut out, format!("eb{before}"), 1.0, None);
    for (i, t) in toks.iter().enumerate() {
        if (m0..=m1).contains(&i) || !t.is_word {
            continue;
        }
        // A word of the sentence counts less the further it is from the
        // mention: in a sentence about two people, the words around each
        // are likelier about them. (Clause-scoped words, word pairs and
        // words after a negator were features too, but with the
        // naive-Bayes scaling of `train` they lowered cross-validated F1
        // on rw-train: too sparse for 8,700 examples.)
        let far = if i < m0 { m0 - i } else { i - m1 };
        let near = 1.0 / (1.0 + WORD_DECAY * far as f64);
        push(
            &mut out,
            format!("w:{norm}", norm = toks.norm_of(t)),
            near,
            Some(t.span),
        );
    }
    // The mention's own words: pronouns, titles and names carry priors.
    for t in toks.iter().take(m1 + 1).skip(m0).filter(|t| t.is_word) {
        // `Trump's` is the name `trump` (its prior) and a possessive.
        let norm = toks.norm_of(t);
        let bare = norm.strip_suffix("'s").unwrap_or(norm);
        push(&mut out, format!("m:{bare}"), 1.0, None);
    }
    // A possessive mention (`Obama's approval rating`) is judged by what it
    // owns, more often favourably than a bare name.
    let owns = toks.norm(m1).ends_with("'s")
        && toks.get(m1).is_some_and(|t| t.span.end > mention.end)
        || toks.norm(m1 + 1) == "'s";
    if owns {
        push(&mut out, "poss".into(), 1.0, None);
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

/// Add-α smoothing of the feature counts of [`nb_ratios`].
const NB_ALPHA: f64 = 1.0;

/// The least scale [`nb_ratios`] gives a feature, so that one seen alike in
/// every label can still learn a weight; chosen by `cv-sentences`.
const NB_FLOOR: f64 = 0.2;

/// Per feature and label, how strongly the feature's presence tells that
/// label from the others: `|ln(P(f | label) / P(f | other labels))|` with
/// add-α counts over the examples holding it, at least [`NB_FLOOR`]. The
/// regression learns on features scaled by these (Wang & Manning's NBSVM,
/// one label against the rest): a word seen a few times, all under one
/// label, starts out counting more than a common one seen under all three,
/// which lifts the cross-validated macro-F1 on rw-train by about two points
/// over plain features.
fn nb_ratios(data: &[(Vec<Feature>, usize)]) -> FxHashMap<&str, [f64; 3]> {
    let mut counts: FxHashMap<&str, [f64; 3]> = FxHashMap::default();
    let mut per_label = [0.0f64; 3];
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    for (feats, y) in data {
        seen.clear();
        for f in feats {
            if seen.insert(f.name.as_str()) {
                if let Some(c) = counts.entry(f.name.as_str()).or_default().get_mut(*y) {
                    *c += 1.0;
                }
            }
        }
        if let Some(c) = per_label.get_mut(*y) {
            *c += 1.0;
        }
    }
    let total: f64 = per_label.iter().sum();
    counts
        .into_iter()
        .map(|(name, c)| {
            let n: f64 = c.iter().sum();
            let mut r = [NB_FLOOR; 3];
            for k in 0..3 {
                let p = (c[k] + NB_ALPHA) / (per_label[k] + 2.0 * NB_ALPHA);
                let q = (n - c[k] + NB_ALPHA) / (total - per_label[k] + 2.0 * NB_ALPHA);
                r[k] = (p / q).ln().abs().max(NB_FLOOR);
            }
            (name, r)
        })
        .collect()
}

/// Trains a multinomial logistic regression by SGD with L2 shrinkage on
/// features scaled by `nb_ratios`, and returns the weights with the
/// scales folded in, so that [`TargetModel::logits`] reads plain features.
/// `data` holds feature lists with gold label indices (0 neg, 1 neu, 2 pos).
pub fn train(data: &[(Vec<Feature>, usize)], epochs: usize, lr: f64, l2: f64) -> TargetModel {
    let ratio = nb_ratios(data);
    let scale_of = |name: &str| ratio.get(name).copied().unwrap_or([1.0; 3]);
    let mut model = train_scaled(data, epochs, lr, l2, &scale_of);
    for (name, w) in model.weights.iter_mut() {
        let r = scale_of(name);
        for k in 0..3 {
            w[k] *= r[k];
        }
    }
    model
}

/// [`train`] on features whose value for label k is scaled by `scale_of(name)[k]`;
/// the weights returned are those of the scaled features.
fn train_scaled(
    data: &[(Vec<Feature>, usize)],
    epochs: usize,
    lr: f64,
    l2: f64,
    scale_of: &dyn Fn(&str) -> [f64; 3],
) -> TargetModel {
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
            let scaled: Vec<[f64; 3]> = feats.iter().map(|f| scale_of(&f.name)).collect();
            let mut z = [0.0; 3];
            for (f, r) in feats.iter().zip(&scaled) {
                if let Some(w) = model.weights.get(&f.name) {
                    for k in 0..3 {
                        z[k] += w[k] * r[k] * f.value;
                    }
                }
            }
            let p = softmax(z);
            let scale = cw.get(*y).copied().unwrap_or(1.0);
            for (f, r) in feats.iter().zip(&scaled) {
                let w = model.weights.entry(f.name.clone()).or_insert([0.0; 3]);
                for k in 0..3 {
                    let g = scale * (p[k] - if k == *y { 1.0 } else { 0.0 }) * f.value * r[k]
                        + l2 * w[k];
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

    #[test]
    fn other_names_and_pronouns_are_counted_around_the_mention() {
        let text = "After the vote, Smith thanked Mary Jones and her staff.";
        // `Mary Jones` is one entity, `her` another; `After` opens the sentence.
        assert_eq!(value(text, "Smith", "ne2"), Some(1.0));
        assert_eq!(value(text, "Smith", "eb0"), Some(1.0));
        assert_eq!(value(text, "Mary Jones", "eb1"), Some(1.0));
        assert!(value(text, "Smith", "ne3").is_none());
        let alone = "The report praised the work of Smith.";
        assert_eq!(value(alone, "Smith", "ne0"), Some(1.0));
    }

    #[test]
    fn a_quotation_does_not_make_its_first_word_a_name() {
        let text = "Smith said: \"Nothing has changed.\"";
        assert_eq!(value(text, "Smith", "ne0"), Some(1.0));
    }

    #[test]
    fn a_possessive_mention_is_its_name_and_a_possessive() {
        let text = "Polls show gains in Obama\u{2019}s approval rating.";
        assert_eq!(value(text, "Obama", "poss"), Some(1.0));
        assert_eq!(value(text, "Obama", "m:obama"), Some(1.0));
        assert!(value(text, "Obama", "m:obama's").is_none());
        let bare = "Polls show gains for Obama in the approval rating.";
        assert!(value(bare, "Obama", "poss").is_none());
        // A mention that holds its own `'s` names no possession beyond it.
        assert!(value(text, "Obama\u{2019}s", "poss").is_none());
    }

    #[test]
    fn naive_bayes_scales_favour_words_of_one_label() {
        let f = |name: &str| super::Feature {
            name: name.into(),
            value: 1.0,
            span: None,
        };
        let data = vec![
            (vec![f("w:the"), f("w:disgrace")], 0),
            (vec![f("w:the"), f("w:disgrace")], 0),
            (vec![f("w:the")], 1),
            (vec![f("w:the")], 2),
        ];
        let r = super::nb_ratios(&data);
        let (disgrace, the) = (r["w:disgrace"], r["w:the"]);
        assert!(disgrace[0] > 1.0, "{disgrace:?}");
        assert!(disgrace[0] > the[0], "{disgrace:?} {the:?}");
        assert!(the.iter().all(|&x| x >= super::NB_FLOOR));
        // Training folds the scales into the weights: the model reads plain features.
        let m = super::train(&data, 5, 0.05, 5e-4);
        let z = m.logits(&[f("w:the"), f("w:disgrace")]);
        assert!(z[0] > z[1] && z[0] > z[2], "{z:?}");
    }
}
