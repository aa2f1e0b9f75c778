"""The Japanese Wikinews benchmark corpus (../shared/bench/jawikinews.tsv.gz, CC BY 2.5,
© Japanese Wikinews contributors), restored to running text as its README says.

    python bench/wikinews.py OUT_DIR [--articles N] [--skip K]    write N articles as OUT_DIR/<id>.txt
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "bench" / "jawikinews.tsv.gz"
_SPACES = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=[^\x00-\x7f])")


def restore(text: str) -> str:
    """Undo the dataset's word segmentation (spaces between words)."""
    return _SPACES.sub("", text)


def articles(n: int | None = None, skip: int = 0, path: Path = CORPUS) -> list[tuple[str, str]]:
    """(id, text) of articles ``skip`` … ``skip + n``: the headline, then the body."""
    out = []
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        next(f)
        for k, line in enumerate(f):
            if k < skip:
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3:
                out.append((cols[0], restore(cols[2]) + "\n" + restore(cols[1]) + "\n"))
            if n is not None and len(out) >= n:
                break
    return out


def write(out_dir: Path, n: int | None = None, skip: int = 0, path: Path = CORPUS) -> list[Path]:
    """Write articles as ``out_dir/<id>.txt`` (UTF-8); return the files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = []
    for ident, text in articles(n, skip, path):
        f = out_dir / f"{ident}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    return files


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--articles", type=int, default=None)
    ap.add_argument("--skip", type=int, default=0)
    args = ap.parse_args()
    print(len(write(args.out_dir, args.articles, args.skip)), "articles written to", args.out_dir, file=sys.stderr)
