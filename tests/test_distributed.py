"""The Dask recipe on a real local cluster: 2 worker processes give the serial results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import toponyms
from toponyms.distributed import find_bag, lookup_bag, rewrite_bag

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).parent.parent
DEV_SET = ROOT.parent / "shared" / "eval" / "mentions_dev.jsonl"


def texts() -> list[str]:
    if DEV_SET.exists():
        return [
            json.loads(line)["text"] for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line
        ][:120]
    seed = (ROOT / "seeds" / "000_e816b86bf666acea.txt").read_text(encoding="utf-8")
    return [paragraph for paragraph in seed.split("\n\n") if paragraph.strip()]


def test_local_cluster_gives_the_serial_results() -> None:
    sample = texts()
    gazetteer = toponyms.default_gazetteer()
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = dask_bag.from_sequence(sample, npartitions=4)
        found, rewritten, ids, misspelled = client.compute(
            [
                find_bag(bag),
                rewrite_bag(bag, every=True),
                lookup_bag(dask_bag.from_sequence(["Shushi", "Ханкенди", "Paris"])),
                find_bag(dask_bag.from_sequence(["Trip to Stepanekert"]), misspelled=True),
            ],
            sync=True,
        )
    assert found == [[m.as_dict() for m in gazetteer.find(text)] for text in sample]
    assert rewritten == [gazetteer.rewrite(text, every=True) for text in sample]
    assert ids == ["shusha", "khankendi", None]
    assert [[m["id"] for m in mentions] for mentions in misspelled] == [["khankendi"]]
