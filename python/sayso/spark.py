"""sayso on PySpark: one row per quote, with the CLI's CSV columns.

``analyze`` maps the DataFrame's partitions through ``mapInArrow``: each
Python worker builds the pipeline once (and keeps it for the tasks it runs
after), and each Arrow batch of ids and texts goes to Rust as it is, comes
back as the CLI's CSV rows for those documents and is parsed into an Arrow
batch of this module's ``schema()``. Rust reads the texts in place from the
batch's buffers: no Python object is made per document or per quote. Spark runs one task per core, so each
task analyses on one thread.

Example::

    from pyspark.sql import SparkSession
    import sayso.spark

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    docs = spark.read.json("corpus.jsonl")        # {"id", "text"} a line
    quotes = sayso.spark.analyze(docs)
    quotes.filter("speaker IS NOT NULL").groupBy("speaker").count().show()
    quotes.write.parquet("quotes.parquet")
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Union

from . import CSV_COLUMNS, Pipeline, _csv_to_table, _NON_STRING_TYPES

if TYPE_CHECKING:
    import pyarrow
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

__all__ = ["analyze", "schema"]

_SPARK_TYPES = {"int64": "long", "bool": "boolean", "float64": "double", "string": "string"}


def schema() -> "StructType":
    """The schema of ``analyze``'s rows: the CLI's CSV columns, in order.

    ``quote``, ``start``, ``end``, ``char_start``, ``char_end``,
    ``paragraph`` and ``sentence`` are longs, ``government`` a boolean,
    ``score`` a double and the others (``id``, ``kind``, ``text``, ``cue``,
    ``speaker``, ``speaker_kind``, ``mention``, ``resolved_by``,
    ``organization``, ``acronym``, ``stance``, ``error``) strings. Every field is nullable: a row for a
    document without quotes has only ``id`` (and ``error``, when the document
    could not be analysed) set.
    """
    from pyspark.sql.types import StructField, StructType, _parse_datatype_string

    return StructType(
        [
            StructField(
                name,
                _parse_datatype_string(_SPARK_TYPES[_NON_STRING_TYPES.get(name, "string")]),
                nullable=True,
            )
            for name in CSV_COLUMNS
        ]
    )


def analyze(
    df: "DataFrame",
    text_col: str = "text",
    id_col: str = "id",
    target: Optional[Union[str, "os.PathLike[str]"]] = None,
    join_interrupted: bool = False,
) -> "DataFrame":
    """Finds the quotes of every document of ``df``: one row per quote.

    Args:
        df: a DataFrame with a string column of texts.
        text_col: the column holding the texts; a null text gives a row
            with ``error`` set.
        id_col: the column holding the document ids (cast to string).
        target: path of a target file on the driver (as ``Pipeline``);
            its text is shipped to the workers.
        join_interrupted: as ``Pipeline``.

    Returns:
        A DataFrame of ``schema()``: the rows of the CLI's
        ``--format csv`` for the same documents, plus one row for each
        document with no quote (only ``id`` set) or with an error (``id``
        and ``error``).

    Raises:
        SaysoError: the target file cannot be read or names no target
            (checked on the driver, before any task runs).
        TypeError: ``text_col`` is not a string column.
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    text_type = df.schema[text_col].dataType
    if not isinstance(text_type, StringType):
        raise TypeError(f"column {text_col!r} must hold strings, not {text_type.simpleString()}")
    target_text = None
    if target is not None:
        # Read and checked here, so that a bad file fails now and the
        # workers need not see the driver's files.
        target_text = _read_target(target)
    docs = df.select(F.col(id_col).cast("string").alias("id"), F.col(text_col).alias("text"))
    return docs.mapInArrow(_analyze_batches(target_text, join_interrupted), schema())


def _read_target(path: Union[str, "os.PathLike[str]"]) -> str:
    Pipeline(target=path)  # raises SaysoError with the file (and line) when it is bad
    with open(path, encoding="utf-8") as f:
        return f.read()


def _string_buffers(array: "pyarrow.Array") -> tuple:
    """A string column as Rust reads it: its buffers (validity bitmap or None,
    offsets, data), its offset into them, its length, and whether its offsets
    are 64-bit."""
    import pyarrow as pa

    validity, offsets, data = array.buffers()
    return (
        None if validity is None else validity.to_pybytes(),
        offsets.to_pybytes(),
        b"" if data is None else data.to_pybytes(),
        array.offset,
        len(array),
        pa.types.is_large_string(array.type),
    )


@functools.lru_cache(maxsize=4)
def _pipeline(target_text: Optional[str], join_interrupted: bool) -> Pipeline:
    """A worker's pipeline, built once per worker process."""
    return Pipeline._with_target_text(target_text, join_interrupted)


def _analyze_batches(
    target_text: Optional[str], join_interrupted: bool
) -> Callable[[Iterable["pyarrow.RecordBatch"]], Iterable["pyarrow.RecordBatch"]]:
    def analyze_batches(batches: Iterable["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:
        pipeline = _pipeline(target_text, join_interrupted)
        for batch in batches:
            ids, texts = (_string_buffers(batch.column(n)) for n in (0, 1))
            yield from _csv_to_table(pipeline._analyze_arrow_csv(ids, texts, 1)).to_batches()

    return analyze_batches
