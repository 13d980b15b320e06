#!/usr/bin/env python3
"""Builds data/first_names.txt: common given names and the gender they suggest.

    python3 scripts/build_first_names.py > data/first_names.txt

Source: the US Census Bureau's 1990 name frequency files (`dist.male.first`,
`dist.female.first`; a work of the US government, in the public domain), as
shipped in the PyPI package `names` 0.3.0 (MIT licence), which this script
downloads with pip. A name is kept when it is among the names that make up 90%
of the people of either list; its gender is `m` or `f` when one list has it at
least twenty times as often as the other, else `-`.
"""
import pathlib
import subprocess
import sys
import tarfile
import tempfile

SHARE = 90.0  # cumulative percentage of people covered
RATIO = 20.0


def read(path):
    names = {}
    for line in path.read_text().splitlines():
        name, freq, cumulative, _rank = line.split()
        if float(cumulative) - float(freq) >= SHARE:
            break
        names[name.capitalize()] = float(freq)
    return names


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", "names==0.3.0", "-d", tmp], check=True)
        archive = next(pathlib.Path(tmp).glob("names-0.3.0.tar.gz"))
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        folder = pathlib.Path(tmp) / "names-0.3.0" / "names"
        male = read(folder / "dist.male.first")
        female = read(folder / "dist.female.first")
    print("# Common given names and the gender they suggest (m, f, or - when both are usual).")
    print("# Built by scripts/build_first_names.py from the US Census Bureau's 1990 name files")
    print("# (public domain) as shipped in the PyPI package `names` 0.3.0 (MIT). Do not edit by hand.")
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        gender = "m" if m >= RATIO * f else "f" if f >= RATIO * m else "-"
        print(f"{name}\t{gender}")


if __name__ == "__main__":
    main()
