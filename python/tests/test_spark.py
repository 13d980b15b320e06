"""sayso.spark in local[2]: the rows are the CLI's CSV rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

import sayso

from conftest import REPO, SEEDS, cli_csv_rows, jsonl_docs

pyspark = pytest.importorskip("pyspark")
import sayso.spark  # noqa: E402  (needs pyspark)

sys.path.insert(0, str(REPO / "examples"))
import spark_job  # noqa: E402

# The workers run this interpreter (with sayso installed), not the first
# python3 on the PATH; the example job's process inherits the choice.
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("sayso-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def csv_fields(row: dict) -> list:
    """A row as the CLI writes its CSV fields (scores compared as numbers)."""

    def field(name, value):
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if name == "score":
            return float(value)
        return str(value)

    return [field(name, row[name]) for name in sayso.CSV_COLUMNS]


def cli_rows(rows: list) -> list:
    score = sayso.CSV_COLUMNS.index("score")
    return [r[:score] + [float(r[score]) if r[score] else ""] + r[score + 1 :] for r in rows]


def seed_frame(spark):
    docs = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return spark.createDataFrame(docs, "id STRING, text STRING")


def test_the_schema_is_the_csv_columns(spark):
    schema = sayso.spark.schema()
    assert schema.fieldNames() == sayso.CSV_COLUMNS
    assert {f.name: f.dataType.simpleString() for f in schema.fields if f.dataType.simpleString() != "string"} == {
        "quote": "bigint",
        "government": "boolean",
        "score": "double",
        "start": "bigint",
        "end": "bigint",
        "char_start": "bigint",
        "char_end": "bigint",
        "paragraph": "bigint",
        "sentence": "bigint",
    }


def test_rows_equal_the_clis_csv_rows_on_the_seeds(cli, spark):
    quotes = sayso.spark.analyze(seed_frame(spark).repartition(2))
    got = sorted(csv_fields(row.asDict()) for row in quotes.collect())
    expected = sorted(cli_rows(cli_csv_rows(cli, str(SEEDS))[1:]))
    assert len(got) > 40
    assert got == expected


def test_rows_equal_the_clis_csv_rows_on_seeds_and_polnear_dev(cli, spark, polnear_dev):
    docs = seed_frame(spark).unionByName(spark.read.json(str(polnear_dev)).select("id", "text"))
    quotes = sayso.spark.analyze(docs.repartition(4), join_interrupted=True)
    got = sorted(csv_fields(row.asDict()) for row in quotes.collect())
    expected = sorted(
        cli_rows(cli_csv_rows(cli, "--join-interrupted", str(SEEDS), str(polnear_dev))[1:])
    )
    assert len(got) > 600
    assert got == expected


def test_null_texts_numeric_ids_and_other_columns(spark):
    docs = spark.createDataFrame(
        [(1, "\u201cNo,\u201d said Ms Jones."), (2, None), (3, "  ")], "doc LONG, body STRING"
    )
    rows = [r.asDict() for r in sayso.spark.analyze(docs, text_col="body", id_col="doc").collect()]
    assert [(r["id"], r["text"], r["speaker"], r["error"]) for r in rows] == [
        ("1", "No,", "Ms Jones", None),
        ("2", None, None, "no text: the text column is null"),
        ("3", None, None, "empty document"),
    ]


def test_a_bad_target_fails_on_the_driver(spark, tmp_path):
    target = tmp_path / "target.txt"
    target.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(sayso.SaysoError, match="names no target"):
        sayso.spark.analyze(seed_frame(spark), target=target)
    with pytest.raises(TypeError, match="must hold strings"):
        sayso.spark.analyze(spark.createDataFrame([(1, 2)], "id LONG, text LONG"))


def test_the_target_text_reaches_the_workers(spark, tmp_path):
    target = tmp_path / "us.txt"
    target.write_text("White House\n", encoding="utf-8")
    docs = spark.createDataFrame(
        [("w", "A White House spokesman said: \u201cThe talks will go on.\u201d")], "id STRING, text STRING"
    )
    rows = sayso.spark.analyze(docs, target=target).collect()
    assert [(r.organization, r.government) for r in rows] == [("White House", True)]


def read_rows(path) -> list:
    return sorted(csv_fields(row) for row in pq.read_table(path).to_pylist())


def test_the_example_job_runs_end_to_end_on_the_seeds(cli, tmp_path):
    out = tmp_path / "quotes"
    subprocess.run(
        [sys.executable, str(REPO / "examples" / "spark_job.py"), str(SEEDS), str(out)],
        check=True,
        cwd=tmp_path,
        capture_output=True,
    )
    assert read_rows(out) == sorted(cli_rows(cli_csv_rows(cli, str(SEEDS))[1:]))


def test_the_example_job_reads_json_lines_and_parquet(cli, spark, tmp_path):
    docs = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))]
    jsonl = tmp_path / "seeds.jsonl"
    jsonl.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    expected = sorted(cli_rows(cli_csv_rows(cli, str(jsonl))[1:]))
    spark_job.main([str(jsonl), str(tmp_path / "from_json")], spark)
    assert read_rows(tmp_path / "from_json") == expected
    import pyarrow as pa

    parquet = tmp_path / "seeds.parquet"
    pq.write_table(pa.Table.from_pylist(docs), parquet)
    spark_job.main([str(parquet), str(tmp_path / "from_parquet"), "--partitions", "3"], spark)
    assert read_rows(tmp_path / "from_parquet") == expected


def test_the_example_job_reports_a_malformed_json_line_in_a_row_of_its_own(spark, tmp_path):
    jsonl = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "a", "text": "\u201cNo,\u201d said Ms Jones."})
    jsonl.write_text(good + '\n{"id": "b", "text": oops}\n', encoding="utf-8")
    spark_job.main([str(jsonl), str(tmp_path / "out")], spark)
    rows = sorted(pq.read_table(tmp_path / "out").to_pylist(), key=lambda r: r["id"])
    assert [(r["id"], r["text"], r["speaker"], r["error"]) for r in rows[:1]] == [
        ("a", "No,", "Ms Jones", None)
    ]
    (bad,) = rows[1:]
    assert bad["id"].endswith("/mixed.jsonl") and bad["text"] is None
    assert bad["error"] == bad["id"] + ': malformed JSON line: {"id": "b", "text": oops}'


def test_arrow_batches_are_read_in_place_sliced_large_or_null():
    import pyarrow as pa

    texts = [
        "\u201cNo,\u201d said Ms Jones.",
        None,
        "Nothing was said.",
        "\u201cWe will strike, caf\u00e9 or not,\u201d said Mr Smith of Unite.",
    ]
    ids = ["a", "b", None, "d"]
    analyze = sayso.spark._analyze_batches(None, False)
    records = [
        sayso.Pipeline().analyze(t, id=i or "") if t is not None else None for i, t in zip(ids, texts)
    ]
    for kind in (pa.string(), pa.large_string()):
        batch = pa.RecordBatch.from_arrays([pa.array(ids, kind), pa.array(texts, kind)], ["id", "text"])
        for start in (0, 1, 3):
            sliced = batch.slice(start)
            got = pa.Table.from_batches(list(analyze([sliced])))
            assert got.schema == sayso._arrow_schema()
            rows = got.to_pylist()
            expected_ids = [i or None for i in ids[start:]]
            assert [r["id"] for r in rows] == expected_ids
            for row, text, record in zip(rows, texts[start:], records[start:]):
                if text is None:
                    assert row["error"] == "no text: the text column is null"
                elif record["quotes"]:
                    assert row["text"] == record["quotes"][0]["text"]
                else:
                    assert row["quote"] is None and row["error"] is None
