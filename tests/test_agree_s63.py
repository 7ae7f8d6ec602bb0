"""Pass 63 (agree63): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_parties, agreements_provisions, rooms_mentions


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2019-05-14").agreements


def _rooms(offline_extract, text: str):
    return offline_extract(text, published="2019-05-14").joint_rooms


# JOINT_COMMITTEES: a joint committee of security work is a joint room -----------------------------------------------

_COMMITTEE = "وعقدت اللجنة العسكرية المشتركة بين جيش زيلاند وقوات حفظ السلام اجتماعها الشهري في مدينة أربيل."
_COORD_COMMITTEE = "وقرر الطرفان تشكيل لجنة تنسيق أمني مشتركة بين العراق والأردن لحماية الطريق الدولي."


def test_a_joint_military_committee_is_a_room(offline_extract):
    rooms = _rooms(offline_extract, _COMMITTEE)
    assert len(rooms) == 1 and rooms[0].name == "اللجنة العسكرية المشتركة"


def test_a_joint_security_coordination_committee_has_the_two_states(offline_extract):
    rooms = _rooms(offline_extract, _COORD_COMMITTEE)
    assert len(rooms) == 1 and set(rooms[0].participants) == {"العراق", "الأردن"}


def test_committees_only_joint_or_only_of_security_are_no_room(offline_extract):
    assert not _rooms(offline_extract, "واتفق البلدان على تشكيل لجنة مشتركة لترسيم الحدود البحرية بينهما.")
    assert not _rooms(offline_extract, "وقال عضو لجنة الأمن والدفاع النيابية إن الوضع في القضاء مستقر.")
    assert not _rooms(offline_extract, "وشكلت الحكومة لجنة أمنية للتحقيق في ملابسات الهجوم على السجن المركزي.")
    assert not _rooms(offline_extract, "وعقدت اللجنة الأمنية العليا في المحافظة اجتماعا طارئا بعد الانفجار.")


def test_joint_committees_switch_off(offline_extract, monkeypatch):
    assert len(_rooms(offline_extract, _COMMITTEE)) == 1  # the committee head is now cached as a committee
    monkeypatch.setattr(rooms_mentions, "JOINT_COMMITTEES", False)
    assert not _rooms(offline_extract, _COMMITTEE)  # the switch switches in a warm process: no cache_clear


# agreements_status._past_kind: a purpose after the agreement's kind words -------------------------------------------

def test_a_signed_cooperation_agreement_for_a_purpose_is_agreed(offline_extract):
    ags = _agreements(offline_extract, "ووقعت تونس والجزائر اتفاقية تعاون عسكري لتأمين الحدود المشتركة بينهما.")
    assert len(ags) == 1 and ags[0].status == "agreed"


def test_an_effort_to_secure_an_agreement_stays_proposed(offline_extract):
    ags = _agreements(offline_extract, "وتبذل الجزائر جهودا لتأمين اتفاق بين الحكومة المالية والمتمردين في الشمال.")
    assert all(a.status == "proposed" for a in ags)


# TRUCE_THEN_WITH / TRUCE_SIDE_CUT: the side after the truce words ---------------------------------------------------

_TRUCE_WITH = "ووقعت الحكومة السودانية اتفاقا لوقف إطلاق النار مع الحركات المسلحة في جنوب كردفان."


def test_the_side_after_the_truce_words_is_a_party(offline_extract):
    ags = _agreements(offline_extract, _TRUCE_WITH)
    assert len(ags) == 1 and set(ags[0].parties) == {"الحكومة السودانية", "الحركات المسلحة"}
    assert ags[0].provisions == ["وقف إطلاق النار"]


def test_with_a_time_after_the_truce_is_no_side(offline_extract):
    ags = _agreements(offline_extract, "وأعلنت الحكومة السودانية وقفا لإطلاق النار مع حلول عيد الفطر في كل الولايات.")
    assert all("حلول" not in p for a in ags for p in a.parties)


def test_truce_then_with_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "TRUCE_THEN_WITH", False)
    monkeypatch.setattr(agreements_provisions, "TRUCE_SIDE_CUT", False)
    ags = _agreements(offline_extract, _TRUCE_WITH)
    assert "الحركات المسلحة" not in {p for a in ags for p in a.parties}
    assert any("مع الحركات" in p for a in ags for p in a.provisions)


# WRITTEN_FIRST_SIDE: a written side before "و" + a known side -------------------------------------------------------

_FIRST = "وتوصلت الفصائل المسلحة والنظام السوري إلى اتفاق يقضي بخروج المقاتلين من البلدة."


def test_a_written_side_told_first_is_a_party(offline_extract):
    ags = _agreements(offline_extract, _FIRST)
    assert len(ags) == 1 and "الفصائل المسلحة" in ags[0].parties and len(ags[0].parties) == 2


def test_a_written_first_side_needs_a_word_for_a_party(offline_extract):
    ags = _agreements(offline_extract, "وتوصلت الأطراف المعنية والنظام السوري إلى اتفاق يقضي بخروج المقاتلين من البلدة.")
    assert all("الأطراف المعنية" not in a.parties for a in ags)


def test_written_first_side_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "WRITTEN_FIRST_SIDE", False)
    assert all("الفصائل المسلحة" not in a.parties for a in _agreements(offline_extract, _FIRST))


# RELEASE_DEAL / UNDER_ITS_TERMS: a deal that frees a prisoner in return for something -------------------------------

_RELEASE = "وتسعى فرنسا إلى عقد صفقة مع مالي يتم بموجبها إطلاق سراح الرهينة مقابل تسليم أحد قادة المسلحين."


def test_a_release_deal_is_an_agreement_with_its_terms(offline_extract):
    from marsad.agent.offline import agreements_cues

    assert agreements_cues.RELEASE_DEAL
    ags = _agreements(offline_extract, _RELEASE)
    assert len(ags) == 1 and set(ags[0].parties) == {"فرنسا", "مالي"} and ags[0].status == "proposed"
    assert ags[0].provisions[0].startswith("إطلاق سراح الرهينة")


def test_an_arms_deal_is_no_agreement(offline_extract):
    assert not _agreements(offline_extract, "ووقعت فرنسا ومالي صفقة يتم بموجبها بيع عشر طائرات مقابل مليار يورو.")


def test_release_deal_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_cues

    monkeypatch.setattr(agreements_cues, "RELEASE_DEAL", False)
    assert not _agreements(offline_extract, _RELEASE)


def test_under_its_terms_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "UNDER_ITS_TERMS", False)
    assert all(not a.provisions for a in _agreements(offline_extract, _RELEASE))


# STORY_BARE_NAMES: a bare "القاعدة" after "بين" in a story that names the group -------------------------------------

_BARE_QAEDA = ("وأعلن تنظيم القاعدة سيطرته على بلدة المحفد. وقال مسؤول محلي إن هناك مشروع اتفاق بين المجلس المحلي والقاعدة "
               "لتسليم المجلس الملف الأمني في البلدة.")


def test_a_bare_qaeda_side_is_the_group_the_story_names(offline_extract):
    ags = _agreements(offline_extract, _BARE_QAEDA)
    assert len(ags) == 1 and len(ags[0].parties) == 2 and ags[0].parties[0] == "المجلس المحلي"
    assert "القاعدة" in ags[0].parties[1]  # the group the story names (here read as the Yemeni branch)


def test_a_bare_qaeda_in_a_story_naming_no_group_is_no_side(offline_extract):
    text = "وقال مسؤول محلي إن هناك مشروع اتفاق بين المجلس المحلي والقاعدة لتسليم المجلس الملف الأمني في البلدة."
    assert all(not a.parties for a in _agreements(offline_extract, text))


def test_story_bare_names_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_named

    monkeypatch.setattr(agreements_named, "STORY_BARE_NAMES", False)
    assert all(not any("القاعدة" in p for p in a.parties) for a in _agreements(offline_extract, _BARE_QAEDA))


# rooms_members: what is said after the room names no member ---------------------------------------------------------


def test_a_group_in_what_is_said_after_the_room_is_no_member(offline_extract):
    text = ("وقال مصدر في غرفة العمليات المشتركة بين الجيش التركي والجيش الوطني السوري إن القصف استهدف مواقع "
            "الوحدات الكردية قرب البلدة.")
    rooms = _rooms(offline_extract, text)
    assert len(rooms) == 1 and set(rooms[0].participants) == {"القوات التركية", "الجيش الوطني السوري"}


# BETWEEN_PLURAL: a centre shared "بين دول ..." ----------------------------------------------------------------------

_GULF_CENTRE = "وكشف مسؤول عن إنشاء مركز لتبادل المعلومات الاستخباراتية بين دول الخليج في المنامة الشهر المقبل."


def test_a_centre_between_the_states_of_a_region_is_a_room(offline_extract):
    rooms = _rooms(offline_extract, _GULF_CENTRE)
    assert len(rooms) == 1 and rooms[0].status == "planned"


def test_a_trade_centre_between_states_is_no_room(offline_extract):
    assert not _rooms(offline_extract, "وافتتح الوزير مركز التجارة المشتركة للتبادل التجاري بين دول الخليج في المنامة.")


def test_between_plural_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rooms_mentions, "BETWEEN_PLURAL", False)
    assert not _rooms(offline_extract, _GULF_CENTRE)


# IN_RETURN_SIDE: the giver told after "مقابل" is the other side ------------------------------------------------------

_GIVER = "وقال مصدر إن برلين تريد إبرام صفقة يجري بموجبها إطلاق سراح الرهينة مقابل تسليم أنقرة أحد قادة المسلحين."


def test_the_giver_after_in_return_is_a_side(offline_extract):
    ags = _agreements(offline_extract, _GIVER)
    assert len(ags) == 1 and set(ags[0].parties) == {"ألمانيا", "تركيا"}


def test_a_truce_declared_in_return_keeps_its_declarer_alone(offline_extract):
    ags = _agreements(offline_extract, "وأعلنت حركة حماس هدنة لمدة أسبوع مقابل وقف إسرائيل غاراتها على القطاع.")
    assert all("إسرائيل" not in a.parties for a in ags)


def test_in_return_side_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "IN_RETURN_SIDE", False)
    assert all("تركيا" not in a.parties for a in _agreements(offline_extract, _GIVER))


# STORY_BARE_NAMES, each kind of short name that is also a common word (fixagree63) ----------------------------------
# Positive: the group named in full earlier in the story, then its bare short name as a side after "بين ... و".
# Negative: the bare common word with no full name before it.

_BARE_KINDS = {
    "القاعدة": ("وأعلن تنظيم القاعدة سيطرته على بلدة الوادي الأخضر. ",
                "وقال مسؤول إن هناك مشروع اتفاق بين المجلس المحلي والقاعدة لتسليم الملف الأمني في البلدة."),
    "الشباب": ("وشنت حركة الشباب هجوما على قرية في جنوب الصومال. ",
               "وقال شيوخ القبائل إنهم توصلوا إلى اتفاق بين العشائر والشباب لتبادل الأسرى."),
    "أمل": ("وقال مسؤول في حركة أمل إن الاتصالات مستمرة. ",
            "وأعلن عن اتفاق بين الجيش اللبناني وأمل لوقف الاشتباكات في البلدة."),
    "النصرة": ("وسيطرت جبهة النصرة على القرية. ",
               "وتوصلت الفصائل إلى اتفاق بين الجيش الحر والنصرة لوقف القتال في ريف المدينة."),
    "الحشد": ("وقال قائد في الحشد الشعبي إن قواته دخلت القضاء. ",
              "وتم التوصل إلى اتفاق بين العشائر والحشد لتسليم الملف الأمني في القضاء."),
}
_GROUP_OF = {"القاعدة": "القاعدة", "الشباب": "حركة الشباب", "أمل": "حركة أمل", "النصرة": "جبهة النصرة",
             "الحشد": "الحشد الشعبي"}


def test_each_short_name_in_the_table_has_its_full_name_in_the_registry():
    from marsad.agent.offline import agreements_named
    from marsad.core.arabic import normalize
    from marsad.core.lexicon import get_lexicon

    table = agreements_named._STORY_BARE
    assert set(table) == {normalize(k) for k in _BARE_KINDS}
    names = {normalize(e.canonical) for e in get_lexicon().entries if e.kind == "actors"}
    for short, full in table.items():
        assert full in names and short in full.split() and len(full.split()) > 1


def test_each_bare_short_name_is_the_group_named_in_full_before(offline_extract):
    for short, (before, deal) in _BARE_KINDS.items():
        ags = _agreements(offline_extract, before + deal)  # ("النصرة": two records of one truce, as before this pass)
        assert ags and all(len(a.parties) == 2 and _GROUP_OF[short] in a.parties[1] for a in ags), short


def test_a_bare_short_name_told_only_after_it_is_no_side(offline_extract):
    # the full name comes after the deal: not named before, the bare "والقاعدة" is not read from it
    text = ("وقال مسؤول إن هناك مشروع اتفاق بين المجلس المحلي والقاعدة لتسليم الملف الأمني في البلدة. "
            "وكان تنظيم القاعدة قد هاجم البلدة قبل عام.")
    assert all(not a.parties for a in _agreements(offline_extract, text))


def test_bare_common_words_with_no_full_name_before_are_no_side(offline_extract):
    negatives = [
        "وقال مسؤول إن هناك مشروع اتفاق بين المجلس المحلي والقاعدة العسكرية لتسليم الملف الأمني في البلدة.",
        "وقال شيوخ القبائل إنهم توصلوا إلى اتفاق بين العشائر والشباب لتبادل الأسرى.",
        "وأعلن عن اتفاق بين الجيش اللبناني وأمل لوقف الاشتباكات في البلدة.",
        "وتم التوصل إلى اتفاق بين العشائر والحشد الجماهيري لوقف الاشتباكات وتسليم الملف الأمني في القضاء.",
    ]
    for text in negatives:
        parties = [p for a in _agreements(offline_extract, text) for p in a.parties]
        assert not any(g in p for g in ("القاعدة", "حركة الشباب", "حركة أمل", "الحشد الشعبي") for p in parties), text


def test_bare_short_names_switch_off_for_the_kinds_the_registry_does_not_read(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_named

    monkeypatch.setattr(agreements_named, "STORY_BARE_NAMES", False)
    for short in ("الشباب", "أمل"):
        before, deal = _BARE_KINDS[short]
        parties = [p for a in _agreements(offline_extract, before + deal) for p in a.parties]
        assert _GROUP_OF[short] not in parties, short


# GIVER_NO_PLACE: a capital told as the giver after "مقابل" is no place of the agreement -----------------------------

_GIVER_CAPITAL = ("وأفاد مسؤول بأن لندن تسعى إلى إبرام صفقة يتم بموجبها الإفراج عن المهندس السجين، مقابل تسليم القاهرة، "
                  "ثلاثة من المطلوبين لديها.")


def test_a_capital_that_gives_in_return_is_no_place(offline_extract):
    ags = _agreements(offline_extract, _GIVER_CAPITAL)
    assert len(ags) == 1 and set(ags[0].parties) == {"بريطانيا", "مصر"}
    assert not ags[0].locations


def test_the_place_of_a_deal_with_terms_in_return_stays_its_place(offline_extract):
    text = "ووقعت الحكومة والمتمردون اتفاقا لوقف إطلاق النار في مدينة تلعفر مقابل انسحاب المتمردين من أطرافها."
    ags = _agreements(offline_extract, text)
    assert ags and any(loc.canonical_name == "تلعفر" for a in ags for loc in a.locations)


def test_giver_no_place_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "GIVER_NO_PLACE", False)
    ags = _agreements(offline_extract, _GIVER_CAPITAL)
    assert any(loc.canonical_name == "القاهرة" for a in ags for loc in a.locations)
