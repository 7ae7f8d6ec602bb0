"""A query phrase's sense from its neighbours (ux63): "غرفة" is a room and a chamber, "عمليات" military and trade
operations. "joint operations room in Kirkuk" / "غرفة عمليات مشتركة في كركوك" ranked a chamber of commerce's article
first (its words scattered through it); a phrase now counts in full only where its words stand together. Driven
through the real `marsad` command over a temp home (real embedded Chroma) of articles written here."""

from __future__ import annotations

import json

import pytest

CHAMBER = {
    "id": "t-chamber", "title": "غرفة تجارة كركوك تعقد اجتماعها السنوي", "date": "2019-03-02",
    "text": "عقدت غرفة تجارة كركوك اجتماعها السنوي بحضور أعضاء الغرفة من التجار. وتناول الاجتماع أسعار المواد "
            "الغذائية في الأسواق وعمليات التصدير والاستيراد عبر المنافذ. وقال رئيس الغرفة إن التجار سيطلقون في "
            "العام المقبل عددا من المشاريع المشتركة، وإن عمليات تسجيل الشركات الجديدة ارتفعت هذا العام. وأضاف أن "
            "الغرفة تدعم صغار التجار في المدينة.",
}
ROOM = {
    "id": "t-room", "title": "تشكيل قيادة أمنية جديدة في المحافظة", "date": "2019-03-04",
    "text": "أعلنت قيادة العمليات في المحافظة تشكيل غرفة عمليات مشتركة في كركوك تضم الجيش والشرطة الاتحادية "
            "وجهاز مكافحة الإرهاب، لتنسيق حماية الطرق الخارجية. وقال ضابط في الجيش إن القوات ستبدأ حملة تفتيش "
            "في القرى الجنوبية خلال الأيام المقبلة.",
}
OTHER = {
    "id": "t-market", "title": "ارتفاع أسعار الخضار في أسواق البصرة", "date": "2019-03-05",
    "text": "ارتفعت أسعار الخضار في أسواق البصرة هذا الأسبوع بسبب قلة المعروض، وقال تجار إن الأسعار ستنخفض "
            "مع وصول شحنات جديدة من المحافظات الأخرى.",
}

# everyday articles: "مدينة" (city) is as common in the index as it is in the news
TOWNS = [{"id": f"t-town{i}", "title": f"افتتاح حديقة عامة في مدينة {town}", "date": "2019-03-06",
          "text": f"افتتح محافظ {town} حديقة عامة جديدة في مركز المدينة، وقال إن المدينة ستشهد مشاريع خدمية أخرى."}
         for i, town in enumerate(("الحلة", "الكوت", "السماوة", "العمارة", "الديوانية"))]


def _home(run_cli, tmp_path):
    path = tmp_path / "articles.jsonl"
    articles = (CHAMBER, ROOM, OTHER, *TOWNS)
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    assert run_cli("ingest", str(path), "--no-progress").returncode == 0


def test_a_joint_room_query_ranks_the_room_above_the_chamber(run_cli, tmp_path, marsad_home):
    _home(run_cli, tmp_path)
    for query in ("غرفة عمليات مشتركة في كركوك", "joint operations room in Kirkuk"):
        found = run_cli("search", query, "-k", "2", "--json")
        assert found.returncode == 0, found.stderr
        assert [h["doc_id"] for h in json.loads(found.stdout)] == ["t-room", "t-chamber"], query


def test_the_chamber_came_first_without_the_rule(run_cli, tmp_path, marsad_home):
    """The same index with the switch off: the bug this test stands for (the chamber's scattered words won)."""
    from marsad.core.config import resolve_settings
    from marsad.index import search

    _home(run_cli, tmp_path)
    settings = resolve_settings({"home": str(marsad_home)}, env={})
    with search.Searcher(settings, warm=False) as searcher:
        assert searcher.search("غرفة عمليات مشتركة في كركوك", 2)[0].doc_id == "t-room"
        search.PHRASE_TOGETHER = False
        try:
            assert searcher.search("غرفة عمليات مشتركة في كركوك", 2)[0].doc_id == "t-chamber"
            assert searcher.search("joint operations room in Kirkuk", 2)[0].doc_id == "t-chamber"
        finally:
            search.PHRASE_TOGETHER = True


def test_together_reads_word_order_within_a_window():
    from marsad.index.search import _together

    phrase = [["غرف", "عملي", "مشترك"]]
    from marsad.index.search import _apart

    assert _together(phrase, _w("اعلن تشكيل غرف عملي مشترك كركوك")) == 3
    assert _together(phrase, _w("غرف عملي عسكري مشترك")) == 3  # one word between them
    assert _together(phrase, _w("غرف تجار كركوك اجتماع ناقش عملي تصدير مشروع مشترك")) == 1
    assert _apart(phrase, _w("غرف تجار كركوك اجتماع ناقش عملي تصدير مشروع مشترك")) == pytest.approx(2 / 3)
    assert _apart(phrase, _w("غرف تنسيق مشترك")) == pytest.approx(1 / 3)  # a joint room of another kind
    assert _apart(phrase, _w("اعلن تشكيل غرف عملي مشترك")) == 0
    # the passage's word set, built once per passage by the caller (review63 finding 28), reads the same
    words = _w("غرف تجار كركوك اجتماع ناقش عملي تصدير مشروع مشترك")
    assert _together(phrase, words, frozenset(words)) == 1 and _apart(phrase, words, frozenset(words)) == pytest.approx(2 / 3)
    assert _together(phrase, _w("عملي مشترك تنسيق"), frozenset(_w("عملي مشترك تنسيق"))) == 1  # no head: apart only


def _w(terms: str) -> list[str]:
    return terms.split()


def test_the_phrase_sense_reads_the_ranking_scores_once(run_cli, tmp_path, marsad_home, monkeypatch):
    """review63 finding 27: the phrase sense re-scored every concept over the whole index after doc_ranking had
    scored them (twice the BM25 work of a phrase query); it now reads doc_ranking's per-concept scores. Each
    concept is scored once over the passages, and the ranking is the one the phrase sense gives scoring them anew."""
    from marsad.core.config import resolve_settings
    from marsad.index import bm25, search

    _home(run_cli, tmp_path)
    settings = resolve_settings({"home": str(marsad_home)}, env={})
    with search.Searcher(settings, warm=False) as searcher:
        query = "غرفة عمليات مشتركة في كركوك"
        once = searcher.search(query, 3)  # opens the index
        scored = []
        real = bm25.BM25Index.concept_scores

        def counted(index, variants):
            if index is searcher.bm25:
                scored.append(tuple(map(tuple, variants)))
            return real(index, variants)

        monkeypatch.setattr(bm25.BM25Index, "concept_scores", counted)
        assert [h.doc_id for h in searcher.search(query, 3)] == [h.doc_id for h in once]
        assert scored and len(scored) == len(set(scored))  # no concept scored twice over the passages
        with_sense = len(scored)
        scored.clear()
        monkeypatch.setattr(search, "PHRASE_TOGETHER", False)
        searcher.search(query, 3)
        assert len(scored) == with_sense  # the phrase sense adds no scoring of its own
