"""The tense of the clause a temporal expression modifies, from the words after it.

A date followed by 、 or by the topic particle は opens the sentence and modifies its
main predicate, so the last predicate of the sentence decides; otherwise the first
predicate after the date does.
Returns "past", "future" or None when nothing tells.
"""
from __future__ import annotations

import re

_FUTURE = re.compile(
    # (…から寄港する予定だったが: a plan of the past, for a day of the past)
    r"予定(?!地|表|者|外|通り|だった|であった|でした)|見通し|見込み|方向で|運び|計画|意向|方針|つもり|に控え"
    # a plain verb, but not one that only qualifies a noun through a quotation (…とみられる飛翔体,
    # …とする声明) or a case (…に関する)
    # (…発射し、…落下したと推定される: what is estimated or reported is past)
    r"|(?<!と)(?<!とみら)(?<!と見ら)(?<!とさ)(?<!といわ)(?<!と言わ)(?<!と呼ば)"
    r"(?<!と推定)(?<!と判断)(?<!と分析)(?<!と予想)(?<!と確認)(?<!と報告)"
    r"(?<!と推定さ)(?<!と判断さ)(?<!と分析さ)(?<!と予想さ)(?<!と確認さ)(?<!と報告さ)"
    r"(?:(?<![関対属接題])する|される|れる|行う|開く|訪れる|迎える|なる)(?=[^ぁ-ん]|と|こと|の|よう|か|べき|$)"
    r"(?!予定(?:だった|であった|でした))")
_PAST = re.compile(
    r"(?:た|だった|ました|でした)(?=[^ぁ-ん]|と|の|こと|が|り|ば|$)|て(?:い|お)た|ている|ています|でいる|でいます|てきた|て(?:お|い)り(?=、)")
# a part of the day written after a date (20日未明, 4日午後)
TIME_OF_DAY = r"夕方?|朝方?|夜|昼|未明|早朝|深夜|午前|午後"
# a date that opens the sentence or is its topic (13日、… / 8日は… / 6月には…) modifies the main predicate
_OPENER = re.compile(rf"^(?:\s*[(（][^)）]{{0,8}}[)）])?(?:の?(?:{TIME_OF_DAY}|中|[0-9]{{1,2}}時(?:[0-9]{{1,2}}分|半)?|ごろ|頃))*"
                     r"(?:(?:[にはも]|には|にも)?、|は|には|にも|も)")
# a verb in its continuative form (…会談を行い、 / 訪問し、) hands its tense on to the next predicate
_CONTINUATIVE = re.compile(r"(?:[いしりきびみちえけせ]|(?<![こそあど])れ|して|って|んで)、")  # 予定され、 too
_END = re.compile(r"[。!?！？\n]")
QUOTED = re.compile(r"「[^「」]*」")  # words in quotation marks: said, or a name; their tense is their own
_OWN_TIME = re.compile(r"[^。]{0,12}?(?:(?<![0-9０-９泊])[0-9０-９一二三四五六七八九十]{1,3}日|翌日|前日|翌朝)(?:に|には|、|は|から)")


def hands_on_to_own_time(text: str, pos: int) -> bool:
    """Does the clause at ``pos`` end in a continuative (到着し、) whose next clause has a time of
    its own (7日には…訪れる)? Then that clause's tense is not this one's."""
    c = _CONTINUATIVE.search(text, pos, pos + 8)
    return bool(c) and not _END.search(text, pos, c.start()) and bool(_OWN_TIME.match(text, c.end()))


def _first(text: str) -> str | None:
    f, p, c = _FUTURE.search(text), _PAST.search(text), _CONTINUATIVE.search(text)
    if c and not any(m and m.start() < c.start() for m in (f, p)):
        main = _last(text[c.end():])  # the sentence's main predicate
        if main == "future" and _OWN_TIME.match(text, c.end()):
            return None  # 5日に到着し、7日には…訪れる: what comes next, at its own time, may be all that is to come
        return main
    if f and (not p or f.start() < p.start()):
        return "future"
    if p:
        return "past"
    return None


# arranged or being considered: the event itself is still to come (検討している, 調整に入った)
_PLANNED_DONE = re.compile(r"(?:運び|予定|見通し|方向|見込み|こと)(?:と|に)(?:なっ|し)(?:た|ている)"
                           r"|(?:検討|模索|準備|計画)(?:し|を進め)て(?:いる|います|いた)|目指して(?:いる|います)"
                           r"|(?:方向で(?:最終)?|最終)?調整(?:に入っ(?:た|ている)|して(?:いる|いた)|が進んで(?:いる|いた))")


def _last(text: str) -> str | None:
    """Tense of the last predicate; 開かれる運びとなった (it has been arranged) is future."""
    f = [m.end() for m in _FUTURE.finditer(text)] + [m.end() for m in _PLANNED_DONE.finditer(text)]
    p = [m.end() for m in _PAST.finditer(text)]
    if not f and not p:
        return None
    return "future" if (f and (not p or max(f) >= max(p))) else "past"


def infer_tense(text: str, pos: int) -> str | None:
    """Tense governing an expression that ends at ``pos`` in ``text``."""
    m = _END.search(text, pos)
    end = m.start() if m else len(text)
    after = QUOTED.sub(lambda q: "・" * len(q.group()), text[pos:end])
    if _OPENER.match(after):
        c = _CONTINUATIVE.search(after)
        if c and _OWN_TIME.match(after, c.end()):
            # 14日には…が予定され、6日から協議が始まっている: the next clause has a time of its
            # own, so the opening date's clause ends at the continuative
            return _last(after[:c.start() + 1]) or _last(after[-14:])
        tense = _last(after[-14:])
        if tense:
            return tense
    return _first(after)
