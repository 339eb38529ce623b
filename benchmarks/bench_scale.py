"""Scale benchmark: threads, processes and Dask on real sentences; pickle size; a worker's first call.

Run: .venv/bin/python benchmarks/bench_scale.py
"""

from __future__ import annotations

import json
import pickle
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import toponyms
from toponyms.batch import find_many

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "mentions_dev.jsonl"


def sentences(copies: int) -> list[str]:
    if EVAL.exists():
        base = [json.loads(line)["text"] for line in EVAL.read_text(encoding="utf-8").splitlines() if line]
    else:
        base = (ROOT / "seeds" / "000_e816b86bf666acea.txt").read_text(encoding="utf-8").split("\n\n")
    return base * copies


def rate(label: str, count: int, seconds: float) -> None:
    print(f"{label:42} {count / seconds:9.0f} sentences/s  ({seconds:.2f} s)")


def main() -> None:
    texts = sentences(40)
    gazetteer = toponyms.default_gazetteer()
    gazetteer.scanner()
    print(f"{len(texts)} sentences, {sum(map(len, texts)) / 1e6:.1f} M characters")

    start = time.perf_counter()
    for text in texts:
        gazetteer.find(text)
    rate("find(), 1 thread", len(texts), time.perf_counter() - start)

    start = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(gazetteer.find, texts, chunksize=64))
    rate("find(), 4 threads (one GIL)", len(texts), time.perf_counter() - start)

    for jobs in (1, 2):
        start = time.perf_counter()
        for _ in find_many(texts, jobs=jobs):
            pass
        rate(f"find_many(jobs={jobs}) incl. pool start", len(texts), time.perf_counter() - start)

    try:
        import dask.bag
        import distributed

        from toponyms.distributed import find_bag

        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
        with cluster, distributed.Client(cluster) as client:
            bag = dask.bag.from_sequence(texts, npartitions=16)
            client.compute(
                find_bag(bag.take(32, npartitions=-1, compute=False)), sync=True
            )  # warm the workers
            start = time.perf_counter()
            client.compute(find_bag(bag), sync=True)
            rate("Dask, 2 worker processes (warm)", len(texts), time.perf_counter() - start)
    except ImportError:
        print("dask is not installed: pip install 'toponyms[dask]'")

    print(f"pickled Gazetteer: {len(pickle.dumps(gazetteer))} bytes")
    code = (
        "import pickle, sys, time; t = time.perf_counter(); g = pickle.loads(sys.stdin.buffer.read()); "
        "g.find('Shushi'); print((time.perf_counter() - t) * 1000)"
    )
    firsts = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], input=pickle.dumps(gazetteer), capture_output=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    first = statistics.median(firsts)
    print(f"a new worker: unpickle + load index from cache + build scanner + first find: {first:.0f} ms")


if __name__ == "__main__":
    main()
