#!/usr/bin/env python3
"""Classifies attribution errors by cause and prints them as Markdown tables.

    python3 scripts/error_table.py GOLD PRED [GOLD PRED ...] [--examples N]
    python3 scripts/error_table.py --compare GOLD BEFORE AFTER [GOLD BEFORE AFTER ...]

GOLD and PRED are JSON Lines files in sayso's gold and output formats. Quotes are
matched one-to-one by overlapping character spans, largest overlap first, as the
project's `sayso eval` does, and every required gold quote and every unmatched
prediction is put in exactly one class per table:

- detection: found, missed (by gold kind), spurious (by predicted kind);
- speaker (matched, speaker-scored quotes): right, or wrong by the way the
  prediction reached its speaker (`resolved_by`, no speaker, a name that is not
  a source of the document, a shorter or longer form of the right name, …);
- organization (matched, organization-scored quotes): right, or missing / wrong /
  spurious, split by what the gold organization is (government, party,
  devolved government, other) and whether the speaker was already wrong.

With `--compare`, each gold file comes with two prediction files, and each table
gives both counts side by side (before, after).

`scripts/error_tables.sh` runs it on every development gold file and writes
docs/errors.md. Standard library only.
"""
import collections
import json
import sys
import unicodedata

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
          "baroness", "baron", "rev", "the", "a", "an"}
PARTIES = {"labour party", "labour", "conservative party", "conservatives", "tories",
           "liberal democrats", "lib dems", "scottish national party", "snp", "plaid cymru",
           "uk independence party", "ukip", "green party", "democratic unionist party", "dup",
           "sinn fein", "democratic party", "republican party", "democrats", "republicans",
           "veritas", "respect"}
DEVOLVED = {"scottish executive", "welsh assembly government", "northern ireland executive",
            "welsh assembly", "scottish parliament"}


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'")
    words = [w.strip(".,") for w in s.split()]
    return " ".join(w for w in words if w and w not in TITLES) or None


def name_of(field):
    return field.get("name") if isinstance(field, dict) else field


def load(path):
    with open(path, encoding="utf-8") as f:
        return {str(d.get("id")): d for d in map(json.loads, filter(str.strip, f))}


def char_span(q, text_bytes):
    if "char_span" in q:
        return tuple(q["char_span"])
    s, e = q["span"]
    return (len(text_bytes[:s].decode("utf-8", "replace")), len(text_bytes[:e].decode("utf-8", "replace")))


def match(gold, pred):
    pairs = sorted(((min(g[1], p[1]) - max(g[0], p[0]), i, j)
                    for i, g in enumerate(gold) for j, p in enumerate(pred)
                    if min(g[1], p[1]) > max(g[0], p[0])), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def accepted(gold, field, accept, predicted):
    options = [gold.get(field)] + list(gold.get(accept) or [])
    return any(norm(o) == norm(name_of(predicted)) for o in options)


def speaker_right(gold, pred_speaker, text_bytes):
    if gold.get("speaker_match") != "mention":
        return accepted(gold, "speaker", "speaker_accept", pred_speaker)
    if not isinstance(pred_speaker, dict) or gold.get("speaker_span") is None:
        return False
    gs, ge = gold["speaker_span"]
    if pred_speaker.get("char_span") or pred_speaker.get("span"):
        ps, pe = char_span(pred_speaker, text_bytes)
        if min(ge, pe) > max(gs, ps):
            return True
    pn, gn = norm(pred_speaker.get("name")), norm(gold.get("speaker"))
    return bool(pn and gn) and pn.split()[-1].strip("'s") == gn.split()[-1].strip("'s")


def org_class(name):
    n = norm(name)
    if n is None:
        return "none"
    if n in ("government",) or n.startswith("department ") or n.startswith("ministry ") \
            or n in ("home office", "foreign office", "treasury", "downing street", "cabinet office"):
        return "government"
    if n in PARTIES:
        return "party"
    if n in DEVOLVED:
        return "devolved"
    return "other"


def gold_org_class(g):
    classes = {org_class(o) for o in [g.get("org")] + list(g.get("org_accept") or []) if o}
    for c in ("government", "devolved", "party"):
        if c in classes:
            return c
    return "other" if classes else "none"


def speaker_cause(g, p, doc_speakers):
    sp = p.get("speaker")
    if not isinstance(sp, dict) or not sp.get("name"):
        return "no speaker"
    how = sp.get("resolved_by", "explicit")
    gold_person = g.get("speaker") and g["speaker"][:1].isupper()
    pn, gn = norm(sp["name"]), norm(g.get("speaker"))
    if pn and gn and g.get("speaker_match") != "mention":
        pw, gw = set(pn.split()), set(gn.split())
        if pw < gw or gw < pw:
            return "right source, other form of the name"
    if not gold_person and g.get("speaker_match") != "mention":
        return "gold is a group or unnamed source"
    if sp.get("kind") == "description" and how in ("explicit", "description"):
        return "role description left unresolved" if how == "explicit" else "description resolved wrongly"
    if how == "unresolved":
        return "pronoun left unresolved"
    if how in ("pronoun", "alias", "continuation", "description"):
        return f"{how} resolved wrongly"
    if g.get("speaker_match") != "mention" and pn not in doc_speakers:
        return "explicit: not a source of the document"
    cue = p.get("cue")
    if isinstance(cue, dict) and cue.get("span") and cue["span"][0] >= p["span"][1]:
        return "explicit: another source (cue after the quote)"
    return "explicit: another source (cue before or around)"


def classify(gold_docs, pred_docs, examples):
    detect, speaker, org = (collections.Counter() for _ in range(3))
    samples = collections.defaultdict(list)

    def note(table, cause, doc_id, text):
        table[cause] += 1
        if len(samples[cause]) < examples:
            samples[cause].append(f"{doc_id}: {text[:90]!r}")

    for doc_id, gd in gold_docs.items():
        text = gd["text"]
        tb = text.encode("utf-8")
        gq = gd["quotes"]
        pq = (pred_docs.get(doc_id) or {}).get("quotes") or []
        gs = [tuple(q["char_span"]) for q in gq]
        ps = [char_span(q, tb) for q in pq]
        pairs = match(gs, ps)
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        doc_speakers = {norm(n) for q in gq for n in [q.get("speaker")] + list(q.get("speaker_accept") or []) if n}
        for j, p in enumerate(pq):
            if j not in matched_p:
                note(detect, f"spurious {p.get('kind')}", doc_id, p.get("text", ""))
        for i, g in enumerate(gq):
            if g.get("optional"):
                continue
            if i not in matched_g:
                note(detect, f"missed {g.get('kind')}", doc_id, g["text"])
        for i, j in pairs:
            g, p = gq[i], pq[j]
            if g.get("optional"):
                continue
            detect["found"] += 1
            right = speaker_right(g, p.get("speaker"), tb)
            if g.get("speaker_scored", True):
                if right:
                    speaker["right"] += 1
                else:
                    note(speaker, speaker_cause(g, p, doc_speakers), doc_id,
                         f"{name_of(p.get('speaker'))} / gold {g.get('speaker')}: {g['text']}")
            if not g.get("org_scored", True):
                continue
            porg = p.get("organization")
            if accepted(g, "org", "org_accept", porg):
                org["right"] += 1
                continue
            if g.get("speaker_scored", True) and not right:
                cause = "wrong speaker, so wrong organization"
            elif name_of(porg) is None:
                cause = f"missing ({gold_org_class(g)})"
            elif g.get("org") is None:
                cause = f"spurious ({org_class(name_of(porg))})"
            else:
                cause = f"wrong: {org_class(name_of(porg))} for {gold_org_class(g)}"
            note(org, cause, doc_id, f"{name_of(porg)} / gold {g.get('org')}: {g['text']}")
    return detect, speaker, org, samples


def table(title, counter, samples, examples):
    total = sum(counter.values())
    lines = [f"| {title} | n | % |", "|---|---:|---:|"]
    for cause, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {cause} | {n} | {100 * n / total:.1f} |")
    if examples:
        for cause, n in sorted(counter.items(), key=lambda kv: -kv[1]):
            if samples.get(cause):
                lines.append(f"\n<details><summary>{cause}</summary>\n")
                lines.extend(f"- {s}" for s in samples[cause])
                lines.append("\n</details>")
    return "\n".join(lines)


def compare_table(title, before, after):
    totals = sum(before.values()) or 1, sum(after.values()) or 1
    lines = [f"| {title} | before | % | after | % |", "|---|---:|---:|---:|---:|"]
    causes = sorted(set(before) | set(after), key=lambda c: (-after.get(c, 0), -before.get(c, 0), c))
    for cause in causes:
        b, a = before.get(cause, 0), after.get(cause, 0)
        lines.append(f"| {cause} | {b} | {100 * b / totals[0]:.1f} | {a} | {100 * a / totals[1]:.1f} |")
    return "\n".join(lines)


def compare(argv):
    if not argv or len(argv) % 3:
        sys.exit(__doc__)
    titles = ["detection", "speaker (matched, scored)", "organization (matched, scored)"]
    for gold_path, before_path, after_path in zip(argv[::3], argv[1::3], argv[2::3]):
        gold = load(gold_path)
        before = classify(gold, load(before_path), 0)[:3]
        after = classify(gold, load(after_path), 0)[:3]
        print(f"### {gold_path.rsplit('/', 1)[-1]}\n")
        for title, b, a in zip(titles, before, after):
            if b or a:
                print(compare_table(title, b, a), end="\n\n")


def main(argv):
    if argv[:1] == ["--compare"]:
        return compare(argv[1:])
    examples = 0
    if "--examples" in argv:
        k = argv.index("--examples")
        examples = int(argv[k + 1])
        del argv[k:k + 2]
    if len(argv) < 2 or len(argv) % 2:
        sys.exit(__doc__)
    for gold_path, pred_path in zip(argv[::2], argv[1::2]):
        detect, speaker, org, samples = classify(load(gold_path), load(pred_path), examples)
        print(f"### {gold_path.rsplit('/', 1)[-1]}\n")
        print(table("detection", detect, samples, examples), end="\n\n")
        print(table("speaker (matched, scored)", speaker, samples, examples), end="\n\n")
        if org:
            print(table("organization (matched, scored)", org, samples, examples), end="\n\n")


if __name__ == "__main__":
    main(sys.argv[1:])
