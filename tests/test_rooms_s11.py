"""Joint rooms in real phrasing, eleventh pass: sentences written for these tests (none from the corpus).

A coalition's joint command written bare ("القيادة المشتركة") names another body's command when a genitive follows it
("القيادة المشتركة للقوات الأفريقية"); inside a room phrase ("مقر القيادة المشتركة") it is that one room.
"""

from __future__ import annotations


def _rooms(extract, text):
    return [(r.name, r.participants, r.location and r.location.name) for r in extract(text).joint_rooms]


def test_a_command_inside_a_room_phrase_is_one_room(offline_extract):
    text = "وقال المتحدث إن مسلحين أطلقوا قذائف على مقر القيادة المشتركة للقوات الأفريقية في مدينة كيسمايو."
    [(_name, participants, _place)] = _rooms(offline_extract, text)
    assert participants == ["القوات الأفريقية"]


def test_the_command_of_another_body_is_not_the_coalition(offline_extract):
    text = "وأعلنت القيادة المشتركة للقوات الأفريقية في الصومال مقتل خمسة عشر مسلحا."
    [(_name, participants, _place)] = _rooms(offline_extract, text)
    assert participants == ["القوات الأفريقية"]


def test_the_coalition_words_after_its_command_keep_the_coalition(offline_extract):
    text = "وأعلنت القيادة المشتركة لقوات التحالف الدولي مقتل قيادي في التنظيم بغارة قرب دير الزور."
    [(_name, participants, _place)] = _rooms(offline_extract, text)
    assert participants == ["التحالف الدولي"]


def test_a_bare_command_is_still_the_coalition(offline_extract):
    text = "وقالت القيادة المشتركة في بيان إن طائراتها نفذت خمس غارات قرب الموصل."
    [(_name, participants, _place)] = _rooms(offline_extract, text)
    assert participants == ["التحالف الدولي"]


def test_a_command_of_an_operation_is_not_an_owner(offline_extract):
    text = "وقالت القيادة المشتركة لعملية العزم الصلب في بيان إن طائراتها نفذت خمس غارات."
    rooms = _rooms(offline_extract, text)
    assert all(participants == ["التحالف الدولي"] for _name, participants, _place in rooms)
