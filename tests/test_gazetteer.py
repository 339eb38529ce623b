"""The Gazetteer object: pickling, threads, the on-disk cache."""

from __future__ import annotations

import os
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import toponyms
from toponyms import Gazetteer, UnknownPlaceError
from toponyms import index as index_module

QUERIES = ["Shushi", "Ханкенди", "Արցախ", "Gence", "Stepanakertt", "Шушы", "Erevan", "Paris", "Step'anakert"]


def test_pickles_small_and_restores(mini: Gazetteer) -> None:
    data = pickle.dumps(mini)
    assert len(data) < 1000
    restored = pickle.loads(data)
    assert [m.place.id for m in restored.lookup("Martuni")] == [m.place.id for m in mini.lookup("Martuni")]
    assert len(pickle.dumps(toponyms.default_gazetteer())) < 1000


def test_threads_give_the_serial_results() -> None:
    gazetteer = Gazetteer()
    serial = [[(m.place.id, m.score, m.method) for m in gazetteer.lookup(q)] for q in QUERIES]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(
            pool.map(lambda q: [(m.place.id, m.score, m.method) for m in gazetteer.lookup(q)], QUERIES * 20)
        )
    assert parallel == serial * 20


def test_get_unknown_id() -> None:
    with pytest.raises(UnknownPlaceError, match="no place with id 'atlantis'") as caught:
        toponyms.get("atlantis")
    assert isinstance(caught.value, LookupError)


def test_cache_is_written_and_gives_the_same_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOPONYMS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TOPONYMS_NO_CACHE", raising=False)
    built = Gazetteer()
    assert list(tmp_path.glob("index-*.json"))
    cached = Gazetteer()
    assert cached.places() == built.places()
    assert cached.index.exact == built.index.exact
    assert cached.index.skeleton == built.index.skeleton
    assert cached.index.folded == built.index.folded
    assert [cached.index.name(ref) for ref in range(cached.index.ref_count)] == [
        built.index.name(ref) for ref in range(built.index.ref_count)
    ]


def test_a_cached_place_is_built_once_whichever_thread_reads_it_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOPONYMS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TOPONYMS_NO_CACHE", raising=False)
    Gazetteer()
    cached = Gazetteer()  # from the cache: no place built yet
    with ThreadPoolExecutor(max_workers=8) as pool:
        seen = list(pool.map(lambda _: cached.get("shusha"), range(64)))
    assert all(place is seen[0] for place in seen)
    assert seen[0] == Gazetteer(bundled=True).get("shusha")


def test_the_cache_key_changes_with_the_data(tmp_path: Path) -> None:
    data = tmp_path / "places.yaml"
    source = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")
    data.write_text(source, encoding="utf-8")
    before = index_module.data_fingerprint([data])
    assert index_module.data_fingerprint([data]) == before
    data.write_text(source.replace("Martuni", "Martuno", 1), encoding="utf-8")  # one letter, same length
    assert index_module.data_fingerprint([data]) != before


def test_the_cache_key_changes_with_the_code_that_builds_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "inflection.py"
    module.write_text("TABLE = ('a', 'e')\n", encoding="utf-8")
    monkeypatch.setattr(index_module, "_INDEXING_CODE", (str(module),))
    before = index_module.data_fingerprint([])
    module.write_text("TABLE = ('a', 'i')\n", encoding="utf-8")  # an ending changed, same length
    assert index_module.data_fingerprint([]) != before
    # a package installed without its sources keys its caches by version alone
    monkeypatch.setattr(index_module, "_INDEXING_CODE", (str(tmp_path / "missing.py"),))
    assert index_module.data_fingerprint([]) == index_module.data_fingerprint([])


def test_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOPONYMS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TOPONYMS_NO_CACHE", raising=False)
    Gazetteer()
    for path in tmp_path.glob("index-*.json"):
        path.write_text("{not json")
    assert Gazetteer().lookup("Shushi")[0].place.id == "shusha"
    assert index_module.read_cached("0" * 32) is None


def test_the_scan_keys_are_cached_and_a_damaged_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from toponyms.matching import name_keys_from_json, name_keys_to_json, name_scan_keys

    monkeypatch.setenv("TOPONYMS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TOPONYMS_NO_CACHE", raising=False)
    mini = [Path(__file__).parent / "data" / "mini.yaml"]
    text = "В Ходжавенде и Армении; Naxçıvanda"
    expected = [(m.surface, m.place.id) for m in Gazetteer(mini, bundled=False).find(text)]
    assert expected and len(list(tmp_path.glob("scan-keys-*.json"))) == 1
    read_back = Gazetteer(mini, bundled=False)
    assert [(m.surface, m.place.id) for m in read_back.find(text)] == expected
    for path in tmp_path.glob("scan-keys-*.json"):
        path.write_text('{"endings": [], "keys": [[["шуш", "", 7]]]}')  # not this data's: rebuilt
    assert [(m.surface, m.place.id) for m in Gazetteer(mini, bundled=False).find(text)] == expected
    # the JSON round trip keeps every key, each tuple of endings shared
    index = Gazetteer(mini, bundled=False).index
    keys = name_scan_keys(index)
    assert name_keys_from_json(name_keys_to_json(keys), len(keys)) == keys
    assert name_keys_from_json({"endings": [], "keys": []}, len(keys)) is None


def test_only_the_newest_caches_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOPONYMS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TOPONYMS_NO_CACHE", raising=False)
    index = Gazetteer([Path(__file__).parent / "data" / "mini.yaml"], bundled=False).index
    for age in range(index_module.CACHES_KEPT + 3):  # caches of older data versions, oldest last
        stale = tmp_path / f"index-{age:032d}.json"
        stale.write_text("{}")
        os.utime(stale, (1_000_000 - age, 1_000_000 - age))
    index_module.write_cached("f" * 32, index)
    kept = sorted(path.name for path in tmp_path.glob("index-*.json"))
    assert len(kept) == index_module.CACHES_KEPT
    assert f"index-{'f' * 32}.json" in kept  # the one just written
    assert f"index-{index_module.CACHES_KEPT + 2:032d}.json" not in kept  # the oldest went first
