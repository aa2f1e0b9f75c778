"""Roles from the particle after each actor's name, in the clause of the trigger."""
import pytest

from timeline.actors import find_actors, with_countries
from timeline.events import find_triggers
from timeline.roles import assign_roles


def roles(text, trigger):
    actors = with_countries(find_actors(text))
    t = next(t for t in find_triggers(text) if t.text == trigger)
    return dict(assign_roles(text, t.start, t.end, t.type, t.text, actors))


@pytest.mark.parametrize("text, trigger, expected", [
    ("北朝鮮の金正恩総書記が、中国の国慶節に際して習近平国家主席に祝電を送りました。", "祝電",
     {"金正恩": "agent", "北朝鮮": "agent", "習近平": "recipient", "中国": "recipient"}),
    ("プーチン大統領が24年ぶりに北朝鮮を訪問し、金正恩総書記が出迎えた。", "訪問",
     {"プーチン": "agent", "ロシア": "agent", "北朝鮮": "target"}),
    ("プーチン大統領が24年ぶりに北朝鮮を訪問し、金正恩総書記が出迎えた。", "出迎え",
     {"金正恩": "host", "北朝鮮": "host"}),
    ("ラブロフ外相が18日モスクワで中国外交部の王毅部長と会談する予定だ。", "会談",
     {"ラブロフ": "agent", "ロシア": "agent", "王毅": "counterpart", "中国": "counterpart"}),
    # parties named jointly (AとBは): the first named leads
    ("北朝鮮の金正恩(キム・ジョンウン)総書記とロシアのプーチン大統領は19日に首脳会談を行った。", "首脳会談",
     {"金正恩": "agent", "北朝鮮": "agent", "プーチン": "counterpart", "ロシア": "counterpart"}),
    ("金正恩総書記はプーチン大統領と会談した。", "会談",
     {"金正恩": "agent", "北朝鮮": "agent", "プーチン": "counterpart", "ロシア": "counterpart"}),
    ("プーチン大統領の訪朝は重要な歩みとなると報じた。", "訪朝", {"プーチン": "agent", "ロシア": "agent"}),
    ("北朝鮮が19日、金正恩国務委員長が平壌に到着したロシアのプーチン大統領を出迎えたと伝えた。", "到着",
     {"プーチン": "agent", "ロシア": "agent"}),
    ("プーチン大統領は最側近のショイグ書記を北朝鮮に派遣し、重要親書を伝達しました。", "親書",
     {"プーチン": "agent", "ロシア": "agent"}),
    # a name listed before another (with that one's country between) shares its role
    ("岸田文雄首相は21日、バイデン米大統領、韓国の尹錫悦大統領と日米韓首脳会談を行った。", "首脳会談",
     {"岸田文雄": "agent", "日本": "agent", "バイデン": "counterpart", "米国": "counterpart",
      "尹錫悦": "counterpart", "韓国": "counterpart"}),
    # 両首脳 acting together: a subject of an earlier clause takes no role in the pair's act …
    ("金正恩総書記が主催する歓迎式典が開かれ、両首脳は会談した。", "会談", {}),
    # … a topic carries over, and names listed with the pair are the pair
    ("トランプ大統領は27日に来日する予定で、両首脳は28日に会談する。", "会談", {"トランプ": "agent", "米国": "agent"}),
    ("上川外相、木原防衛相両氏は同日、マルコス大統領を表敬訪問した。", "表敬訪問",
     {"上川陽子": "agent", "木原稔": "agent", "日本": "agent", "マルコス": "counterpart", "フィリピン": "counterpart"}),
    # a ceremony's subject who holds it or is honoured by it is its host; whose ceremony it is, too
    ("李在明大統領は4日、国会議事堂で就任宣誓式に臨んだ。", "宣誓式", {"李在明": "host", "韓国": "host"}),
    ("北朝鮮は10日、軍事パレードを行った。", "軍事パレード", {"北朝鮮": "host"}),
    ("尹錫悦大統領の就任式には林芳正外相が出席した。", "就任式", {"尹錫悦": "host", "韓国": "host"}),
    ("金正恩総書記は記念式典に出席した。", "記念式典", {"金正恩": "agent", "北朝鮮": "agent"}),
    # two of one side named together both act
    ("上川陽子外相と木原稔防衛相はマルコス大統領を表敬訪問した。", "表敬訪問",
     {"上川陽子": "agent", "木原稔": "agent", "日本": "agent", "マルコス": "counterpart", "フィリピン": "counterpart"}),
    # an aside in brackets with spaces around it (Wikinews: 国際連合安全保障理事会 ( 略 : 国連安保理 ) は)
    ("国際連合安全保障理事会 ( 略 : 国連安保理 ) は、北朝鮮を非難する議長声明を採択した。", "声明",
     {"国連安全保障理事会": "agent"}),
])
def test_roles(text, trigger, expected):
    assert roles(text, trigger) == expected


def _actors(*spec):
    from timeline.models import Actor

    return tuple(Actor(name, kind, country) for name, kind, country in spec)


PUTIN, KIM = ("プーチン", "person", "ロシア"), ("金正恩", "person", "北朝鮮")
RUSSIA, NK, CHINA = ("ロシア", "country", None), ("北朝鮮", "country", None), ("中国", "country", None)


@pytest.mark.parametrize("event_type, actors, given, expected", [
    # a country takes its person's role
    ("meeting", (PUTIN, KIM, RUSSIA, NK), (("プーチン", "agent"), ("金正恩", "counterpart")),
     {"プーチン": "agent", "金正恩": "counterpart", "ロシア": "agent", "北朝鮮": "counterpart"}),
    # a person the words gave no role: counterpart once there is an agent …
    ("meeting", (PUTIN, KIM), (("プーチン", "agent"),), {"プーチン": "agent", "金正恩": "counterpart"}),
    # … else the first is the agent
    ("meeting", (PUTIN, KIM), (), {"プーチン": "agent", "金正恩": "counterpart"}),
    ("telegram", (KIM, PUTIN), (("金正恩", "agent"),), {"金正恩": "agent", "プーチン": "recipient"}),
    # countries with none of their people named are parties like people (中国とインドは…合意した)
    ("agreement", (CHINA, RUSSIA, NK), (), {"中国": "agent", "ロシア": "counterpart", "北朝鮮": "counterpart"}),
    ("meeting", (PUTIN, RUSSIA, CHINA), (("プーチン", "agent"),),
     {"プーチン": "agent", "ロシア": "agent", "中国": "counterpart"}),
    # every participant of an exercise acts
    ("exercise", (RUSSIA, CHINA), (), {"ロシア": "agent", "中国": "agent"}),
    # a ceremony's country with none of its people there is the one holding it
    ("ceremony", (KIM, NK, CHINA), (), {"金正恩": "agent", "北朝鮮": "agent", "中国": "host"}),
    # parties named jointly with no subject (AとB、Cとの会談): the first named leads
    ("meeting", (KIM, PUTIN, NK, RUSSIA), (("金正恩", "counterpart"), ("プーチン", "counterpart"), ("北朝鮮", "counterpart")),
     {"金正恩": "agent", "北朝鮮": "agent", "プーチン": "counterpart", "ロシア": "counterpart"}),
    # parties listed together (A、B、Cは…会談した): the first leads
    ("meeting", (PUTIN, KIM, RUSSIA, NK), (("プーチン", "agent"), ("金正恩", "agent"), ("ロシア", "agent"),
                                           ("北朝鮮", "agent")),
     {"プーチン": "agent", "ロシア": "agent", "金正恩": "counterpart", "北朝鮮": "counterpart"}),
    # every party of an exercise acts, whatever the particle said
    ("exercise", (RUSSIA, CHINA), (("ロシア", "agent"), ("中国", "counterpart")), {"ロシア": "agent", "中国": "agent"}),
    # a visit with no visitor read from the words: the first person not of the visited country …
    ("visit", (KIM, PUTIN, NK, RUSSIA), (("ロシア", "target"),),
     {"金正恩": "agent", "北朝鮮": "agent", "プーチン": "host", "ロシア": "target"}),
    # … and otherwise its roles are not guessed …
    ("visit", (PUTIN, KIM), (("プーチン", "agent"),), {"プーチン": "agent"}),
    # … but once the visitor is known, the countries given no role are the ones visited
    ("visit", (PUTIN, RUSSIA, NK, CHINA), (("プーチン", "agent"),),
     {"プーチン": "agent", "ロシア": "agent", "北朝鮮": "target", "中国": "target"}),
    # … but whoever of the visited country is there receives the visitor
    ("visit", (PUTIN, KIM, RUSSIA, NK), (("プーチン", "agent"), ("北朝鮮", "target")),
     {"プーチン": "agent", "ロシア": "agent", "金正恩": "host", "北朝鮮": "target"}),
])
def test_complete_roles(event_type, actors, given, expected):
    from timeline.roles import complete_roles

    assert dict(complete_roles(event_type, _actors(*actors), given)) == expected


@pytest.mark.parametrize("text, trigger, gone", [
    # the meeting has its parties: who gave the instruction is no party to it
    ("安倍晋三首相の指示を受けた岸田文雄外相は28日、尹炳世外相と会談した。", "会談", {"安倍晋三"}),
    # without a counterpart it is not complete: nobody is dropped
    ("安倍晋三首相の指示を受けた岸田文雄外相は28日、会談した。", "会談", set()),
])
def test_bystanders_of_a_complete_event_are_dropped(text, trigger, gone):
    from timeline.roles import without_bystanders

    actors = with_countries(find_actors(text))
    t = next(t for t in find_triggers(text) if t.text == trigger)
    given = assign_roles(text, t.start, t.end, t.type, t.text, actors)
    kept = {a.name for a in without_bystanders(t.type, actors, given, text, t.start)}
    assert {a.name for a in actors if a.kind == "person"} - kept == gone


@pytest.mark.parametrize("trigger, expected", [
    # a welcome ceremony is held by the welcomer and honours the guest: both are its hosts
    ("歓迎式典", {"金正恩": "host", "北朝鮮": "host", "プーチン": "host", "ロシア": "host"}),
    # any other ceremony: the holder hosts, whoever attends acts
    ("記念式典", {"金正恩": "host", "北朝鮮": "host", "プーチン": "agent", "ロシア": "agent"}),
])
def test_a_ceremony_honouring_its_guest_has_every_party_as_host(trigger, expected):
    from timeline.roles import complete_roles

    given = (("金正恩", "host"), ("プーチン", "agent"))
    assert dict(complete_roles("ceremony", _actors(KIM, PUTIN, NK, RUSSIA), given, trigger)) == expected
