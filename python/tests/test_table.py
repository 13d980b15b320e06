"""quotes_table: the CLI's CSV rows as a typed pyarrow table."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import sayso

from conftest import SEEDS, cli_csv_rows, cli_records

TYPES = {
    "id": pa.string(),
    "quote": pa.int64(),
    "kind": pa.string(),
    "text": pa.string(),
    "cue": pa.string(),
    "speaker": pa.string(),
    "speaker_kind": pa.string(),
    "mention": pa.string(),
    "resolved_by": pa.string(),
    "organization": pa.string(),
    "acronym": pa.string(),
    "government": pa.bool_(),
    "stance": pa.string(),
    "score": pa.float64(),
    "start": pa.int64(),
    "end": pa.int64(),
    "char_start": pa.int64(),
    "char_end": pa.int64(),
    "paragraph": pa.int64(),
    "sentence": pa.int64(),
    "error": pa.string(),
}


def as_csv_fields(table: pa.Table) -> list:
    """The table's rows written as the CLI writes CSV fields."""

    def field(value) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    return [[field(row[name]) for name in table.column_names] for row in table.to_pylist()]


def test_the_columns_are_the_clis_csv_header(cli):
    header = cli_csv_rows(cli, str(SEEDS))[0]
    assert sayso.CSV_COLUMNS == header
    table = sayso.quotes_table([])
    assert table.column_names == header
    assert table.num_rows == 0
    for name, type_ in TYPES.items():
        assert table.schema.field(name).type == type_, name


def test_the_rows_are_the_clis_csv_rows(cli):
    records = cli_records(cli, str(SEEDS))
    table = sayso.quotes_table(records)
    expected = cli_csv_rows(cli, str(SEEDS))[1:]
    assert table.num_rows == len(expected) == sum(len(r["quotes"]) for r in records)
    assert as_csv_fields(table) == expected


def test_documents_without_quotes_and_errors_get_one_row(cli, tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(
        '{"id": "q", "text": "Ms Jones said: \u201cWe will strike, NA, null.\\r\\n\\r\\n\u201cWe will win.\u201d"}\n'
        '{"id": "r", "text": "\u201cYes, \\"NA\\", null, no,\u201d said Ms Jones."}\n'
        '{"id": "none", "text": "Nothing was said."}\n'
        "not json\n",
        encoding="utf-8",
    )
    records = list(sayso.Pipeline().analyze_file(path))
    table = sayso.quotes_table(records)
    assert as_csv_fields(table) == cli_csv_rows(cli, str(path))[1:]
    rows = table.to_pylist()
    assert rows[0]["text"] == "We will strike, NA, null.\r\n\r\n\u201cWe will win."
    assert rows[1]["text"] == 'Yes, "NA", null, no,'
    assert rows[0]["quote"] == 0 and rows[0]["speaker"] == "Ms Jones" and rows[0]["government"] is None
    assert rows[2] == {name: ("none" if name == "id" else None) for name in TYPES}
    assert rows[3]["id"] == f"{path}:4"
    assert rows[3]["error"].startswith(f"{path}:4: malformed JSON")
    assert [rows[3][name] for name in TYPES if name not in ("id", "error")] == [None] * 19


def test_pandas_and_a_parquet_round_trip(tmp_path):
    records = sayso.Pipeline().analyze_many([p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))])
    table = sayso.quotes_table(records)
    frame = table.to_pandas()
    assert list(frame.columns) == sayso.CSV_COLUMNS
    assert len(frame) == sum(len(r["quotes"]) for r in records)
    assert set(frame["stance"]) <= {"negative", "neutral", "positive"}
    path = tmp_path / "quotes.parquet"
    pq.write_table(table, path)
    assert pq.read_table(path).equals(table)


def test_records_that_are_not_records_are_a_type_error():
    with pytest.raises(TypeError, match="not a sayso record"):
        sayso.quotes_table([{"id": "x"}])
