"""Pass 62 (qamiss62): an Arabic question's asked word anchors its answer (fillers.ASKED_WORD).

The word right after the question word ("كم بلغت تكلفة ..."، "من قائد ..."، "ما الذي أقرّه ...") is where the article tells
the answer: a long quote whose shown part does not tell it is shown from the clause naming it, and a quote (the lead)
that never names it is followed by the next sentence of its article that does. Every sentence here is invented."""

from qa_claims import read_question

from marsad.agent.qa import fillers, passages

# -- the asked word


def test_the_asked_word_is_the_first_word_after_the_question_word():
    assert fillers.asked_word(read_question("كم بلغت تكلفة بناء الجسر الجديد في مدينة الواحة؟")) == "تكلف"
    assert fillers.asked_word(read_question("من قائد اللواء الثالث الذي أعلن انسحاب قواته؟")) == "قايد"
    assert fillers.asked_word(read_question("ما الذي أقرّه البرلمان في جلسته الأخيرة؟")) == "اقر"
    assert fillers.asked_word(read_question("من هما عضوا اللجنة اللذان استقالا؟")) == "عضو"


def test_no_asked_word_for_a_common_word_or_an_english_question(monkeypatch):
    assert fillers.asked_word(read_question("كم شخصا قتل في الانفجار؟")) is None
    assert fillers.asked_word(read_question("How much did the new bridge cost?")) is None
    monkeypatch.setattr(fillers, "ASKED_WORD", False)
    assert fillers.asked_word(read_question("كم بلغت تكلفة بناء الجسر الجديد في مدينة الواحة؟")) is None


def test_a_derived_noun_is_told_by_its_root_form():
    # ("كلفة" tells "تكلفة"; "التكاليف" is another word)
    assert fillers.tells_asked("تكلف", "وقد بلغت كلفة المشروع نحو 12 مليون دينار.", whole=True)
    assert not fillers.tells_asked("تكلف", "وقد افتتح المشروع بحضور الوزير.", whole=True)


# -- a long quote shown from the clause naming the asked word

LIST = ("وأعلنت الحكومة تعيين خمسة وزراء جدد، بينهم وزير النقل سالم الأحمدي، ووزيرة الصحة هند القاسمي، ووزير المالية "
        "فارس العتيبي، ووزير الزراعة منير الدوسري، ووزير الإسكان نادر الكعبي، وهي تشكيلة قالت إنها تستجيب لمطالب "
        "الشارع في المحافظات الشرقية والغربية على حد سواء، وأشار البيان إلى أن قائد الحرس الوطني سعيد البلوشي سيشارك في "
        "اجتماعات اللجنة الأمنية العليا.")


def test_a_long_quote_is_shown_from_the_clause_naming_the_office_asked(monkeypatch):
    q = read_question("من قائد الحرس الوطني الذي سيشارك في اجتماعات اللجنة الأمنية العليا؟")
    assert len(LIST) > passages.SHOWN_CHARS
    assert "سعيد البلوشي" in passages.shown(q, LIST)
    monkeypatch.setattr(fillers, "ASKED_WORD", False)
    assert "سعيد البلوشي" not in passages.shown(q, LIST)


def test_a_long_quote_whose_shown_part_tells_the_asked_word_is_shown_as_before():
    q = read_question("من وزير النقل الذي عينته الحكومة ضمن الوزراء الجدد؟")
    assert passages.shown(q, LIST) == passages.excerpt(LIST)


# -- the next sentence naming the asked word, after a quote that never names it

LEAD = "افتتحت بلدية الواحة، الأحد، الجسر الجديد فوق النهر بعد أكثر من عشرين عاما من المطالبات."
MID = "وحضر الافتتاح عدد من المسؤولين وأعيان المدينة."
COST = "وقد بلغت كلفة إنشائه نحو 12 مليون دينار، واستغرق العمل فيه ثلاثة أعوام."
TEXT = " ".join([LEAD, MID, COST])


def _after(question: str, text: str = TEXT):
    q = read_question(question)
    start = text.index(LEAD)
    span = passages._filler_after(q, text, start, start + len(LEAD))
    return text[span[0]:span[1]] if span else None


def test_the_sentence_naming_the_asked_word_follows_a_lead_that_does_not(monkeypatch):
    question = "كم بلغت تكلفة بناء الجسر الجديد الذي افتتحته بلدية الواحة؟"
    assert _after(question) == COST
    monkeypatch.setattr(fillers, "ASKED_WORD", False)
    assert _after(question) != COST


def test_no_sentence_follows_when_the_one_naming_the_word_holds_no_filler_asked():
    # (the cost is named but no sum is told: no number, no answer to "how much")
    text = " ".join([LEAD, MID, "وقد أثارت كلفة إنشائه جدلا واسعا بين السكان."])
    assert _after("كم بلغت تكلفة بناء الجسر الجديد الذي افتتحته بلدية الواحة؟", text) is None


# -- review62 finding 7: the added sentence names the asked word as the question asks it

RAID = "هاجم مسلحون فجر الأحد قاعدة عسكرية قرب بلدة الواحة وقتلوا أربعة جنود."


def _after_raid(question: str, later: str):
    text = RAID + " " + later
    span = passages._filler_after(read_question(question), text, 0, len(RAID))
    return text[span[0]:span[1]] if span else None


def test_another_office_of_the_asked_title_does_not_answer():
    # (a police chief's sentence is no answer to "who led the gunmen"; the gunmen's leader is)
    question = "من قائد المسلحين الذين هاجموا القاعدة العسكرية قرب الواحة؟"
    police = "وقال قائد شرطة الواحة العقيد سالم الهاشمي إن التحقيقات جارية لمعرفة هوية المهاجمين."
    assert _after_raid(question, police) is None
    leader = "وأفاد مصدر أمني بأن قائد المسلحين أبو سالم الواحي قتل في الاشتباك."
    assert _after_raid(question, leader) == leader


def test_another_time_of_the_asked_toll_does_not_answer():
    # (last year's toll is no answer to the toll of this attack; the attack's own is)
    question = "ما عدد الضحايا في هجوم الواحة؟"
    assert _after_raid(question, "وتجاوز عدد الضحايا في هجمات العام الماضي 40 شخصا.") is None
    own = "وارتفع عدد ضحايا الهجوم إلى 12 شخصا."
    assert _after_raid(question, own) == own
