"""Reading: encodings, bad inputs, directories and standard input."""
import io

import pytest

from timeline.io.readers import decode, read_sources
from timeline.models import ReadError, SourceFile

TEXT = "北朝鮮の金正恩総書記は2024年6月19日、平壌でプーチン大統領と首脳会談を行った。"


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8-sig", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
    ("cp932", TEXT.encode("cp932")),
    ("euc_jp", TEXT.encode("euc_jp")),
])
def test_japanese_encodings_are_read(encoding, data):
    text, found = decode(data)
    assert text == TEXT
    assert found == encoding


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    (bytes([0x82, 0xa0, 0xff, 0xfe, 0x80, 0x81]) * 20, "cannot decode"),
])
def test_bad_inputs_are_reported(data, message, tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    [result] = read_sources([str(f)])
    assert isinstance(result, ReadError)
    assert result.path == str(f)
    assert message in result.message


def test_missing_file_is_reported():
    [result] = read_sources(["/no/such/file.txt"])
    assert isinstance(result, ReadError) and "no such file" in result.message


def test_directories_are_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "1.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "skip.csv").write_text(TEXT, encoding="utf-8")
    paths = [r.path for r in read_sources([str(tmp_path)])]
    assert paths == [str(tmp_path / "1.md"), str(tmp_path / "b" / "2.txt")]


def test_glob_changes_what_directories_yield(tmp_path):
    (tmp_path / "a.html").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    assert [r.path for r in read_sources([str(tmp_path)], globs=["*.html"])] == [str(tmp_path / "a.html")]


def test_stdin_is_read_as_bytes():
    [result] = read_sources(["-"], stdin=io.BytesIO(TEXT.encode("cp932")))
    assert isinstance(result, SourceFile)
    assert (result.path, result.text) == ("-", TEXT)


def test_windows_line_endings_become_newlines():
    [result] = read_sources(["-"], stdin=io.BytesIO("一行目。\r\n二行目。\r\n".encode("utf-8")))
    assert result.text == "一行目。\n二行目。\n"
