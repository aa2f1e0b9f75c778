"""ja_ginza's named-entity recogniser, decoded in numpy: the same weights, the same greedy
BILUO transition rules, the same entities — in a fraction of the time (0.87 s instead of
25.6 s for the NER of 1,213 Wikinews sentences).

Why: ja_ginza's NER predicts over 758 actions (189 entity labels × B/I/L/U, plus O). spaCy's
greedy decoder checks every action's validity through the generic transition system at every
token, and on this project's machines that loop, not the network, took two thirds of all
model time (py-spy: ``TransitionSystem.set_valid`` → ``StateC::B_``). For BILUO decoding with
no preset entities the validity rules collapse to a handful of masks, and while no entity is
open a token's scores do not depend on the decoder's state, so they are computed for all
tokens at once; only tokens inside an entity need a step of their own.

The rules mirror ``spacy/pipeline/_parser_internals/ner.pyx`` (spaCy 3.7–3.8) for documents
without preset entities, which is how ``timeline.nlp`` runs the model; the features are those
of ``StateC.set_context_tokens`` with three context tokens. ``tests/test_fastner.py`` checks
that the entities equal spaCy's own on every sentence of the seeds and the annotated set.
``TIMELINE_SPACY_NER=1`` makes ``timeline.nlp`` use spaCy's decoder instead.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Span:
    start: int  # token index
    end: int  # token index, exclusive
    label: str


class FastNER:
    """Decode entities for docs that have been through ja_ginza's ``tok2vec`` (``doc.tensor``)
    and its parser (sentence starts), using the weights of the pipeline's ``ner`` component."""

    def __init__(self, ner) -> None:
        model = ner.model
        if model.attrs.get("unseen_classes"):
            raise ValueError("the NER model has unseen classes; use spaCy's decoder")
        self._tok2vec = model.get_ref("tok2vec")
        self._lower = model.get_ref("lower")
        if self._lower.get_dim("nF") != 3:
            raise ValueError("FastNER needs the NER's three context tokens (extra_state_tokens = false)")
        upper = model.get_ref("upper")
        self._W = upper.get_param("W")  # (n_classes, n_hidden)
        self._b = upper.get_param("b")
        self._bias = self._lower.get_param("b")  # (n_hidden, n_pieces)
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        labels = sorted({n[2:] for n in names if n[:2] in ("B-", "I-", "L-", "U-") and n[2:]})
        self.labels = labels
        index = {lab: k for k, lab in enumerate(labels)}
        n = len(names)
        self._begin = np.zeros(n, bool)
        self._unit = np.zeros(n, bool)
        self._out = np.zeros(n, bool)
        self._label = np.full(n, -1)
        self._in_of = np.zeros((len(labels), n), bool)  # I-X per label X
        self._last_of = np.zeros((len(labels), n), bool)  # L-X per label X
        self._action = []
        for i, name in enumerate(names):
            act, lab = (name[0], name[2:]) if name != "O" else ("O", "")
            self._action.append(act)
            if act == "O":
                self._out[i] = True
                continue
            if not lab:
                continue  # U- (label 0): only for preset blocked tokens, never valid here
            k = index[lab]
            self._label[i] = k
            if act == "B":
                self._begin[i] = True
            elif act == "U":
                self._unit[i] = True
            elif act == "I":
                self._in_of[k, i] = True
            elif act == "L":
                self._last_of[k, i] = True

    def _scores(self, unmaxed: np.ndarray) -> np.ndarray:
        """Maxout over pieces, then the output layer: (..., hidden, pieces) → (..., classes)."""
        return unmaxed.max(axis=-1) @ self._W.T + self._b

    def __call__(self, docs) -> list[list[Span]]:
        docs = list(docs)
        if not docs:
            return []
        X = self._tok2vec.predict(docs)  # concatenated token vectors of all docs
        Yf = self._lower.predict(X)  # (1 + tokens, 3, hidden, pieces); row 0 is the padding
        pad = Yf[0]
        out = []
        offset = 1
        for doc in docs:
            n = len(doc)
            feats = Yf[offset:offset + n]
            offset += n
            out.append(self._decode(doc, feats, pad) if n else [])
        return out

    def _decode(self, doc, feats: np.ndarray, pad: np.ndarray) -> list[Span]:
        n = len(doc)
        # no entity open: context tokens are (B0, none, none), so every token's scores at once
        closed = self._scores(feats[:, 0] + pad[1] + pad[2] + self._bias)
        space = np.array([t.is_space for t in doc], bool)
        next_starts = np.array([doc[i + 1].is_sent_start is True if i + 1 < n else False for i in range(n)], bool)
        spans: list[Span] = []
        i = 0
        while i < n:
            valid = self._out.copy()
            if not space[i]:
                valid |= self._unit
                if n - i >= 2 and not next_starts[i]:
                    valid |= self._begin
            a = int(np.argmax(np.where(valid, closed[i], -np.inf)))
            act = self._action[a]
            if act == "U":
                spans.append(Span(i, i + 1, self.labels[self._label[a]]))
            if act != "B":
                i += 1
                continue
            # an entity is open from token ``start``: context tokens are (B0, start, B0 - 1)
            k, start = self._label[a], i
            i += 1
            while i < n:
                valid = self._last_of[k].copy()
                if n - i >= 2 and not next_starts[i]:
                    valid |= self._in_of[k]
                s = self._scores(feats[i, 0] + feats[start, 1] + feats[i - 1, 2] + self._bias)
                a = int(np.argmax(np.where(valid, s, -np.inf)))
                i += 1
                if self._action[a] == "L":
                    break
            spans.append(Span(start, i, self.labels[k]))
        return spans
