"""Issue 10.1: every user-controlled string that reaches HTML goes through one escaping path.

Each rendered component is built with hostile doc ids, titles, sources, names, quotes and answers
and parsed: the only tags are the app's own, no attribute is an event handler, and each hostile
string comes back as text or as an attribute value exactly as given (nothing broke out).
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from marsad.schemas import Actor, Answer, Attack, Citation, DocumentRecords, Hit, Location
from marsad.ui.html import (
    bridge_value,
    citation_choice,
    esc,
    parse_bridge,
    parse_choice,
    render_answer,
    render_article,
    render_history,
    render_hits,
    render_list,
    render_message,
)

HOSTILE = [
    "<img src=x onerror=alert(5)>",
    '"><script>alert(1)</script>',
    "' onmouseover='alert(2)",
    'a" onclick="alert(3)" x="',
    "</textarea><svg onload=alert(4)>",
    "&lt;b&gt; & <b>",
    "javascript:alert(6)",
]
APP_TAGS = {"div", "a", "ol", "li", "blockquote", "mark", "span", "h3", "ul", "bdi"}  # bdi: a bilingual note keeps each part's direction


class _Walk(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((k, v or "") for k, v in attrs)

    def handle_data(self, data):
        self.text.append(data)


def _walk(markup: str) -> _Walk:
    w = _Walk()
    w.feed(markup)
    w.close()
    return w


def _check(markup: str, hostile: str, *, in_text: bool = True, in_attr: str | None = None) -> None:
    w = _walk(markup)
    assert set(w.tags) <= APP_TAGS, f"unexpected tags {set(w.tags) - APP_TAGS} in {markup!r}"
    assert not any(k.startswith("on") for k, _ in w.attrs), markup
    assert {k for k, _ in w.attrs} <= {"class", "dir", "id", "href", "title", "style", "data-doc", "data-start",
                                         "data-end"}
    assert all(not v.lower().startswith("javascript:") for k, v in w.attrs if k == "href")
    if in_text:
        assert hostile in "".join(w.text), (hostile, markup)
    if in_attr:
        assert any(k == in_attr and hostile in v for k, v in w.attrs), (in_attr, hostile, markup)


def _doc(hostile: str):
    text = f"قتل 5 شرطيا في كركوك. {hostile} وقال الناطق."
    quote = "قتل 5 شرطيا في كركوك"
    cite = Citation(doc_id=hostile, start=0, end=len(quote), quote=quote)
    hq = text.index(hostile)
    hcite = Citation(doc_id=hostile, start=hq, end=hq + len(hostile), quote=hostile)
    recs = DocumentRecords(
        doc_id=hostile, title=hostile, source=hostile,
        attacks=[Attack(citations=[cite], killed=5, location=Location(name=hostile, governorate=hostile),
                        perpetrator=hostile, attack_type="armed_assault")],
        actors=[Actor(citations=[hcite], name=hostile, type="police", role=hostile)],
    )
    return text, cite, hcite, recs


@pytest.mark.parametrize("hostile", HOSTILE)
def test_every_component_escapes_hostile_strings(hostile):
    text, cite, hcite, recs = _doc(hostile)
    answer = Answer(answer=f"{hostile} [1] [2]", citations=[cite, hcite], language="ar")
    html = render_answer(answer, {hostile: text}, {hostile: hostile})
    _check(html, hostile, in_attr="data-doc")
    _check(render_history([(hostile, html)]), hostile)
    article = render_article(text, recs, focus=(cite.start, cite.end), title=hostile, doc_id=hostile)
    _check(article, hostile, in_attr="title")  # the actor's name reaches the tooltip
    hits = render_hits([Hit(doc_id=hostile, title=hostile, score=1.0, start=0, end=5, text=hostile)])
    _check(hits, hostile, in_attr="data-doc")
    _check(render_message(hostile, "error"), hostile)
    _check(render_message(hostile, kind=hostile), hostile)  # a hostile kind cannot reach the class attribute
    _check(render_list([("error", hostile), (hostile, hostile)]), hostile)


@pytest.mark.parametrize("hostile", HOSTILE + ["a b", "مقال 1", "x%20y", "-", "12 3-4"])
def test_bridge_and_picker_round_trip_any_id(hostile):
    value = bridge_value(hostile, 10, 20)
    assert "<" not in value and '"' not in value and "&" not in value and " " not in value.split(" ")[0]
    assert parse_bridge(value) == (hostile, 10, 20)
    assert parse_choice(citation_choice(3, hostile, 10, 20)) == (hostile, 10, 20)


def test_bridge_rejects_garbage():
    for junk in (None, "", "x", "x 1", "x a-b", "<img src=x> 1-2x"):
        assert parse_bridge(junk) is None


def test_esc_covers_attribute_breakouts():
    assert esc('a"b') == "a&quot;b" and esc("a'b") == "a&#x27;b" and esc(5) == "5"


def test_app_bridge_encodes_the_id():
    """The JavaScript that fills the bridge uses the same encoding that parse_bridge decodes."""
    from marsad.ui import app
    from marsad.ui.html import BRIDGE_ENCODE_JS

    assert "__ENCODE__" in app._BRIDGE_JS and "encodeURIComponent" in BRIDGE_ENCODE_JS
    assert "item.dataset.doc +" not in app._BRIDGE_JS
