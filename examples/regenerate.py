"""Regenerate examples/ from seeds/:  python examples/regenerate.py

Writes the output of `timeline extract seeds/` in every format. tests/test_examples.py
fails when these files are stale.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = {"table": "timeline.txt", "csv": "timeline.csv", "json": "timeline.json", "jsonl": "timeline.jsonl"}


def render_all(timeline) -> dict[str, str]:
    from timeline.io.writers import render

    return {name: render(timeline, fmt) for fmt, name in FILES.items()}


def seeds_timeline():
    from timeline import extract

    os.chdir(ROOT)  # paths in the output are relative: seeds/…
    return extract(["seeds"])


def main() -> int:
    for name, text in render_all(seeds_timeline()).items():
        (ROOT / "examples" / name).write_text(text, encoding="utf-8")
        print(f"wrote examples/{name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
