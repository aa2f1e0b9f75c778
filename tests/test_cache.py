"""The analysis cache: a warm run gives the same timeline, a renamed file is still a hit,
a broken cache file is set aside, never fatal."""
import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import ROOT
from timeline import extract
from timeline.cache import Cache
from timeline.cli import cli
from timeline.io.writers import render

pytestmark = pytest.mark.nlp


def test_a_warm_run_gives_the_same_timeline(nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    cold_cache = Cache(tmp_path / "c")
    cold = render(extract(["seeds"], cache=cold_cache), "json")
    assert cold_cache.misses == 5 and cold_cache.hits == 0
    warm_cache = Cache(tmp_path / "c")
    warm = render(extract(["seeds"], cache=warm_cache), "json")
    assert warm_cache.hits == 5 and warm_cache.misses == 0
    assert warm == cold


def test_the_same_text_under_another_name_is_a_hit_with_its_own_ids(nlp, tmp_path):
    src = ROOT / "seeds" / "004_be590ba1662e1276.txt"
    shutil.copy(src, tmp_path / "a.txt")
    shutil.copy(src, tmp_path / "b.txt")
    cache = Cache(tmp_path / "c")
    extract([str(tmp_path / "a.txt")], cache=cache)
    timeline = extract([str(tmp_path / "b.txt")], cache=cache)
    assert cache.hits == 1
    assert {m.source for e in timeline.events for m in e.mentions} == {"b"}
    assert {m.path for e in timeline.events for m in e.mentions} == {str(tmp_path / "b.txt")}


def test_a_corrupt_cache_is_set_aside_and_rebuilt(nlp, tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "analysis.sqlite3").write_bytes(b"this is not a database" * 100)
    cache = Cache(tmp_path / "c")
    timeline = extract([str(ROOT / "seeds" / "004_be590ba1662e1276.txt")], cache=cache)
    assert timeline.events and cache.misses == 1
    assert (tmp_path / "c" / "analysis.corrupt").exists()


def test_cli_cache_options(nlp, tmp_path):
    runner = CliRunner()
    args = ["extract", str(ROOT / "seeds" / "004_be590ba1662e1276.txt"), "-f", "json"]
    first = runner.invoke(cli, args + ["--cache-dir", str(tmp_path / "c")])
    second = runner.invoke(cli, args + ["--cache-dir", str(tmp_path / "c")])
    fresh = runner.invoke(cli, args + ["--no-cache"])
    assert first.exit_code == second.exit_code == fresh.exit_code == 0
    assert first.stdout == second.stdout == fresh.stdout
    assert json.loads(first.stdout)["events"]
    assert (tmp_path / "c" / "analysis.sqlite3").exists()


def test_an_unchanged_set_of_inputs_reuses_its_events_and_a_change_does_not(nlp, tmp_path, monkeypatch):
    from timeline import pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("2024.06.19\n\nプーチン大統領が19日、平壌を訪問した。\n", encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    first = render(extract([str(folder)], cache=cache), "json")

    def no_dedup(*args, **kwargs):
        raise AssertionError("deduplicated again")

    monkeypatch.setattr(pipeline, "deduplicate", no_dedup)
    assert render(extract([str(folder)], cache=cache), "json") == first  # served whole from the cache
    (folder / "b.txt").write_text("2024.10.02\n\n金正恩総書記は1日、習近平国家主席に祝電を送った。\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="deduplicated again"):
        extract([str(folder)], cache=cache)  # one more input: the events are made afresh
