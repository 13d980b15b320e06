"""Throughput of the Python package and of Spark beside the CLI's, in one run.

    python python/bench/bench.py /tmp/news100.jsonl [--cli target/release/sayso] [--runs 5] [--no-spark]

The corpus is the 100 MB of JSON Lines that README.md ("Corpus scale") shows
how to make. Each round times, one after the other:

- the CLI, `sayso analyze --quiet --jobs N CORPUS > /dev/null`, N = 1 and 2;
- `Pipeline.analyze_many(texts, jobs=N)` on the corpus's texts, read into
  memory beforehand (reading them is timed once, apart);
- `Pipeline.analyze_file(CORPUS, jobs=N)`, every record taken;
- `sayso.spark.analyze` in `local[2]` on `spark.read.json(CORPUS)`, written to
  Spark's `noop` sink (after one untimed warm-up run).

MB/s is the corpus file's size over the wall time, as the CLI reports it. The
script prints the median and range of each and the peak memory (RSS) of
`analyze_file` over the whole corpus, measured in a child process. It needs
pyspark and Java for the Spark figure, and an optimized build of the package
(`pip install ./python` builds the release profile).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List

import sayso

REPO = Path(__file__).resolve().parents[2]


def timed(run: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    del result
    gc.collect()
    return seconds


def cli(binary: str, corpus: str, jobs: int) -> None:
    with open(os.devnull, "wb") as null:
        subprocess.run(
            [binary, "analyze", "--quiet", "--jobs", str(jobs), corpus], stdout=null, check=False
        )


def count(records) -> int:
    return sum(1 for _ in records)


def peak_rss_of_analyze_file(corpus: str) -> float:
    """Peak RSS in MB of a process that takes every record of analyze_file.

    Read from the child's VmHWM: its ru_maxrss would start from this
    process's, which Linux carries over fork and exec.
    """
    script = (
        "import sys, sayso\n"
        "n = sum(1 for _ in sayso.Pipeline().analyze_file(sys.argv[1]))\n"
        "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])\n"
    )
    out = subprocess.run([sys.executable, "-c", script, corpus], capture_output=True, check=True, text=True)
    return int(out.stdout) / 1024


def spark_runner(corpus: str) -> Callable[[], object]:
    from pyspark.sql import SparkSession

    import sayso.spark

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("sayso-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.files.maxPartitionBytes", "8m")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")

    def run() -> None:
        docs = spark.read.schema("id STRING, text STRING").json(corpus)
        sayso.spark.analyze(docs).write.format("noop").mode("overwrite").save()

    run()  # warm-up: starts the Python workers and the JIT
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--cli", default=str(REPO / "target" / "release" / "sayso"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-spark", action="store_true")
    args = parser.parse_args()
    corpus = args.corpus
    megabytes = os.path.getsize(corpus) / 1e6

    start = time.perf_counter()
    with open(corpus, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    texts = [d["text"] for d in docs]
    ids = [str(d["id"]) for d in docs]
    del docs
    print(f"{len(texts)} documents, {megabytes:.1f} MB; read into memory in {time.perf_counter() - start:.2f} s")

    pipeline = sayso.Pipeline()
    runs: Dict[str, Callable[[], object]] = {
        "CLI --jobs 1": lambda: cli(args.cli, corpus, 1),
        "analyze_many(jobs=1)": lambda: pipeline.analyze_many(texts, jobs=1, ids=ids),
        "analyze_file(jobs=1)": lambda: count(pipeline.analyze_file(corpus, jobs=1)),
        "CLI --jobs 2": lambda: cli(args.cli, corpus, 2),
        "analyze_many(jobs=2)": lambda: pipeline.analyze_many(texts, jobs=2, ids=ids),
        "analyze_file(jobs=2)": lambda: count(pipeline.analyze_file(corpus, jobs=2)),
    }
    if not args.no_spark:
        runs["sayso.spark.analyze, local[2]"] = spark_runner(corpus)
    times: Dict[str, List[float]] = {name: [] for name in runs}
    for round_ in range(args.runs):
        for name, run in runs.items():
            times[name].append(timed(run))
        print(f"round {round_ + 1}: " + ", ".join(f"{n} {t[-1]:.2f} s" for n, t in times.items()), flush=True)

    def rate(name: str) -> float:
        return megabytes / statistics.median(times[name])

    print()
    print(f"| {'what':32} | median wall (range) | MB/s |")
    print(f"|{'-' * 34}|---|---|")
    for name, ts in times.items():
        print(f"| {name:32} | {statistics.median(ts):.2f} s ({min(ts):.2f}-{max(ts):.2f}) | {rate(name):.1f} |")
    print()
    print(f"analyze_many(jobs=1) / CLI --jobs 1: {rate('analyze_many(jobs=1)') / rate('CLI --jobs 1'):.2f}x")
    print(f"analyze_many(jobs=2) / analyze_many(jobs=1): {rate('analyze_many(jobs=2)') / rate('analyze_many(jobs=1)'):.2f}x")
    print(f"analyze_file(jobs=1) / CLI --jobs 1: {rate('analyze_file(jobs=1)') / rate('CLI --jobs 1'):.2f}x")
    if not args.no_spark:
        print(f"Spark local[2] / CLI --jobs 2: {rate('sayso.spark.analyze, local[2]') / rate('CLI --jobs 2'):.2f}x")
    print(f"analyze_file peak RSS over the corpus: {peak_rss_of_analyze_file(corpus):.0f} MB")


if __name__ == "__main__":
    main()
