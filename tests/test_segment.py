"""Splitting files into items and sentences, and which date governs which sentence."""
import pytest

from timeline.anchors import govern, line_anchor, url_date
from timeline.models import SourceFile
from timeline.segment import classify_line, sentences, split_items, split_sentences

ITEMS = """# 朝ロ関係

朝ロ首脳会談、最大の関心事
2024.06.18

朝ロ首脳会談、最大の関心事

 18日~19日に予定されているプーチン大統領の北朝鮮訪問の意味を読み解く。

プーチン氏訪朝は「強国建設の歩み」
2024.06.19

プーチン氏訪朝は「強国建設の歩み」

 北朝鮮の朝鮮中央通信は19日、プーチン大統領の訪朝は重要な歩みとなると報じた。
"""

BLOG = """中国を揺さぶる北朝鮮の動き
金正恩総書記が記念式典に出席する方向で調整が進んでいます。
公開日:2023/10/13

✅ 金正恩総書記とプーチン大統領が会談しました。
さらに読む ⇒ニュースサイト出典/画像元: https://mainichi.jp/articles/20230913/k00/00m/030/401000cプーチン大統領の動きは興味深いですね。
その後の展開に注目です。
次の話題
本文です。
"""


def src(text, path="x/a.txt"):
    return SourceFile(path=path, text=text, sha256="0" * 64, encoding="utf-8")


def test_a_file_with_several_date_lines_holds_several_items():
    items = split_items(src(ITEMS))
    assert [i.id for i in items] == ["a#1", "a#2"]
    assert [i.title for i in items] == ["朝ロ首脳会談、最大の関心事", "プーチン氏訪朝は「強国建設の歩み」"]
    assert items[1].text.startswith("プーチン氏訪朝は")
    assert ITEMS[items[1].offset:].startswith(items[1].text)


def test_each_item_is_governed_by_its_own_date_line():
    for item, date in zip(split_items(src(ITEMS)), ["2024-06-18", "2024-06-19"]):
        article, governed = govern(item)
        assert article.published == date
        assert all(g.anchor.date == date and g.strong for g in governed)


def test_a_plain_file_is_one_article():
    [item] = split_items(src("北朝鮮は発表した。\n"))
    assert item.id == "a"


@pytest.mark.parametrize("line, expected", [
    ("公開日:2025/08/28", ("2025-08-28", "published")),
    ("2024.06.19", ("2024-06-19", "item")),
    ("21 Jan 2024 11:01:28 GMT9", ("2024-01-21", "byline")),
    ("北朝鮮は2024年6月19日に署名した。", None),
])
def test_anchor_lines(line, expected):
    assert line_anchor(line) == expected


def test_a_source_cited_at_the_end_dates_the_whole_article():
    text = ("東京電力は7日、記者会見を開いた。" * 5 + "\n"
            "asahi.com『宮城沖で地震』。朝日新聞、2011年4月8日。読売新聞、2011年4月9日。\n")
    article, governed = govern(split_items(src(text))[0])
    assert article.published == "2011-04-09"  # written after the latest source it cites
    assert all(g.anchor.kind == "citation" and g.strong for g in governed)
    # the sources and their titles restate the story: they are no prose of the article's own
    kinds = {g.sentence.text: g.sentence.kind for g in governed}
    assert kinds["東京電力は7日、記者会見を開いた。"] == "body"
    assert kinds["asahi.com『宮城沖で地震』。"] == "reference" and kinds["読売新聞、2011年4月9日。"] == "reference"


@pytest.mark.parametrize("tail, published", [
    # a link to a related article of the same site, added later, is no source
    ("読売新聞、2007年10月20日。『元首相が殺害される』。ウィキニュース、2007年12月28日。", "2007-10-20"),
    # …unless nothing else is cited
    ("『元首相が帰国』。ウィキニュース、2007年10月19日。", "2007-10-19"),
])
def test_a_related_article_of_the_same_site_does_not_date_the_article(tail, published):
    article, _ = govern(split_items(src("ブット元首相は19日、記者会見した。" * 5 + "\n" + tail + "\n"))[0])
    assert article.published == published


def test_a_list_of_sources_is_found_whole():
    # sources with a time (…2009年4月14日11時27分 ( UTC + 9 )。), one after another from before
    # the article's last 40%: the whole list is reference, the body before it is not
    body = "国連安保理は14日、議長声明を採択した。" * 3
    sources = "".join(f"記者{k}『安保理が議長声明{k}』。読売新聞社、2009年4月{k}日11時27分 ( UTC + 9 )。" for k in range(10, 15))
    article, governed = govern(split_items(src(body + sources + "\n"))[0])
    assert article.published == "2009-04-14"
    kinds = [g.sentence.kind for g in governed]
    assert kinds == ["body"] * 3 + ["reference"] * 10


def test_a_date_early_in_the_text_is_not_a_citation():
    text = "同紙は、2011年4月8日。" + "東京電力は7日、記者会見を開いた。" * 5 + "\n"
    article, _ = govern(split_items(src(text))[0])
    assert article.published is None


@pytest.mark.parametrize("text, date", [
    ("https://mainichi.jp/articles/20230913/k00/00m/030/401000c", "2023-09-13"),
    ("https://jp.reuters.com/world/security/BXUGEDGPWJIK-2024-06-20/", "2024-06-20"),
    ("https://example.com/2024/06/20/story.html", "2024-06-20"),
    ("https://www.asahi.com/articles/ASS6M43Y2S6MUHBI02QM.html", None),
])
def test_dates_in_source_urls(text, date):
    assert url_date(text) == date


def test_a_quoted_block_is_dated_by_its_source_url_rather_than_the_repost_date():
    article, governed = govern(split_items(src(BLOG))[0])
    by_text = {g.sentence.text: g for g in governed}
    quote = by_text["金正恩総書記とプーチン大統領が会談しました。"]
    assert (quote.sentence.kind, quote.anchor.date, quote.anchor.kind) == ("quote", "2023-09-13", "url")
    # the writer's prose after the source line is prose, not part of the URL
    assert by_text["プーチン大統領の動きは興味深いですね。"].sentence.kind == "body"
    # a new heading starts a new passage, which the block no longer governs
    assert by_text["本文です。"].anchor is None


@pytest.mark.parametrize("line, kind", [
    ("中国を揺さぶる北朝鮮の動き", "heading"),
    ("金正恩氏訪中、その背景とは?", "heading"),
    ("✅ 中国政府は発表しました。", "quote"),
    ("💡 北朝鮮は関係を強化しています。", "commentary"),
    ("えー!金正恩さんが中国に!?すごいですね!", "reaction"),
    ("さらに読む ⇒朝日新聞デジタル", "reference"),
    ("北朝鮮の金正恩総書記が、祝電を送りました。", "body"),
    ("", "blank"),
])
def test_line_kinds(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line, body", [
    # Wikinews: a box of links to the topic's articles, glued in front of the body
    ("特集 : ドイツ連邦議会2005年選挙すべての記事選挙前の動きケーラー大統領、ドイツ連邦議会を解散"
     "独連立政権交渉、結論は10日の会談へ持ち越し背景解説ドイツの政治 ( 英文 ) 18日、選挙が行われた。",
     ["18日、選挙が行われた。"]),
    ("特集 : 2005年のノーベル賞すべての記事受賞者発表2005年ノーベル賞、発表はじまる背景解説ノーベル賞"
     "7日、委員会は受賞者を発表した。",
     ["7日、委員会は受賞者を発表した。"]),
    # no box: the same words in prose stay body
    ("特集を組んだ新聞は、すべての記事で首脳会談を伝えた。", ["特集を組んだ新聞は、すべての記事で首脳会談を伝えた。"]),
])
def test_a_box_of_related_article_links_is_no_body_text(line, body):
    assert [s.text for s in sentences(line) if s.kind == "body"] == body


def test_sentences_do_not_split_inside_quotes():
    text = "金氏は「新たな高みへ。発展させる」と述べた。次の文。"
    assert [text[a:b] for a, b in split_sentences(text)] == ["金氏は「新たな高みへ。発展させる」と述べた。", "次の文。"]


def test_a_repeated_paragraph_is_flagged():
    body = "ロシア外務省は13日、ラブロフ外相が会談する予定だと明らかにした。\n"
    article, governed = govern(split_items(src(body + "別の文です。\n" + body))[0])
    assert [g.sentence.duplicate for g in governed] == [False, False, True]
