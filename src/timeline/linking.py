"""Which date expression governs a trigger.

The dependency parse links a date to the trigger (or to the predicate a noun trigger is an
argument of) without crossing a clause that describes another noun; a date that opens the
sentence goes with its main predicate; failing a link, the nearest date before the trigger.
"""
from __future__ import annotations

import re

from .actors import find_mentions
from .dates.tense import TIME_OF_DAY
from .models import TemporalExpression
from .nlp import Parse
from .roles import particle_after
from .segment import aside_start
from .triggers import Trigger

_SUBJECT_AFTER = re.compile(r"^(?:が|は|も)")
# 3日には… / 20日未明、…: opens the sentence too
_OPENS = re.compile(rf"^(?:\s*[(（][^)）]{{0,10}}[)）])?(?:の?(?:{TIME_OF_DAY}))?"
                    r"(?:(?:には|は|に)?、|には|は)")
_FORMAL_NOUNS = {"こと", "の", "もの", "ため", "よう", "中", "際", "とき", "後", "前", "方向", "予定", "見通し", "運び", "計画", "見込み",
                 "可能性", "公算", "恐れ", "意向", "方針"}  # 年内にも実現する可能性: the clause is the event's own
_SURU_AFTER = re.compile(r"(?:し|する|した|して|します|しました)")
_HEDGES = {"みる", "見る", "する", "いう", "言う", "呼ぶ"}  # …とみられる / とされる / という: quotations
_SINCE = re.compile(r"^(?:以来|以降|来|ぶり|まで)")
ANSWERED = re.compile(r"(?:し|され)たこと(?:に対し|を受け|に抗議|を非難|への)")  # …発射したことに対し: what is answered
# <event noun>は<date>以来 / <event noun>の開催は<date>に成都で開かれて以来 / 演習を行うのは
# <date>以来: a back-reference to the last such event, dated
# (天皇陛下のモンゴル訪問は、皇太子時代の平成19年以来: a phrase with の may name whose time it was)
_BACK_TO = re.compile(r"(?:の(?:開催|実施)|[^。、]{0,12}?(?:する|した|を行う|を行った|を開く|を開いた)の)?(?:は|が|も)、?"
                      r"(?:[^。、「」]{1,8}?の)?")
_SINCE_CLAUSE = re.compile(r"(?:以来|(?:に|、)[^。、]{0,20}?(?:て|で)以来)")

_CLAUSE = re.compile(r"[^、。]{0,30}")
# 演習は7日正午まで続く, 1960年から63年にかけて大使を務めた: when it ends, not when it was
_UNTIL = re.compile(r"(?:正午|午前|午後|夜|未明|朝|夕)?(?:まで|にかけ)")
_TOPIC_TIME = re.compile(r"(?:に|から)?は(?!じ)")
_POLLING = re.compile(r"(?:に|の)?(?:投開票|投票(?!率|用紙|所))")
_VOTE = re.compile(r"選|投票")
_DIED = re.compile(r"[^、。]{0,12}?(?:死去|逝去|死亡|亡くな)(?:し|され|っ)た")
_BEGAN = re.compile(r"(?:から[^。、]{0,8}?(?:開かれ|開催され|行われ)(?:ている|ていた|た|る)?|に?開幕し(?:た|ている))"
                    r"[^。、]{0,30}?")
_AT_THE_EVENT = re.compile(r"(?:での|で|の際の|の際に|の場で|に合わせた)")
_OCCASIONS = ("meeting", "ceremony")
CONTENT_AFTER = re.compile(r"(?:で|では|の中で)、")  # 年賀状で、…: what the letter said follows
_NOUN_PREFIX = re.compile(r"[一-鿿々ァ-ヴー・A-Za-zＡ-Ｚａ-ｚ]{0,10}")  # no particle, no comma: one noun phrase
_AGREED = re.compile(r"[^、。]*?ことで(?:合意|一致)|[^、。]*?ことを(?:確認|約束)")


_ASIDE_AFTER = re.compile(r"[(（][^()（）]{0,20}[)）]")


def _past_aside(text: str, end: int) -> int:
    """Where the text goes on after a word and the aside in brackets right after it (首脳会議(G7サミット))."""
    m = _ASIDE_AFTER.match(text, end)
    return m.end() if m else end


def _own_subject(text: str, start: int) -> bool:
    """Does the clause from ``start`` name someone as its subject (4月4日に尹前大統領が…)?"""
    clause = _CLAUSE.match(text, start).group()
    if "以来" in clause:
        return False  # 日中首脳会談は昨年11月に岸田前首相と習氏が会談して以来: the last one, that day
    return any(particle_after(clause, f.end) == "が" for f in find_mentions(clause) if f.actor)


def adnominal(trig: Trigger, parse: Parse | None) -> bool:
    """Is the trigger a verb in a clause that only describes a noun (訪朝した代表団)?"""
    tok = parse.token_at(trig.end - 1) if parse is not None else None
    return tok is not None and tok.pos == "VERB" and tok.dep == "acl"


_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
_OWN_SUBJECT_MARKS = frozenset({"と", "ば", "たら", "なら", "ので", "から", "が", "けれど", "けど", "のに"})


def subject_unwritten(trig: Trigger, parse: Parse | None) -> bool:
    """Does the parse give the trigger's predicate no subject at all, in its own clause or in the
    clauses it leads into (1998年、CDUが選挙で破れ…が退陣した後、同党幹事長に就任した: 就任 has
    none; the subjects belong to 破れ and 退陣)? False when there is no parse to tell."""
    tok = parse.token_at(trig.end - 1) if parse is not None else None
    if tok is None or tok.dep == "acl":
        return False  # 訪朝した代表団: the noun described is the subject
    chain = [tok.i, *_ancestors(parse, tok.i)]
    if any(parse.tokens[i].dep == "acl" for i in chain):
        return False
    # a clause joined by its verb's own form (メキシコが立候補し、選出された) shares its subject; one
    # joined by と, ば, ので … (…党首が辞任すると、…就任した) has its own
    marked = {t.head for t in parse.tokens if t.dep == "mark" and t.text in _OWN_SUBJECT_MARKS}
    shared: set[int] = set()
    grown = True
    while grown:  # …高官は、米国が協力を拡大し、…脅かしているとして、懸念を表明した: the parser may hang
        # the topic on any clause of the chain
        joined = {t.i for t in parse.tokens if t.dep == "advcl" and (t.head in chain or t.head in shared)
                  and t.i not in marked}
        grown = bool(joined - shared)
        shared |= joined
    # a subject the parser hung on a noun (代表団は9日、…訪韓し: on 日) may well be the predicate's
    return not any(t.dep in _SUBJECT_DEPS and t.i != t.head and (
        t.head in chain or t.head in shared or parse.tokens[t.head].pos not in ("VERB", "ADJ", "AUX"))
        for t in parse.tokens)


def _ancestors(parse: Parse, i: int, limit: int = 8) -> list[int]:
    out = []
    while limit and parse.tokens[i].head != i:
        i = parse.tokens[i].head
        out.append(i)
        limit -= 1
    return out


def _path_up(parse: Parse, i: int, limit: int = 4) -> list[int]:
    """Heads above token i, stopping after a clause that describes a noun (acl): a date in
    9月3日に行われる式典 reaches 式典 but not the verb 式典 is an argument of."""
    out = []
    while limit and parse.tokens[i].head != i:
        stop = parse.tokens[i].dep == "acl"
        i = parse.tokens[i].head
        out.append(i)
        limit -= 1
        if stop:
            break
    return out


def _phrase_head(parse: Parse, i: int) -> int:
    """The head of the compound a token is part of: the parser sometimes heads
    北大西洋条約機構(NATO)首脳会議 on 機構, with 会議 its compound."""
    for _ in range(4):
        if parse.tokens[i].dep != "compound" or parse.tokens[i].head == i:
            break
        i = parse.tokens[i].head
    return i


def _linked(parse: Parse, date_tok: int, trig_tok: int) -> bool:
    """Does the date modify the trigger, or the predicate the (nominal) trigger is an argument of?"""
    ups = _path_up(parse, date_tok)
    trig_tok = trig_tok if trig_tok in ups else _phrase_head(parse, trig_tok)
    if trig_tok in ups:
        return True
    head = parse.tokens[trig_tok].head
    return head != trig_tok and parse.tokens[head].pos in ("VERB", "AUX") and head in ups[:2]


def _linked_dates(text: str, cands: list[TemporalExpression], trig: Trigger, parse: Parse | None):
    t = parse.token_at(trig.end - 1) if parse is not None else None
    if t is None:
        return []
    # Japanese puts a modifier before its head: a date after a verb (or a noun made a verb by
    # する: 平壌入りし、26日には…) does not modify it
    verbal = t.pos == "VERB" or bool(_SURU_AFTER.match(text, trig.end))
    return [e for e in cands if (e.start < trig.end or not verbal) and (tok := parse.token_at(e.end - 1)) is not None
            and _linked(parse, tok.i, t.i)]


def _in_noun_clause(e: TemporalExpression, trig_tok: int | None, parse: Parse | None) -> bool:
    """Is the date inside a clause that describes a noun other than the trigger's phrase
    (9月3日に行われる式典 … と発表)? A clause that is only nominalised (…を行ったこと)
    does not count, nor one describing a noun within the trigger's phrase
    (18日~19日に予定されているプーチン大統領の北朝鮮訪問)."""
    tok = parse.token_at(e.end - 1) if parse is not None else None
    if tok is None:
        return False
    head = parse.tokens[tok.head]
    if head.dep != "acl" or parse.tokens[head.head].lemma in _FORMAL_NOUNS:
        return False
    if head.lemma in _HEDGES and head.i > 0 and parse.tokens[head.i - 1].text == "と":
        return False  # 2日に…ミサイルとみられる飛翔体を発射: a hedge attached by the parser, not a clause
    phrase = [head.head]
    while len(phrase) < 4 and parse.tokens[phrase[-1]].dep in ("nmod", "compound"):
        phrase.append(parse.tokens[phrase[-1]].head)
    return trig_tok is None or (trig_tok not in phrase and _phrase_head(parse, trig_tok) not in phrase)


def governing_date(text: str, dates: tuple[TemporalExpression, ...], trig: Trigger,
                   parse: Parse | None, others: tuple[Trigger, ...] = ()) -> TemporalExpression | None:
    """The date expression that governs a trigger (see ``_governing_date``); of two days joined
    by と (9月1日と2日に行われた欧州外相会談), the first: an event of two days is dated by the day
    it began."""
    chosen = _governing_date(text, dates, trig, parse, others)
    while chosen is not None and chosen.granularity == "day" and (first := next(
            (e for e in dates if e.granularity == "day" and e.value and text[e.end:chosen.start] == "と"), None)):
        chosen = first
    return chosen


def _governing_date(text: str, dates: tuple[TemporalExpression, ...], trig: Trigger,
                    parse: Parse | None, others: tuple[Trigger, ...] = ()) -> TemporalExpression | None:
    """The date expression that governs a trigger.

    The nearest date whose dependency path reaches the trigger (or the predicate it is
    the argument of), else the nearest date before the trigger that is not inside a
    clause describing a noun. A date inside an aside in brackets governs only
    triggers inside the same brackets; a date that is a starting point (2019年1月以来)
    governs none. A date with の (2018年の…) governs only the first event word after it
    (``others``: the sentence's other event words), or what happens at that event
    (2018年4月の南北首脳会談での合意).
    """
    since = next((e for e in dates if e.kind == "date" and e.value and _BACK_TO.fullmatch(text, trig.end, e.start)
                  and _SINCE_CLAUSE.match(text, e.end)), None)
    if since is not None:
        return since  # 金氏の訪中は2019年1月以来: the last one, on that date
    cands = [e for e in dates if e.kind in ("date", "range") and e.rule != "url" and not _SINCE.match(text[e.end:])
             and aside_start(text, e.start) == aside_start(text, trig.start)
             # 前日の5日、…4月末に首脳会談を開くことで合意した: 4月末 is when what was agreed will be
             and not (e.end <= trig.start and _AGREED.match(text, e.end, trig.end))
             and not (e.kind == "date" and _UNTIL.match(text, e.end))
             # 19日に死去したチョン書記長の国葬: the day of the death, not of the funeral
             and not (e.end <= trig.start and _DIED.match(text, e.end, trig.start))
             # 2018年の南北軍事合意の効力を停止: a date with の names the first event word after it
             and not (e.end <= trig.start and text.startswith("の", e.end) and any(
                 e.end < o.start and o.end <= trig.start and o.type != trig.type
                 and not _AT_THE_EVENT.match(text, o.end, trig.start) for o in others))]
    if CONTENT_AFTER.match(text, trig.end):
        # 金氏は年賀状で、昨年6月にプーチン氏が平壌を訪問し…と振り返った: what it said is dated apart
        cands = [e for e in cands if e.end <= trig.start]
    if not cands:
        return None
    if trig.type == "election" and _VOTE.search(trig.text) and (
            polling := [e for e in cands if e.start >= trig.end and _POLLING.match(text, e.end)]):
        return polling[0]  # 総選挙を8月18日公示・同30日投開票の日程で: the vote's day is its polling day
    began = [e for e in cands if e.end <= trig.start and _BEGAN.fullmatch(text, e.end, trig.start)]
    if began:
        return began[-1]  # 10月31日から開かれていた(26日に開幕した)…首脳会議は1日、閉幕した: its first day
    # 1996年台湾総統選挙をきっかけに…派遣した: a date written right onto the event noun names its time,
    # whatever clause the parser hung the date on
    prefixed = [e for e in cands if e.end <= trig.start and _NOUN_PREFIX.fullmatch(text, e.end, trig.start)]
    if prefixed:
        return prefixed[-1]
    t = parse.token_at(trig.end - 1) if parse is not None else None
    if t is not None and t.dep == "ROOT":
        # the sentence's main predicate takes the date that opens the sentence (王毅外相は27日、…会談した)
        openers = [e for e in cands if e.end <= trig.start and _OPENS.match(text[e.end:])]
        if openers:
            # 大統領府は6日、特使団が前日の5日、…と発表した: the report's day opens the sentence
            return openers[0] if text.startswith("と", trig.start - 1) else openers[-1]
    linked = _linked_dates(text, cands, trig, parse)
    if linked:
        chosen = min(linked, key=lambda e: abs(e.start - trig.start))
        # 4日に上海入りし、5日には上海で開幕した…開幕式に出席した: a day set up as the topic
        # (には) times the clause after it, whatever the parser hung it on
        topics = [e for e in cands if chosen.end <= e.start and e.end <= trig.start and _TOPIC_TIME.match(text, e.end)]
        return topics[-1] if topics else chosen
    # a date set off by a comma (28日、…) opens the sentence: the parse's attachment of it is not trusted
    # (but one opening the sentence, before the subject of an act it answers, is not that act's day:
    # 15日、安保理は北朝鮮がミサイルを発射したことに対し、決議を採択した; 日本政府が今月2日、…閣議決定
    # したことへの対抗措置: the clause's own)
    answered = bool(ANSWERED.match(text, trig.end))
    # 5日行われた外相会談で両国が…合意に達した: what is done at a meeting or ceremony takes the day
    # of the clause that describes it (but what a statement says is not done that day)
    occasions = [] if parse is None else [
        tok.i for o in others if o.end <= trig.start and o.type in _OCCASIONS
        and _AT_THE_EVENT.match(text, _past_aside(text, o.end)) and "。" not in text[o.end:trig.start]
        and (tok := parse.token_at(o.end - 1)) is not None]
    before = [e for e in cands if e.end <= trig.start
              and not (answered and _OPENS.match(text[e.end:]) and "が" in text[e.end:trig.start])
              and (_OPENS.match(text[e.end:]) or not _in_noun_clause(e, t.i if t else None, parse)
                   or any(not _in_noun_clause(e, o, parse) for o in occasions))]
    if before:
        return before[-1]
    # a noun that is the subject of what follows: 首脳会談が26、27両日、ソウルで開かれる
    if _SUBJECT_AFTER.match(text[trig.end:]):
        # …but not one that opens a clause with a subject of its own (大統領選は、4月4日に尹前大統領が
        # 罷免されたことに伴う: the date is the dismissal's)
        after = [e for e in cands if trig.end <= e.start <= trig.end + 3
                 and not _in_noun_clause(e, t.i if t else None, parse) and not _own_subject(text, e.end)]
        return after[0] if after else None
    return None
