"""The citation: an exact character span of a stored document."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

__all__ = ["Citation", "document_text_from_context"]


def document_text_from_context(info: ValidationInfo, doc_id: str) -> str | None:
    """The document text a validator should check against, if the caller passed one.

    The validation context may hold ``{"text": str}`` (one document) or
    ``{"texts": {doc_id: text}}`` (several). Without either, spans are only checked
    for shape, not against the text.
    """
    ctx = info.context or {}
    texts = ctx.get("texts")
    if texts is not None and doc_id in texts:
        return texts[doc_id]
    text = ctx.get("text")
    if text is not None and (ctx.get("doc_id") in (None, doc_id)):
        return text
    return None


class Citation(BaseModel):
    """Evidence for a record: a verbatim quote and where it stands in the article.

    ``quote`` must equal ``text[start:end]`` where ``text`` is the document text exactly
    as stored (for a UTF-8 .txt file: its whole content). Offsets count Unicode code
    points (Python string indices), not bytes.
    """

    model_config = ConfigDict(extra="forbid")

    doc_id: str = Field(description="Identifier of the document the quote comes from.")
    start: int = Field(ge=0, description="Offset of the first character of the quote in the document text.")
    end: int = Field(ge=0, description="Offset just past the last character of the quote (exclusive).")
    quote: str = Field(min_length=1, description="The quoted text, copied verbatim from the document.")

    @model_validator(mode="after")
    def _check_span(self, info: ValidationInfo) -> Citation:
        if self.end <= self.start:
            raise ValueError(f"citation end ({self.end}) must be greater than start ({self.start})")
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"citation span {self.start}:{self.end} has length {self.end - self.start} "
                f"but the quote has {len(self.quote)} characters"
            )
        text = document_text_from_context(info, self.doc_id)
        if text is not None:
            if self.end > len(text):
                raise ValueError(f"citation end {self.end} is past the end of document {self.doc_id} ({len(text)} chars)")
            if text[self.start:self.end] != self.quote:
                raise ValueError(
                    f"citation quote does not match document {self.doc_id} at {self.start}:{self.end}: "
                    f"expected {text[self.start:self.end]!r}, got {self.quote!r}"
                )
        return self

    @classmethod
    def from_span(cls, doc_id: str, text: str, start: int, end: int) -> Citation:
        """Build a citation for ``text[start:end]`` of document ``doc_id``."""
        return cls(doc_id=doc_id, start=start, end=end, quote=text[start:end])
