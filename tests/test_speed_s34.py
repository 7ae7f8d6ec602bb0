"""What the speed work of the thirty-fourth pass skips or computes another way gives exactly what the plain code gives.

Each shortcut with a module switch (speed only) is checked with the switch on and off, on sentences written for these
tests; the rest against the computation it replaces.
"""

from __future__ import annotations

import dataclasses

import pytest

from marsad.agent.offline.context import build_context
from marsad.agent.offline.mentions import Mention, get_gazetteer
from marsad.agent.offline.text import split_document
from marsad.schemas import Document

_STATES_TEXT = ("قمة في العاصمة الفرنسية\n"
                "وقال الكرملين في بيان له إن الرئيس سيزور أنقرة الشهر المقبل، فيما أكد البيت الأبيض أن الزيارة لا تعنيه. "
                "ورحب الإليزيه بالخطوة، وقال مستشار البيت الأبيض إن فريقه يتابع الملف من داخل البيت الأبيض. "
                "وذكرت مصادر أن للكرملين رأيا آخر، وأن والإليزيه لم يعلق بعد على ما جرى في مدينة ليون. "
                "ونقل المتحدث باسم الكرملين عن الرئيس قوله إن الحوار سيتواصل.")


def test_seats_of_government_from_their_words_are_the_same(monkeypatch):
    from marsad.agent.offline import actors_home

    sentences = split_document(_STATES_TEXT)
    titles: list[tuple[int, int]] = []
    fast = [actors_home.seats_of_government(s, titles) for s in sentences]
    monkeypatch.setattr(actors_home, "SEAT_WORDS", False)
    assert fast == [actors_home.seats_of_government(s, titles) for s in sentences]
    assert sum(map(len, fast)) >= 3 and not all(fast)
    assert {"الكرملين", "والكرملين", "فالكرملين", "للكرملين"} <= actors_home._SEAT_WORDS
    assert "الكرمل" not in actors_home._SEAT_WORDS


_REPEATS_TEXT = ("لقاء في البصرة\n"
                 "استقبل المحافظ نزار الكعبي وفدا من التجار في مكتبه، وقال الكعبي إن المدينة تحتاج إلى مشاريع. "
                 "وأضاف أن الحكومة وعدت بالدعم، فيما أشاد وبالكعبي عدد من الحاضرين ولكعبي أنصار في المدينة. "
                 "وكان العقيد حامد السامرائي قد زار الموقع، وأكد السامرائي أن الطرق آمنة، ثم غادر كعبي الاجتماع.")


def test_surname_spans_from_their_words_are_the_same(monkeypatch):
    from marsad.agent.offline import actors_repeats

    ctx = build_context(Document(doc_id="t34r", text=_REPEATS_TEXT), get_gazetteer())
    assert len(ctx.persons) >= 2
    fast = [actors_repeats._surname_spans(ctx.sentences, p, set()) for p in ctx.persons]
    taken = {(ctx.persons[0].start, ctx.persons[0].end)}
    fast_taken = [actors_repeats._surname_spans(ctx.sentences, p, taken) for p in ctx.persons]
    monkeypatch.setattr(actors_repeats, "SURNAME_WORDS", False)
    assert fast == [actors_repeats._surname_spans(ctx.sentences, p, set()) for p in ctx.persons]
    assert fast_taken == [actors_repeats._surname_spans(ctx.sentences, p, taken) for p in ctx.persons]
    assert sum(map(len, fast)) >= 3


def test_offsets_counted_from_a_base_are_the_plain_offsets_moved():
    from marsad.core.arabic import normalize_with_offsets

    for text in ["قُتِلَ  ثلاثةٌ في   الهجوم", "سقطت قذيفة\u200f على السوق", "مرحبا\x00بكم  هنا", "", "أ"]:
        norm, local = normalize_with_offsets(text)
        for base in (0, 1, 57):
            assert normalize_with_offsets(text, base) == (norm, [base + o for o in local])


def test_sentence_normalisation_counts_offsets_from_its_start():
    from marsad.agent.offline.text import _normalise
    from marsad.core.arabic import normalize_with_offsets

    for raw in ["قُتِلَ  ثلاثةٌ من المارة في   انفجار", "وأصيب آخرون‏ بجروح", "سقطت قذيفة على السوق"]:
        norm, local = normalize_with_offsets(raw)
        for start in (0, 40):
            assert _normalise(raw, start) == (norm, [start + o for o in local])


def test_mention_init_is_the_dataclass_init():
    from marsad.core.lexicon import Entry

    ref = dataclasses.make_dataclass("Ref", [(f.name, f.type, f) for f in dataclasses.fields(Mention)], frozen=True)
    town = Entry("places", "t34", "بلدة", None, ("بلدة",), ())
    args = [(town, 1, 2, 3, 4, "س"), (town, 1, 2, 3, 4, "س", "شمال")]
    for a in args:
        m, r = Mention(*a), ref(*a)
        assert dataclasses.astuple(m) == dataclasses.astuple(r) and repr(m)[len("Mention"):] == repr(r)[len("Ref"):]
        assert [(k, v) for k, v in vars(m).items() if k != "kind"] == list(vars(r).items())
        assert m.kind == "places"
    probe = Mention(None, 1, 2, 0, 0, "")  # (rules build such probes): no kind, as before
    with pytest.raises(AttributeError):
        probe.kind  # noqa: B018
    with pytest.raises(AttributeError):
        probe.other  # noqa: B018
    kw = Mention(entry=town, i=1, j=2, start=3, end=4, surface="س")
    assert kw == Mention(*args[0]) and hash(kw) == hash(Mention(*args[0])) and kw != Mention(*args[1])
    assert dataclasses.replace(kw, glued="شرق").glued == "شرق" and dataclasses.replace(kw, i=0).kind == "places"
    with pytest.raises(dataclasses.FrozenInstanceError):
        kw.i = 5
    with pytest.raises(TypeError):
        Mention("e", 1, 2)


_MENTIONS_TEXT = ("قصف مدفعي على قرية قرب الرقة\n"
                  "سقطت قذائف هاون في ناحية العلم وفي قضاء طوزخورماتو، وأصيب جنديان بانفجار عبوة ناسفة في بين الحدود. "
                  "وقال مصدر في شرطة محافظة صلاح الدين إن طائرة مسيرة قصفت مواقع في دير الزور والميادين. "
                  "وفي الأثناء وصلت تعزيزات إلى مدينة سان دييغو قادمة من لوس أنجلوس بعد هجوم بسيارة مفخخة.")


def test_quiet_words_as_one_set_and_inline_spans_give_the_same_mentions(monkeypatch):
    from marsad.agent.offline import mentions

    gaz = get_gazetteer()
    sentences = split_document(_MENTIONS_TEXT)
    fast = [(gaz.find(s), gaz.find(s, "glossary")) for s in sentences]
    assert sum(len(g) for _, g in fast) >= 3 and sum(len(m) for m, _ in fast) >= 5
    for ms, gs in fast:  # the spans read inline are Sentence.raw_span's, the surfaces its quote
        for m in (*ms, *gs):
            if not m.glued:
                assert m.surface == sentences[0].doc_text[m.start:m.end]
    monkeypatch.setattr(mentions, "QUIET_WORDS", False)
    monkeypatch.setattr(mentions, "PLAIN_TABLES", False)
    assert fast == [(gaz.find(s), gaz.find(s, "glossary")) for s in sentences]
    quiet = gaz._quiet_word("في")
    assert isinstance(quiet, frozenset) and quiet
    forms = gaz._world_forms("في")
    assert quiet == frozenset().union(*(sec for _, _, longest, sec, _ in forms if longest > 1))


_PERSONS_TEXT = ("زيارة رسمية إلى الموصل\n"
                 "وقال اللواء الركن سامر الحديدي، قائد عمليات المنطقة، إن المدعو أبو زيد الربيعي سلم نفسه. "
                 "وأكد وزير النقل العراقي حسن الزبيدي أن الطريق فتح، فيما قال الشيخ عمار الشمري إن العشائر تدعم القوات. "
                 "وقالت رنا الخفاجي المتحدثة باسم الدائرة إن العمل مستمر، وأشار النائب عن المحافظة ماهر النعيمي إلى الضرر. "
                 "والتقى العميد فاضل السعدي ووالشيخ كريم العبيدي بوفد من الأهالي في قاعة البلدية.")


def test_person_readers_from_their_start_words_give_the_same_persons(monkeypatch):
    from marsad.agent.offline import actors_persons

    ctx = build_context(Document(doc_id="t34p", text=_PERSONS_TEXT), get_gazetteer())
    fast = actors_persons.find_persons(ctx.sentences, ctx.mentions)
    monkeypatch.setattr(actors_persons, "PERSON_WORDS", False)
    assert fast == actors_persons.find_persons(ctx.sentences, ctx.mentions)
    assert len(fast) >= 5
    words = ["وقال", "علي", "إن", "الشيخ", "محمد"]
    given = [k for k, w in enumerate(words) if w in actors_persons.GIVEN_NAMES]
    assert actors_persons._name_then_role_at(words, given) == sorted({*given, 1})


def _registry_country_computed(entry):
    from marsad.core.gazetteer import get_world_gazetteer

    code = entry.get("country_code")
    if code:
        return str(code).upper()
    gz = get_world_gazetteer()
    if entry.get("admin_level") == "country":
        return gz.country_code(entry.canonical) or gz.country_code(entry.name_en or "")
    if entry.get("country"):
        return gz.country_code(str(entry.get("country")))
    return "IQ"


def test_registry_country_remembered_is_the_computed_one():
    from marsad.core import gazetteer
    from marsad.core.lexicon import Entry, get_lexicon

    entries = list(get_lexicon().entries) + [
        Entry("places", "t34c", "فرنسا", "France", ("فرنسا",), (), {"admin_level": "country"}),
        Entry("places", "t34n", "بلدة", None, ("بلدة",), (), {"country": "Jordan"}),
        Entry("places", "t34x", "مكان", None, ("مكان",), (), {"admin_level": "country"}),
    ]
    want = [_registry_country_computed(e) for e in entries]
    for _ in range(2):  # computed, then remembered
        assert [gazetteer.registry_country(e) for e in entries] == want
    assert want[-3:] == ["FR", "JO", None]
    assert {"IQ", "FR"} <= set(want)
    assert any(key[0] == "country" for key in gazetteer._COUNTRY_OF)


def _match_at_computed(gaz, words, i, table):
    best = None
    for skip, groups in gaz._phrase_starts(words[i], table):
        for n, tails in groups:
            if n > len(words) - i:
                continue
            entry = tails.get(tuple(words[i + 1:i + n]))
            if entry is not None:
                if best is None or i + n > best[0]:
                    best = (i + n, entry, skip)
                break
    return best


def test_longest_phrase_with_the_second_word_test_is_the_computed_one():
    gaz = get_gazetteer()
    sentences = split_document(_MENTIONS_TEXT + "\n" + _PERSONS_TEXT + "\n" + _STATES_TEXT)
    seen = 0
    for s in sentences:
        for table in ("main", "glossary"):
            for i in range(len(s.words)):
                got = gaz._match_at(s.words, i, table)
                assert got == _match_at_computed(gaz, s.words, i, table)
                seen += got is not None and got[0] - i > 1
    assert seen >= 3  # phrases of two words or more among them
    assert all(all(len(t) == n - 1 for t in tails) for index in gaz._by_length.values()
               for groups in index.values() for n, tails in groups)


_NISBA_TEXT = ("هجوم في مقديشو\n"
               "تبنت حركة الشباب الصومالية الهجوم، فيما قال الجيش الأمريكي إن طائراته قصفت مواقع للحركة. "
               "وأعلن حزب الله العراقي أن عناصره انسحبوا، ورحبت الحكومة الصومالية بالخطوة.")


def test_nisba_groups_from_the_adjectives_of_a_sentence_are_the_same(monkeypatch):
    from marsad.agent.offline import context

    gaz = get_gazetteer()
    sentences = split_document(_NISBA_TEXT + "\n" + _MENTIONS_TEXT)
    found = [gaz.find(s) for s in sentences]
    fast = [context._nisba_groups(s, ms, gaz) for s, ms in zip(sentences, found, strict=True)]
    monkeypatch.setattr(context, "NISBA_WORDS", False)
    assert fast == [context._nisba_groups(s, ms, gaz) for s, ms in zip(sentences, found, strict=True)]
    assert any(len(a) > len(b) for a, b in zip(fast, found, strict=True))  # a group read with its adjective
