"""sayso finds every quotation in news articles: what was said, by whom, for
which organization, and with what stance toward the government.

The analysis runs in Rust with the GIL released; records are plain Python
objects equal to the JSON lines of ``sayso analyze``.

Example:
    >>> import sayso
    >>> pipeline = sayso.Pipeline()
    >>> record = pipeline.analyze("“We will strike,” said Ms Jones of Unite.")
    >>> [(q["text"], q["speaker"]["name"]) for q in record["quotes"]]
    [('We will strike,', 'Ms Jones')]

``Pipeline.analyze_many`` analyses many texts on all cores,
``Pipeline.analyze_file`` reads files and directories as the CLI does, and
``quotes_table`` turns records into a ``pyarrow.Table`` with the CLI's CSV
columns. ``sayso.spark`` runs the analysis on a PySpark DataFrame.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Iterable, List

from ._records import Cue, Evidence, Organization, Quote, Record, Speaker, Stance
from ._sayso import Pipeline, SaysoError, _csv_columns, _records_csv

if TYPE_CHECKING:
    import pyarrow

__all__ = [
    "Pipeline",
    "SaysoError",
    "CSV_COLUMNS",
    "quotes_table",
    "Record",
    "Quote",
    "Cue",
    "Speaker",
    "Organization",
    "Stance",
    "Evidence",
]

#: The columns of ``quotes_table`` (and of the CLI's ``--format csv``), in order.
CSV_COLUMNS: List[str] = _csv_columns()

# Arrow types of the columns that are not strings, by name.
_NON_STRING_TYPES = {
    "quote": "int64",
    "government": "bool",
    "score": "float64",
    "start": "int64",
    "end": "int64",
    "char_start": "int64",
    "char_end": "int64",
    "paragraph": "int64",
    "sentence": "int64",
}


def _arrow_schema() -> "pyarrow.Schema":
    import pyarrow as pa

    return pa.schema(
        [(name, pa.type_for_alias(_NON_STRING_TYPES.get(name, "string"))) for name in CSV_COLUMNS]
    )


def _csv_to_table(csv: bytes) -> "pyarrow.Table":
    """The CLI's CSV (header and rows) as a typed table; empty fields are nulls."""
    import pyarrow.csv as pacsv

    schema = _arrow_schema()
    return pacsv.read_csv(
        io.BytesIO(csv),
        # One thread: cheaper in all, and Spark runs a worker per core already.
        read_options=pacsv.ReadOptions(use_threads=False),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(
            column_types=schema,
            include_columns=schema.names,
            null_values=[""],
            strings_can_be_null=True,
            true_values=["true"],
            false_values=["false"],
        ),
    )


def quotes_table(records: Iterable["Record"]) -> "pyarrow.Table":
    """One row per quote, with the columns of the CLI's ``--format csv``.

    A document with no quote gets one row with only ``id`` set, and one that
    could not be analysed one row with only ``id`` and ``error``; so every
    record appears, and a row whose ``quote`` is null is not a quote. The
    rows are made by the CLI's CSV writer, so they hold the same values;
    empty fields are nulls, ``quote``, ``start``, ``end``, ``char_start``,
    ``char_end``, ``paragraph`` and ``sentence`` are ``int64``,
    ``government`` is ``bool``, ``score`` is ``float64`` and the others are
    strings (docs/FORMAT.md describes each column). A record's ``"meta"``
    (``analyze_file(keep=...)``) is not in the table: join it on ``id``.

    Args:
        records: records as ``Pipeline.analyze``, ``analyze_many`` or
            ``analyze_file`` give them.

    Returns:
        A ``pyarrow.Table``: ``.to_pandas()`` and
        ``pyarrow.parquet.write_table`` take it as it is.

    Example:
        >>> import sayso
        >>> records = sayso.Pipeline().analyze_many(["“Yes,” he said.", "No quote."])
        >>> table = sayso.quotes_table(records)
        >>> table.column("text").to_pylist(), table.column("quote").to_pylist()
        (['Yes,', None], [0, None])
    """
    return _csv_to_table(_records_csv(records))
