"""Pass 51b (leads of the attack precision audit): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import datetime as dt

from marsad.agent import dates
from marsad.agent.dates import find_dates

SAT = dt.date(2021, 4, 10)  # a Saturday

# NEXT_DAY_EDITION: "اليوم الجمعة" in a Saturday edition: the text was written on Friday ------------------------------

EDITION = ("قصفت مدفعية الجيش مواقع للمسلحين قرب الحدود الشمالية اليوم الجمعة، بحسب مصادر أمنية.\n"
           "وقال مسؤول عسكري إن قصف اليوم أدى إلى مقتل 6 مسلحين وتدمير مخزن للسلاح في القرية.")


def _mentions(text: str):
    from marsad.core.arabic import normalize

    return find_dates(normalize(text))


def test_writing_day_is_the_named_weekday():
    assert dates.writing_day(_mentions("قال الوزير اليوم الجمعة إن ..."), SAT) == dt.date(2021, 4, 9)
    assert dates.writing_day(_mentions("وصل الوفد أمس الخميس إلى ..."), SAT) == dt.date(2021, 4, 9)
    assert dates.writing_day(_mentions("قال الوزير اليوم السبت إن ..."), SAT) == SAT


def test_writing_day_keeps_publication_when_the_text_opens_with_a_bare_day_or_disagrees():
    assert dates.writing_day(_mentions("توعد الرئيس، الثلاثاء، الجماعة. وقال بيان صدر اليوم الأحد إن ..."), SAT) == SAT
    assert dates.writing_day(_mentions("قال الوزير اليوم الجمعة إن ... وقال آخر اليوم الخميس"), SAT) == SAT
    assert dates.writing_day(_mentions("قال الوزير اليوم إن ..."), SAT) == SAT


def _today_hits(text: str):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    ctx = build_context(Document(doc_id="t", title=None, text=text, published=SAT.isoformat()), get_gazetteer())
    return [h.resolved.iso for hs in ctx.dates for h in hs if h.mention.parts.get("rel_days") == 0]


def test_bare_today_counts_from_the_writing_day():
    assert _today_hits(EDITION) == ["2021-04-09", "2021-04-09"]


def test_next_day_edition_switch_off(monkeypatch):
    monkeypatch.setattr(dates, "NEXT_DAY_EDITION", False)
    assert _today_hits(EDITION) == ["2021-04-09", "2021-04-10"]


# OPTION_CUE_OBJECT: the cue's own object between the cue and the link ("حض الملك قادته على ضربة") --------------------

URGED = "وذكرت مصادر أن الملك حض قادة جيشه على ضربة قوية في سوريا."


def _option(text: str, attack: str) -> bool:
    from marsad.agent.offline import attacks_cues as ac
    from marsad.core.arabic import normalize

    words = normalize(text).split()
    return ac._option_object(words, 0, words.index(normalize(attack)))


def test_the_cue_object_may_stand_before_the_link():
    assert _option("حض الملك قادة جيشه على ضربة قوية", "ضربة")
    assert _option("لن يقتنع نواب في البرلمان بخوض مواجهة طويلة", "مواجهة")
    assert _option("حث الوزير الحلفاء على توجيه ضربات للمسلحين", "ضربات")


def test_a_done_act_or_a_clause_between_is_no_option():
    assert not _option("شجع القرار القوات على قتل عشرات المحتجين", "قتل")  # victims counted: done
    assert not _option("دعا الوزير إلى التحقيق في الهجوم على القرية", "الهجوم")  # the inquiry is called for
    assert not _option("طالب الأهالي بعد أن قصف الجيش على القرية", "قصف")  # a clause between


def test_urged_strike_is_no_incident(offline_extract):
    assert offline_extract(URGED, published="2021-04-10").attacks == []


def test_option_cue_object_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_cues as ac

    monkeypatch.setattr(ac, "OPTION_CUE_OBJECT", False)
    assert not _option("حض الملك قادة جيشه على ضربة قوية", "ضربة")
    assert len(offline_extract(URGED, published="2021-04-10").attacks) == 1


# LIVESTOCK_SLAUGHTER: animals slaughtered are no execution ---------------------------------------------------------

BUTCHERY = ["ذبح الأهالي أغنامهم في مسلخ مدينة الباحة صباح أمس.",
            "وفي الباحة ذبح العمال الأضاحي في المسلخ أمس الأحد."]
BEHEADING = ["ذبح مسلحون 5 رهائن في القرية أمس.", "اختطف المسلحون الصحفي في بغداد وذبحوه كالشاة أمس."]


def test_livestock_slaughter_is_no_incident(offline_extract):
    for text in BUTCHERY:
        assert offline_extract(text, published="2021-04-10").attacks == [], text


def test_a_man_slaughtered_stays(offline_extract):
    for text in BEHEADING:
        assert len(offline_extract(text, published="2021-04-10").attacks) == 1, text


def test_livestock_slaughter_reads_the_object():
    from marsad.agent.offline import scope
    from marsad.core.arabic import normalize

    assert scope.livestock_slaughter(normalize("اشترى التاجر الخراف من السوق ثم ذبحها في الحظيرة").split())
    assert not scope.livestock_slaughter(normalize("ذبحوا الرهائن كما تذبح الخراف").split())
    assert not scope.livestock_slaughter(normalize("وذبحوه كالشاة").split())


def test_livestock_slaughter_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import scope

    monkeypatch.setattr(scope, "LIVESTOCK_SLAUGHTER", False)
    assert [len(offline_extract(text, published="2021-04-10").attacks) for text in BUTCHERY] == [1, 1]


def test_a_noun_cue_takes_no_object_between():
    assert not _option("وتناقش الإدارة خيارات الرد على قصف المدينة", "قصف")  # the answer to a strike done
