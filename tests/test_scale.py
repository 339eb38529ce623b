"""Threads, processes and the batch API: the same results as serial use, the index built once."""

from __future__ import annotations

import io
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import toponyms
from toponyms import Gazetteer
from toponyms.batch import find_many, rewrite_many
from toponyms.cli import main

ROOT = Path(__file__).parent.parent
DEV_SET = ROOT.parent / "shared" / "eval" / "mentions_dev.jsonl"
SEED = (ROOT / "seeds" / "000_e816b86bf666acea.txt").read_text(encoding="utf-8")


def sentences() -> list[str]:
    """The dev set's sentences when it is beside the checkout (as in CI), else the seed's paragraphs."""
    if DEV_SET.exists():
        return [json.loads(line)["text"] for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line]
    return [paragraph for paragraph in SEED.split("\n\n") if paragraph.strip()]


def signature(gazetteer: Gazetteer, text: str) -> tuple[object, ...]:
    return (
        [(m.start, m.end, m.place.id, m.name.text) for m in gazetteer.find(text)],
        [(m.place.id, m.score) for m in gazetteer.lookup(text[:40])],
        gazetteer.rewrite(text),
    )


def test_eight_threads_give_the_serial_results_and_build_the_scanner_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from toponyms import matching

    built = []
    original = matching.Scanner.__init__

    def counting_init(
        self: matching.Scanner, index: toponyms.index.Index, name_keys: matching.NameKeys | None = None
    ) -> None:
        built.append(threading.get_ident())
        original(self, index, name_keys)

    monkeypatch.setattr(matching.Scanner, "__init__", counting_init)
    texts = sentences()
    fresh = Gazetteer()
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda text: signature(fresh, text), texts))
    assert len(built) == 1
    serial = [signature(fresh, text) for text in texts]
    assert parallel == serial


@pytest.mark.parametrize("start_method", ["spawn", "fork"])
def test_processes_give_the_serial_results(start_method: str) -> None:
    texts = sentences()[:60]
    gazetteer = toponyms.default_gazetteer()
    serial = [[(m.start, m.end, m.place.id, m.name) for m in gazetteer.find(text)] for text in texts]
    parallel = [
        [(m.start, m.end, m.place.id, m.name) for m in mentions]
        for mentions in find_many(iter(texts), jobs=2, start_method=start_method)
    ]
    assert parallel == serial
    assert list(rewrite_many(texts[:10], jobs=2, start_method=start_method)) == [
        gazetteer.rewrite(text) for text in texts[:10]
    ]


def test_worker_processes_read_misspelled_names_on_request() -> None:
    texts = ["Trip to Stepanekert", "Flights to Azerbiajan and back"]
    serial = [[(m.surface, m.place.id) for m in toponyms.find(text, misspelled=True)] for text in texts]
    assert serial == [[("Stepanekert", "khankendi")], [("Azerbiajan", "azerbaijan")]]
    parallel = find_many(texts, jobs=2, start_method="fork", misspelled=True)
    assert [[(m.surface, m.place.id) for m in mentions] for mentions in parallel] == serial
    assert list(rewrite_many(texts, misspelled=True)) == [
        toponyms.rewrite(text, misspelled=True) for text in texts
    ]
    assert list(find_many(texts)) == [[], []]  # off by default


def test_batch_api_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        list(find_many(["Shusha"], jobs=0))
    with pytest.raises(TypeError, match="expects the text as a str"):
        list(find_many([b"Shusha"], jobs=2))  # type: ignore[list-item]


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_annotate_with_jobs_is_byte_for_byte_the_same(fmt: str) -> None:
    if fmt == "jsonl":
        source = json.dumps({"n": -1, "text": SEED}) + "\n"
        source += "".join(
            json.dumps({"n": i, "text": text}, ensure_ascii=False) + "\n"
            for i, text in enumerate(sentences()[:80])
        )
    else:
        source = SEED * 3
    outputs = []
    for jobs in ("1", "2"):
        out = io.StringIO()
        assert main(["annotate", "--format", fmt, "--jobs", jobs], stdin=io.StringIO(source), stdout=out) == 0
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert "Shusha (Armenian: Shushi)" in outputs[0]
