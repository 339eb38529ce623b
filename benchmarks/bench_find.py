"""find() against flashtext's KeywordProcessor on the same names and the same multi-megabyte text.

flashtext gets every name of the gazetteer and word boundaries that know Armenian, Cyrillic and
Azerbaijani letters (its default treats them all as boundaries); it finds only uninflected names.
find() handles inflection. Also prints find() throughput against text size and on adversarial texts,
to show it stays linear.

Run: .venv/bin/pip install flashtext && .venv/bin/python benchmarks/bench_find.py [MEGABYTES]
"""

from __future__ import annotations

import json
import string
import sys
import time
from pathlib import Path

import toponyms

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def corpus(megabytes: float) -> str:
    """Real sentences in four languages (the dev sets when present, else the seed article), repeated."""
    texts = [(ROOT / "seeds" / "000_e816b86bf666acea.txt").read_text(encoding="utf-8")]
    for name in ("mentions_dev.jsonl", "seed_mentions.jsonl"):
        path = EVAL / name
        if path.exists():
            texts += [
                json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line
            ]
    block = "\n".join(texts)
    return (block * (int(megabytes * 1e6 / len(block)) + 1))[: int(megabytes * 1e6)]


def ordinary_text(megabytes: float) -> str:
    """English prose with no place of the region in it: the docstrings of the standard library."""
    import pydoc  # noqa: F401  (imports many modules, whose docstrings we then collect)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pieces = [
            module.__doc__
            for name, module in list(sys.modules.items())
            if isinstance(getattr(module, "__doc__", None), str) and not name.startswith("toponyms")
        ]
    block = "\n\n".join(sorted(set(pieces)))
    return (block * (int(megabytes * 1e6 / len(block)) + 1))[: int(megabytes * 1e6)]


def best_of(runs: int, function, *args):  # type: ignore[no-untyped-def]
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = function(*args)
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 4.0
    text = corpus(megabytes)
    gazetteer = toponyms.default_gazetteer()
    gazetteer.scanner()  # built once, not timed
    names = sorted({name.text for place in gazetteer.places() for name in place.names})
    print(f"text: {len(text) / 1e6:.1f} M characters; {len(names)} names")

    try:
        from flashtext import KeywordProcessor
    except ImportError:
        print("flashtext is not installed: pip install flashtext")
        return
    processor = KeywordProcessor(case_sensitive=False)
    letters = {char for name in names for char in name.lower() if char.isalpha()}
    processor.set_non_word_boundaries(set(string.digits + string.ascii_letters + "_") | letters)
    processor.add_keywords_from_list(names)
    for label, sample in [
        ("real sentences about the region (dense in names)", text),
        ("ordinary English prose (no names of the region)", ordinary_text(megabytes)),
    ]:
        print(f"\n{label}:")
        find_time, mentions = best_of(3, gazetteer.find, sample)
        speed = len(sample) / find_time / 1e6
        print(f"  toponyms.find: {find_time:6.2f} s  {speed:6.1f} M chars/s  {len(mentions)} mentions")
        flash_time, found = best_of(3, processor.extract_keywords, sample, True)
        speed = len(sample) / flash_time / 1e6
        print(f"  flashtext:     {flash_time:6.2f} s  {speed:6.1f} M chars/s  {len(found)} keywords")
        print(f"  find() is {flash_time / find_time:.1f}x flashtext's speed")
        slip_time, mentions = best_of(3, lambda sample: gazetteer.find(sample, misspelled=True), sample)
        speed = len(sample) / slip_time / 1e6
        print(f"  misspelled=True: {slip_time:6.2f} s  {speed:6.1f} M chars/s  {len(mentions)} mentions")

    print("\nlinearity and hostile input (M chars/s):")
    for label, sample in [
        ("real sentences, 1 MB", text[:1_000_000]),
        ("real sentences, 4 MB", (text * 2)[:4_000_000]),
        ("10 MB on one line", (text.replace("\n", " ") * 3)[:10_000_000]),
        ("a name's prefix repeated", "Шуш" * 1_000_000),
        ("all names glued together", "".join(names) * 3),
        ("combining marks 1000 deep", ("a" + "\u0301" * 1000 + " ") * 1000),
        ("mixed scripts in one word", "ShushаШушa" * 200_000),
        ("lists of rivers", "the rivers Hrazdan, Kura and Aras; Tərtər və Qarqar çayları. " * 16_000),
        ("every name broken at a line end", "Степана-\nкерте и Шу-\nше, " * 40_000),
        ("an abbreviation defined, used", "Nagorno-Karabakh (NK) and NK, NK’s. " * 28_000),
        ("qualifiers shared, villages", "Verin and Nerkin Shorzha, Tegh and Azat villages; " * 20_000),
        ("broken names far apart", ("Степана-\nкерт " + "the road " * 80) * 1_400),
        ("asides in lists of rivers", "the Hrazdan (141 km), Vedi (58 km) and Kasakh rivers; " * 18_000),
        ("a route of ambiguous names", "Мартуни — Гавар — Арарат — Масис — Севан — " * 23_000),
        ("abbreviations, province words", "оз. Севан, г. Арарат, в области Армавир, р. Шуша, " * 20_000),
        (
            "lists of provinces, corridors",
            "Արարատի, Արմավիրի մարզերի, the Zangezur and Lachin corridors; " * 16_000,
        ),
        ("pre-1918 Russian spelling", "Эриванская губернія, Елисаветпольскій уѣздъ, Карабахъ. " * 18_000),
        ("adjectives, asides, no noun", "Агдамского (Акна - ред.), Кяльбаджарского ( " * 22_000),
        ("spellings of other scripts", "в Керкиджахане, Ишханасаре и Aghdere; " * 26_000),
        ("word-like names in long lists", "Çarxı, Çaykənarı, в селах Эйвазлы и Тех, " * 24_000),
        (
            "another name in brackets",
            "the Berdzor (Lachin) corridor, Yelizavetpol (Gəncə) quberniyası; " * 16_000,
        ),
        # a unit noun given once, then adjectives without it, read back within the sentence
        ("adjectives after one noun", "в Тертерском районе – 27, в Бардинском – 26, Агдамском- 2, " * 17_000),
        ("regions of two places", "Qazax-Tovuz, Gəncə-Qazax yolu, Quba-Xaçmaz zonası, " * 20_000),
        # statistics: unit adjectives each with a figure, read back to the noun heading the list
        ("figures after adjectives", "по областям: " + "Армавирская - 790 млн. драмов, " * 33_000),
        # Armenian qualifiers abbreviated to a letter, each read by a lookup of the qualified name
        ("abbreviated qualifiers", "Ն․ Շորժա, Վ. Շորժա, Մ․ Մասրիկ, Ն. Փաշինյան, " * 23_000),
        # a former state's name that needs a text about its times, in every sentence: the text is read once
        ("former states' names", "Albania and Arran were named. " * 35_000),
        # economic regions by two places in Russian, and towns listed with provinces
        ("Russian regions, provinces", "в Газах-Товузе, Kotayk, Ararat, Armavir, " * 24_000),
        ("compound adjectives", "Кура-Араксинской и the Sharur-Daralagezsky, " * 23_000),
        ("lists of other lakes", "Batabat, Qanlıgöl və başqa göllər, " * 30_000),
        ("lists of uezds, mountains", "the Shusha and Zangezur uyezds, Гегамских и Талышских гор, " * 18_000),
    ]:
        elapsed, _ = best_of(1, gazetteer.find, sample)
        print(f"  {label:28} {len(sample) / 1e6:5.1f} M chars  {len(sample) / elapsed / 1e6:6.2f} M chars/s")
    # rewrite reads the names each sentence gives for a place: one sentence naming it 150,000 times
    sample = "Shusha Shushi Şuşada " * 50_000
    elapsed, _ = best_of(1, gazetteer.rewrite, sample)
    label = "rewrite: one long sentence"
    print(f"  {label:28} {len(sample) / 1e6:5.1f} M chars  {len(sample) / elapsed / 1e6:6.2f} M chars/s")


if __name__ == "__main__":
    main()
