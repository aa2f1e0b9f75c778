"""Shared fixtures. The GiNZA model is loaded once per session; the seeds' timeline is
computed once and shared by every test that checks it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SCHEMA = ROOT / "spec" / "timeline-v1.schema.json"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """The CLI caches analyses in the user cache directory: the tests use their own."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def nlp():
    from timeline import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def seeds_timeline(nlp):
    """The timeline of the seed articles, extracted once (paths relative to the project root)."""
    from timeline import extract

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return extract(["seeds"])
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="session")
def seeds_json(seeds_timeline) -> dict:
    from timeline.io.writers import timeline_dict

    return timeline_dict(seeds_timeline)
