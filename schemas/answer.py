"""The answer to a question: text with numbered citations, or an honest abstention."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, model_serializer

from marsad.schemas.citation import Citation

__all__ = ["Answer"]


class Answer(BaseModel):
    """What `marsad ask --json` prints and the chat shows.

    ``answer`` refers to its evidence as [1], [2], ... numbering ``citations`` in order.
    """

    answer: str = Field(description="The answer in the question's language, with [n] markers for its citations.")
    citations: list[Citation] = Field(default_factory=list, description="Evidence spans, numbered from 1 in order.")
    abstained: bool = Field(
        default=False, description="True when the sources do not contain the answer (then `answer` says so)."
    )
    language: str | None = Field(default=None, description="'ar' or 'en': the question's language.")
    backend: str | None = Field(default=None, description="'offline' or 'llm'.")
    warning: str | None = Field(
        default=None,
        description="Set when the answer was sought in the keyword index alone because the Chroma server failed: "
                    "what happened and how to fix it, in the question's language (left out of the JSON when None).",
    )

    @model_serializer(mode="wrap")
    def _without_empty_warning(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The dump without ``warning`` when there is none (`marsad ask --json` printed no such key before)."""
        data = handler(self)
        if data.get("warning") is None:
            data.pop("warning", None)
        return data
