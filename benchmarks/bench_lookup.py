"""Lookup benchmark: cold import + first lookup (warm and empty index cache), and per-query times.

Run: .venv/bin/python benchmarks/bench_lookup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import timeit

FIRST_LOOKUP = (
    "import time; start = time.perf_counter(); import toponyms; imported = time.perf_counter(); "
    "toponyms.lookup('Shushi'); print(imported - start, time.perf_counter() - imported)"
)


def cold_start(env: dict[str, str], runs: int = 5) -> tuple[float, float]:
    """Median times of ``import toponyms`` and of the first lookup in a new interpreter, in ms."""
    imports, lookups = [], []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", FIRST_LOOKUP], env=env, check=True, capture_output=True, text=True
        ).stdout
        imported, looked_up = map(float, output.split())
        imports.append(imported * 1000)
        lookups.append(looked_up * 1000)
    return statistics.median(imports), statistics.median(lookups)


def per_query(queries: list[str], number: int) -> float:
    """Mean time of one lookup, in microseconds."""
    import toponyms

    toponyms.lookup(queries[0])
    seconds = timeit.timeit(lambda: [toponyms.lookup(q) for q in queries], number=number)
    return seconds / (number * len(queries)) * 1e6


def main() -> None:
    import toponyms

    python_only = statistics.median([_time([sys.executable, "-c", "pass"]) for _ in range(5)])
    with tempfile.TemporaryDirectory() as cache:
        # bytecode as an installed package has it (some environments turn writing it off)
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["TOPONYMS_CACHE_DIR"] = cache
        empty = sum(cold_start(env, runs=1))  # compiles the bytecode, builds and writes the index
        warm_import, warm_lookup = cold_start(env, runs=21)
    names = sum(len(p.names) for p in toponyms.places())
    print(f"data: {len(list(toponyms.places()))} places, {names} names")
    print(f"interpreter start alone:                 {python_only:8.1f} ms")
    print(
        f"import + first lookup, index cache warm: {warm_import + warm_lookup:8.1f} ms "
        f"(import {warm_import:.1f}, first lookup {warm_lookup:.1f}; medians of 21)"
    )
    print(f"import + first lookup, no index cache:   {empty:8.1f} ms (parse, validate, build, write cache)")
    cases = {
        "exact": (["Shushi", "Ханкенди", "Արցախ", "Gəncə"], 2000),
        "normalized": (["shushi", "XANKENDI", "Gence", "step’anakert"], 2000),
        "transliteration": (["Shusa", "Erewan", "Stepanakyert"], 1000),
        "fuzzy": (["Stepanakertt", "Shushaa", "Kirovabadd"], 500),
        "nothing found": (["Paris", "Londonderry", "house"], 500),
    }
    for label, (queries, number) in cases.items():
        print(f"{label + ' lookup:':25}{per_query(queries, number):8.1f} µs/query")


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
