"""Long articles split into overlapping windows on sentence boundaries; records merged back.

Most articles fit in one window (one request). A longer one is cut at sentence ends
(:func:`marsad.core.arabic.split_sentences`), each window repeating the last sentences of
the one before, so an event told across a boundary is seen whole at least once. A
record found in several windows is merged into one (:func:`merge_records`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from marsad.core.arabic import normalize, split_clauses, split_sentences

__all__ = ["Window", "split_windows", "merge_records", "DEFAULT_WINDOW_CHARS", "DEFAULT_OVERLAP_CHARS"]

DEFAULT_WINDOW_CHARS = 8000
DEFAULT_OVERLAP_CHARS = 600


@dataclass(frozen=True)
class Window:
    """A span of a document sent to the model in one request."""

    index: int
    start: int
    end: int


def _pieces(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Sentences, with over-long ones cut at clause ends, then at spaces."""
    out: list[tuple[int, int]] = []
    for s, e in split_sentences(text):
        if e - s <= max_chars:
            out.append((s, e))
            continue
        for cs, ce in split_clauses(text[s:e]):
            cs, ce = cs + s, ce + s
            while ce - cs > max_chars:
                cut = text.rfind(" ", cs + 1, cs + max_chars)
                cut = cut if cut > cs else cs + max_chars
                out.append((cs, cut))
                cs = cut
                while cs < ce and text[cs].isspace():
                    cs += 1
            if ce > cs:
                out.append((cs, ce))
    return out


def split_windows(
    text: str, max_chars: int = DEFAULT_WINDOW_CHARS, overlap_chars: int = DEFAULT_OVERLAP_CHARS
) -> list[Window]:
    """Split ``text`` into windows of at most ``max_chars`` on sentence boundaries.

    Args:
        text: the document text.
        max_chars: the longest window (characters).
        overlap_chars: about how much text consecutive windows share (whole sentences,
            at most half a window).

    Returns:
        Windows in order, covering the whole text; one window when it fits.
    """
    if max_chars < 200:
        raise ValueError("max_chars must be at least 200")
    if len(text) <= max_chars:
        return [Window(0, 0, len(text))]
    pieces = _pieces(text, max_chars)
    if not pieces:
        return [Window(0, 0, len(text))]
    overlap_chars = min(overlap_chars, max_chars // 2)
    windows: list[Window] = []
    i = 0
    while i < len(pieces):
        start = pieces[i][0]
        j = i
        while j + 1 < len(pieces) and pieces[j + 1][1] - start <= max_chars:
            j += 1
        windows.append(Window(len(windows), start, pieces[j][1]))
        if j + 1 >= len(pieces):
            break
        # step back over whole sentences that fit in the overlap, but always advance
        k = j + 1
        while k - 1 > i and pieces[j][1] - pieces[k - 1][0] <= overlap_chars:
            k -= 1
        i = k
    return windows


# ---------------------------------------------------------------- merging
def _norm(value: object) -> str:
    return normalize(str(value)).strip() if value not in (None, "") else ""


def _identity(kind: str, rec: BaseModel) -> tuple:
    return record_identity(kind, rec.model_dump())


def record_identity(kind: str, d: dict) -> tuple:
    """What makes two records of one kind (dumped to dicts) the same record: merging overlapping windows."""
    loc = d.get("location") or {}
    if kind == "actors":
        return (_norm(d.get("canonical_name") or d.get("name")),)
    if kind == "attacks":
        return (d.get("attack_type"), _norm(loc.get("canonical_name") or loc.get("name")), d.get("date"),
                d.get("killed"), d.get("injured"))
    if kind == "joint_rooms":
        return (_norm(loc.get("canonical_name") or loc.get("name")), d.get("status"),
                tuple(sorted(_norm(p) for p in d.get("participants") or [])))
    return (tuple(sorted(_norm(p) for p in d.get("parties") or [])), d.get("agreement_type"), d.get("status"))


def _spans(rec: BaseModel) -> set[tuple[int, int]]:
    return {(c.start, c.end) for c in rec.citations}  # type: ignore[attr-defined]


def _combine(a: BaseModel, b: BaseModel) -> BaseModel:
    """``a`` with ``b``'s citations, flags and list items added and its empty fields filled from ``b``."""
    da, db = a.model_dump(), b.model_dump()
    for key, vb in db.items():
        va = da.get(key)
        if key == "citations":
            seen = {(c["start"], c["end"]) for c in va}
            da[key] = va + [c for c in vb if (c["start"], c["end"]) not in seen]
            da[key].sort(key=lambda c: c["start"])
        elif isinstance(va, list) and isinstance(vb, list):
            da[key] = va + [x for x in vb if x not in va]
        elif va in (None, "", "unknown", "other") and vb not in (None, ""):
            da[key] = vb
    return type(a).model_validate(da)


def merge_records(per_window: list[dict[str, list[BaseModel]]]) -> tuple[dict[str, list[BaseModel]], int]:
    """Merge the records of a document's windows.

    Two records of one kind from *different* windows are one record when they have
    the same identity (e.g. an attack's type, place, date and figures) or cite the
    same span (the overlap both windows saw). Records of the same window are never
    merged with each other.

    Args:
        per_window: for each window in order, ``{kind: [records]}``.

    Returns:
        ``({kind: [records]}, number_of_merges)``.
    """
    merged: dict[str, list[BaseModel]] = {}
    origin: dict[str, list[int]] = {}
    merges = 0
    for w, records in enumerate(per_window):
        for kind, items in records.items():
            bucket = merged.setdefault(kind, [])
            owners = origin.setdefault(kind, [])
            for rec in items:
                ident, spans = _identity(kind, rec), _spans(rec)
                target = next(
                    (i for i, other in enumerate(bucket)
                     if owners[i] != w and (_identity(kind, other) == ident or _spans(other) & spans)),
                    None,
                )
                if target is None:
                    bucket.append(rec)
                    owners.append(w)
                else:
                    bucket[target] = _combine(bucket[target], rec)
                    merges += 1
    return merged, merges
