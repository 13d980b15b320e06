"""The examples in the docstrings run and print what they say."""

from __future__ import annotations

import doctest

import pytest

import sayso
import sayso._sayso


@pytest.mark.parametrize(
    "obj",
    [
        sayso,
        sayso.quotes_table,
        sayso.Pipeline,
        sayso.Pipeline.analyze,
        sayso.Pipeline.analyze_many,
        sayso.Pipeline.analyze_file,
    ],
    ids=lambda obj: obj.__name__,
)
def test_docstring_examples(obj):
    finder = doctest.DocTestFinder(recurse=False)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    tests = finder.find(obj, obj.__name__, globs={})
    assert tests and any(t.examples for t in tests), f"{obj.__name__} has no example"
    for test in tests:
        runner.run(test)
    assert runner.failures == 0
