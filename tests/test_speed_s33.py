"""What the speed work of the thirty-third pass skips or remembers gives exactly what computing it in full gives.

Each shortcut has a module switch (speed only); the tests compare the answers with the switch on and off, on
sentences written for these tests.
"""

from __future__ import annotations

from marsad.agent.offline import frames
from marsad.agent.offline.context import bare, build_context
from marsad.agent.offline.mentions import get_gazetteer
from marsad.schemas import Document

_TEXT = ("انفجار سيارة مفخخة قرب سوق في بعقوبة\n"
         "قتل أربعة مدنيين وأصيب تسعة آخرون بانفجارعبوة ناسفة زرعها مجهولون قرب سوق شعبي في مدينة بعقوبة، الثلاثاء، "
         "في هجوم هو الثاني خلال أسبوع. "
         "ولقي شرطيان مصرعهما، الأحد، في قصف مدفعي استهدف حاجزا أمنيا جنوب المدينة، فيما فجر انتحاريان نفسيهما "
         "عند مدخل مركز للشرطة. "
         "وقالت مصادر أمنية إن مسلحين أطلقوا النار على دورية للجيش بعد يومين من الهجوم الانتحاري الذي استهدف المركز، "
         "كما استهدفت طائرات حربية مواقع للمسلحين شرق المحافظة. "
         "وكان أحد أعنف الهجمات دموية قد ضرب المدينة في الشهر الماضي، حيث قتل 12 شخصا، ثم ارتفعت حصيلة القتلى إلى 15. "
         "وعثر على جثث ثلاثة أشخاص مقتولين بالرصاص في بستان قريب.")


def _frames_of(ctx):
    return [[(f.i, f.j, f.lo, f.hi, tuple(f.concepts), tuple(f.types), f.after_mark, f.battle_told, f.toll_only)
             for f in frames.find_frames(ctx, si)] for si in range(len(ctx.sentences))]


def test_frames_loop_over_words_that_may_open_gives_the_same_frames(monkeypatch):
    ctx = build_context(Document(doc_id="t33", text=_TEXT), get_gazetteer())
    fast = _frames_of(ctx)
    monkeypatch.setattr(frames, "SKIP_QUIET_TOKENS", False)
    plain = _frames_of(ctx)
    assert fast == plain
    assert sum(map(len, fast)) >= 4
    assert frames._MAY_OPEN["بانفجارعبوه"]  # an event word glued to the next opens a frame
    assert not frames._MAY_OPEN["بستان"]


def test_death_close_per_word_is_the_bare_forms_test():
    for w in ["مصرعهما", "ومصرعه", "مصرعهم", "بستان", "المدينه"]:
        assert frames._DEATH_CLOSE_WORD[w] == any(b in frames._DEATH_CLOSE for b in bare(w))


def test_has_from_the_word_table_is_the_bare_forms_test(monkeypatch):
    from marsad.agent.offline import roles_cues

    words = ["وقال", "مسؤول", "إن", "الجماعة", "تبنت", "الهجوم", "وللمسلحين", "صلة", "بالتنظيم", "ولم", "تنف", "الحركة", "ذلك"]
    vocabs = [frozenset({"تبنت", "التنظيم"}), frozenset({"المسلحين"}), frozenset({"نفي", "تنف"}), frozenset()]
    cases = [(lo, hi, v) for v in vocabs for lo in range(-2, len(words) + 2) for hi in range(-1, len(words) + 3)]
    fast = [roles_cues._has(words, lo, hi, v) for lo, hi, v in cases]
    assert fast == [roles_cues._has(words, lo, hi, v) for lo, hi, v in cases]  # again, from the tables
    monkeypatch.setattr(roles_cues, "BARE_HITS", False)
    assert fast == [roles_cues._has(words, lo, hi, v) for lo, hi, v in cases]
    assert any(fast) and not all(fast)
    assert roles_cues._has(words, 0, len(words), {"بالتنظيم"})  # a plain set is still read


def test_event_marks_guard_gives_the_same_marks(monkeypatch):
    from marsad.agent.offline import attacks_cues
    from marsad.core.arabic import normalize

    texts = ["قتل ثلاثة جنود في كمين غداة هجوم على قاعدة قريبة",
             "وأصيب مدنيان بانفجار عبوة بعد يومين من تفجير سوق المدينة",
             "قصفت المدفعية مواقع المسلحين وردا على ذلك أطلقوا قذائف",
             "وقبل ساعات قليلة من الهجوم وصلت تعزيزات إلى البلدة",
             "وفي عشية الانتخابات انفجرت سيارة مفخخة",
             "ولغداة الأحداث وقع بالغداة",
             "قال مسؤول محلي إن الوضع هادئ في المدينة"]
    sents = [normalize(t).split() for t in texts]
    args = [(True, False), (False, False), (True, True), (False, True)]
    fast = [attacks_cues.other_event_marks(w, a, b) for w in sents for a, b in args]
    monkeypatch.setattr(attacks_cues, "MARK_GUARD", False)
    assert fast == [attacks_cues.other_event_marks(w, a, b) for w in sents for a, b in args]
    assert sum(map(bool, fast)) >= 6 and not any(fast[-4:])


_PLACES_TEXT = ("قال مصدر أمني في شرطة محافظة ديالى إن قذيفة هاون سقطت على شارع بغداد في مدينة بعقوبة، "
                "وأخرى في الخالص والمقدادية، فيما انفجرت عبوة ناسفة قرب غرفة العمليات المشتركة في قضاء بلدروز. "
                "وأعلنت وزارتي الداخلية والدفاع أن الجيش العراقي وقوات الحشد الشعبي بدأت عملية أمنية واسعة "
                "في حوض حمرين وفي كركوك وصلاح الدين ونينوى، بعد هجوم شنه مسلحون على قرية الصدور.")


def test_glossary_read_plainly_and_street_words_give_the_same_mentions(monkeypatch):
    from marsad.agent.offline import mentions
    from marsad.agent.offline.text import split_document

    gaz = get_gazetteer()
    sentences = split_document(_PLACES_TEXT)
    fast = [(gaz.find(s), gaz.find(s, "glossary")) for s in sentences]
    monkeypatch.setattr(mentions, "PLAIN_TABLES", False)
    monkeypatch.setattr(mentions, "_STREET_WORD", {})  # no table: every street test computed again
    monkeypatch.setattr(mentions.Gazetteer, "_find_plain", None)  # (never reached with the switch off)

    class _Computed(dict):
        def __missing__(self, word):
            return any(b in mentions._STREET_NOUNS for b in mentions._bare_forms(word))

    monkeypatch.setattr(mentions, "_STREET_WORD", _Computed())
    plain = [(gaz.find(s), gaz.find(s, "glossary")) for s in sentences]
    assert fast == plain
    assert any(m.kind == "places" for ms, _ in fast for m in ms)
    assert sum(len(g) for _, g in fast) >= 3  # glossary terms (mortar, explosive device, operation ...)
    assert all(m.kind == "glossary" for entries in gaz._phrases["glossary"].values() for _, m in entries)


_PERSONS_TEXT = ("وقال وزير الداخلية العراقي، قاسم الأعرجي، إن القوات الأمنية اعتقلت المدعو أبو حفص الجبوري. "
                 "وأكد المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول أن الطيران العراقي قصف مواقع للتنظيم. "
                 "والتقى رئيس مجلس النواب، سليم الجبوري، والنائب الكردي ريناس جانو، بوفد من المحافظة. "
                 "وقالت مديرة المنظمة الأممية في بغداد، ليز غراندي، إن المساعدات وصلت إلى النازحين في المخيمات "
                 "التي زارها محافظ الأنبار صهيب الراوي مع قائد الشرطة اللواء هادي رزيج كسار.")


def test_role_window_gives_the_same_persons(monkeypatch):
    from marsad.agent.offline import actors_persons

    ctx = build_context(Document(doc_id="t33p", text=_PERSONS_TEXT), get_gazetteer())
    fast = actors_persons.find_persons(ctx.sentences, ctx.mentions)
    monkeypatch.setattr(actors_persons, "ROLE_WINDOW", False)
    plain = actors_persons.find_persons(ctx.sentences, ctx.mentions)
    assert fast == plain
    assert len(fast) >= 5
    words = ["قال", "وزير", "الداخلية", "إن", "الشرطة", "اعتقلت", "عشرة", "رجال", "في", "حي", "قريب", "من", "السوق"]
    assert actors_persons._near_roles(words) == list(range(2, 13))  # 11 words after "وزير" (a long title's reach)
    monkeypatch.setattr(actors_persons, "_LONG_TITLE", False)
    assert actors_persons._near_roles(words) == list(range(2, 10))


def test_foreign_places_from_candidate_words_are_the_same(monkeypatch):
    from marsad.agent.offline import scope
    from marsad.core.arabic import normalize

    texts = ["قصفت طائرات حربية مواقع في دير الزور وفي سوريا وبتركيا قرب الحدود مع الأنبار",
             "وصل الوفد إلى ناحية أبي صيدا قادما من غزة ولبنان وبالأردن",
             "قال مسؤول في محافظة نينوى إن الهجوم وقع في قضاء سنجار"]
    words = [normalize(t).split() for t in texts]
    spans = [(w, lo, hi) for w in words for lo in range(0, 4) for hi in range(len(w) - 3, len(w) + 1)]
    fast = [scope.foreign_places(w, lo, hi) for w, lo, hi in spans]
    monkeypatch.setattr(scope, "FOREIGN_GUARD", False)
    assert fast == [scope.foreign_places(w, lo, hi) for w, lo, hi in spans]
    assert any(fast) and not any(scope.foreign_places(words[2], 0, len(words[2])))
