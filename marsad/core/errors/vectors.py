"""The messages of the vector store: an embedding the collection was not built with, Chroma failing to read or
write, its server down or emptied, and a search served by its keyword half alone."""

from __future__ import annotations

from marsad.core.errors.base import MarsadError, StoreError, VectorServerError

#: The ``--embed-backend`` value of each embedding function name a collection records.
_EMBED_FLAGS = {"marsad-hash-ngrams": "hash", "marsad-openai-compatible": "openai"}


def _embedding_flags(embedding: str) -> str:
    """``marsad-openai-compatible:text-embedding-3-small`` -> ``--embed-backend openai --embed-model ...``."""
    name, _, model = embedding.partition(":")
    backend = _EMBED_FLAGS.get(name)
    if backend is None:
        return embedding
    return f"--embed-backend {backend}" + (f" --embed-model {model}" if backend == "openai" and model else "")


def embedding_conflict(collection: str, stored: str, wanted: str) -> StoreError:
    """A collection built with another embedding (backend or model) than the one configured: the flags it was built
    with, so the user can ask it the same way."""
    return StoreError(
        f"collection {collection!r} holds {stored} vectors, not {wanted}",
        hint=(f"give the embedding it was built with ({_embedding_flags(stored)}; MARSAD_EMBED_BACKEND / "
              "MARSAD_EMBED_MODEL), or another --collection / --home to index with this one"))


def embedding_dimensions(collection: str, expected: int, got: int, embedding: str, base_url: str | None,
                         writing: bool) -> StoreError:
    """The embedding server returned vectors of another length than the collection's: the same model name now
    serves another model (or another ``dimensions``)."""
    where = f" at {base_url}" if base_url else ""
    return StoreError(
        f"the embedding server{where} returned {got}-dimensional vectors for {embedding}, but collection "
        f"{collection!r} holds {expected}-dimensional ones" + ("; nothing was written to it" if writing else ""),
        hint=("the server now serves another model under that name: point --embed-base-url / MARSAD_EMBED_BASE_URL "
              "back at the server the collection was built with, or index with this one in another --collection "
              "or --home"))


def vector_store_failed(collection: str, action: str, exc: BaseException, chroma_url: str | None) -> StoreError:
    """Chroma failed to read or write the collection (the server went away, the disk is full); a
    :class:`VectorServerError` in server mode."""
    if chroma_url:
        hint = (f"check the Chroma server at {chroma_url} (MARSAD_CHROMA_URL / --chroma-url) is up, then re-run: "
                "finished documents are kept, and an ingest re-adds any vector the server lost")
        return VectorServerError(f"cannot {action} Chroma collection {collection!r}: {exc}", hint=hint)
    hint = "check the disk space and permissions of the home, then re-run: finished documents are kept"
    return StoreError(f"cannot {action} Chroma collection {collection!r}: {exc}", hint=hint)


#: How to bring a Chroma server back (the Fix of :func:`vector_server_unreachable` and :func:`keyword_only_search`).
START_CHROMA = "start it with `chroma run --path DIR --host 127.0.0.1 --port N`"


def vector_server_unreachable(chroma_url: str, exc: BaseException) -> VectorServerError:
    """The Chroma server of ``MARSAD_CHROMA_URL`` cannot be reached at all."""
    return VectorServerError(f"cannot reach the Chroma server at {chroma_url}: {exc}",
                             hint=f"{START_CHROMA}, or unset MARSAD_CHROMA_URL to use the embedded store")


def vector_collection_empty(collection: str, chroma_url: str, chunks: int) -> VectorServerError:
    """The Chroma server answers but holds no vector of the home's ``chunks`` (restarted on a new --path, wiped)."""
    return VectorServerError(f"collection {collection!r} on the Chroma server at {chroma_url} holds no vectors "
                             f"(this home indexes {chunks:,} chunks)",
                             hint="run `marsad ingest` on the same files: it re-adds the vectors the server lacks")


#: How :func:`keyword_only_search` begins in Arabic (for an Arabic question's answer): the server may have answered yet
#: hold none of the vectors (restarted on a new --path), so it says "could not be used", not "did not answer".
KEYWORD_ONLY_AR = "نتائج البحث بالكلمات فقط: تعذر استعمال خادم Chroma"


def keyword_only_search(chroma_url: str, fault: BaseException, retry_seconds: float | None = None,
                        language: str = "en") -> str:
    """The warning of a search served by its keyword (BM25) half alone because the Chroma server failed (``fault``,
    a :class:`VectorServerError`): the results may differ from the hybrid's, so it is said, with the setting and
    the fix; in Arabic for ``language`` "ar" (an Arabic question's answer carries it). ``retry_seconds``: how long a
    searcher kept open leaves the server alone after a failure (:data:`~marsad.core.config.CHROMA_RETRY_SECONDS`).
    Before pass 60 `marsad search`, `marsad ask` and the app's chat failed outright instead."""
    reason = (fault.message if isinstance(fault, MarsadError) else str(fault)).split("\n")[0]
    reason = reason.removeprefix(f"cannot reach the Chroma server at {chroma_url}: ")
    if len(reason) > 200:
        reason = reason[:199] + "…"
    if language == "ar":
        again = (f"؛ والبحث المفتوح (كما في التطبيق) يعود إليه بعد {retry_seconds:g} ثانية من الإخفاق"
                 if retry_seconds else "")
        return (f"{KEYWORD_ONLY_AR} على {chroma_url} (MARSAD_CHROMA_URL / --chroma-url)، فلم يُستعمل نصف البحث "
                f"بالمتجهات ({reason})\n"
                f"  الحل: شغّله بالأمر `chroma run --path DIR --host 127.0.0.1 --port N` (بمجلد --path نفسه){again}. "
                "وإن فقد الخادم بياناته فإن `marsad ingest` يعيد إضافة المتجهات")
    again = (f"; a search kept open (the app's) tries it again {retry_seconds:g} s after a failure" if retry_seconds
             else "; the next search uses it again")
    return (f"keyword results only: the Chroma server at {chroma_url} (MARSAD_CHROMA_URL / --chroma-url) failed, "
            f"so the vector half of the search was left out ({reason})\n"
            f"  Fix: {START_CHROMA} (the same --path as before){again}. After a server that lost its data, "
            "`marsad ingest` re-adds the vectors")


def keyword_only_found_nothing(warning: str, language: str = "en") -> VectorServerError:
    """A search that found nothing in the keyword index while its vector half was left out (the Chroma server failed;
    ``warning`` is :func:`keyword_only_search`'s, in ``language``). Over a non-empty index the vectors always give
    the nearest articles, so such a search has not searched: the app's ``/search`` raises this, as an empty list could
    not carry the warning (a script read "nothing found"); `marsad search` tells it beside its "no hits" line."""
    if language == "ar":
        return VectorServerError("لم يجد البحث بالكلمات شيئا، ولم يُبحث بالمتجهات التي تجد أقرب المقالات: " + warning)
    return VectorServerError("the keyword index found nothing, and the vector half, which finds the nearest "
                             "articles, was left out: " + warning)
