"""examples/ holds the real output of `timeline extract seeds/`; it must not go stale."""
import importlib.util

import pytest

from conftest import ROOT

pytestmark = pytest.mark.nlp


def _regenerate_module():
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "examples" / "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["timeline.txt", "timeline.csv", "timeline.json", "timeline.jsonl"])
def test_examples_are_up_to_date(seeds_timeline, name):
    fresh = _regenerate_module().render_all(seeds_timeline)[name]
    stored = (ROOT / "examples" / name).read_text(encoding="utf-8")
    assert stored == fresh, f"examples/{name} is stale: run `python examples/regenerate.py`"
