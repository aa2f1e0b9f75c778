"""The command line, in-process with click's CliRunner."""
import json

import pytest
from click.testing import CliRunner

from conftest import ROOT, SCHEMA
from timeline.cli import cli

SUMMIT = "北朝鮮の金正恩総書記とロシアのプーチン大統領は2024年6月19日、平壌で首脳会談を行った。\n"
TELEGRAM = "2024.10.01\n北朝鮮の金正恩総書記が、中国の国慶節に際して習近平国家主席に祝電を送った。\n"


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def test_dates_prints_json_lines(runner):
    result = run(runner, "dates", "昨年9月13日に会談し、19日に署名した", "--anchor", "2024-06-20")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 0
    assert [(r["text"], r["value"]) for r in rows] == [("昨年9月13日", "2023-09-13"), ("19日", "2024-06-19")]


def test_dates_reads_stdin(runner):
    result = run(runner, "dates", "-", "--anchor", "2024-01-17", input="先週")
    assert json.loads(result.output)["value"] == "2024-W02"


def test_a_bad_anchor_is_a_usage_error(runner):
    result = runner.invoke(cli, ["dates", "19日", "--anchor", "yesterday"])
    assert result.exit_code == 2
    assert "is not an ISO date" in result.output


def test_an_unknown_format_is_a_usage_error(runner):
    result = runner.invoke(cli, ["extract", "seeds", "--format", "xml"])
    assert result.exit_code == 2


def test_extract_needs_a_path(runner):
    assert runner.invoke(cli, ["extract"]).exit_code == 2


@pytest.mark.nlp
def test_stdin_to_jsonl(runner, nlp):
    result = run(runner, "extract", "-", "--format", "jsonl", input=SUMMIT.encode("utf-8"))
    assert result.exit_code == 0
    events = [json.loads(line) for line in result.output.splitlines()]
    assert [(e["date"], e["type"]) for e in events] == [("2024-06-19", "meeting")]
    assert events[0]["mentions"][0]["source"] == "stdin"


@pytest.mark.nlp
def test_a_folder_with_bad_files_reports_them_and_keeps_going(runner, nlp, tmp_path):
    (tmp_path / "a_sjis.txt").write_bytes(SUMMIT.encode("cp932"))
    (tmp_path / "b_eucjp.txt").write_bytes(TELEGRAM.encode("euc_jp"))
    (tmp_path / "c_binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "d_empty.txt").write_bytes(b"")
    result = runner.invoke(cli, ["extract", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert sorted((e["date"], e["type"]) for e in doc["events"]) == [("2024-06-19", "meeting"), ("2024-10-01", "telegram")]
    assert [e["path"] for e in doc["errors"]] == [str(tmp_path / "c_binary.txt"), str(tmp_path / "d_empty.txt")]
    errors = result.stderr.splitlines()
    assert errors == [f"timeline: error: {tmp_path / 'c_binary.txt'}: binary file, not text",
                      f"timeline: error: {tmp_path / 'd_empty.txt'}: empty file"]
    assert [s["id"] for s in doc["sources"]] == ["a_sjis", "b_eucjp"]


@pytest.mark.nlp
def test_output_file_and_csv(runner, nlp, tmp_path):
    (tmp_path / "a.txt").write_text(SUMMIT, encoding="utf-8")
    out = tmp_path / "out.csv"
    result = run(runner, "extract", str(tmp_path / "a.txt"), "-o", str(out))
    assert result.exit_code == 0 and result.output == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,date,date_end,granularity")
    assert ",2024-06-19," in lines[1] and "金正恩;プーチン" in lines[1]


@pytest.mark.nlp
def test_table_is_grouped_by_year(runner, nlp, tmp_path):
    (tmp_path / "a.txt").write_text(SUMMIT + TELEGRAM, encoding="utf-8")
    result = run(runner, "extract", str(tmp_path), "--format", "table", "--width", "120")
    assert result.exit_code == 0
    assert "2024" in result.output and "首脳会談" in result.output and "events from 1 articles" in result.output


@pytest.mark.nlp
def test_json_validates_against_the_schema(seeds_json):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(seeds_json, json.loads(SCHEMA.read_text(encoding="utf-8")))


@pytest.mark.nlp
def test_json_is_byte_identical_across_runs(runner, nlp, monkeypatch):
    monkeypatch.chdir(ROOT)
    first = run(runner, "extract", "seeds", "--format", "json").output
    second = run(runner, "extract", "seeds", "--format", "json").output
    assert first == second and first.startswith('{\n  "schema": "timeline/v1"')


@pytest.mark.nlp
def test_no_progress_or_messages_in_piped_output(runner, nlp, tmp_path):
    (tmp_path / "a.txt").write_text(SUMMIT, encoding="utf-8")
    for extra in ([], ["--quiet"], ["--workers", "1"]):
        result = runner.invoke(cli, ["extract", str(tmp_path), "-f", "jsonl", *extra])
        assert result.exit_code == 0 and result.stderr == ""
        assert [json.loads(line)["type"] for line in result.stdout.splitlines()] == ["meeting"]
