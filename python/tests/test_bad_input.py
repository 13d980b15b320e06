"""Bad input gets a clear error or an error record, never a crash."""

from __future__ import annotations

import pytest

import sayso

QUOTE = "\u201cWe will not back down,\u201d said Ms Jones of Unite."


@pytest.fixture(scope="module")
def pipeline() -> sayso.Pipeline:
    return sayso.Pipeline()


@pytest.mark.parametrize("text", [None, b"bytes", 3, ["a list"]])
def test_a_text_that_is_not_str_is_a_type_error(pipeline, text):
    with pytest.raises(TypeError, match=f"text must be str, not {type(text).__name__}"):
        pipeline.analyze(text)


def test_analyze_many_names_the_text_that_is_not_str(pipeline):
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not NoneType"):
        pipeline.analyze_many([QUOTE, None])
    with pytest.raises(TypeError, match=r"texts\[0\] must be str, not bytes"):
        pipeline.analyze_many([b"x"])
    with pytest.raises(TypeError):
        pipeline.analyze_many(None)
    # A str is an iterable of characters, never a list of texts.
    with pytest.raises(TypeError, match="texts must be an iterable of str, not a str"):
        pipeline.analyze_many("one text")


@pytest.mark.parametrize("text", ["", " ", "\n\t \r\n"])
def test_an_empty_text_gets_an_error_record_as_in_the_cli(pipeline, text):
    assert pipeline.analyze(text, id="e") == {"id": "e", "quotes": [], "error": "empty document"}
    assert pipeline.analyze_many([text])[0]["error"] == "empty document"


def test_a_5_mb_text_is_analysed_whole(pipeline):
    paragraph = QUOTE + " The strike began on Monday, and talks broke down.\n"
    repeats = 5_000_000 // len(paragraph.encode()) + 1
    text = paragraph * repeats
    assert len(text.encode()) > 5_000_000
    record = pipeline.analyze(text)
    assert record["error"] is None
    assert len(record["quotes"]) == repeats
    last = record["quotes"][-1]
    start, end = last["span"]
    assert text.encode()[start:end].decode() == last["text"] == "We will not back down,"
    assert text[last["char_span"][0] : last["char_span"][1]] == last["text"]


def test_odd_text_keeps_its_spans_true(pipeline):
    text = "\u201c\u201c\u201d\u201d \"\" \u201cUnclosed, said he.\n\u00e9\u0301 \U0001F600 \u201cHi,\u201d said Zo\u00eb.\u0000"
    for quote in pipeline.analyze(text)["quotes"]:
        start, end = quote["span"]
        assert text.encode()[start:end].decode() == quote["text"]


def test_a_missing_target_file_is_a_sayso_error(tmp_path):
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(sayso.SaysoError, match=f"cannot read target file {missing}"):
        sayso.Pipeline(target=missing)
    assert issubclass(sayso.SaysoError, ValueError)


def test_a_target_file_naming_no_target_is_a_sayso_error(tmp_path):
    target = tmp_path / "empty_target.txt"
    target.write_text("# only a comment\n!White House press corps\n", encoding="utf-8")
    with pytest.raises(sayso.SaysoError, match=f"^{target}: .*target file names no target"):
        sayso.Pipeline(target=target)


def test_a_target_file_with_invalid_utf8_names_its_line(tmp_path):
    target = tmp_path / "latin1.txt"
    target.write_bytes(b"White House\nMinist\xe8re\n")
    with pytest.raises(ValueError, match=f"^{target}:2: invalid UTF-8"):
        sayso.Pipeline(target=target)


def test_bad_arguments(pipeline, tmp_path):
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        pipeline.analyze_many([QUOTE], jobs=0)
    with pytest.raises(ValueError, match="jobs must be at least 1, not -1"):
        pipeline.analyze_many([QUOTE], jobs=-1)
    with pytest.raises(ValueError, match="jobs must be at least 1, not -2"):
        next(iter(pipeline.analyze_file(tmp_path, jobs=-2)))
    with pytest.raises(ValueError, match="2 ids for 1 texts"):
        pipeline.analyze_many([QUOTE], ids=["a", "b"])
    with pytest.raises(FileNotFoundError, match="no such file"):
        pipeline.analyze_file(tmp_path / "missing.jsonl")
    with pytest.raises(TypeError):
        sayso.Pipeline(target=3)


def test_one_pipeline_serves_many_python_threads(pipeline):
    from concurrent.futures import ThreadPoolExecutor

    texts = [QUOTE.replace("Jones", name) for name in ["Smith", "Patel", "Brown", "Khan"] * 8]
    with ThreadPoolExecutor(4) as pool:
        records = list(pool.map(pipeline.analyze, texts))
    assert [r["quotes"][0]["speaker"]["name"] for r in records] == [
        f"Ms {name}" for name in ["Smith", "Patel", "Brown", "Khan"] * 8
    ]


def test_help_is_useful():
    doc = sayso.Pipeline.__doc__
    assert "join_interrupted" in doc and "target" in doc
    assert "analyze_many" in dir(sayso.Pipeline)
    assert "returns their records in input\norder" in sayso.Pipeline.analyze_many.__doc__
    assert sayso.Pipeline.analyze.__text_signature__ == "($self, text, id='')"


def test_ctrl_c_stops_a_long_analyze_many():
    import signal
    import subprocess
    import sys
    import time

    # 200 MB of text, many seconds of analysis on one thread (long enough
    # for the signal to arrive during it on a loaded machine): interrupted,
    # the call must stop within a batch or two.
    script = (
        "import signal, sys, time, sayso\n"
        # Python's own Ctrl-C handler, even where the child was started with
        # SIGINT ignored (a background job of a non-interactive shell, as CI
        # may run the tests), where Python would not install it.
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "text = '\u201cWe will not back down,\u201d said Ms Jones of Unite. ' * 40 + '\\n'\n"
        "texts = [text] * 100_000\n"
        "pipeline = sayso.Pipeline()\n"
        "print('started', flush=True)\n"
        "start = time.monotonic()\n"
        "try:\n"
        "    pipeline.analyze_many(texts, jobs=1)\n"
        "    print('finished', time.monotonic() - start)\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted', time.monotonic() - start)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline() == "started\n"
    time.sleep(0.3)
    sent = time.monotonic()
    child.send_signal(signal.SIGINT)
    out, _ = child.communicate(timeout=300)
    # (Timed from the signal, in this process: a loaded machine may run the
    # child late, but once it runs, it stops within a document or two.)
    stopped_after = time.monotonic() - sent
    outcome, _seconds = out.split()
    assert outcome == "interrupted"
    assert stopped_after < 5.0
