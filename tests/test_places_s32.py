"""Session 32 places: places in round-ups and lists, and sentences broken across lines.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_places, mentions, named_places, text
from marsad.agent.offline.mentions import get_gazetteer
from marsad.agent.offline.text import split_document
from marsad.schemas import Document


def _records(body: str) -> list[tuple[str | None, str | None]]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="غارات", text=body, published="2016-05-02"))
    return [(a.location.name if a.location else None, a.location.country if a.location else None) for a in rec.attacks]


def _found(sentence: str) -> list[str]:
    s = split_document(sentence)[0]
    return [m.entry.canonical for m in get_gazetteer().find(s) if m.kind == "places"]


# a round-up of one country's towns, each after "و" with its article
_SYRIA_LIST = "أغارت مقاتلات التحالف أمس على مواقع للتنظيم في سوريا، في الرقة، والبوكمال، والميادين."


def test_towns_listed_after_a_town_are_places_each_with_its_record():
    names = [n for n, _ in _records(_SYRIA_LIST)]
    assert {"الرقة", "البوكمال", "الميادين"} <= set(names)


def test_listed_places_switch_off_drops_the_listed_towns(monkeypatch):
    monkeypatch.setattr(mentions, "LISTED_PLACES", False)
    names = [n for n, _ in _records(_SYRIA_LIST)]
    assert "البوكمال" not in names and "الميادين" not in names


def test_a_town_after_a_cue_with_its_and_is_cued():
    assert "حديثة" in _found("سقطت قذائف هاون في البوكمال وفي حديثة صباح اليوم.")


def test_an_iraqi_town_named_like_a_common_word_is_read_in_a_list_of_iraqi_places():
    assert _found("دارت اشتباكات في الفلوجة، والكرمة، مساء السبت.")[:2] == ["الفلوجة", "الكرمة"]


def _ids(sentence: str) -> list[str]:
    s = split_document(sentence)[0]
    return [m.entry.id for m in get_gazetteer().find(s) if m.kind == "places"]


def test_an_iraqi_town_named_like_a_common_word_needs_an_iraqi_place_before_it():
    assert "karmah" in _ids("دارت اشتباكات في الفلوجة، والكرمة، مساء السبت.")
    assert "karmah" not in _ids("دارت اشتباكات في حلب، والكرمة، مساء السبت.")  # a place of another country
    assert "karmah" not in _ids("رفع المتظاهرون العلم والكرمة رمزا للأرض.")  # no place before it


def test_two_provinces_after_the_dual_noun_are_two_places():
    found = _records("قتل ثلاثة جنود في هجومين منفصلين بإقليمي ماردين وبطمان أمس الأحد.")
    assert [n for n, _ in found] == ["ماردين", "بطمان"]
    assert {c for _, c in found} == {"TR"}


def test_the_regional_adjective_is_no_place_noun():
    assert _found("وأكد الوزير أن لبلاده دورا إقليميا كبيرا في المنطقة.") == []


def test_a_dual_province_noun_lists_two_provinces():
    names = [n for n, _ in _records("قصفت طائرات مسيرة مواقع للمسلحين في ولايتي كونار ونورستان مساء الجمعة.")]
    assert names == ["كونار", "نورستان"]


def test_unknown_towns_after_a_dual_town_noun_are_two_places():
    body = "شنت مقاتلات التحالف أمس غارات على مواقع للحوثيين في بلدتي الزعفرون والقريحات بمحافظة صعدة."
    names = [n for n, _ in _records(body)]
    assert names[:2] == ["الزعفرون", "القريحات"]


def test_the_dual_province_noun_needs_two_names(monkeypatch):
    monkeypatch.setattr(named_places, "PAIRS", True)
    body = "وقالت مصادر إن مسلحين هاجموا نقطة للشرطة في إقليمي جديد قرب الحدود ما أدى إلى مقتل شرطي."
    names = [n for n, _ in _records(body)]
    assert "جديد" not in names


# sentences broken by a line break in their middle
_BROKEN = ("أنباء اليوم\n"
           "وقالت مصادر أمنية اليوم إن مسلحين من الجماعة هاجموا حاجزا\n"
           "عسكريا على طريق المطار في بلدة الصفصافة ما أدى إلى مقتل جنديين.\n"
           "وأضافت المصادر أن المهاجمين لاذوا بالفرار.")


def test_a_line_break_inside_a_sentence_does_not_end_it():
    norms = [s.norm for s in split_document(_BROKEN)]
    assert len(norms) == 3
    assert "حاجزا\nعسكريا" in norms[1]


def test_join_lines_switch_off_splits_at_every_line(monkeypatch):
    monkeypatch.setattr(text, "JOIN_LINES", False)
    monkeypatch.setattr(text, "_SPLIT_CACHE", {})
    assert len(split_document(_BROKEN)) == 4


def test_a_line_ending_in_a_mark_or_a_next_line_opening_with_and_is_a_new_sentence():
    body = ("عنوان الخبر\n"
            "قال المتحدث باسم الجيش في مؤتمر صحفي عقده مساء اليوم إن الوضع تحت السيطرة\n"
            "وأكد أن القوات ستواصل عملياتها في المنطقة خلال الأيام المقبلة.\n"
            "وذكر بيان للجيش أن العملية أسفرت عن تدمير مخازن أسلحة:\n"
            "قرب الحدود الشمالية.")
    assert len(split_document(body)) == 5  # each line its own sentence


def test_list_items_headings_and_the_title_are_never_joined():
    body = ("عنوان طويل للخبر يتحدث عن هجوم كبير على قافلة في شمال البلاد أمس\n"
            "قال مسؤول إن الهجوم وقع عند الفجر.\n"
            "* أول البنود في القائمة وهو بند طويل بما يكفي لكي نختبره هنا\n"
            "* ثاني البنود في القائمة\n"
            "خلاصة قصيرة\n"
            "جاء الهجوم بعد يومين من هجوم مماثل.")
    assert len(split_document(body)) == 6


def test_a_mended_sentence_keeps_its_raw_offsets():
    doc = _BROKEN
    s = split_document(doc)[1]
    assert doc[s.start:s.end].startswith("وقالت") and doc[s.start:s.end].endswith("جنديين.")
    i = s.words.index("عسكريا")
    a, b = s.token_span(i, i + 1)
    assert doc[a:b] == "عسكريا"


def test_a_line_opening_with_a_sentence_opener_is_a_new_sentence():
    body = ("عنوان\n"
            "وأعلن المتحدث باسم الشرطة اليوم أن قوات الأمن أغلقت الطرق المؤدية إلى الميناء\n"
            "كما دعا السكان إلى البقاء في منازلهم حتى انتهاء العملية.")
    assert len(split_document(body)) == 3


_EN_ROUTE = ("وقال مصدر في المقاومة إن اشتباكات عنيفة وقعت أمس في منطقة الكدحة بمديرية الوازعية مع مسلحين كانوا في "
             "طريقهم من مدينتي إب وتعز.")


def test_the_places_people_set_out_from_are_not_where_it_happened(monkeypatch):
    monkeypatch.setattr(attacks_places, "EN_ROUTE", True)
    names = [n for n, _ in _records(_EN_ROUTE)]
    assert "إب" not in names and "تعز" not in names


_EN_ROUTE_ONLY = "وقتل ثلاثة مسلحين أمس في اشتباكات مع قوات الأمن بينما كانوا في طريقهم من مدينتي إب وتعز."


def test_en_route_places_alone_give_no_place(monkeypatch):
    monkeypatch.setattr(attacks_places, "EN_ROUTE", True)
    names = [n for n, _ in _records(_EN_ROUTE_ONLY)]
    assert "إب" not in names and "تعز" not in names
    monkeypatch.setattr(attacks_places, "EN_ROUTE", False)
    names = [n for n, _ in _records(_EN_ROUTE_ONLY)]
    assert "تعز" in names or "إب" in names


_JOINING = "وجاءت الغارات بعد انضمام باريس إلى الحملة بشن غارات على مواقع للتنظيم في العراق أمس."


def test_a_capital_after_a_noun_of_a_states_act_is_the_state_not_the_place():
    assert [n for n, _ in _records(_JOINING)] == ["العراق"]


def test_state_acts_switch_off_reads_the_capital(monkeypatch):
    monkeypatch.setattr(attacks_places, "STATE_ACTS", False)
    assert "باريس" in [n for n, _ in _records(_JOINING)]


def test_a_capital_struck_is_still_the_place():
    assert [n for n, _ in _records("قتل خمسة في انفجار سيارة مفخخة في أنقرة أمس.")] == ["أنقرة"]


def test_a_quarter_of_a_capital_entered_is_no_state():
    from marsad.agent.offline.attacks_places import _capital
    from marsad.core.lexicon import get_lexicon
    entries = {e.id: e for e in get_lexicon().entries}
    assert _capital(entries["baghdad"]) and not _capital(entries["green_zone"])


_GAP = "قصفت طائرات التحالف أمس مواقع للتنظيم في سوريا قرب الرقة وتل الوردات ودير الزور."


def test_a_list_goes_on_over_a_name_no_gazetteer_knows():
    assert {"الرقة", "دير الزور"} <= {n for n, _ in _records(_GAP)}


def test_list_gaps_switch_off_stops_the_list_at_the_unknown_name(monkeypatch):
    monkeypatch.setattr(attacks_places, "LIST_GAPS", False)
    assert "دير الزور" not in {n for n, _ in _records(_GAP)}


def test_a_place_noun_after_and_in_keeps_its_name_alone():
    body = "وفي محافظة أبين قصفت المقاومة مواقع المسلحين بقذائف الهاون يوم الخميس."
    assert [n for n, _ in _records(body)] == ["أبين"]


def test_turkish_towns_of_the_kurdish_conflict_are_known():
    assert _ids("اندلعت اشتباكات في جيزرة وليجة ودوغو بايزيد أمس.") == ["cizre", "lice_tr", "dogubayazit"]
    assert "van_tr" in _ids("قتل شرطي في هجوم بإقليم فان شرق البلاد.")


def test_the_van_vehicle_is_no_town():
    assert "van_tr" not in _ids("استقل المسلحون سيارة فان بيضاء.")
