"""Counter records that add up: the one base for the dataclasses that tally a batch's work."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any


class Counters:
    """Mixin for a dataclass whose fields are all integer counts.

    A batch keeps one instance per document and adds them into a total with :meth:`add`;
    :meth:`as_dict` gives the plain mapping that reports and JSON output print.
    """

    def add(self, other: Any) -> None:
        """Add another set of counts of the same kind into this one."""
        if type(other) is not type(self):
            raise TypeError(f"cannot add {type(other).__name__} to {type(self).__name__}")
        for f in fields(self):  # type: ignore[arg-type]
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict[str, int]:
        """The counts as a plain dict."""
        return asdict(self)  # type: ignore[call-overload]
