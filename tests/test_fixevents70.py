"""Pass 70 (fixevents70): review70's findings on events70's readers. A killing read from a verb's form alone (the
bare "قتل" before a named armed group, a verb carrying its victim as a pronoun before armed men) is no record when the
sentence denies, doubts or asks it; "وفاة" with a count is a protest's dead only when the protests are told in its
own clause and the death is not denied. Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document


def _attacks(body: str) -> list[tuple]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-06-10"))
    return [(a.attack_type, a.location.name if a.location else None, a.killed, a.background) for a in rec.attacks]


def test_a_denied_pronoun_killing_is_no_attack():
    assert _attacks("ونفى الناطق باسم الشرطة أن يكون قتله مسلحون قرب منزله في حي العامل ببغداد ليلة الجمعة.") == []


def test_a_pronoun_killing_told_as_a_guess_is_no_attack():
    assert _attacks("وربما قتلها مسلحون على طريق المطار في مدينة البصرة مساء الخميس، وفق رواية لم تتأكد بعد.") == []


def test_a_pronoun_killing_told_as_a_belief_is_no_attack():
    assert _attacks("ويعتقد ذووه أن المهندس قتله مجهولون قرب مكتبه في مدينة كركوك عام 2007.") == []


def test_the_bare_kill_verb_before_a_group_in_a_question_is_no_attack():
    assert _attacks("وتساءل أحد النواب في الجلسة: هل قتل حزب الله المعارضين في ضواحي بيروت؟") == []


def test_the_bare_kill_verb_before_a_group_doubted_is_no_attack():
    assert _attacks("ويرجح مراقبون أنه قتل حزب العمال الكردستاني رجال شرطة قرب الحدود في ولاية هكاري أمس.") == []


def test_deaths_of_a_disease_beside_protests_in_another_clause_are_no_attack():
    assert _attacks("وأعلنت دائرة الصحة وفاة 9 أشخاص بالحمى النزفية في ذي قار، فيما خرجت تظاهرات في الناصرية تطالب "
                    "بالكهرباء.") == []


def test_deaths_of_a_disease_beside_protests_after_a_turn_word_are_no_attack():
    assert _attacks("وأعلنت دائرة الصحة وفاة 9 أشخاص بالحمى النزفية في ذي قار بينما خرجت تظاهرات في الناصرية.") == []


def test_denied_deaths_at_protests_are_no_attack():
    assert _attacks("ونفت دائرة الصحة وفاة 7 محتجين خلال تظاهرات الأحد أمام مبنى المحافظة في الناصرية.") == []


def test_deaths_counted_at_protests_in_their_own_clause_stay():
    found = _attacks("وأعلنت دائرة الصحة وفاة 7 أشخاص وإصابة العشرات خلال تظاهرات الأحد أمام مبنى المحافظة في الناصرية.")
    assert len(found) == 1 and found[0][2] == 7


def test_a_pronoun_killing_by_armed_men_counts_its_pronoun():
    # "قتله" = one dead, "قتلهما" = two, as in a relative clause (review70 #4); two gunmen make it a shooting (#5)
    assert _attacks("ثم قتله مسلحان قرب منزله في حي العامل ببغداد مساء الأحد.") == [("armed_assault", "العامل", 1, False)]
    assert [f[2] for f in _attacks("ثم قتلهما قناص قرب منزلهما في حي العامل ببغداد مساء الأحد.")] == [2]


def test_two_officers_in_construct_count_two():
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", published="2018-06-10",
                                              text="قتلت قوات الأمن ضابطي شرطة في اشتباك قرب الحدود التركية أمس."))
    assert [a.killed for a in rec.attacks] == [2]


def test_a_pronoun_killing_in_a_television_series_is_no_attack():
    # the pronoun's count made the frame counted: a fiction word before the verb must still keep it out
    assert _attacks("وفي الحلقة الثالثة من المسلسل التاريخي قتلته المسلحون داخل القلعة في مشهد مؤثر.") == []
