"""The data files under timeline/data: every entry well-formed and unambiguous."""
import re
import tomllib
from collections import Counter
from importlib import resources

from timeline.lexicon import (DATA_FILES, EVENT_TYPES, load_actors, load_calendar, load_layout, load_places,
                              load_status, load_triggers, lexicon_version)


def _data(name: str) -> dict:
    return tomllib.loads(resources.files("timeline.data").joinpath(name).read_text(encoding="utf-8"))


def test_every_trigger_has_a_known_type_and_a_valid_pattern():
    for t in load_triggers():
        assert t["type"] in EVENT_TYPES
        assert re.compile(t.get("pattern") or re.escape(t["text"]))
        assert all(re.compile(t[k]) for k in ("needs", "not_after") if k in t)
        assert set(t) <= {"text", "type", "cameo", "pattern", "needs", "not_after", "weight", "target", "status",
                          "apart", "occasion", "multilateral"}
        assert t.get("apart", False) in (True, False) and t.get("multilateral", False) in (True, False)
        assert t.get("status") in (None, "planned", "uncertain")
        assert t.get("cameo", "").isdigit()


def test_every_event_type_has_a_trigger():
    assert {t["type"] for t in load_triggers()} == set(EVENT_TYPES)


def test_no_trigger_is_listed_twice():
    dup = [k for k, n in Counter(t["text"] for t in load_triggers()).items() if n > 1]
    assert dup == []


def test_no_alias_points_to_two_actors():
    owners = {}
    for a in load_actors()["actor"]:
        for alias in [a["name"], *a.get("aliases", []), *a.get("abbrev", [])]:
            assert owners.setdefault(alias, a["name"]) == a["name"], f"{alias} names {owners[alias]} and {a['name']}"


def test_every_country_of_an_actor_or_place_is_an_actor():
    """A person's side is a country, or for international officials an organisation (グテレス → 国連)."""
    countries = {a["name"] for a in load_actors()["actor"] if a["kind"] == "country"}
    sides = countries | {a["name"] for a in load_actors()["actor"] if a["kind"] == "organization"}
    for a in load_actors()["actor"]:
        if a.get("country"):
            assert a["country"] in (sides if a["kind"] == "person" else countries), a["name"]
    for p in load_places():
        if p.get("country") and not p.get("region"):
            assert p["country"] in countries, p["name"]


def test_every_place_within_another_names_a_known_place():
    names = {p["name"] for p in load_places()}
    assert all(p["within"] in names for p in load_places() if p.get("within"))


def test_calendar_and_status_and_layout_load():
    assert {e["name"] for e in load_calendar()["era"]} >= {"令和", "平成", "昭和"}
    assert set(load_status()) == {"planned", "uncertain", "negated", "past", "happened_before", "planned_before", "generic",
                                 "generic_before", "undated_reference", "reference_point", "planned_reference_point",
                                 "counted_from"}
    assert {"quote", "commentary", "reaction", "reference", "published", "question"} <= set(load_layout())


def test_the_lexicon_version_is_stable():
    assert lexicon_version() == lexicon_version() and len(lexicon_version()) == 12


def test_every_data_file_counts_in_the_lexicon_version():
    files = {f.name for f in resources.files("timeline.data").iterdir() if f.name.endswith(".toml")}
    assert set(DATA_FILES) == files


def test_countries_toml_only_adds_countries_not_defined_elsewhere():
    known = set()
    for a in [*_data("actors.toml")["actor"], *_data("officials.toml").get("country", []),
              *_data("officials.toml").get("person", []), *load_places()]:
        known |= {a["name"], *a.get("aliases", []), *a.get("abbrev", [])}
    names = Counter(c["name"] for c in _data("countries.toml")["country"])
    assert [n for n, k in names.items() if k > 1] == []
    for c in _data("countries.toml")["country"]:
        assert c["name"] in c["aliases"], c["name"]
        for alias in [c["name"], *c["aliases"]]:
            assert len(alias) >= 2 and alias not in known, f"{c['name']}: {alias}"
        assert all(len(ab) == 1 and ab not in known for ab in c.get("abbrev", [])), c["name"]


def test_merged_countries_are_countries():
    actors = {a["name"]: a for a in load_actors()["actor"]}
    for c in [*_data("officials.toml").get("country", []), *_data("countries.toml")["country"]]:
        assert actors[c["name"]]["kind"] == "country"


def test_organizations_toml_keeps_ambiguous_forms_out_of_the_aliases():
    """A form naming organisations of several countries (民主党) is listed under `ambiguous` and
    resolved by the country the passage is about; it is never a plain alias of anyone."""
    aliases = {al for a in load_actors()["actor"] for al in [a["name"], *a.get("aliases", [])]}
    places = {al for p in load_places() for al in [p["name"], *p.get("aliases", [])]}
    for o in _data("organizations.toml")["organization"]:
        assert o["category"] in ("party", "movement", "international", "agency", "company"), o["name"]
        assert all(len(al) >= 2 and al not in places for al in o.get("aliases", [])), o["name"]
        assert not set(o.get("ambiguous", [])) & aliases, o["name"]


def test_no_place_or_organization_is_listed_twice():
    for names in ([p["name"] for p in load_places()],
                  [o["name"] for o in _data("organizations.toml")["organization"]]):
        assert [n for n, k in Counter(names).items() if k > 1] == []
