"""The confidence model: its features, the shipped weights, and the scores that judge it."""
import dataclasses

import pytest

from timeline import lexicon
from timeline.confidence import estimate, features
from timeline.dedup import deduplicate
from timeline.errors import LexiconError
from timeline.evaluate import brier, ranking
from timeline.models import Actor, Mention

KIM = Actor("金正恩", "person", "北朝鮮")
PUTIN = Actor("プーチン", "person", "ロシア")
NK, RU = Actor("北朝鮮", "country"), Actor("ロシア", "country")


def event(date="2024-06-19", basis="explicit", nominal=False, actors=(KIM, PUTIN, NK, RU), type="meeting",
          status="happened", sources=("a",), weight=1.0, anchor_kind="item"):
    gran = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "none")
    mentions = [Mention(source=s, path=f"{s}.txt", sentence="s", start=0, end=9, trigger="会談", trigger_start=0,
                        type=type, cameo="040", status=status, actors=tuple(actors), locations=(), date=date,
                        date_end=None, granularity=gran, date_basis=basis if date else "none", date_text=None,
                        nominal=nominal, weight=weight, anchor_kind=anchor_kind) for s in sources]
    [e] = deduplicate(mentions)
    return e


@pytest.mark.parametrize("kwargs, name, value", [
    ({}, "type=meeting", 1.0),
    ({"type": "visit"}, "type=visit", 1.0),
    ({}, "basis=explicit", 1.0),
    ({"basis": "publication"}, "basis=publication", 1.0),
    ({"date": "2024-06"}, "granularity=month", 1.0),
    ({"date": None}, "granularity=none", 1.0),
    ({"status": "planned"}, "status=planned", 1.0),
    ({}, "verbal", 1.0),
    ({"nominal": True}, "verbal", 0.0),
    ({"actors": ()}, "no_actors", 1.0),
    ({"actors": (KIM, PUTIN, NK, RU)}, "persons", 0.5),  # two people of at most four
    ({"actors": (NK, RU)}, "persons", 0.0),
    ({"weight": 0.6}, "weight_max", 0.6),
    ({"sources": ("a", "b")}, "sources", pytest.approx(0.693, abs=1e-3)),  # log 2
    ({}, "dated_by=date_line", 1.0),  # wire copy under a 2024.06.19 date line
    ({"anchor_kind": "citation"}, "dated_by=citation", 1.0),  # dated by the sources at its end
    ({"anchor_kind": None}, "dated_by=none", 1.0),
])
def test_features(kwargs, name, value):
    assert features(event(**kwargs), conflict=False)[name] == value


@pytest.mark.parametrize("stronger, weaker", [
    # shipped weights: what the annotated sets taught, checked as orderings a reader would expect
    ({}, {"date": None}),  # a written day over no date
    ({}, {"basis": "publication"}),  # a written day over the publication date
    ({}, {"actors": ()}),  # named parties over none
    ({}, {"nominal": True}),  # 会談した over 会談 alone
    ({}, {"anchor_kind": "citation"}),  # wire copy over a real article dated by its sources
])
def test_the_shipped_model_prefers_the_better_attested_event(stronger, weaker):
    assert estimate(event(**stronger), False) > estimate(event(**weaker), False)


def test_written_dates_that_disagree_lower_the_confidence():
    e = event()
    assert estimate(e, conflict=True) < estimate(e, conflict=False)


def test_a_confidence_is_a_probability_with_three_decimals():
    for kwargs in ({}, {"date": None, "actors": (), "nominal": True}, {"sources": ("a", "b", "c")}):
        c = event(**kwargs).confidence
        assert 0.0 < c < 1.0 and round(c, 3) == c


def test_a_malformed_model_file_names_the_file(monkeypatch):
    lexicon.load_confidence.cache_clear()
    monkeypatch.setattr(lexicon, "_load", lambda name: {"bias": 0.1, "weights": {"verbal": "high"}})
    try:
        with pytest.raises(LexiconError, match="confidence.toml: weight 'verbal'"):
            lexicon.load_confidence()
    finally:
        monkeypatch.undo()
        lexicon.load_confidence.cache_clear()


@pytest.mark.parametrize("pairs, expected", [
    ([(1.0, True), (0.0, False)], 0.0),
    ([(0.5, True), (0.5, False)], 0.25),
    ([(0.8, True), (0.8, False)], 0.34),  # (0.04 + 0.64) / 2
    ([], 0.0),
])
def test_brier_score(pairs, expected):
    assert brier(pairs) == pytest.approx(expected)


@pytest.mark.parametrize("pairs, expected", [
    ([(0.9, True), (0.1, False)], 1.0),  # right above wrong
    ([(0.1, True), (0.9, False)], 0.0),
    ([(0.5, True), (0.5, False)], 0.5),  # a tie counts half
    ([(0.9, True), (0.6, True), (0.7, False)], 0.5),
    ([(0.9, True)], 0.0),  # nothing to rank against
])
def test_ranking_is_the_chance_a_right_event_outranks_a_wrong_one(pairs, expected):
    assert ranking(pairs) == expected


def test_more_mentions_never_lower_the_confidence():
    one = event()
    two = dataclasses.replace(one, mentions=one.mentions * 2)
    assert estimate(two, False) >= estimate(one, False)
