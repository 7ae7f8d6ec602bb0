"""Session 24 perpetrator rules (issue 12 item 3): accusations and hedged attributions (GUIDELINES D-25)."""

import pytest

from marsad.agent.offline import roles_perpetrator as rp


def _perps(extract, text: str) -> list:
    return [a.perpetrator for a in extract(text, published="2022-04-12").attacks]


ACCUSED_CHARGE = "اتهمت الحكومة الأفغانية حركة طالبان بالوقوف وراء التفجير الذي أودى بحياة 12 شخصا في مدينة قندهار يوم الأحد."
ACCUSED_LATER = ("قتل خمسة جنود بانفجار عبوة ناسفة في ولاية هلمند يوم الأحد. "
                 "واتهمت الحكومة حركة طالبان بتنفيذ الهجوم.")
ATTRIBUTED = "قتل عشرة أشخاص يوم الأحد في هجوم انتحاري في بلدة سوروتش نسبته السلطات إلى تنظيم داعش."
BLAMED = ("قتل ستة جنود يوم الأحد في هجوم على نقطة تفتيش في مدينة العريش. "
          "وألقت السلطات باللائمة على تنظيم داعش.")
HELD_RESPONSIBLE = ("انفجرت سيارة مفخخة في مدينة ديار بكر يوم الأحد ما أسفر عن مقتل ثلاثة شرطيين، "
                    "وحملت السلطات حزب العمال الكردستاني مسؤولية الهجوم.")
SUSPECTED = "قتل أربعة جنود يوم الأحد في هجوم في مقديشو يشتبه بأن حركة الشباب نفذته."


@pytest.mark.parametrize("text,doer", [
    (ACCUSED_CHARGE, "طالبان"), (ACCUSED_LATER, "طالبان"), (ATTRIBUTED, "داعش"), (BLAMED, "داعش"),
    (HELD_RESPONSIBLE, "حزب العمال الكردستاني"), (SUSPECTED, "الشباب")])
def test_accused_side_is_the_doer(offline_extract, text, doer):
    assert any(p and doer in p for p in _perps(offline_extract, text))


@pytest.mark.parametrize("text", [ACCUSED_CHARGE, ACCUSED_LATER, ATTRIBUTED, BLAMED, HELD_RESPONSIBLE, SUSPECTED])
def test_accused_side_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(rp, "ACCUSED_DOER", False)
    assert _perps(offline_extract, text) and all(p is None for p in _perps(offline_extract, text))


def test_denied_accusation_names_no_one(offline_extract):
    text = ("اتهمت الحكومة حركة طالبان بتنفيذ الهجوم الذي قتل سبعة أشخاص في كابول يوم الأحد، "
            "لكن الحركة نفت أي علاقة لها بالهجوم.")
    assert all(p is None for p in _perps(offline_extract, text))


def test_accusation_of_other_acts_names_no_doer(offline_extract):
    text = ("قتل ثلاثة مدنيين بانفجار عبوة ناسفة في سوق بلدة الحوطة يوم الأحد. "
            "واتهم الوزير جماعة الحوثي بتجنيد الأطفال في المدينة.")
    assert all(p is None for p in _perps(offline_extract, text))


def test_unclaimed_incident_keeps_no_doer(offline_extract):
    text = ("قتل أربعة جنود بانفجار عبوة في ولاية هلمند يوم الأحد. واتهمت الحكومة حركة طالبان بتنفيذ الهجوم. "
            "وفي ولاية قندوز انفجرت سيارة مفخخة قرب سوق المدينة فقتلت خمسة مدنيين. ولم تعلن جماعة بعينها مسؤوليتها عن الانفجار.")
    assert None in _perps(offline_extract, text)


CHAIN = "لكن قوات الاحتلال الإسرائيلي قبل أيام، فرقت المحتجين، وقتلت ثمانية فلسطينيين بالرصاص الحي شرق خان يونس."
CHAIN_NOUN = ("واستغلت حركة الشباب الفراغ الأمني فسيطرت على بلدات عدة، وشنت هجمات على مقار الشرطة في بلدة بيدوا "
              "يوم الأحد أسفرت عن مقتل أربعة شرطيين.")


@pytest.mark.parametrize("text,doer", [(CHAIN, "الإسرائيلي"), (CHAIN_NOUN, "الشباب")])
def test_chain_of_verbs_shares_the_opening_subject(offline_extract, text, doer):
    assert any(p and doer in p for p in _perps(offline_extract, text))


@pytest.mark.parametrize("text", [CHAIN, CHAIN_NOUN])
def test_chain_of_verbs_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(rp, "CHAIN_SUBJECT", False)
    assert _perps(offline_extract, text) and all(p is None for p in _perps(offline_extract, text))


@pytest.mark.parametrize("text", [
    "يذكر أن الشرطة أردت المهاجم قتيلا بعد أن طعن رجلا، وجرح ثلاثة آخرين في حي وسط مدينة ليون مساء السبت.",
    "قالت الشرطة إن مسلحا فتح النار في مقهى بمدينة هامبورغ مساء الخميس فقتل شخصين وأصاب خمسة آخرين."])
def test_chain_stops_at_a_new_clause(offline_extract, text):
    assert all(p is None for p in _perps(offline_extract, text))


SAME_DEAD = ("وقتل 40 متظاهرا على أيدي قوات الأمن السودانية منذ بدء الاحتجاجات في مارس، وبلغت الاحتجاجات ذروتها "
             "في الثالث من يونيو عندما قتل 12 متظاهرا في ساحة الاعتصام بالخرطوم.")


def test_same_victims_share_the_doer(offline_extract):
    perps = _perps(offline_extract, SAME_DEAD)
    assert perps and all(p is not None for p in perps)


def test_same_victims_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rp, "SAME_VICTIMS", False)
    assert None in _perps(offline_extract, SAME_DEAD)


def test_other_victims_keep_no_doer(offline_extract):
    text = ("وقتل 40 متظاهرا على أيدي قوات الأمن السودانية منذ بدء الاحتجاجات في مارس، وبلغت الاحتجاجات ذروتها "
            "في الثالث من يونيو عندما قتل 12 شرطيا في ساحة الاعتصام بالخرطوم.")
    assert None in _perps(offline_extract, text)
