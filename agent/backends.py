"""The registry of extraction backends: the one place that knows their names and how to build them.

Batch extraction, question answering and evaluation ask :func:`get_extractor` for a backend by
name; nothing else imports a backend's module. Loaders import their backend inside the function,
so choosing the offline rules never loads openai/instructor (start-up time).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from marsad.core.errors import ConfigError

if TYPE_CHECKING:
    from marsad.agent.extractor import Extractor
    from marsad.core.config import Settings

__all__ = ["BACKENDS", "LOCAL_BACKEND", "backend_names", "get_extractor", "local_extractor_version"]


def _offline(settings: Settings | None) -> Extractor:
    from marsad.agent.offline import OfflineExtractor

    return OfflineExtractor()


def _llm(settings: Settings | None) -> Extractor:
    from marsad.agent.llm import LLMExtractor

    if settings is None:
        raise ConfigError("the llm backend needs settings (server URL and model)",
                          hint="pass the resolved Settings, e.g. marsad.core.config.resolve_settings()")
    return LLMExtractor(settings)


BACKENDS: dict[str, Callable[[Settings | None], Extractor]] = {"offline": _offline, "llm": _llm}
"""Backend name -> loader. Add a backend here (and nowhere else)."""

LOCAL_BACKEND = "offline"
"""The backend that needs no server: question answering reads passages with it on the fly."""


def backend_names() -> tuple[str, ...]:
    """The registered backend names, in registration order."""
    return tuple(BACKENDS)


def get_extractor(settings: Settings | None, backend: str | None = None) -> Extractor:
    """Build the extractor for ``backend`` (default: ``settings.backend``; ``auto`` resolves).

    Args:
        settings: resolved settings (may be None for the local backend).
        backend: a registered name, ``auto``, or None for the settings' choice.

    Returns:
        A fresh extractor implementing :class:`marsad.agent.extractor.Extractor`.

    Raises:
        ConfigError: the name is unknown, or ``llm`` is asked for with no server/model configured.
    """
    chosen = backend or (settings.backend if settings is not None else LOCAL_BACKEND)
    if chosen == "auto":
        chosen = settings.effective_backend if settings is not None else LOCAL_BACKEND
    loader = BACKENDS.get(chosen)
    if loader is None:
        names = ", ".join([*BACKENDS, "auto"])
        raise ConfigError(f"unknown backend {chosen!r}", hint=f"use --backend one of: {names}")
    return loader(settings)


def local_extractor_version() -> str:
    """The version of the local (offline) extractor's output, without building the extractor (its
    gazetteer takes a second or two to load): enough to tell whether stored records are current."""
    from marsad.agent.offline import extractor_version

    return extractor_version()
