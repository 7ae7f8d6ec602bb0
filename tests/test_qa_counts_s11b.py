"""Session 11 QA counts: a list of the dead told noun by noun (a dual and a singular summed) and a toll that counts
the attacker beside the victims' toll. Every sentence is written for these tests (invented places, names and
numbers)."""

from marsad.agent.qa.counts import count_claims, role_counts
from marsad.agent.qa.counts_sentences import _tolls_with_attacker
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document


def _counts(sentence: str) -> set[tuple[int, str, bool]]:
    return {(c.value, c.role, c.summed) for c in role_counts(sentence)}


def _doc(doc_id: str, title: str, text: str) -> Document:
    return Document(doc_id=doc_id, title=title, text=text, published="2019-09-11")


def test_a_dual_and_a_singular_after_the_day_and_bi_hayat_are_summed():
    # the list stands after the day and "بحياة": two policewomen and a student are three dead
    assert (3, "killed", True) in _counts("أودى الهجوم الخميس بحياة شرطيتين وطالب في بلدة وادي الريم.")
    assert (3, "killed", True) in _counts("قتل الأحد ضابطين ومزارع في هجوم على قرية تل الزيتون.")
    # a single noun alone is no list
    assert not any(summed for _, _, summed in _counts("قتل الأحد ضابطين في هجوم على قرية تل الزيتون."))


def test_the_sum_of_the_list_is_the_toll_not_its_first_item():
    text = ("أودى هجوم مسلح الخميس بحياة شرطيتين وطالب في مدينة وادي الريم وفق النيابة العامة. "
            "وقالت النيابة إن المهاجم فتح النار قرب مدرسة في وادي الريم قبل أن تقتله الشرطة.")
    ev = Evidence(docs={"d1": _doc("d1", "هجوم في وادي الريم", text)})
    best = count_claims(parse_question("كم شخصا قتل في الهجوم المسلح في وادي الريم؟"), ev)[0][1]
    assert "3" in best.text


def test_a_toll_that_counts_the_attacker_is_found():
    said = ["قتل أربعة أشخاص في إطلاق نار في سوق المدينة.",
            "وذكرت الشرطة أن خمسة أشخاص قتلوا بينهم المهاجم.",
            "ومن بين القتلى شرطي وامرأة إضافة إلى المسلح."]
    assert _tolls_with_attacker(said[:2]) == {5}
    assert _tolls_with_attacker(said[2:]) == set()  # no count before the list of the dead
    assert _tolls_with_attacker(["قتل ستة أشخاص أمس، ومن بين القتلى طفلان إضافة إلى المهاجم."]) == {6}
    # the attacker told in addition to the count is not in it
    assert _tolls_with_attacker(["قتل ثلاثة أشخاص إضافة إلى المهاجم في الهجوم."]) == set()
    assert _tolls_with_attacker(["5 people were killed, including the gunman, police said."]) == {5}


def test_the_victims_toll_beats_a_toll_that_counts_the_attacker():
    first = ("قتل الخميس خمسة أشخاص في هجوم بسكين وسط مدينة وادي الريم. "
             "وأوضحت الشرطة أن خمسة أشخاص قتلوا في الهجوم بينهم المهاجم الذي أردته الشرطة.")
    second = ("قالت النيابة إن الهجوم بالسكين في وادي الريم الذي أسفر عن أربعة قتلى يعامل كعمل إرهابي. "
              "وأضافت النيابة أن التحقيق في هجوم وادي الريم مستمر.")
    ev = Evidence(docs={"d1": _doc("d1", "هجوم وادي الريم", first), "d2": _doc("d2", "تحقيق في هجوم وادي الريم", second)})
    best = count_claims(parse_question("كم شخصا قتل في الهجوم بالسكين في وادي الريم؟"), ev)[0][1]
    assert best.numbers == [4]

