"""The seed articles' timeline: the events a reader of these five files must find, each once."""
import pytest

pytestmark = pytest.mark.nlp


def people(e):
    return {a["name"] for a in e["actors"] if a["kind"] == "person"}


def find(doc, type, date_prefix, who, **extra):
    out = [e for e in doc["events"] if e["type"] == type and (e["date"] or "").startswith(date_prefix)
           and who <= people(e)]
    for key, want in extra.items():
        out = [e for e in out if want(e[key])]
    return out


@pytest.mark.parametrize("type, date, who, check", [
    ("meeting", "2023-09-13", {"金正恩", "プーチン"}, lambda e: "ボストーチヌイ宇宙基地" in e["locations"]),
    ("visit", "2024-06-19", {"プーチン"}, lambda e: "平壌" in e["locations"]),
    ("meeting", "2024-06-19", {"金正恩", "プーチン"}, lambda e: "平壌" in e["locations"]),
    ("agreement", "2024-06-19", {"金正恩", "プーチン"}, lambda e: True),
    ("telegram", "2024-10-01", {"金正恩", "習近平"}, lambda e: any("国慶節" in m["sentence"] for m in e["mentions"])),
    ("ceremony", "2025-09-03", {"金正恩"}, lambda e: e["status"] == "planned" and "北京" in e["locations"]),
    ("launch", "2024-01-14", set(), lambda e: True),
])
def test_each_key_event_is_there_exactly_once(seeds_json, type, date, who, check):
    found = find(seeds_json, type, date, who)
    assert len(found) == 1, [(e["date"], e["title"]) for e in find(seeds_json, type, date[:4], who)]
    assert found[0]["date"] == date
    assert check(found[0])


def test_the_telegram_exchange_for_75_years_of_ties_is_dated_october_2024(seeds_json):
    found = [e for e in seeds_json["events"] if e["type"] == "telegram"
             and any("交換" in m["sentence"] for m in e["mentions"])]
    assert len(found) == 1
    assert found[0]["date"].startswith("2024-10")
    assert people(found[0]) == {"金正恩", "習近平"}


def test_the_vostochny_summit_gathers_the_reports_of_four_articles(seeds_json):
    [summit] = find(seeds_json, "meeting", "2023-09-13", {"金正恩", "プーチン"})
    assert {m["source"][:3] for m in summit["mentions"]} == {"001", "002", "003", "004"}
    # 002 dates it only as 「13日」: the date comes from the other articles
    borrowed = [m for m in summit["mentions"] if m["source"].startswith("002")]
    assert borrowed and all(m["date_basis"] == "cross_document" for m in borrowed)
    assert any("この日" in m["sentence"] for m in borrowed)


def test_no_event_takes_its_date_from_a_heading_that_does_not_govern_it(seeds_json):
    treaties = [e["date"] for e in seeds_json["events"] if e["type"] == "agreement"
                and {"金正恩", "プーチン"} & people(e)]
    assert treaties and all(d.startswith("2024") for d in treaties if d)
    summits = find(seeds_json, "meeting", "2023-10", {"金正恩", "プーチン"})
    assert summits == []


def test_no_undated_duplicate_of_the_two_kim_putin_summits(seeds_json):
    assert find(seeds_json, "meeting", "", {"金正恩", "プーチン"}, date=lambda d: d is None) == []


def test_the_repeated_body_of_002_adds_mentions_not_events(seeds_json):
    """002 repeats its body verbatim: each repeated sentence is a second mention of the same event."""
    repeated = 0
    for e in seeds_json["events"]:
        offsets = [(m["source"], m["start"]) for m in e["mentions"]]
        assert len(offsets) == len(set(offsets)), e["title"]
        by_sentence = {}
        for m in e["mentions"]:
            if m["source"].startswith("002"):
                by_sentence.setdefault(m["sentence"], []).append(m["start"])
        repeated += sum(len(starts) == 2 for starts in by_sentence.values())
    assert repeated >= 3  # the copies sit beside their originals, in the same events


def test_every_source_is_listed_with_its_publication_date(seeds_json):
    published = {s["id"]: s["published"] for s in seeds_json["sources"]}
    assert published["004_be590ba1662e1276"] == "2024-01-21"
    assert published["003_43d8d869bde7ca07#4"] == "2024-06-20"
    assert len([s for s in published if s.startswith("003")]) == 10
    assert published["002_499b390a2f7fc1f3"] is None


def test_every_event_keeps_its_evidence(seeds_json):
    sources = {s["id"] for s in seeds_json["sources"]}
    for e in seeds_json["events"]:
        assert e["mentions"]
        for m in e["mentions"]:
            assert m["source"] in sources and m["trigger"] and m["end"] > m["start"]


def test_mention_offsets_point_at_the_sentence_in_the_file(seeds_json):
    from conftest import ROOT

    by_id = {s["id"]: s for s in seeds_json["sources"]}
    for e in seeds_json["events"]:
        for m in e["mentions"]:
            src = by_id[m["source"]]
            text = (ROOT / src["path"]).read_text(encoding="utf-8")
            assert text[src["offset"] + m["start"]:src["offset"] + m["end"]] == m["sentence"]


def test_no_event_stands_on_a_headline_a_question_or_a_commentary_line(seeds_json):
    for e in seeds_json["events"]:
        assert any(not m["headline"] for m in e["mentions"]), e["title"]
        for m in e["mentions"]:
            assert not m["sentence"].rstrip("」』").endswith(("?", "？")), m["sentence"]
            assert not m["sentence"].startswith(("えー", "💡")), m["sentence"]
