"""Persons, pass 68: a verb or adverb read on after a name or a role is no part of a person's name, and a
preposition with a pronoun ("عنه") between a verb of saying and a name opens no name. Sentences written for the
tests (names, places and numbers made up)."""

from __future__ import annotations


def _names(recs):
    return [a.name for a in recs.actors if a.type in {"official", "other"}]


def test_verb_after_honorific_and_given_name_is_no_name(offline_extract):
    recs = offline_extract("وكان الشيخ ماجد أطلق حملة لجمع التبرعات للنازحين في البلدة الشرقية.")
    assert not any("أطلق" in n for n in _names(recs))


def test_verb_after_role_is_no_name(offline_extract):
    recs = offline_extract("وقال إن فريق الإغاثة ورئيسه الأخت ملاك العتيبي أثبت لنا أن العمل الجماعي ممكن.")
    assert not any("أثبت" in n for n in _names(recs))


def test_adverb_after_role_is_no_name(offline_extract):
    recs = offline_extract(
        "وهو مستعد للترشح، بحسب ما أكد نائب رئيس الاتحاد الآسيوي بعد استقالة الفرنسي مباشرة مطلع مايو، "
        "لكنه قد ينسحب.")
    assert not any("مباشرة" in n for n in _names(recs))


def test_pronoun_preposition_opens_no_name(offline_extract):
    recs = offline_extract("وذلك وفق ما أعلن عنه عزام الزبيدي مسؤول لجان التفاوض في الجبهة الشعبية مساء أمس.")
    names = _names(recs)
    assert "عزام الزبيدي" in names
    assert not any(n.startswith("عنه") for n in names)


def test_attendance_word_ends_a_name_and_opens_a_role(offline_extract):
    recs = offline_extract(
        "وافتتح المؤتمر نائب رئيس المجلس الأوروبي جيل ماتيو بحضور وزير الثقافة الفرنسي فرنسوا دوبون ونائب رئيس "
        "البلدية سيرج مارتان.")
    names = _names(recs)
    assert "جيل ماتيو" in names and "فرنسوا دوبون" in names
    assert not any("بحضور" in n for n in names)


def test_adverb_after_name_is_cut(offline_extract):
    recs = offline_extract("وانتقد رئيس لجنة الإغاثة في المحافظة، عبدالرقيب فتح بشدة، استمرار احتجاز القوافل.")
    assert "عبدالرقيب فتح" in _names(recs)


def test_verb_after_title_is_no_name(offline_extract):
    recs = offline_extract("وقالت الصحيفة إن الرئيس الأميركي تأخر عمدا عن موعد اللقاء في العاصمة الفنلندية.")
    assert not any("تأخر" in n for n in _names(recs))


def _roles(recs):
    return {a.name: a.role for a in recs.actors if a.type == "official"}


def test_praise_verb_ends_a_role_read_back(offline_extract):
    """A verb never part of a name ("وأثنى"، "وأشاد") opens a new clause: a role read back from the next name stops
    there, and does not take the earlier man's title (fixactors68; review68 actors68 finding 4)."""
    recs = offline_extract("وأشاد به رئيس البرلمان وأثنى عليه وزير الداخلية نبيل الكعبي خلال حفل التخرج.")
    assert _roles(recs).get("نبيل الكعبي") == "وزير الداخلية"
    recs = offline_extract("وتحدث المحافظ عن الحملة وأشاد بها قائد الشرطة العميد رعد المياحي في كلمته أمس.")
    role = _roles(recs).get("رعد المياحي") or ""
    assert "المحافظ" not in role and "وأشاد" not in role
