"""timeline.fastner decodes ja_ginza's NER weights itself: its entities must be exactly spaCy's."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT, SEEDS

from timeline.fastner import FastNER
from timeline.io.readers import read_sources
from timeline.segment import sentences

pytestmark = pytest.mark.nlp


def _corpus() -> list[str]:
    """Every sentence of the seeds and of the annotated evaluation set."""
    texts = [src.text for src in read_sources([str(SEEDS)]) if hasattr(src, "text")]
    texts += [json.loads(line)["text"] for line in (ROOT / "eval" / "gold.jsonl").read_text("utf-8").splitlines()]
    out = []
    for text in texts:
        out += [s.text for s in sentences(text) if s.text.strip()]
    return list(dict.fromkeys(out))


@pytest.mark.parametrize("sentence", [
    "金正恩総書記は19日、平壌でプーチン大統領と会談した。",
    "ロシアのラブロフ外相と中国の王毅外相は18日、モスクワで会談する予定だ。",
    "ボストーチヌイ宇宙基地を訪れた。",
    "",
    "。",
    "A",
])
def test_same_entities_as_spacy_on_single_sentences(nlp, sentence):
    doc = nlp(sentence)
    spans = FastNER(nlp.get_pipe("ner"))([nlp(sentence, disable=["ner"])])[0]
    assert [(s.start, s.end, s.label) for s in spans] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_same_entities_as_spacy_on_seeds_and_gold(nlp):
    texts = _corpus()
    assert len(texts) > 300
    fast = FastNER(nlp.get_pipe("ner"))
    mine = []
    docs = list(nlp.pipe(texts, batch_size=32, disable=["ner"]))
    for k in range(0, len(docs), 32):
        mine += fast(docs[k:k + 32])
    theirs = list(nlp.pipe(texts, batch_size=32))
    diffs = [(t, [(s.start, s.end, s.label) for s in m], [(e.start, e.end, e.label_) for e in d.ents])
             for t, m, d in zip(texts, mine, theirs)
             if [(s.start, s.end, s.label) for s in m] != [(e.start, e.end, e.label_) for e in d.ents]]
    assert diffs == []
