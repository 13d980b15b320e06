"""Shared fixtures: the repository, the CLI binary, and ../shared's gold files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from pathlib import Path
from typing import Dict, List

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
POLNEAR_DEV = REPO.parent / "shared" / "gold" / "polnear-dev-quoted.jsonl"


@pytest.fixture(scope="session")
def cli() -> Path:
    """The `sayso` binary the records are compared with: $SAYSO_BIN, else
    target/release/sayso, built when missing."""
    binary = Path(os.environ.get("SAYSO_BIN", REPO / "target" / "release" / "sayso"))
    if not binary.exists():
        subprocess.run(
            ["cargo", "build", "--release", "--bin", "sayso"], cwd=REPO, check=True
        )
    return binary


def run_cli(cli: Path, *args: str, stdin: bytes = b"") -> bytes:
    """What `sayso analyze ARGS` writes; exit status 1 (some documents had errors) is fine."""
    done = subprocess.run(
        [str(cli), "analyze", "--quiet", *args], input=stdin, capture_output=True, cwd=REPO
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout


def cli_records(cli: Path, *args: str) -> List[Dict]:
    return [json.loads(line) for line in run_cli(cli, *args).splitlines()]


def cli_csv_rows(cli: Path, *args: str) -> List[List[str]]:
    """The CLI's CSV rows, header first."""
    text = run_cli(cli, "--format", "csv", *args).decode()
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.fixture(scope="session")
def polnear_dev() -> Path:
    if not POLNEAR_DEV.exists():
        pytest.skip(f"{POLNEAR_DEV} is absent (the shared gold data is not beside the repository)")
    return POLNEAR_DEV


def jsonl_docs(path: Path) -> List[Dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
