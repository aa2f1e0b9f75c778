"""Deduplication on hand-made mentions: no model needed."""
import dataclasses
import random

import pytest

from timeline.dedup import deduplicate, span
from timeline.models import Actor, Mention

KIM = Actor("金正恩", "person", "北朝鮮")
PUTIN = Actor("プーチン", "person", "ロシア")
XI = Actor("習近平", "person", "中国")
NK, RU, CN = Actor("北朝鮮", "country"), Actor("ロシア", "country"), Actor("中国", "country")


def m(source, date=None, basis="relative", type="meeting", actors=(KIM, PUTIN, NK, RU), start=0,
      surface=None, places=(), trigger="首脳会談", inferred=(), granularity=None):
    gran = granularity or ("none" if date is None else {10: "day", 7: "month", 4: "year"}.get(len(date), "week"))
    return Mention(source=source, path=f"{source}.txt", sentence=f"{source}:{start}", start=start, end=start + 10,
                   trigger=trigger, trigger_start=start, type=type, cameo="040", status="happened",
                   actors=tuple(actors), locations=tuple(places), date=date, date_end=None, granularity=gran,
                   date_basis=basis if date else "none", date_text=None, date_surface=surface, inferred=inferred)


def test_two_articles_reporting_one_event_become_one_event_with_both_mentions():
    [event] = deduplicate([m("a", "2024-06-19", "explicit"), m("b", "2024-06-19")])
    assert {x.source for x in event.mentions} == {"a", "b"}
    assert (event.date, event.date_basis) == ("2024-06-19", "explicit")


def test_two_meetings_of_the_same_leaders_on_different_days_stay_two():
    events = deduplicate([m("a", "2023-09-13"), m("b", "2024-06-19")])
    assert [e.date for e in events] == ["2023-09-13", "2024-06-19"]


def test_a_month_joins_the_day_inside_it_and_the_finer_date_wins():
    [event] = deduplicate([m("a", "2024-06", "explicit"), m("b", "2024-06-19")])
    assert event.date == "2024-06-19"
    assert set(event.date_candidates) == {"2024-06", "2024-06-19"}


def test_a_publication_guess_joins_a_written_date_just_before_it():
    [event] = deduplicate([m("a", "2024-06-19", "explicit"), m("b", "2024-06-20", "publication")])
    assert (event.date, event.date_basis) == ("2024-06-19", "explicit")


def test_a_partial_day_is_dated_across_documents():
    events = deduplicate([m("a", "2023-09-13"), m("b", "2024-06-19"),
                          m("c", None, surface="XXXX-XX-13")])
    first = events[0]
    assert first.date == "2023-09-13" and len(first.mentions) == 2
    borrowed = [x for x in first.mentions if x.source == "c"][0]
    assert (borrowed.date, borrowed.date_basis) == ("2023-09-13", "cross_document")


def test_a_partial_date_never_joins_a_cluster_it_contradicts():
    events = deduplicate([m("a", "2024-06-19"), m("c", None, surface="XXXX-XX-13")])
    assert len(events) == 2


def test_a_year_guessed_from_a_wrong_heading_moves_to_the_event_it_matches():
    events = deduplicate([m("a", "2024-06-19", type="agreement", trigger="署名"),
                          m("b", "2025-06", type="agreement", trigger="署名", inferred=("year",))])
    assert [e.date for e in events] == ["2024-06-19"]


def test_an_undated_mention_joins_only_an_unambiguous_event():
    one = deduplicate([m("a", "2024-06-19"), m("b")])
    assert len(one) == 1
    two = deduplicate([m("a", "2023-09-13"), m("b", "2024-06-19"), m("c")])
    assert len(two) == 3 and two[-1].date is None


def test_different_people_are_different_events():
    events = deduplicate([m("a", "2024-06-19"), m("b", "2024-06-19", actors=(XI, CN))])
    assert len(events) == 2


def test_different_places_are_different_events():
    events = deduplicate([m("a", "2024-06-19", places=("平壌",)), m("b", "2024-06-19", places=("北京",))])
    assert len(events) == 2


def test_clustering_does_not_depend_on_input_order():
    mentions = [m("a", "2023-09-13"), m("b", "2024-06-19"), m("c", None, surface="XXXX-XX-13"),
                m("d", "2024-06", "explicit"), m("e", "2024-06-20", "publication"), m("f"),
                m("g", "2024-06-19", type="agreement", trigger="署名"), m("h", "2024-10-01", actors=(KIM, XI))]
    expected = deduplicate(mentions)
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert deduplicate(shuffled) == expected


def test_more_agreeing_sources_never_lower_the_confidence():
    one = deduplicate([m("a", "2024-06-19")])[0].confidence
    two = deduplicate([m("a", "2024-06-19"), m("b", "2024-06-19", "publication")])[0].confidence
    assert two >= one


def test_no_dedup_keeps_every_mention():
    assert len(deduplicate([m("a", "2024-06-19"), m("b", "2024-06-19")], enabled=False)) == 2


def test_events_sort_chronologically_with_undated_last():
    yoon = Actor("尹錫悦", "person", "韓国")
    events = deduplicate([m("a", None, actors=(yoon,)), m("b", "2024-06-19"), m("c", "2024-W02", actors=(XI, CN))])
    assert [e.date for e in events] == ["2024-W02", "2024-06-19", None]


@pytest.mark.parametrize("iso, first, last", [
    ("2024-06-19", "2024-06-19", "2024-06-19"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2024", "2024-01-01", "2024-12-31"), ("2024-W02", "2024-01-08", "2024-01-14"),
])
def test_spans(iso, first, last):
    lo, hi = span(iso)
    assert (lo.isoformat(), hi.isoformat()) == (first, last)


def test_a_headline_adds_a_mention_to_its_article_s_event_but_never_an_event():
    from dataclasses import replace

    body = m("a", "2024-06-19")
    headline = replace(m("a", None, trigger="首脳会談"), headline=True, sentence="露朝首脳会談")
    [event] = deduplicate([body, headline])
    assert len(event.mentions) == 2
    # a headline whose article reports no such event adds nothing
    other = replace(m("b", None, trigger="首脳会談"), headline=True)
    assert len(deduplicate([body, other])) == 1 and len(deduplicate([body, other])[0].mentions) == 1


def test_a_mention_that_names_an_earlier_one_again_joins_its_event_whoever_it_names():
    told = m("a", "2015-09-03", type="ceremony", actors=(XI, CN), start=0, trigger="式典")
    again = dataclasses.replace(m("a", "2015-09-03", type="ceremony", actors=(PUTIN, RU), start=40, trigger="式典",
                                  inferred=("date",)), antecedent=0)
    [event] = deduplicate([again, told])
    assert [x.trigger_start for x in event.mentions] == [0, 40]
    assert {a.name for a in event.actors} == {"習近平", "中国", "プーチン", "ロシア"}


def test_one_senders_cards_to_two_people_on_one_day_are_two_events():
    to_putin = dataclasses.replace(m("a", "2024-01-01", type="telegram", actors=(KIM, PUTIN, NK, RU), start=0,
                                     trigger="年賀状"), roles=(("金正恩", "agent"), ("プーチン", "recipient")))
    to_xi = dataclasses.replace(m("a", "2024-01-01", type="telegram", actors=(KIM, XI, NK, CN), start=50,
                                  trigger="年賀状"), roles=(("金正恩", "agent"), ("習近平", "recipient")))
    assert len(deduplicate([to_putin, to_xi])) == 2


@pytest.mark.parametrize("order", [0, 1])
def test_a_mention_told_as_another_one_never_joins_it_whichever_comes_first(order):
    told = m("a", "2025-09-27", actors=(XI, KIM, CN, NK), start=0, surface="XXXX-XX-27")
    another = dataclasses.replace(m("a", "2025-09-27", actors=(KIM, PUTIN, NK, RU), start=40, surface="REF+0D"),
                                  apart_from=0)
    assert len(deduplicate([told, another][::1 if order else -1])) == 2


def test_two_of_a_three_way_summits_leaders_meeting_apart_are_another_event():
    three = dataclasses.replace(m("a", "2015-11-01", actors=(KIM, PUTIN, XI, NK, RU, CN), start=0),
                                parties=("中国", "北朝鮮", "ロシア"))
    two = m("a", "2015-11-01", actors=(KIM, XI, NK, CN), start=40)
    assert len(deduplicate([three, two])) == 2


def test_two_acts_of_type_other_in_one_article_stay_two():
    jp = Actor("日本", "country")
    violation = dataclasses.replace(m("a", "2024-08-26", type="other", actors=(CN, jp), trigger="領空を侵犯"),
                                    cameo="192")
    summoned = dataclasses.replace(m("a", "2024-08-26", type="other", actors=(jp, CN), start=50,
                                     trigger="大使を外務省に呼び"), cameo="111")
    assert len(deduplicate([violation, summoned])) == 2


def test_a_one_to_one_meeting_beside_a_three_way_summit_stays_apart():
    # 3首脳は18日に会談した … 岸田首相は同日、バイデン氏との個別の会談も行い (its parties are its two)
    three = m("a", "2023-08-18", actors=(KIM, PUTIN, XI, NK, RU, CN))
    two = dataclasses.replace(m("a", "2023-08-18", actors=(KIM, PUTIN, NK, RU), start=50), parties=("ロシア", "北朝鮮"))
    for order in ([three, two], [two, three]):
        assert len(deduplicate(order)) == 2
    assert len(deduplicate([three, m("a", "2023-08-18", actors=(KIM, PUTIN, NK, RU), start=50)])) == 1


def test_a_days_launches_listed_one_by_one_in_a_sentence_are_one_launch():
    # 5日午前3時32分1発目のミサイル発射5日午前4時04分2発目のミサイル発射…: one sentence, one day
    shots = [m("a", "2006-07-05", type="launch", actors=(NK,), start=100, trigger="発射") for _ in range(3)]
    shots = [dataclasses.replace(s, trigger_start=100 + 20 * i) for i, s in enumerate(shots)]
    assert len(deduplicate(shots)) == 1
    # … while one sentence's meetings with different people stay apart
    talks = [m("a", "2024-06-19", actors=(KIM, PUTIN, NK, RU), start=0),
             dataclasses.replace(m("a", "2024-06-19", actors=(KIM, XI, NK, CN), start=0), trigger_start=30)]
    assert len(deduplicate(talks)) == 2
