"""Review69 (merge69 findings 1, 2): strikes or shelling placed only at the country take the place of the fighting a
cue ties them to (:mod:`marsad.agent.offline.attacks_support`) only when the cue governs fighting, the record lent is
ground fighting, and no turn to another item stands between; the cue is read in its clitic forms too ("وبالتزامن"،
"ورافقها"، "وتزامنا").

Sentences written for these tests."""

from marsad.schemas import Document


def _placed(body: str) -> list[tuple[str, str | None]]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2019-03-10"))
    return [(str(getattr(a.attack_type, "value", a.attack_type)), a.location.name if a.location else None)
            for a in rec.attacks]


_FIGHT = "قتل خمسة مسلحين حوثيين في معارك مع قوات الجيش في مديرية صرواح صباح الأحد."
_AIDED = "شنت طائرات التحالف غارات على مواقع للحوثيين في اليمن لمساندة قوات الجيش."
_CLASH = "قتل أربعة من عناصر الجيش في اشتباكات مع الحوثيين في مديرية حرض."


def test_a_turn_between_stops_the_lending():
    assert _placed(f"{_FIGHT} وفي سياق آخر، {_AIDED}") == [("armed_assault", "صرواح"), ("airstrike", "اليمن")]
    assert _placed(f"{_FIGHT} إلى ذلك، {_AIDED}") == [("armed_assault", "صرواح"), ("airstrike", "اليمن")]


def test_support_of_the_fighting_before_still_takes_its_place():
    assert _placed(f"{_FIGHT} و{_AIDED}") == [("armed_assault", "صرواح"), ("airstrike", "صرواح")]


def test_a_cue_tied_to_no_fighting_lends_nothing():
    visit = "وقصفت مدفعية الجيش مواقع الميليشيات في اليمن تزامنا مع وصول وفد حكومي إلى عدن."
    assert _placed(f"{_CLASH} {visit}") == [("armed_assault", "حرض"), ("shelling", "اليمن")]


def test_one_sided_shelling_is_no_fighting_to_support():
    shelled = "قتل ثلاثة مدنيين بقصف حوثي على حي سكني في مدينة تعز."
    assert _placed(f"{shelled} و{_AIDED}") == [("shelling", "تعز"), ("airstrike", "اليمن")]


def test_clitic_forms_of_the_cue_are_read():
    follows = "ورافقها قصف مدفعي مكثف على مواقع الميليشيات في اليمن."
    assert _placed(f"{_CLASH} {follows}") == [("armed_assault", "حرض"), ("shelling", "حرض")]
    timed = "وتزامنا مع المعارك قصفت مدفعية الجيش مواقع الميليشيات في اليمن."
    assert _placed(f"{_CLASH} {timed}") == [("armed_assault", "حرض"), ("shelling", "حرض")]


def test_the_flag_is_not_written_twice():
    """A record the article's context placed at the country (flag ``location_from_article`` already) keeps one flag
    when the fighting's place is lent to it."""
    from types import SimpleNamespace

    from marsad.agent.offline import OfflineExtractor
    from marsad.agent.offline.attacks_support import support_placed
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer

    ex = OfflineExtractor()
    fight = ex.extract(Document(doc_id="t", title="", text=_FIGHT, published="2019-03-10")).attacks[0]
    struck = ex.extract(Document(doc_id="t", title="", text=_AIDED, published="2019-03-10")).attacks[0]
    struck = struck.model_copy(update={"flags": [*struck.flags, "location_from_article"]})
    ctx = build_context(Document(doc_id="t", title="", text=f"{_FIGHT} و{_AIDED}", published="2019-03-10"),
                        get_gazetteer())
    si = next(k for k, s in enumerate(ctx.sentences) if "لمسانده" in s.words)
    records = [(fight, {"events": [SimpleNamespace(si=si - 1)]}), (struck, {"events": [SimpleNamespace(si=si)]})]
    placed = support_placed(ctx, [(fight, False), (struck, False)], records)[1][0]
    assert placed.location.name == "صرواح"
    assert placed.flags.count("location_from_article") == 1
