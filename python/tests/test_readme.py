"""The README's Python examples run as written and print what they say."""

from __future__ import annotations

import contextlib
import io
import os
import re

import pytest

from conftest import REPO


def python_examples():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def expected_output(code: str) -> str:
    """The comment lines that end the example: what it prints."""
    lines = code.rstrip("\n").split("\n")
    printed = []
    while lines and lines[-1].startswith("#"):
        printed.insert(0, lines.pop()[2:])
    return "\n".join(printed)


@pytest.mark.parametrize("code", python_examples(), ids=["analyze", "pandas and Parquet"])
def test_readme_example(code, tmp_path):
    pytest.importorskip("pandas")
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    expected = expected_output(code)
    assert expected
    assert [line.rstrip() for line in out.getvalue().strip("\n").split("\n")] == [
        line.rstrip() for line in expected.split("\n")
    ]
