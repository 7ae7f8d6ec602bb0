"""Pure HTML builders for the app: every piece of article text goes through :func:`esc` first.

Right-to-left aware: Arabic blocks carry ``dir="rtl"`` (or ``dir="auto"`` where the
language is unknown), so mixed Arabic/English text lays out correctly. No function here
touches the index or gradio; each takes plain data and returns a string.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from urllib.parse import quote, unquote

from marsad.core.display import no_query_word
from marsad.schemas import Answer, DocumentRecords, Hit

__all__ = [
    "esc", "text_dir", "render_answer", "render_history", "render_article", "render_hits", "render_message",
    "CSS", "TYPE_COLORS", "spans_of", "citation_choice", "parse_choice", "bridge_value", "parse_bridge",
    "render_list", "BRIDGE_ENCODE_JS",
]

TYPE_COLORS = {
    "attack": "#f8c9c4",
    "joint_room": "#c9e4f8",
    "agreement": "#d3f2c9",
    "actor": "#f3e6b5",
}
_TYPE_LABEL = {"attack": "attack / هجوم", "joint_room": "joint room / غرفة عمليات", "agreement": "agreement / اتفاق",
               "actor": "actor / فاعل"}
_KIND_TYPE = {"attacks": "attack", "joint_rooms": "joint_room", "agreements": "agreement", "actors": "actor"}
# When spans overlap, the more specific event type colours the text.
_PRIORITY = ("attack", "joint_room", "agreement", "actor")
_MARKER = re.compile(r"\[(\d{1,3})\]")
CONTEXT_CHARS = 90

CSS = """
.marsad-rtl { direction: rtl; text-align: right; unicode-bidi: plaintext; }
.marsad-answer { font-size: 1.05rem; line-height: 1.8; white-space: pre-wrap; }
.marsad-turn { border-bottom: 1px solid #ddd; padding: .6rem 0; }
.marsad-q { font-weight: 600; margin-bottom: .3rem; }
.marsad-abstained { color: #8a5a00; }
.marsad-cite-marker { font-weight: 700; color: #1f5fa8; text-decoration: none; }
.marsad-citations { margin: .4rem 0 0; padding: 0; list-style: none; }
.marsad-citation { margin: .35rem 0; padding: .35rem .6rem; border-inline-start: 4px solid #1f5fa8;
  background: #f5f8fc; line-height: 1.8; }
.marsad-citation mark { background: #ffe58a; padding: 0 .1rem; }
.marsad-cite-meta { font-size: .8rem; color: #555; direction: ltr; unicode-bidi: isolate; }
.marsad-article { line-height: 2; white-space: pre-wrap; font-size: 1.05rem; }
.marsad-hl { border-radius: 3px; padding: 0 1px; }
.marsad-focus { outline: 3px solid #d9480f; background: #ffd8a8 !important; }
.marsad-legend span { display: inline-block; margin: 0 .3rem; padding: 0 .4rem; border-radius: 3px; }
.marsad-hit { margin: .4rem 0; padding: .3rem .5rem; border: 1px solid #e3e3e3; border-radius: 4px; cursor: pointer; }
.marsad-hit mark { background: #ffe58a; padding: 0 .1rem; }
.marsad-near { color: #8a5a00; }
.marsad-note { color: #555; }
.marsad-error { color: #b00020; }
/* Arabic in the app's proportional Arabic font (never the theme's monospace: it sets each letter apart) */
.marsad-answer, .marsad-q, .marsad-citation, .marsad-article, .marsad-record, .marsad-hit, .marsad-rtl,
#marsad-question textarea {
  font-family: var(--font), "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Arial", sans-serif; }
/* Records and Events tables: each cell lays out in its own text's direction (Arabic right-to-left, English
   left-to-right), proportional font, headers broken between words only (the Events table had none of it) */
:is(#marsad-records, #marsad-events) table, :is(#marsad-records, #marsad-events) th, :is(#marsad-records, #marsad-events) th *, :is(#marsad-records, #marsad-events) td,
:is(#marsad-records, #marsad-events) td *, :is(#marsad-records, #marsad-events) .virtual-row, :is(#marsad-records, #marsad-events) .body-cell,
:is(#marsad-records, #marsad-events) .body-cell * {
  font-family: var(--font), "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Arial", sans-serif !important;
  letter-spacing: normal !important; }
:is(#marsad-records, #marsad-events) td .cell-wrap, :is(#marsad-records, #marsad-events) td span, :is(#marsad-records, #marsad-events) .body-cell .cell-wrap,
:is(#marsad-records, #marsad-events) .body-cell span { unicode-bidi: plaintext; text-align: start; }
:is(#marsad-records, #marsad-events) td, :is(#marsad-records, #marsad-events) .body-cell { font-size: .95rem; line-height: 1.7; }
:is(#marsad-records, #marsad-events) th span { word-break: normal !important; overflow-wrap: normal !important; hyphens: none;
  white-space: normal; font-weight: 600; }
.marsad-fields { border-collapse: collapse; margin: .3rem 0 .6rem; }
.marsad-fields th { text-align: start; padding: .15rem .8rem .15rem 0; color: #555; font-weight: 600;
  white-space: nowrap; vertical-align: top; }
.marsad-fields td { padding: .15rem 0; unicode-bidi: plaintext; }
.marsad-record-cites { margin: .2rem 0 .6rem; line-height: 1.8; }
"""


def esc(text: object) -> str:
    """HTML-escape text for element content and attribute values alike (``&<>"'``); None becomes "".

    The one escaping path of the app: every user-controlled string (doc ids, titles, sources,
    names, quotes, answers, file names, error messages) goes through it before it reaches HTML.
    """
    return html.escape("" if text is None else str(text), quote=True)


# The citation bridge (a hidden gr.HTML) carries "doc_id start-end" from a clicked snippet to the
# server. Its value is rendered as HTML, so the doc id travels percent-encoded: the JavaScript side
# uses encodeURIComponent (no < > " & survive it), :func:`parse_bridge` decodes it.
BRIDGE_ENCODE_JS = "encodeURIComponent(item.dataset.doc)"


def bridge_value(doc_id: str, start: int, end: int) -> str:
    """What the bridge carries for a citation: the percent-encoded doc id and its span (inert as HTML)."""
    return f"{quote(doc_id, safe='')} {int(start)}-{int(end)}"


def parse_bridge(value: str | None) -> tuple[str, int, int] | None:
    """``(doc_id, start, end)`` from a :func:`bridge_value` string (or the JavaScript equivalent), else None."""
    m = re.fullmatch(r"(\S+) (\d+)-(\d+)", (value or "").strip())
    if not m:
        return None
    doc_id = unquote(m.group(1))
    return (doc_id, int(m.group(2)), int(m.group(3))) if doc_id else None


#: A date as Marsad writes it (2018-05, 2018-05-20): laid out right to left inside Arabic text, "من 2018-05" showed
#: "من 05-2018" (numbers after Arabic letters are Arabic numbers, and the hyphen between two of them is neutral).
_DATE = re.compile(r"(?<![\w-])\d{4}(?:-\d{2}){1,2}(?![\w-])")


def _ltr_dates(escaped: str) -> str:
    """``escaped`` (HTML of an Arabic text) with every date (:data:`_DATE`) isolated left to right."""
    return _DATE.sub(lambda m: f'<bdi dir="ltr">{m.group(0)}</bdi>', escaped)


def _isolated(text: str) -> str:
    """``text`` escaped, each part of an "Arabic · English" pair isolated in its own direction (so an English full stop
    stays at its end), and every date in an Arabic part isolated left to right (:data:`_DATE`)."""
    parts = []
    for part in str(text).split(" · "):
        escaped = esc(part)
        if text_dir(part) == "rtl":
            escaped = _ltr_dates(escaped)
        parts.append(f"<bdi>{escaped}</bdi>")
    return " · ".join(parts)


def render_list(items: Iterable[tuple[str, str]]) -> str:
    """A list of ``(kind, text)`` lines (``note`` or ``error``), every text escaped (:func:`_isolated`)."""
    lines = "".join(f'<li class="marsad-{"error" if kind == "error" else "note"}">{_isolated(text)}</li>'
                    for kind, text in items)
    return f'<ul dir="auto">{lines}</ul>'


def text_dir(text: str | None) -> str:
    """``"rtl"`` when most letters of ``text`` are Arabic, else ``"ltr"``."""
    from marsad.core.arabic import arabic_ratio

    return "rtl" if arabic_ratio(text or "") >= 0.5 else "ltr"


def _markers(escaped: str) -> str:
    return _MARKER.sub(lambda m: f'<a class="marsad-cite-marker" href="#marsad-cite-{m.group(1)}">[{m.group(1)}]</a>',
                       escaped)


def render_message(text: str, kind: str = "note") -> str:
    """A short escaped notice (``note`` or ``error``), direction detected from the text."""
    kind = "error" if kind == "error" else "note"
    return f'<div class="marsad-{kind}" dir="auto">{_isolated(text)}</div>'


def citation_choice(n: int, doc_id: str, start: int, end: int) -> str:
    """The label of a citation in the "open at citation" picker; :func:`parse_choice` reads it back."""
    return f"[{n}] {doc_id} {start}-{end}"


def parse_choice(choice: str | None) -> tuple[str, int, int] | None:
    """``(doc_id, start, end)`` from a :func:`citation_choice` label, or None."""
    m = re.fullmatch(r"\[\d+\] (.+) (\d+)-(\d+)", (choice or "").strip())
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else None


def _snippet(text: str | None, start: int, end: int, quote: str) -> str:
    """The quote highlighted inside a little of its surrounding text, all escaped."""
    if text is None or text[start:end] != quote:
        return f"<mark>{esc(quote)}</mark>"
    before = text[max(0, start - CONTEXT_CHARS): start]
    after = text[end: end + CONTEXT_CHARS]
    lead = "…" if start > CONTEXT_CHARS else ""
    tail = "…" if end + CONTEXT_CHARS < len(text) else ""
    return f"{lead}{esc(before)}<mark>{esc(quote)}</mark>{esc(after)}{tail}"


def render_answer(answer: Answer, texts: Mapping[str, str] | None = None,
                  titles: Mapping[str, str | None] | None = None,
                  published_outlet: Mapping[str, tuple[str | None, str | None]] | None = None) -> str:
    """An answer with clickable [n] markers and its citations as quoted, highlighted snippets.

    Args:
        answer: the answer to show.
        texts: doc_id -> stored text, to show each quote in context (optional).
        titles: doc_id -> title, shown beside each citation (optional).
        published_outlet: doc_id -> (publication date, outlet), shown before the title (optional): a reader judges a cited
            article by when and where it was published (an answer about a bombing of 2015 citing an article of
            2018, or another country's, is seen at once; ux62).
    """
    texts = texts or {}
    titles = titles or {}
    published_outlet = published_outlet or {}
    direction = "rtl" if (answer.language or text_dir(answer.answer)) == "ar" else "ltr"
    cls = "marsad-answer" + (" marsad-abstained" if answer.abstained else "")
    body = _markers(esc(answer.answer))
    if direction == "rtl":  # "من 2015-06" read "من 06-2015" (:data:`_DATE`)
        body = _ltr_dates(body)
    parts = [f'<div class="{cls}" dir="{direction}">{body}</div>']
    if answer.citations:
        parts.append('<ol class="marsad-citations">')
        for n, c in enumerate(answer.citations, 1):
            title = titles.get(c.doc_id)
            when = " · ".join(esc(m) for m in published_outlet.get(c.doc_id, ()) if m)
            meta = (f"[{n}] {esc(c.doc_id)} · {c.start}–{c.end}" + (f" · {when}" if when else "")
                    + (f" · {esc(title)}" if title else ""))
            snippet = _snippet(texts.get(c.doc_id), c.start, c.end, c.quote)
            parts.append(
                f'<li class="marsad-citation" id="marsad-cite-{n}" data-doc="{esc(c.doc_id)}" '
                f'data-start="{c.start}" data-end="{c.end}">'
                f'<div class="marsad-cite-meta">{meta}</div>'
                f'<blockquote dir="{text_dir(c.quote)}">{snippet}</blockquote></li>'
            )
        parts.append("</ol>")
    return "".join(parts)


def render_history(turns: Iterable[tuple[str, str]]) -> str:
    """The conversation: each turn is ``(question, rendered answer HTML)``; questions are escaped here."""
    out = []
    for question, answer_html in turns:
        out.append(
            f'<div class="marsad-turn"><div class="marsad-q" dir="{text_dir(question)}">{esc(question)}</div>'
            f"{answer_html}</div>"
        )
    if not out:
        return render_message("اطرح سؤالا عن المقالات المفهرسة · Ask a question about the indexed articles.")
    return "".join(reversed(out))  # newest first


def spans_of(records: DocumentRecords | None) -> list[tuple[int, int, str, str]]:
    """Every citation span of a document's records: ``(start, end, type, label)``."""
    if records is None:
        return []
    out = []
    for kind, type_ in _KIND_TYPE.items():
        for rec in getattr(records, kind):
            label = _record_label(type_, rec)
            for c in rec.citations:
                out.append((c.start, c.end, type_, label))
    return out


def _record_label(type_: str, rec) -> str:
    if type_ == "actor":
        return f"{rec.name}" + (f" — {rec.role}" if getattr(rec, "role", None) else "")
    if type_ == "attack":
        bits = [str(getattr(rec.attack_type, "value", rec.attack_type))]
        if rec.killed is not None:
            bits.append(f"killed {rec.killed}")
        if rec.injured is not None:
            bits.append(f"injured {rec.injured}")
        if rec.location is not None:
            bits.append(rec.location.name)
        return ", ".join(bits)
    if type_ == "joint_room":
        return ", ".join(rec.participants) or (rec.name or "joint room")
    return ", ".join(rec.parties) or (rec.agreement_type or "agreement")


def render_article(text: str, records: DocumentRecords | None = None, *, focus: tuple[int, int] | None = None,
                   title: str | None = None, doc_id: str | None = None) -> str:
    """The article with every extraction highlighted by type, right-to-left, fully escaped.

    Overlapping spans are split at every boundary; each piece takes the colour of the
    most specific type covering it and lists all of them in its tooltip. ``focus``
    (a citation span) gets an outline and the id ``marsad-focus``.
    """
    spans = spans_of(records)
    if focus is not None:
        spans.append((focus[0], focus[1], "focus", "citation"))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    pieces = []
    focus_done = False
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b <= a:
            continue
        piece = esc(text[a:b])
        covering = [(t, label) for s, e, t, label in spans if s <= a and b <= e]
        if not covering:
            pieces.append(piece)
            continue
        types = {t for t, _ in covering}
        main = next((t for t in _PRIORITY if t in types), None)
        classes = ["marsad-hl"] + ([f"marsad-{main}"] if main else []) + (["marsad-focus"] if "focus" in types else [])
        style = f' style="background:{TYPE_COLORS[main]}"' if main else ""
        tip = esc(" | ".join(f"{_TYPE_LABEL.get(t, t)}: {label}" for t, label in covering))
        anchor = ""
        if "focus" in types and not focus_done:
            anchor, focus_done = ' id="marsad-focus"', True
        pieces.append(f'<span class="{" ".join(classes)}"{anchor}{style} title="{tip}">{piece}</span>')
    legend = "".join(f'<span style="background:{c}">{esc(_TYPE_LABEL[t])}</span>' for t, c in TYPE_COLORS.items())
    head = ""
    if title or doc_id:
        head = f'<h3 dir="{text_dir(title)}">{esc(title or doc_id)}</h3><div class="marsad-cite-meta">{esc(doc_id)}</div>'
    return (f'{head}<div class="marsad-legend">{legend}</div>'
            f'<div class="marsad-article marsad-rtl" dir="rtl">{"".join(pieces)}</div>')


def render_hits(hits: Iterable[Hit], snippets: list[tuple[str, list[tuple[int, int]]]] | None = None,
                outlets: list[str] | None = None) -> str:
    """Search results, best first, as the Search tab shows them: the rank and title, then the publication date,
    the outlet and the doc id, then the sentence that best matches the query with its matched words marked
    (``snippets``: :func:`marsad.index.search.snippet` per hit; the passage without them; a hit with no word marked
    says so: mostly one the vectors filled in below the keyword hits, the nearest rather than a match). Each result carries its
    article and the sentence's span (``data-doc``, ``data-start``, ``data-end``): a click opens it there."""
    out = []
    for rank, h in enumerate(hits, 1):
        sentence, spans = snippets[rank - 1] if snippets else (h.text, [])
        outlet = outlets[rank - 1] if outlets else h.source
        start, end = int(h.start), int(h.end)
        bare = sentence.strip("…").strip()
        at = h.text.find(bare) if bare else -1
        if at >= 0:  # the snippet is a sentence of the passage: open the article there
            start, end = start + at, start + at + len(bare)
        pieces, last = [], 0
        for a, b in spans:
            pieces += [esc(sentence[last:a]), f"<mark>{esc(sentence[a:b])}</mark>"]
            last = b
        pieces.append(esc(sentence[last:]))
        meta = " · ".join(esc(m) for m in (h.published, outlet, h.doc_id) if m)
        if snippets and not spans:  # mostly the vectors' fill-in below the keyword hits: nearest, not matching
            meta += f' · <span class="marsad-near">{esc(no_query_word())}</span>'
        heading = h.title or h.doc_id
        out.append(
            f'<div class="marsad-hit" data-doc="{esc(h.doc_id)}" data-start="{start}" data-end="{end}">'
            f'<div class="marsad-q" dir="{text_dir(heading)}">{rank}. {esc(heading)}</div>'
            f'<div class="marsad-cite-meta">{meta}</div>'
            f'<div dir="{text_dir(sentence)}">{"".join(pieces)}</div></div>'
        )
    return "".join(out) or render_message("No results · لا نتائج")
