"""Shared by the perpetrator tests: the doer the rules give each event frame of a text (the frame level: a record
needs more than a doer)."""

from __future__ import annotations

from marsad.agent.offline.context import build_context
from marsad.agent.offline.frames import find_frames
from marsad.agent.offline.mentions import get_gazetteer
from marsad.agent.offline.roles_perpetrator import perpetrator
from marsad.schemas import Document


def frame_doers(text: str, published: str = "2019-03-10") -> list[str | None]:
    """The registry id of each event frame's perpetrator (None when it has none), frames of every sentence in order."""
    ctx = build_context(Document(doc_id="t-frames", text=text, published=published), get_gazetteer())
    return [m.entry.id if (m := perpetrator(ctx, f)) is not None else None
            for si in range(len(ctx.sentences)) for f in find_frames(ctx, si)]
