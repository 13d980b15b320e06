"""Finds the quotes of a corpus on Spark and writes them as Parquet, one row per quote.

    spark-submit examples/spark_job.py INPUT OUTPUT      # or: python examples/spark_job.py INPUT OUTPUT

INPUT is JSON Lines ({"id", "text"} a line; .jsonl, .jsonl.gz, .json, or a
directory of them), Parquet (a .parquet file or a directory of them) or a
directory of .txt files (one document each, its id the file name without
.txt). OUTPUT is a Parquet directory with the columns of the CLI's
`--format csv` (`sayso.spark.schema()`), written over any earlier one.
Every worker needs the `sayso` package (`pip install ./python`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

import sayso.spark


def read_documents(spark: SparkSession, path: str, id_col: str, text_col: str) -> DataFrame:
    """The documents at `path`, with at least the columns `id_col` and `text_col`."""
    kind = input_kind(Path(path))
    if kind == "parquet":
        return spark.read.parquet(path)
    if kind == "json":
        # A schema spares Spark a pass over the data to infer one.
        return spark.read.schema(f"`{id_col}` STRING, `{text_col}` STRING").json(path)
    # The directory with a filter, not a glob: Spark looks a glob up as a
    # path first and warns, with a stack trace, that no such file exists.
    files = spark.read.option("pathGlobFilter", "*.txt").text(path, wholetext=True)
    return files.select(
        F.regexp_extract(F.input_file_name(), r"([^/]*)\.txt$", 1).alias(id_col),
        F.col("value").alias(text_col),
    )


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
    quotes = sayso.spark.analyze(
        docs,
        text_col=args.text_col,
        id_col=args.id_col,
        target=args.target,
        join_interrupted=args.join_interrupted,
    )
    quotes.write.mode("overwrite").parquet(args.output)


if __name__ == "__main__":
    main(sys.argv[1:])
