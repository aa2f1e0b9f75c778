"""Load the language knowledge kept in ``timeline/data/*.toml``.

Every loader is cached: the files are read once per process. A malformed file
raises LexiconError naming the file and the entry.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from functools import lru_cache
from importlib import resources

from .errors import LexiconError

DATA_FILES = ("triggers.toml", "actors.toml", "officials.toml", "countries.toml", "organizations.toml", "places.toml",
              "calendar.toml", "status.toml", "layout.toml", "roles.toml", "confidence.toml")
ORGANIZATION_CATEGORIES = ("party", "movement", "international", "agency", "company")
EVENT_TYPES = ("meeting", "visit", "agreement", "telegram", "ceremony", "launch", "dispatch",
               "exercise", "election", "statement", "other")
ACTOR_KINDS = ("person", "country", "organization")


def _load(name: str) -> dict:
    try:
        text = resources.files("timeline.data").joinpath(name).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"timeline/data/{name}: {exc}") from exc


@lru_cache(maxsize=None)
def load_calendar() -> dict:
    return _load("calendar.toml")


@lru_cache(maxsize=None)
def load_status() -> dict[str, tuple[re.Pattern, ...]]:
    data = _load("status.toml")
    return {key: tuple(re.compile(p) for p in patterns) for key, patterns in data.items()}


@lru_cache(maxsize=None)
def load_roles() -> dict:
    return _load("roles.toml")


@lru_cache(maxsize=None)
def load_layout() -> dict[str, tuple[re.Pattern, ...]]:
    data = _load("layout.toml")
    return {key: tuple(re.compile(p) for p in patterns) for key, patterns in data.items()}


@lru_cache(maxsize=None)
def load_triggers() -> tuple[dict, ...]:
    entries = _load("triggers.toml").get("trigger", [])
    for i, t in enumerate(entries):
        if t.get("type") not in EVENT_TYPES:
            raise LexiconError(f"timeline/data/triggers.toml: trigger #{i + 1} ({t.get('text')}) has unknown type {t.get('type')!r}")
        if not t.get("text"):
            raise LexiconError(f"timeline/data/triggers.toml: trigger #{i + 1} has no text")
    return tuple(entries)


@lru_cache(maxsize=None)
def load_confidence() -> dict:
    """The confidence model's weights (confidence.toml, written by eval/train_confidence.py)."""
    model = _load("confidence.toml")
    if not isinstance(model.get("bias"), (int, float)) or not isinstance(model.get("weights"), dict):
        raise LexiconError("timeline/data/confidence.toml: needs a number `bias` and a [weights] table")
    bad = [k for k, v in [*model["weights"].items(), *model.get("fixed", {}).items()] if not isinstance(v, (int, float))]
    if bad:
        raise LexiconError(f"timeline/data/confidence.toml: weight {bad[0]!r} is not a number")
    return model


@lru_cache(maxsize=None)
def load_officials() -> dict:
    """Office holders with their terms (officials.toml); empty when the file is absent."""
    if not resources.files("timeline.data").joinpath("officials.toml").is_file():
        return {}
    return _load("officials.toml")


@lru_cache(maxsize=None)
def load_actors() -> dict:
    """actors.toml, with the people and countries of officials.toml, the countries of
    countries.toml and the organisations of organizations.toml merged in (aliases joined)."""
    data = _load("actors.toml")
    names: dict[str, dict] = {}
    for a in data.get("actor", []):
        if a.get("kind") not in ACTOR_KINDS:
            raise LexiconError(f"timeline/data/actors.toml: {a.get('name')} has unknown kind {a.get('kind')!r}")
        if a["name"] in names:
            raise LexiconError(f"timeline/data/actors.toml: {a['name']} is listed twice")
        names[a["name"]] = a
    officials = load_officials()
    countries = [*officials.get("country", []), *_load("countries.toml").get("country", [])]
    extra = [dict(c, kind="country") for c in countries]
    extra += [{"name": p["name"], "kind": "person", "country": p.get("country"), "aliases": p.get("aliases", [])}
              for p in officials.get("person", [])]
    extra += _organizations()
    for a in extra:
        if a["name"] in names:
            known = names[a["name"]]
            known["aliases"] = list(dict.fromkeys([*known.get("aliases", []), *a.get("aliases", [])]))
        else:
            names[a["name"]] = a
            data.setdefault("actor", []).append(a)
    variants = data.get("title_variants", {})
    for a in data.get("actor", []):
        if a.get("kind") == "person" and variants:
            a["aliases"] = list(dict.fromkeys(_with_title_variants(a.get("aliases", []), variants)))
    return data


def _organizations() -> list[dict]:
    """organizations.toml's parties, movements, bodies and companies, as actors of kind organization."""
    out = []
    for o in _load("organizations.toml").get("organization", []):
        if o.get("category") not in ORGANIZATION_CATEGORIES:
            raise LexiconError(f"timeline/data/organizations.toml: {o.get('name')} has unknown category {o.get('category')!r}")
        out.append({"name": o["name"], "kind": "organization", "category": o["category"], "country": o.get("country"),
                    "aliases": o.get("aliases", []), "ambiguous": o.get("ambiguous", [])})
    return out


def _with_title_variants(aliases: list[str], variants: dict[str, list[str]]) -> list[str]:
    """林外相 → also 林外務大臣: each alias that ends in a title, with that title's other forms
    (actors.toml ``title_variants``)."""
    out = list(aliases)
    for alias in aliases:
        for short, longs in variants.items():
            if alias.endswith(short) and len(alias) > len(short):
                out += [alias[:-len(short)] + long for long in longs]
    return out


@lru_cache(maxsize=None)
def load_places() -> tuple[dict, ...]:
    return tuple(_load("places.toml").get("place", []))


@lru_cache(maxsize=None)
def load_place_rules() -> dict:
    """places.toml's rules for tidying place names found by the model."""
    data = _load("places.toml")
    return {k: tuple(data.get(k, ())) for k in ("entity_prefixes", "entity_suffixes", "not_places")}


@lru_cache(maxsize=None)
def lexicon_version() -> str:
    """A hash of every data file: changes whenever the language knowledge changes."""
    h = hashlib.sha256()
    for name in DATA_FILES:
        f = resources.files("timeline.data").joinpath(name)
        if f.is_file():
            h.update(f.read_bytes())
    return h.hexdigest()[:12]
