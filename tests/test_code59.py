"""Pass 59 (code59): one phrase table for the empty-period message, the Events tab's one parse, `events --json`'s
pointer on stderr, the Ingest tab in the UI's language."""

from __future__ import annotations


# ---------------------------------------------------------------- one phrase table, both languages
def test_the_empty_period_message_is_one_sentence_in_either_language():
    from marsad.core.errors import no_events_in_period

    assert no_events_in_period("in 2018-06", "2018-05-20", "2018-07-02", 2, 1) == (
        "no event is dated in 2018-06: the nearest before it is dated 2018-05-20; the nearest after it 2018-07-02; "
        "2 told only to a month or a year overlap it without lying inside (widen the period to take them); "
        "1 carry no date. The period is the incident's date; `marsad search`/`ask --since` read the publication date")
    assert no_events_in_period("in 2018-06", None, "2018-07-02", readers="the chat's Since/Until") == (
        "no event is dated in 2018-06: the nearest after it is dated 2018-07-02. The period is the incident's date; "
        "the chat's Since/Until read the publication date")
    assert no_events_in_period("في 2018-06", "2018-05-20", "2018-07-02", 2, 1, language="ar") == (
        "لا حدث مؤرخا في 2018-06: أقربها قبلها مؤرخ 2018-05-20؛ وأقربها بعدها مؤرخ 2018-07-02؛ "
        "2 منها مؤرخة بشهر أو سنة تتداخل مع المدة ولا تقع كلها فيها (وسّع المدة لتشملها)؛ 1 منها بلا تاريخ. "
        "المدة تاريخ الحدث لا تاريخ النشر")
    assert no_events_in_period("في 2018-06", None, "2018-07-02", language="ar") == (
        "لا حدث مؤرخا في 2018-06: أقربها بعدها مؤرخ 2018-07-02. المدة تاريخ الحدث لا تاريخ النشر")
    assert no_events_in_period("in 2018", None, None).startswith("no event is dated in 2018. The period")
