"""Scale: streaming, worker processes, the Dask engine and a run over a slice of a real corpus.
Timing goals live in bench/ (BENCHMARKS.md), not here: these tests check that the fast paths
give the same timeline as the plain one."""
from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS

from timeline.cli import cli
from timeline.io.writers import render
from timeline.models import SourceFile
from timeline.pipeline import analyse_stream, extract

sys.path.insert(0, str(ROOT / "bench"))
import wikinews  # noqa: E402

pytestmark = pytest.mark.nlp
SLICE = ROOT / "tests" / "data" / "jawikinews-slice.tsv"


@pytest.fixture(scope="module")
def seeds_local(nlp) -> str:
    return render(extract([str(SEEDS)]), "json")


def test_two_workers_give_the_same_json_as_one(nlp, seeds_local):
    assert render(extract([str(SEEDS)], workers=2), "json") == seeds_local


def test_the_stream_yields_before_it_has_read_everything(nlp):
    pulled: list[int] = []

    def sources():
        for k in range(5):
            pulled.append(k)
            yield SourceFile(path=f"{k}.txt", text="2024.06.19\n\nプーチン大統領が19日、平壌を訪問した。\n",
                             sha256=str(k), encoding="utf-8")

    stream = analyse_stream(sources(), chunk=1)
    first = next(stream)
    assert first[0].path == "0.txt" and first[2][0][0].type == "visit"
    assert len(pulled) < 5  # the rest is read later, as the consumer asks
    assert [src.path for src, _, _ in stream] == ["1.txt", "2.txt", "3.txt", "4.txt"]


def test_jsonl_without_dedup_streams_the_same_events(nlp, tmp_path):
    runner = CliRunner()
    streamed = runner.invoke(cli, ["extract", str(SEEDS), "--no-dedup", "-f", "jsonl", "--no-cache"])
    whole = runner.invoke(cli, ["extract", str(SEEDS), "--no-dedup", "-f", "json", "--no-cache"])
    assert streamed.exit_code == whole.exit_code == 0
    lines = [json.loads(line) for line in streamed.stdout.splitlines()]
    assert sorted(e["id"] for e in lines) == sorted(e["id"] for e in json.loads(whole.stdout)["events"])


def test_min_confidence_applies_to_the_stream(nlp):
    out = CliRunner().invoke(cli, ["extract", str(SEEDS), "--no-dedup", "-f", "jsonl", "--min-confidence", "0.8"])
    assert out.exit_code == 0 and all(json.loads(line)["confidence"] >= 0.8 for line in out.stdout.splitlines())


def test_scheduler_without_dask_engine_is_an_error():
    out = CliRunner().invoke(cli, ["extract", str(SEEDS), "--scheduler", "tcp://127.0.0.1:1"])
    assert out.exit_code != 0 and "--scheduler needs --engine dask" in out.output


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_dask_engine_gives_the_same_json_as_the_local_path(dask_cluster, seeds_local):
    timeline = extract([str(SEEDS)], engine="dask", scheduler=dask_cluster.scheduler_address)
    assert render(timeline, "json") == seeds_local


def test_dask_engine_from_the_command_line(dask_cluster, seeds_local, tmp_path):
    out = tmp_path / "dask.json"
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--engine", "dask", "--scheduler",
                                      dask_cluster.scheduler_address, "--no-cache", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == seeds_local


def test_a_slice_of_wikinews_runs_end_to_end(nlp, tmp_path):
    """The whole-corpus run of BENCHMARKS.md, on 40 articles: every article is read and listed,
    events come out as valid JSON Lines, and a second run from the cache is identical."""
    files = wikinews.write(tmp_path / "slice", path=SLICE)
    assert len(files) == 40
    runner = CliRunner()
    args = ["extract", str(tmp_path / "slice"), "--cache-dir", str(tmp_path / "cache"), "--workers", "2"]
    cold = runner.invoke(cli, [*args, "-f", "json"])
    warm = runner.invoke(cli, [*args, "-f", "json"])
    assert cold.exit_code == 0 and cold.stderr == ""
    assert cold.stdout == warm.stdout
    data = json.loads(cold.stdout)
    assert len({s["path"] for s in data["sources"]}) == 40
    assert len(data["events"]) > 20
    assert all(e["mentions"] and e["type"] for e in data["events"])


def test_an_input_that_breaks_the_analysis_is_reported_and_the_run_goes_on(nlp, tmp_path, monkeypatch):
    from timeline import pipeline

    (tmp_path / "good.txt").write_text("2024.06.19\n\nプーチン大統領が19日、平壌を訪問した。\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("2024.06.19\n\n爆発する記事。金正恩総書記が会談した。\n", encoding="utf-8")
    real = pipeline.analyse

    def fragile(articles, *args, **kwargs):
        if any("爆発" in a.text for a, _ in articles):
            raise RuntimeError("boom")
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", fragile)
    out = CliRunner().invoke(cli, ["extract", str(tmp_path), "-f", "json", "--no-cache", "--workers", "1"])
    assert out.exit_code == 1
    assert out.stderr.strip() == f"timeline: error: {tmp_path / 'bad.txt'}: could not be analysed: RuntimeError: boom"
    data = json.loads(out.stdout)
    assert [e["path"] for e in data["errors"]] == [str(tmp_path / "bad.txt")]
    assert [e["type"] for e in data["events"]] == ["visit"]


def test_a_run_from_the_cache_streams_in_bounded_groups(tmp_path):
    from timeline.pipeline import _chunks

    class AllCached:
        def get(self, *args):
            return ([], [])

    sources = (SourceFile(path=f"{k}.txt", text=str(k), sha256=str(k), encoding="utf-8") for k in range(100))
    sizes = [len(g) for g in _chunks(sources, AllCached(), "m", 4)]
    assert sum(sizes) == 100 and max(sizes) == 32
