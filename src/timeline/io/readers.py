"""Paths and stdin → decoded SourceFiles, with one ReadError per input that fails.

Japanese news text arrives as UTF-8 (with or without BOM), Shift_JIS/CP932 or EUC-JP.
Each input is decoded strictly with each candidate; when more than one decodes, the one
whose text looks most like Japanese wins.
"""
from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import ReadError, SourceFile

DEFAULT_GLOBS = ("*.txt", "*.md")
CANDIDATE_ENCODINGS = ("utf-8", "cp932", "euc_jp")


def _japanese_score(text: str) -> float:
    """Share of characters that are kana, common kanji or ASCII — high for real text."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if (0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0x20 <= o < 0x7F
                or ch in "\n\r\t　、。「」（）・！？ー"):
            good += 1
    return good / len(text)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 0x20 and b not in (9, 10, 12, 13, 27))
    return controls > max(2, len(sample) // 100)


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes of Japanese text; return (text, encoding) or raise InputError."""
    if not data.strip():
        raise InputError(path, "empty file")
    if _looks_binary(data):
        raise InputError(path, "binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise InputError(path, f"starts with a UTF-8 BOM but is not UTF-8 ({exc.reason})") from None
    decoded: list[tuple[float, str, str]] = []
    for enc in CANDIDATE_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8":  # strict UTF-8 that decodes is UTF-8
            return text, enc
        decoded.append((_japanese_score(text), enc, text))
    if not decoded:
        raise InputError(path, "cannot decode as UTF-8, Shift_JIS/CP932 or EUC-JP")
    score, enc, text = max(decoded, key=lambda t: (t[0], t[1] == "cp932"))
    if score < 0.5:
        raise InputError(path, "does not look like Japanese text in UTF-8, Shift_JIS or EUC-JP")
    return text, enc


def read_bytes(data: bytes, path: str) -> SourceFile:
    text, enc = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceFile(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=enc)


def expand_paths(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[str | ReadError]:
    """Yield file paths in a stable order: directories are walked recursively, sorted."""
    globs = tuple(globs)
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted({f for g in globs for f in path.rglob(g) if f.is_file()})
            if not found:
                yield ReadError(p, f"no files matching {', '.join(globs)} in directory")
            for f in found:
                yield str(f)
        elif path.exists():
            yield str(path)
        else:
            yield ReadError(p, "no such file or directory")


def read_sources(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS,
                 stdin=None) -> Iterator[SourceFile | ReadError]:
    """Read every input; yield a SourceFile or a ReadError for each, in input order."""
    for item in expand_paths(paths, globs):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            if item == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read()
                if isinstance(data, str):
                    data = data.encode("utf-8")
                yield read_bytes(data, "-")
            else:
                yield read_bytes(Path(item).read_bytes(), item)
        except InputError as exc:
            yield ReadError(exc.path, exc.message)
        except OSError as exc:
            yield ReadError(item, exc.strerror or str(exc))
