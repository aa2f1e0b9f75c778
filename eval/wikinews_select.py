"""Choose the real articles of eval/wikinews.jsonl from the Wikinews benchmark corpus.

    python eval/wikinews_select.py OUT.jsonl [--n 30] [--offset 0]

The articles are Japanese Wikinews texts (CC BY 2.5, © Japanese Wikinews contributors;
../shared/bench/README.md), restored to running text by bench/wikinews.py. An article is
chosen when it is 300–1,500 characters long, names at least two event words of the kinds
the tool extracts and at least three leaders, governments or states of East-Asian
diplomacy, and is not mainly about a disaster, an accident, sport, crime or trade (two such
words, or one in the headline); N of them in corpus order, after the first OFFSET chosen
(eval/wikinews.jsonl: offset 0; eval/wikinews2.jsonl: offset 30). Only 64 articles pass that
test; `--wide` adds, after them, articles up to 3,000 characters that name two East-Asian
actors or three political words of any country (98 in all; eval/wikinews3.jsonl:
--wide --offset 60); `--broad` adds, after those, articles that name a single event word
(eval/wikinews4.jsonl: --broad --offset 90, the last 8 wide ones and 22 broad ones). Each line is {"id": "w<corpus id>", "text": ..., "events": [], "not_events": []},
for annotators to fill under eval/README.md's conventions.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from wikinews import articles  # noqa: E402

EVENT_WORDS = re.compile(r"首脳会談|外相会談|会談|訪問|署名|調印|祝電|書簡|発射|演習|派遣|声明|就任|式典|協定|条約")
DIPLOMACY = re.compile(r"北朝鮮|韓国|中国|ロシア|米国|アメリカ|日本政府|首相|大統領|外相|国家主席|総書記|国防委員長|"
                       r"金正日|金正恩|胡錦濤|温家宝|習近平|プーチン|メドベージェフ|オバマ|ブッシュ|李明博|盧武鉉|朴槿恵")
OFF_TOPIC = re.compile(r"地震|津波|台風|事故|火災|噴火|選手|試合|優勝|逮捕|殺人|容疑|訃報|野球|紙幣|取引")
POLITICS = re.compile(r"首相|大統領|政府|外相|外務|国務長官|首脳|国連|議会|大使|国家主席|総書記")


def _on_topic(text: str) -> bool:
    return len(OFF_TOPIC.findall(text)) < 2 and not OFF_TOPIC.search(text.split("\n", 1)[0])


def _strict(text: str) -> bool:
    return (300 <= len(text) <= 1500 and _on_topic(text)
            and len(EVENT_WORDS.findall(text)) >= 2 and len(DIPLOMACY.findall(text)) >= 3)


def _wide(text: str) -> bool:
    return (300 <= len(text) <= 3000 and _on_topic(text) and len(EVENT_WORDS.findall(text)) >= 2
            and (len(DIPLOMACY.findall(text)) >= 2 or len(POLITICS.findall(text)) >= 3))


def _broad(text: str) -> bool:
    return (300 <= len(text) <= 3000 and _on_topic(text) and len(EVENT_WORDS.findall(text)) >= 1
            and (len(DIPLOMACY.findall(text)) >= 2 or len(POLITICS.findall(text)) >= 3))


def chosen(n: int, offset: int = 0, wide: bool = False, broad: bool = False) -> list[tuple[str, str]]:
    """The strict choice in corpus order; with `wide`, followed by the articles only the wide
    test admits, and with `broad` by those only the broad test admits, each in corpus order (so
    the earlier tiers' offsets stay where they were)."""
    strict, extra, more = [], [], []
    for ident, text in articles():
        if _strict(text):
            strict.append((ident, text))
        elif (wide or broad) and _wide(text):
            extra.append((ident, text))
        elif broad and _broad(text):
            more.append((ident, text))
        if not wide and not broad and len(strict) >= offset + n:
            break
    return (strict + extra + more)[offset:offset + n]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--wide", action="store_true",
                    help="after the strict choice (64 articles), also longer articles (to 3,000 "
                         "characters) and world politics beyond East Asia")
    ap.add_argument("--broad", action="store_true",
                    help="after the wide choice (98 articles), also articles with a single event word")
    args = ap.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as f:
        for ident, text in chosen(args.n, args.offset, args.wide, args.broad):
            f.write(json.dumps({"id": f"w{ident}", "text": text, "events": [], "not_events": []},
                               ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
