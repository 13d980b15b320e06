"""The Python records equal the CLI's JSON lines, whichever way they are made."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

import sayso

from conftest import SEEDS, cli_records, jsonl_docs, run_cli

# An invented target: the US administration.
US_TARGET = "# the US administration\nthe administration\nWhite House\nState Department\n!White House press corps\n"
US_TEXT = (
    "A White House spokesman said: \u201cThe talks will go on.\u201d\n"
    "\u201cWe reject the administration\u2019s shameful offer,\u201d said Jane Doe, a Unite official."
)


@pytest.fixture(scope="module")
def pipeline() -> sayso.Pipeline:
    return sayso.Pipeline()


def seed_texts():
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


def test_analyze_equals_the_cli_on_every_seed(cli, pipeline):
    expected = cli_records(cli, str(SEEDS))
    texts = seed_texts()
    assert [r["id"] for r in expected] == list(texts)
    assert sum(len(r["quotes"]) for r in expected) > 40
    for record in expected:
        assert pipeline.analyze(texts[record["id"]], id=record["id"]) == record


@pytest.mark.parametrize("join_interrupted", [False, True])
def test_analyze_equals_the_cli_on_polnear_dev(cli, polnear_dev, join_interrupted):
    flag = ["--join-interrupted"] if join_interrupted else []
    expected = cli_records(cli, *flag, str(polnear_dev))
    docs = jsonl_docs(polnear_dev)
    assert len(expected) == len(docs) == 84
    pipeline = sayso.Pipeline(join_interrupted=join_interrupted)
    for doc, record in zip(docs, expected):
        assert pipeline.analyze(doc["text"], id=doc["id"]) == record


def test_join_interrupted_gives_one_quote_across_its_attribution():
    text = "\u201cIt is over,\u201d said Ms Jones. \u201cWe go on strike.\u201d"
    split = sayso.Pipeline().analyze(text)["quotes"]
    joined = sayso.Pipeline(join_interrupted=True).analyze(text)["quotes"]
    assert [q["text"] for q in split] == ["It is over,", "We go on strike."]
    assert [q["text"] for q in joined] == ["It is over,\u201d said Ms Jones. \u201cWe go on strike."]


def test_a_record_is_plain_json_data(pipeline):
    record = pipeline.analyze(US_TEXT, id="us")
    assert json.loads(json.dumps(record)) == record
    quote = record["quotes"][1]
    text_bytes = US_TEXT.encode()
    start, end = quote["span"]
    assert text_bytes[start:end].decode() == quote["text"]
    char_start, char_end = quote["char_span"]
    assert US_TEXT[char_start:char_end] == quote["text"]
    assert quote["speaker"]["name"] == "Jane Doe"
    assert quote["organization"] == {"name": "Unite", "acronym": None, "government": False}


def test_a_target_file_changes_who_is_the_government(cli, tmp_path):
    target = tmp_path / "us.txt"
    target.write_text(US_TARGET, encoding="utf-8")
    doc = tmp_path / "us_news.txt"
    doc.write_text(US_TEXT, encoding="utf-8")
    default = sayso.Pipeline().analyze(US_TEXT, id="us_news")
    us = sayso.Pipeline(target=target).analyze(US_TEXT, id="us_news")
    assert default["quotes"][0]["organization"]["government"] is False
    assert us["quotes"][0]["organization"] == {"name": "White House", "acronym": None, "government": True}
    assert us["quotes"][1]["stance"]["label"] == "negative"
    assert [us] == cli_records(cli, "--target", str(target), str(doc))
    assert sayso.Pipeline(target=str(target)).analyze(US_TEXT, id="us_news") == us


def test_analyze_many_keeps_order_on_any_number_of_threads(pipeline):
    texts = list(seed_texts().values()) * 3 + ["Nothing was said.", "\u201cNo,\u201d said Ms Jones."]
    one = pipeline.analyze_many(texts, jobs=1)
    two = pipeline.analyze_many(texts, jobs=2)
    assert one == two
    assert pipeline.analyze_many(texts, jobs=5) == one
    assert pipeline.analyze_many(texts[:2], jobs=8) == one[:2]
    assert one == [pipeline.analyze(text, id=str(n)) for n, text in enumerate(texts)]
    assert [r["id"] for r in one] == [str(n) for n in range(len(texts))]
    assert one[-2]["quotes"] == [] and one[-1]["quotes"][0]["text"] == "No,"
    # Enough texts for several chunks of documents taken through the stages together.
    many = pipeline.analyze_many(texts * 5, jobs=2)
    assert [r["quotes"] for r in many] == [r["quotes"] for r in one * 5]


def test_analyze_many_takes_ids_and_any_iterable(pipeline):
    records = pipeline.analyze_many((t for t in ["\u201cYes,\u201d he said.", "x"]), ids=["a", "b"])
    assert [r["id"] for r in records] == ["a", "b"]
    assert pipeline.analyze_many([]) == []


def test_analyze_many_equals_the_cli_on_polnear_dev(cli, polnear_dev, pipeline):
    docs = jsonl_docs(polnear_dev)
    records = pipeline.analyze_many([d["text"] for d in docs], ids=[d["id"] for d in docs], jobs=2)
    assert records == cli_records(cli, str(polnear_dev))


def test_analyze_file_equals_the_cli_on_a_directory(cli, pipeline):
    assert list(pipeline.analyze_file(str(SEEDS))) == cli_records(cli, str(SEEDS))


def test_analyze_file_equals_the_cli_on_polnear_dev(cli, polnear_dev, pipeline):
    records = pipeline.analyze_file(polnear_dev, jobs=2)
    assert iter(records) is records
    assert list(records) == cli_records(cli, str(polnear_dev))


BAD_LINES = b"".join(
    [
        b'{"id": "a", "text": "\xe2\x80\x9cWe will win,\xe2\x80\x9d said Ms Jones."}\n',
        b"not json\n",
        b'{"id": "no-text"}\n',
        b"\n",
        b'{"id": "blank", "text": "   "}\n',
        b"\xff\xfe\n",
        b'{"id": 7, "text": 3}\n',
        b'{"doc": "d", "body": "\xe2\x80\x9cYes,\xe2\x80\x9d he said."}\n',
    ]
)


def test_analyze_file_gives_the_clis_error_records(cli, pipeline, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(BAD_LINES)
    records = list(pipeline.analyze_file(path))
    assert records == cli_records(cli, str(path))
    assert [r["id"] for r in records] == ["a", f"{path}:2", "no-text", "blank", f"{path}:6", "7", f"{path}:8"]
    assert [r["error"] is None for r in records] == [True] + [False] * 6
    assert records[1]["error"].startswith(f"{path}:2: malformed JSON")
    assert records[3]["error"] == f"{path}:5: empty document"
    gz = tmp_path / "bad.jsonl.gz"
    gz.write_bytes(gzip.compress(BAD_LINES))
    assert [r["id"] for r in pipeline.analyze_file(gz)] == [r["id"].replace("bad.jsonl:", "bad.jsonl.gz:") for r in records]


def test_analyze_file_keeps_fields_like_the_clis_keep(cli, pipeline, tmp_path):
    path = tmp_path / "kept.jsonl"
    lines = [
        {"id": "a", "text": "\u201cNo,\u201d said Ms Jones.", "date": "2024-03-01", "tags": ["uk", 7], "n": 1.5},
        {"id": "b", "text": "Nothing was said.", "date": None, "n": {"deep": [True]}},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines) + "not json\n", encoding="utf-8")
    records = list(pipeline.analyze_file(path, keep=["date", "tags", "n"]))
    assert records == cli_records(cli, "--keep", "date,tags,n", str(path))
    assert [r["meta"] for r in records] == [
        {"date": "2024-03-01", "tags": ["uk", 7], "n": 1.5},
        {"date": None, "tags": None, "n": {"deep": [True]}},
        {"date": None, "tags": None, "n": None},
    ]
    assert records[0]["quotes"][0]["text"] == "No,"
    assert "meta" not in next(pipeline.analyze_file(path))
    with pytest.raises(TypeError):
        pipeline.analyze_file(path, keep="date")


def test_analyze_file_reads_other_fields_and_size_caps(cli, pipeline, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(BAD_LINES)
    records = list(pipeline.analyze_file(path, id_field="doc", text_field="body", max_bytes=1000))
    assert records == cli_records(cli, "--id-field", "doc", "--text-field", "body", "--max-bytes", "1000", str(path))
    assert records[-1]["id"] == "d" and records[-1]["quotes"][0]["text"] == "Yes,"
    capped = list(pipeline.analyze_file(path, max_bytes=10))
    assert capped[0]["error"] == f"{path}:1: document of 33 bytes is over the size cap of 10 bytes (--max-bytes)"


def test_analyze_file_streams(pipeline, tmp_path):
    path = tmp_path / "many.jsonl"
    line = json.dumps({"id": "d", "text": "\u201cNo,\u201d said Ms Jones."}) + "\n"
    path.write_text(line * 2000, encoding="utf-8")
    records = pipeline.analyze_file(path, jobs=1)
    first = next(records)
    assert first["quotes"][0]["text"] == "No,"
    assert sum(1 for _ in records) == 1999
    with pytest.raises(StopIteration):
        next(records)


def test_analyze_file_of_a_gzipped_text_file(cli, pipeline, tmp_path):
    path = tmp_path / "article.txt.gz"
    path.write_bytes(gzip.compress(US_TEXT.encode()))
    assert list(pipeline.analyze_file(path)) == cli_records(cli, str(path))
    assert [r["id"] for r in pipeline.analyze_file(path)] == ["article"]


def test_analyze_file_reads_standard_input_like_the_cli(cli):
    lines = b'{"id": "s", "text": "\xe2\x80\x9cNo,\xe2\x80\x9d said Ms Jones."}\n{"id": "t"}\n'
    script = "import json, sayso; print(json.dumps(list(sayso.Pipeline().analyze_file('-'))))"
    done = subprocess.run([sys.executable, "-c", script], input=lines, capture_output=True, check=True)
    expected = [json.loads(line) for line in run_cli(cli, "-", stdin=lines).splitlines()]
    assert json.loads(done.stdout) == expected
    assert expected[1]["error"] == "stdin:2: no \"text\" field"


def test_records_stay_collectable_when_given_back_references(pipeline):
    import gc
    import weakref

    class Marker:
        pass

    record = pipeline.analyze("\u201cNo,\u201d said Ms Jones. \u201cNever,\u201d she added.")
    quote = record["quotes"][0]
    assert not gc.is_tracked(quote["span"]) and not gc.is_tracked(quote["speaker"])
    assert gc.is_tracked(record["quotes"])
    marker = Marker()
    quote["speaker"]["seen_in"] = marker  # a dict given a container is tracked again
    marker.record = record  # a cycle: record -> quotes -> quote -> speaker -> marker -> record
    assert gc.is_tracked(quote["speaker"])
    alive = weakref.ref(marker)
    del record, quote, marker
    gc.collect()
    assert alive() is None


def test_lists_that_may_be_given_dicts_stay_tracked(pipeline):
    import gc

    empty = pipeline.analyze("Nothing was said.")
    assert gc.is_tracked(empty["quotes"]) and gc.is_tracked(empty)
    quote = pipeline.analyze("\u201cNo,\u201d said Ms Jones.")["quotes"][0]
    assert gc.is_tracked(quote["stance"]["evidence"]) and gc.is_tracked(quote["stance"])
    assert gc.is_tracked(quote)


def test_analyze_file_reads_other_encodings_like_the_cli(cli, pipeline, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("\u201cCaf\u00e9s will close,\u201d said Ms Jones.".encode("windows-1252"))
    records = list(pipeline.analyze_file(path, encoding="windows-1252"))
    assert records == cli_records(cli, "--encoding", "windows-1252", str(path))
    assert records[0]["quotes"][0]["text"] == "Caf\u00e9s will close,"
    assert list(pipeline.analyze_file(path))[0]["error"].startswith(f"{path}: invalid UTF-8")
    with pytest.raises(ValueError, match="klingon"):
        pipeline.analyze_file(path, encoding="klingon")
