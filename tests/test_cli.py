"""The command line, called through main(argv) as the console script calls it."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

import toponyms
from toponyms.cli import main


def run(argv: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    status = main(argv, stdin=io.StringIO(stdin), stdout=out)
    return status, out.getvalue()


def test_lookup_prints_every_name_by_language() -> None:
    status, out = run(["lookup", "Shushi"])
    assert status == 0
    assert "Shusha / Shushi  [city, id shusha]" in out
    assert "Armenian: Շուշի (official; used by hy)" in out
    assert "Шуши (variant; used by hy)" in out
    assert "matched 'Shushi' (en) by exact" in out


def test_lookup_json_lines() -> None:
    status, out = run(["lookup", "--json", "Ханкенди", "Արցախ"])
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [r["query"] for r in records] == ["Ханкенди", "Արցախ"]
    assert records[0]["matches"][0]["id"] == "khankendi"
    assert records[1]["matches"][0]["id"] == "nagorno-karabakh"
    assert {
        "text": "Xankəndi",
        "lang": "az",
        "status": "official",
        "used_by": ["az"],
        "from": None,
        "until": None,
        "ambiguous": False,
        "person": False,
        "elsewhere": False,
        "word": False,
        "primary": False,
    } in (records[0]["matches"][0]["names"])


def test_nothing_found_exits_1() -> None:
    status, out = run(["lookup", "Paris"])
    assert (status, out) == (1, "Paris: no place found\n")


def test_queries_from_stdin_one_per_line() -> None:
    status, out = run(["lookup", "--lang", "hy"], stdin="Şuşa\n\nGəncə\nnowhere-at-all\n")
    assert status == 1
    assert out.splitlines() == ["Şuşa\tՇուշի", "Gəncə\tԳանձակ", "nowhere-at-all\t-"]


def test_convention_chooses_the_name() -> None:
    assert run(["lookup", "--lang", "en", "--convention", "hy", "Xankəndi"])[1] == "Xankəndi\tStepanakert\n"
    assert (
        run(["lookup", "--lang", "en", "--convention", "az", "Степанакерт"])[1] == "Степанакерт\tKhankendi\n"
    )


@pytest.mark.parametrize(
    "argv", [[], ["lookup", "--kind", "planet", "x"], ["frobnicate"], ["lookup", "--convention", "hy", "x"]]
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv)[0] == 2
    assert "Traceback" not in capsys.readouterr().err


def test_bad_data_file_exits_2_naming_it(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"  # type: ignore[operator]
    bad.write_text("- id: x\n  kind: town\n  names: []\n")
    assert run(["--data", str(bad), "lookup", "x"])[0] == 2
    err = capsys.readouterr().err
    assert f"{bad}:3, id 'x', field 'names'" in err


def test_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "toponyms", "lookup", "--lang", "ru", "Şuşa"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "Şuşa\tШуша\n")


def test_annotate_reports_bad_files_by_name_and_keeps_the_good_output(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"  # type: ignore[operator]
    good.write_text("Shusha and Stepanakert.\n", encoding="utf-8")
    binary = tmp_path / "binary.bin"  # type: ignore[operator]
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    missing = tmp_path / "missing.txt"  # type: ignore[operator]
    out = io.StringIO()
    status = main(["annotate", str(binary), str(tmp_path), str(missing), str(good)], stdout=out)
    err = capsys.readouterr().err
    assert status == 2
    assert out.getvalue() == "Shusha (Armenian: Shushi) and Stepanakert (Azerbaijani: Khankendi).\n"
    assert f"toponyms: {binary}: not UTF-8 text" in err
    assert f"toponyms: {tmp_path}: is a directory" in err
    assert f"toponyms: {missing}: No such file or directory" in err
    assert "Traceback" not in err


def test_annotate_reads_standard_input_for_a_dash_among_files(tmp_path: pytest.TempPathFactory) -> None:
    good = tmp_path / "good.txt"  # type: ignore[operator]
    good.write_text("Shusha.\n", encoding="utf-8")
    status, out = run(["annotate", "-", str(good)], stdin="Stepanakert.\n")
    assert status == 0
    assert out == "Stepanakert (Azerbaijani: Khankendi).\nShusha (Armenian: Shushi).\n"
    status, _ = run(["annotate", "-o", str(tmp_path), "-"], stdin="Stepanakert.\n")
    assert status == 0
    assert (tmp_path / "stdin").read_text(encoding="utf-8") == "Stepanakert (Azerbaijani: Khankendi).\n"  # type: ignore[operator]


def test_annotate_reads_a_whole_article_as_find_does() -> None:
    # the second paragraph decides which Martuni the first one means, as in toponyms.rewrite
    text = "Бои шли у Мартуни.\n\nАрмия НКР отступила.\n"
    assert toponyms.find(text)[0].place.id == "khojavend"
    out = io.StringIO()
    assert main(["annotate"], stdin=io.StringIO(text), stdout=out) == 0
    assert out.getvalue() == toponyms.rewrite(text)


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_annotate_reads_misspelled_names_on_request(fmt: str) -> None:
    text = "We drove from Stepanekert to Goris."
    source = json.dumps({"text": text}) + "\n" if fmt == "jsonl" else text
    _, out = run(["annotate", "--format", fmt], source)
    assert "Khankendi" not in out
    _, out = run(["annotate", "--format", fmt, "--misspelled"], source)
    annotated = "We drove from Stepanekert (Azerbaijani: Khankendi) to Goris."
    assert annotated == toponyms.rewrite(text, misspelled=True)
    if fmt == "text":
        assert out == annotated
    else:
        assert json.loads(out)["annotated"] == annotated


def test_annotate_output_directory_and_formats(tmp_path: pytest.TempPathFactory) -> None:
    source = tmp_path / "article.txt"  # type: ignore[operator]
    source.write_text("Şuşada və Xankəndidə.\n", encoding="utf-8")
    target = tmp_path / "out"  # type: ignore[operator]
    assert main(["annotate", "--format", "html", "-o", str(target), str(source)], stdout=io.StringIO()) == 0
    html = (target / "article.txt.html").read_text(encoding="utf-8")
    assert html.startswith('<p><span class="toponym" data-place-id="shusha">Şuşada</span>')
    out = io.StringIO()
    assert main(["annotate", "--format", "json"], stdin=io.StringIO("Шуша"), stdout=out) == 0
    document = json.loads(out.getvalue())
    assert document["mentions"][0]["id"] == "shusha" and document["annotated"] == "Шуша (арм.: Шуши)"
    assert main(["annotate", "--format", "jsonl"], stdin=io.StringIO("not json\n"), stdout=io.StringIO()) == 2
