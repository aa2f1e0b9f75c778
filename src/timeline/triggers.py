"""Trigger words (data/triggers.toml) and the status of the event they mark (data/status.toml).

    >>> [(t.text, t.type) for t in find_triggers("19日に首脳会談を行い、協定に署名した。")]
    [('首脳会談', 'meeting'), ('署名', 'agreement')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates.tense import QUOTED as QUOTED_NAME  # a name in quotation marks (協力文書「…計画」)
from .lexicon import load_layout, load_status, load_triggers
from .nlp import Parse
from .roles import pattern as roles_pattern

_VERBAL_AFTER = re.compile(r"^(?:し|す|さ|せ|でき)")


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str
    cameo: str
    weight: float
    needs: re.Pattern | None
    target: str | None = None
    status: str | None = None  # what the word itself says of its event (辞意: a resignation still to come)
    apart: bool = False  # its event is not the one another word of its type in the sentence tells
    occasion: str | None = None  # what kind of ceremony or statement the word names (welcome, speech …)
    multilateral: bool = False  # talks of three or more sides (3者会談): their people's sides are its parties


@lru_cache(maxsize=None)
def _trigger_patterns() -> tuple[tuple[re.Pattern, dict, re.Pattern | None], ...]:
    return tuple((re.compile(t.get("pattern") or re.escape(t["text"])), t,
                  re.compile(t["needs"]) if t.get("needs") else None) for t in load_triggers())


@lru_cache(maxsize=None)
def _not_after(words: str) -> re.Pattern:
    """A trigger's ``not_after``: words that may not end right before it."""
    return re.compile(f"(?:{words})$")


_NOT_AFTER_REACH = 16  # how far before the word ``not_after`` looks


@lru_cache(maxsize=None)
def _any_trigger() -> re.Pattern:
    """All trigger patterns in one: a sentence that does not match it holds no trigger."""
    return re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in _trigger_patterns()))


def find_triggers(text: str, known: frozenset[str] = frozenset()) -> list[Trigger]:
    """Non-overlapping trigger matches, longest first. A word whose context words (``needs``)
    are missing still counts for the event types in ``known`` (a launch the passage has told:
    打ち上げを見守った); ``lacks_context`` says which those are."""
    return list(_find_triggers(text, known))


def lacks_context(text: str, trig: Trigger) -> bool:
    return trig.needs is not None and not trig.needs.search(text)


@lru_cache(maxsize=4096)  # asked once to choose sentences for the model, once to detect events
def _find_triggers(text: str, known: frozenset[str] = frozenset()) -> tuple[Trigger, ...]:
    if not _any_trigger().search(text):
        return ()
    hits = []
    for pattern, t, needs in _trigger_patterns():
        for m in pattern.finditer(text):
            if t.get("not_after") and _not_after(t["not_after"]).search(text, max(0, m.start() - _NOT_AFTER_REACH), m.start()):
                continue
            hits.append(Trigger(m.start(), m.end(), m.group(), t["type"], t.get("cameo", ""),
                                float(t.get("weight", 1.0)), needs, t.get("target"), t.get("status"),
                                bool(t.get("apart", False)), t.get("occasion"),
                                bool(t.get("multilateral", False))))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken: list[Trigger] = []
    for h in hits:
        if all(h.end <= t.start or t.end <= h.start for t in taken):
            if h.needs is None or h.needs.search(text) or h.type in known:
                taken.append(h)
    return tuple(sorted(taken, key=lambda h: h.start))


def may_hold_event(text: str) -> bool:
    """Is the sentence worth the model's time: a trigger, or people attending the event told
    (roles.toml ``attendance``: 参加者は…シュトイバー党首, names the model alone may know)?"""
    return bool(find_triggers(text)) or bool(roles_pattern("attendance").search(text))


def is_question(text: str) -> bool:
    return any(p.search(text) for p in load_layout().get("question", ()))


_AGREED_CONTENT = re.compile(r"(?:する|行う|開く|進める|始める|目指す)(?=ことで(?:合意|一致|確認))")
# what the clause after a verbal event reports someone saying (会談し、停戦に応じなければ…と迫った):
# its content, not this event's status
_DONE_THEN = re.compile(r"(?:し|して|を行い|を行って|(?:の場)?を(?:持ち|持って))、")
_SAID_CONTENT = re.compile(r"(?<=、)[^。、「」]{2,40}?(?=と(?:迫っ|警告し|述べ|強調し|訴え|主張し|語っ|指摘し))"
                           # 会談し、…再延期する意向を伝えた: the intention conveyed is another act's
                           r"|(?<=、)[^。「」]{2,80}?(?:する|の)(?:意向|考え|方針)(?=を(?:伝え|示し|表明し|明らかにし))")
STATEMENT_WINDOW = 8  # a statement's own status: what its content plans or doubts is not the statement's


def status_of(text: str, pos: int, start: int | None = None, statement: bool = False) -> str | None:
    """happened / planned / uncertain, or None when the event is negated or only generic.

    The words after the trigger (ending at ``pos``) decide; for a noun trigger starting at
    ``start``, a clause just before it that describes it (行われた…会談) decides first.
    """
    status = load_status()
    if start is not None:
        before = text[max(0, start - 45):start]
        if any(p.search(before) for p in status["planned_before"]):
            return "planned"
        if any(p.search(before) for p in status["happened_before"]):
            return "happened"
    window = text[pos:pos + STATEMENT_WINDOW] if statement else text[pos:]
    # a name in quotation marks (協力文書「…計画」) says nothing of the event's status
    window = QUOTED_NAME.sub(lambda m: "＿" * len(m.group()), window)
    # what a later clause agrees (会談し、…協議を開始することで合意し): that agreement's content,
    # not this event's status (but 来日することで一致 is the planned 来日 itself)
    window = _AGREED_CONTENT.sub(lambda m: "＿" * len(m.group()) if "、" in window[:m.start()] else m.group(), window)
    if _DONE_THEN.match(window):  # (but 訪問の意志を示し、それは…実現する可能性があると: about the event)
        window = _SAID_CONTENT.sub(lambda m: "＿" * len(m.group()), window)
    best: tuple[int, int, str] | None = None
    order = {"generic": -1, "negated": 0, "uncertain": 1, "planned": 2, "past": 3}
    whole = text[pos:]  # what makes a word no event at all (宣言には…盛り込まれた) may lie further on
    for key in order:
        for p in status[key]:
            m = p.match(whole) if key == "generic" and statement and p.pattern.startswith("^") else p.search(window)
            if m and (best is None or (m.start(), order[key]) < best[:2]):
                best = (m.start(), order[key], key)
    if best is None or best[2] == "past":
        return "happened"
    return None if best[2] in ("negated", "generic") else best[2]


def is_verbal(text: str, trig: Trigger, parse: Parse | None) -> bool:
    if parse is not None:
        tok = parse.token_at(trig.end - 1)
        if tok is not None and tok.pos == "VERB":
            return True
    return bool(_VERBAL_AFTER.match(text[trig.end:])) or trig.text[-1] in "っいうわ"


