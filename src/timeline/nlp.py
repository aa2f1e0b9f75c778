"""Load ja_ginza once, lazily, and turn its Docs into plain dataclasses.

Only the sentences that may hold an event are parsed (the caller chooses them);
``nlp.pipe`` always runs with a small batch size: ja_ginza's own config says 1000,
which over a large folder takes many GB of memory. Entities come from the model's own NER
weights decoded by ``timeline.fastner`` (identical entities, a fraction of the time);
``TIMELINE_SPACY_NER=1`` uses spaCy's decoder instead.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import ModelNotFoundError

MODEL = "ja_ginza"
BATCH_SIZE = 32
_lock = threading.Lock()
_nlp = None
_fast_ner = None


@dataclass(frozen=True)
class Token:
    i: int
    text: str
    start: int  # character offset in the sentence
    pos: str
    dep: str
    head: int
    lemma: str
    inflection: str


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Parse:
    """What the event stage needs from the model for one sentence."""

    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]

    def token_at(self, offset: int) -> Token | None:
        """The token covering character ``offset`` of the sentence."""
        for t in self.tokens:
            if t.start <= offset < t.start + len(t.text):
                return t
        return None


def load():
    """The ja_ginza pipeline, loaded on first use and shared after that."""
    global _nlp
    with _lock:
        if _nlp is None:
            try:
                import spacy
                from thinc.api import NumpyOps, set_current_ops
            except ImportError as exc:  # pragma: no cover - dependency missing
                raise ModelNotFoundError(f"spaCy is not installed: {exc}") from exc
            if os.environ.get("TIMELINE_USE_BLIS", "") != "1":
                # blis falls back to generic kernels on recent CPUs; numpy's BLAS is faster
                set_current_ops(NumpyOps(use_blis=False))
            try:
                _nlp = spacy.load(MODEL, exclude=["compound_splitter"])
            except OSError as exc:
                raise ModelNotFoundError(
                    f"the GiNZA model '{MODEL}' is not installed: run `pip install ja-ginza`") from exc
    return _nlp


def _fast_decoder():
    """The numpy NER decoder over the loaded model's weights, or None to use spaCy's."""
    global _fast_ner
    if os.environ.get("TIMELINE_SPACY_NER", "") == "1":
        return None
    nlp = load()
    with _lock:
        if _fast_ner is None:
            from .fastner import FastNER

            try:
                _fast_ner = FastNER(nlp.get_pipe("ner"))
            except (KeyError, ValueError):  # a model this decoder does not know: spaCy's own
                _fast_ner = False
    return _fast_ner or None


def _convert(doc, spans=None) -> Parse:
    tokens = tuple(Token(i=t.i, text=t.text, start=t.idx, pos=t.pos_, dep=t.dep_, head=t.head.i,
                         lemma=t.lemma_, inflection=";".join(t.morph.get("Inflection")))
                   for t in doc)
    if spans is None:
        ents = tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
    else:
        ents = tuple(Entity(sp.text, s.label, sp.start_char, sp.end_char)
                     for s in spans for sp in (doc[s.start:s.end],))
    return Parse(tokens, ents)


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[Parse]:
    """Parse each text (a sentence) with ja_ginza; one Parse per text, in order."""
    nlp = load()
    fast = _fast_decoder()
    # spaCy interns every new word it sees; inside a memory zone those of a call are released
    # once its docs are converted (what keeps peak memory flat is the batch bound below)
    out: list[Parse] = []
    with nlp.memory_zone():
        for batch in _batches(texts, batch_size):
            if fast is None:
                out += [_convert(doc) for doc in nlp.pipe(batch, batch_size=len(batch))]
            else:
                docs = list(nlp.pipe(batch, batch_size=len(batch), disable=["ner"]))
                out += [_convert(d, spans) for d, spans in zip(docs, fast(docs))]
    return out


MAX_BATCH_CHARS = 4000  # the parser holds ~12 KB per token of a batch: bound batches by text, not count


def _batches(texts: Iterable[str], size: int, max_chars: int = MAX_BATCH_CHARS):
    """Texts in batches of at most ``size`` texts and ``max_chars`` characters (a longer text alone)."""
    batch: list[str] = []
    chars = 0
    for t in texts:
        if batch and (len(batch) == size or chars + len(t) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(t)
        chars += len(t)
    if batch:
        yield batch
