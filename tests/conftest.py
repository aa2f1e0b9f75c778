"""Shared fixtures. The GiNZA model is loaded once per session; the seeds' timeline is
computed once and shared by every test that checks it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SCHEMA = ROOT / "spec" / "timeline-v1.schema.json"


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
