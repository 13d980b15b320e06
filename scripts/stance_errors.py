#!/usr/bin/env python3
"""Classifies stance errors by cause and prints them as a Markdown table.

    python3 scripts/stance_errors.py GOLD PRED [BEFORE] [--governing-party NAME]

GOLD and PRED are JSON Lines files in sayso's gold and output formats. Quotes are
matched one-to-one by overlapping character spans, largest overlap first, as
`sayso eval` does; every matched, stance-scored, required gold quote is counted
once: right, or wrong for the first cause below that fits it. The causes are
read from the gold (the speaker's organization, the label) and the quote's own
words, never from sayso's reasoning, so the same table can be computed for any
prediction file, before and after a change.

Sides (from the gold organization): `government` (the government and its
departments), `governing party` (NAME, by default Labour: the government of the
2004-05 BBC files), `opposition` (another party), `devolved` (the Scottish
Executive, the Welsh Assembly Government, ...), `other`, `none`.

Causes, for gold neutral predicted with a verdict:
- government speaker's description or announcement read as a verdict;
- a devolved or foreign government's speaker (not the target) read as a verdict;
- verdict on another object: the quote names no target word but names another
  party, the speaker's own side (`we`, `our`), another government or body;
- target mentioned, verdict invented (the quote names a target word);
- sentiment with no evaluated object (facts, events, feelings).
For gold negative: missed implicit criticism (no negative cue in the evidence),
criticism found but outweighed, criticism read as praise. For gold positive,
split by side: government defence missed / read as negative; praise missed /
read as criticism. The `side wrong` column counts the errors of each row where
the prediction's `government` flag disagrees with the gold side.

With BEFORE (a second prediction file, from an earlier binary) the table has
the counts of both, before and after, side by side. `scripts/stance_errors.sh`
runs sayso on the development gold files and prints the tables kept in
docs/stance-errors.md. Standard library only.
"""
import collections
import re
import sys

# Names compared, records loaded and quotes matched as the attribution table does.
from error_table import char_span, load, match, name_of, norm

PARTIES = {"labour party", "labour", "conservative party", "conservatives", "tories", "tory party",
           "liberal democrats", "lib dems", "scottish national party", "snp", "plaid cymru",
           "uk independence party", "ukip", "green party", "democratic unionist party", "dup",
           "sinn fein", "democratic party", "republican party", "veritas", "respect"}
DEVOLVED = {"scottish executive", "welsh assembly government", "northern ireland executive",
            "welsh assembly", "scottish parliament"}
GOVERNMENT = {"government", "home office", "foreign office", "treasury", "hm treasury",
              "downing street", "cabinet office", "number 10", "no 10"}
# Words that name the target or its office holders in the development files
# (the UK government of 2004-05 and of 2022-23). Used only to classify errors.
TARGET_WORDS = re.compile(
    r"\b(government|govt|ministers?|minister's|cabinet|prime minister|pm|chancellor|"
    r"(home|foreign|health|education|culture|defence|transport|environment|trade) secretary|"
    r"downing street|no 10|number 10|whitehall|treasury|home office|labour|"
    r"blair|brown|blunkett|clarke|straw|prescott|reid|hewitt|kelly|milburn|hoon|jowell|"
    r"goldsmith|falconer|hain|darling|barclay|sunak|hunt)\b", re.I)
OTHER_WORDS = re.compile(
    r"\b(we|our|us|party|tor(y|ies)|conservatives?|lib dems?|liberal democrats?|snp|ukip|"
    r"opposition|scottish|scotland|welsh|wales|executive|assembly|eu|europe(an)?|brussels|"
    r"us|america(n)?|company|firm|council|councils|police|union|members)\b", re.I)


def side(org, governing):
    n = norm(org)
    if n is None:
        return "none"
    if n in GOVERNMENT or n.startswith("department ") or n.startswith("ministry "):
        return "government"
    if n in DEVOLVED:
        return "devolved"
    if n in PARTIES:
        return "governing party" if n.startswith(governing) else "opposition"
    return "other"


def cause(g, p, governing):
    gold, st = g["stance"], p.get("stance")
    label = st.get("label") if isinstance(st, dict) else st
    label = label if label in ("negative", "neutral", "positive") else "neutral"
    if label == gold:
        return "right"
    s = side(g.get("org"), governing)
    evidence = st.get("evidence", []) if isinstance(st, dict) else []
    text = g["text"]
    if gold == "neutral":
        if s == "government":
            return "neutral: government description or announcement read as a verdict"
        if s == "devolved":
            return "neutral: devolved or foreign government's verdict counted"
        if TARGET_WORDS.search(text):
            return "neutral: target mentioned, verdict invented"
        if OTHER_WORDS.search(text):
            return "neutral: verdict on another object (own side, other party, other body)"
        return "neutral: sentiment with no evaluated object"
    if gold == "negative":
        if label == "positive":
            return "negative: criticism read as praise"
        if not any(e.get("weight", 0) < 0 for e in evidence):
            return "negative: missed implicit criticism (no negative cue)"
        return "negative: criticism found but outweighed or too weak"
    if s == "government":
        if label == "neutral":
            return "positive: government defence or evaluation missed"
        return "positive: government defence read as criticism"
    if label == "neutral":
        return "positive: praise or endorsement missed"
    return "positive: praise read as criticism"


def classify(gold_docs, pred_docs, governing):
    counts, side_wrong = collections.Counter(), collections.Counter()
    for doc_id, gd in gold_docs.items():
        tb = gd["text"].encode("utf-8")
        gq = gd["quotes"]
        pq = (pred_docs.get(doc_id) or {}).get("quotes") or []
        pairs = match([tuple(q["char_span"]) for q in gq], [char_span(q, tb) for q in pq])
        for i, j in pairs:
            g, p = gq[i], pq[j]
            if g.get("optional") or not g.get("stance_scored", True):
                continue
            c = cause(g, p, governing)
            counts[c] += 1
            if c != "right":
                predicted_government = bool((p.get("organization") or {}).get("government"))
                if predicted_government != (side(g.get("org"), governing) == "government"):
                    side_wrong[c] += 1
    return counts, side_wrong


def table(counts, side_wrong, before=None):
    """The error table; with `before` (the counts and side errors of an
    earlier prediction) the two side by side, rows in the order of `after`."""
    def errors(c):
        return sum(c.values()) - c["right"]
    causes = sorted((c for c in set(counts) | set(before[0] if before else ()) if c != "right"),
                    key=lambda c: (-counts[c], -(before[0][c] if before else 0), c))
    if before:
        b, bw = before
        lines = ["| cause | before | after | side wrong (before, after) |",
                 "|---|---:|---:|---:|"]
        for c in causes:
            lines.append(f"| {c} | {b[c]} | {counts[c]} | {bw[c]}, {side_wrong[c]} |")
        lines.append(f"| **errors** | **{errors(b)}** | **{errors(counts)}** | "
                     f"{sum(bw.values())}, {sum(side_wrong.values())} |")
        lines.append(f"| right | {b['right']} | {counts['right']} | |")
        lines.append(f"| stance-scored matched quotes | {sum(b.values())} | {sum(counts.values())} | |")
        return "\n".join(lines)
    lines = ["| cause | n | % of errors | side wrong |", "|---|---:|---:|---:|"]
    for c in causes:
        n = counts[c]
        lines.append(f"| {c} | {n} | {100 * n / max(errors(counts), 1):.1f} | {side_wrong[c]} |")
    lines.append(f"| **errors** | **{errors(counts)}** | 100.0 | {sum(side_wrong.values())} |")
    lines.append(f"| right | {counts['right']} | | |")
    lines.append(f"| stance-scored matched quotes | {sum(counts.values())} | | |")
    return "\n".join(lines)


def main(argv):
    governing = "labour"
    if "--governing-party" in argv:
        k = argv.index("--governing-party")
        governing = argv[k + 1].lower()
        del argv[k:k + 2]
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    gold = load(argv[0])
    before = classify(gold, load(argv[2]), governing) if len(argv) == 3 else None
    print(table(*classify(gold, load(argv[1]), governing), before))


if __name__ == "__main__":
    main(sys.argv[1:])
