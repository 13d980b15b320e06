"""Finds the quotes of a corpus on Spark and writes them as Parquet, one row per quote.

    spark-submit examples/spark_job.py INPUT OUTPUT      # or: python examples/spark_job.py INPUT OUTPUT

INPUT is JSON Lines ({"id", "text"} a line; .jsonl, .jsonl.gz, .json, or a
directory of them), Parquet (a .parquet file or a directory of them) or a
directory of .txt files (one document each, its id the file name without
.txt). OUTPUT is a Parquet directory with the columns of the CLI's
`--format csv` (`sayso.spark.schema()`), written over any earlier one.
Every worker needs the `sayso` package (`pip install ./python`).

A JSON line that does not parse still gets a row, as in the CLI: its `id` is
the file it came from (Spark does not know the line number; or the line's id,
where Spark read one) and its `error` says so and quotes the line's start.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

import sayso.spark


# The JSON reader keeps a line that does not parse in this column (and the
# file it came from in the next), so that it is reported, not lost.
MALFORMED = "_sayso_malformed"
SOURCE = "_sayso_source"
# How much of a malformed line its error quotes.
MALFORMED_PREFIX = 80


def read_documents(spark: SparkSession, path: str, id_col: str, text_col: str) -> DataFrame:
    """The documents at `path`, with at least the columns `id_col` and
    `text_col`; from JSON Lines, also `MALFORMED` and `SOURCE`."""
    kind = input_kind(Path(path))
    if kind == "parquet":
        return spark.read.parquet(path)
    if kind == "json":
        # A schema spares Spark a pass over the data to infer one.
        return (
            spark.read.schema(f"`{id_col}` STRING, `{text_col}` STRING, `{MALFORMED}` STRING")
            .option("columnNameOfCorruptRecord", MALFORMED)
            .json(path)
            .withColumn(SOURCE, F.input_file_name())
        )
    # The directory with a filter, not a glob: Spark looks a glob up as a
    # path first and warns, with a stack trace, that no such file exists.
    files = spark.read.option("pathGlobFilter", "*.txt").text(path, wholetext=True)
    return files.select(
        F.regexp_extract(F.input_file_name(), r"([^/]*)\.txt$", 1).alias(id_col),
        F.col("value").alias(text_col),
    )


def analyze_documents(docs: DataFrame, id_col: str, text_col: str, **options) -> DataFrame:
    """`sayso.spark.analyze` of `docs`, and a row with an `error` for each
    malformed JSON line among them."""
    if MALFORMED not in docs.columns:
        return sayso.spark.analyze(docs, text_col=text_col, id_col=id_col, **options)
    parsed = docs.where(F.col(MALFORMED).isNull()).drop(MALFORMED, SOURCE)
    quotes = sayso.spark.analyze(parsed, text_col=text_col, id_col=id_col, **options)
    # (The id as far as it parsed, else the file. Spark refuses a query of
    # the malformed column alone, so the id column is read here in any case.)
    malformed = docs.where(F.col(MALFORMED).isNotNull()).select(
        F.coalesce(F.col(id_col), F.col(SOURCE)).alias("id"),
        F.concat(
            F.col(SOURCE),
            F.lit(": malformed JSON line: "),
            F.substring(F.col(MALFORMED), 1, MALFORMED_PREFIX),
        ).alias("error"),
    )
    return quotes.unionByName(malformed, allowMissingColumns=True)


def input_kind(path: Path) -> str:
    names = [p.name for p in path.iterdir()] if path.is_dir() else [path.name]
    if any(n.endswith(".parquet") for n in names):
        return "parquet"
    if any(n.endswith((".jsonl", ".jsonl.gz", ".json", ".json.gz")) for n in names):
        return "json"
    if path.is_dir():
        return "text"
    raise SystemExit(f"{path}: not JSON Lines, Parquet or a directory of .txt files")


def main(argv: Optional[List[str]] = None, spark: Optional[SparkSession] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--id-col", default="id")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--target", help="a target file (as `sayso analyze --target`)")
    parser.add_argument("--join-interrupted", action="store_true")
    parser.add_argument(
        "--partitions", type=int, help="repartition the documents first (e.g. for one large .gz file)"
    )
    args = parser.parse_args(argv)
    if spark is None:
        spark = (
            SparkSession.builder.appName("sayso")
            # Splits a large JSON Lines file so that every core gets work.
            .config("spark.sql.files.maxPartitionBytes", "16m")
            .getOrCreate()
        )
    docs = read_documents(spark, args.input, args.id_col, args.text_col)
    if args.partitions:
        docs = docs.repartition(args.partitions)
    quotes = analyze_documents(
        docs,
        args.id_col,
        args.text_col,
        target=args.target,
        join_interrupted=args.join_interrupted,
    )
    quotes.write.mode("overwrite").parquet(args.output)


if __name__ == "__main__":
    main(sys.argv[1:])
