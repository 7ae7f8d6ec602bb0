"""The golden set: articles, hand annotations, QA and retrieval items, loaded and checked.

Layout (see ``evals/golden/README.md``)::

    evals/golden/VERSION                 version of the set (bump on every change; CHANGELOG.md)
    evals/golden/manifest.json           where the articles are (the samples + the fixtures)
    evals/golden/articles/*.jsonl        fixture articles written for the set (id/title/date/source/text)
    evals/golden/annotations/<doc>.json  gold records of one article, evidence given as verbatim quotes
    evals/golden/qa.jsonl                questions with expected facts and supporting doc ids
    evals/golden/retrieval.jsonl         queries with their relevant doc ids

Every evidence quote is resolved to character spans of its article when the set is
loaded; a quote not found verbatim is an error naming the file, the item and the quote.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.core.errors import InputError
from marsad.evals import GOLDEN_DIR
from marsad.evals.realnews.load import SPLITS, WHOLE_SET_SPLITS  # the real-news set's splits, named once
from marsad.schemas import RECORD_TYPES, Document

__all__ = [
    "RECORD_KINDS",
    "SPLITS",
    "WHOLE_SET_SPLITS",
    "GoldItem",
    "QAItem",
    "RetrievalItem",
    "GoldenSet",
    "load_golden",
    "load_articles",
    "find_quote_spans",
    "gold_as_predictions",
    "is_realnews_dir",
    "load_realnews_set",
    "parse_qa_item",
]

RECORD_KINDS = RECORD_TYPES
_ITEM_META = {"id", "evidence", "optional", "note"}


@dataclass(frozen=True)
class GoldItem:
    """One annotated record.

    Attributes:
        kind: ``actors``, ``attacks``, ``joint_rooms`` or ``agreements``.
        id: unique id within the set, e.g. ``004.attack.1``.
        doc_id: the article.
        fields: the annotated fields (only those present are scored).
        spans: character spans of every occurrence of every evidence quote.
        quotes: the evidence quotes as written in the annotation.
        optional: a debatable item: a prediction matching it counts neither way.
    """

    kind: str
    id: str
    doc_id: str
    fields: dict[str, Any]
    spans: tuple[tuple[int, int], ...]
    quotes: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class QAItem:
    """A question with the facts a correct answer must contain.

    ``facts`` is a list of facts; each fact is a list of acceptable variants (any one
    of them must appear in the answer). ``fact_roles`` gives, per fact, the role its
    number must be stated in (``killed`` / ``injured``) or None; in the files a fact
    with a role is written ``{"value": "13", "role": "killed"}`` (value: a string or a
    list of variants), a plain fact as a string or a list. ``expect_abstain`` marks
    questions whose honest answer is "not in the sources".
    """

    id: str
    question: str
    language: str
    facts: tuple[tuple[str, ...], ...]
    supporting_docs: tuple[str, ...]
    expect_abstain: bool = False
    fact_roles: tuple[str | None, ...] = ()
    split: str | None = None


@dataclass(frozen=True)
class RetrievalItem:
    """A search query and the documents that answer it."""

    id: str
    query: str
    language: str
    relevant: tuple[str, ...]
    split: str | None = None


@dataclass
class GoldenSet:
    """Everything the harness scores against."""

    version: str
    docs: dict[str, Document]
    items: dict[str, dict[str, list[GoldItem]]]
    qa: list[QAItem]
    retrieval: list[RetrievalItem]
    article_paths: list[Path] = field(default_factory=list)
    fixture_ids: list[str] = field(default_factory=list)
    kind: str = "golden"  # "golden" (a directory of articles) or "realnews" (ids into the shared corpus)
    splits: dict[str, str] = field(default_factory=dict)  # realnews: doc_id -> one of SPLITS
    records: list[dict] = field(default_factory=list)  # realnews: the corpus records to index (set articles)
    corpus: Path | None = None  # realnews: the shared corpus file the texts come from

    def subset(self, split: str | tuple[str, ...]) -> GoldenSet:
        """The same set restricted to the annotated documents of one split (one of ``SPLITS``)
        or of several (a tuple)."""
        wanted = (split,) if isinstance(split, str) else split
        keep = {d for d, s in self.splits.items() if s in wanted and d in self.items}
        return GoldenSet(self.version, {d: v for d, v in self.docs.items() if d in keep},
                         {d: v for d, v in self.items.items() if d in keep},
                         [q for q in self.qa if q.split in wanted], [r for r in self.retrieval if r.split in wanted],
                         kind=self.kind, splits={d: self.splits[d] for d in keep}, corpus=self.corpus)

    @property
    def whole(self) -> GoldenSet:
        """The set its all-set extraction figures are scored on: tune and check, never a ``fresh*`` split
        (articles annotated after the rules, reported apart so the all-set figures stay comparable)."""
        if all(s in WHOLE_SET_SPLITS for s in self.splits.values()):
            return self
        return self.subset(WHOLE_SET_SPLITS)

    @property
    def texts(self) -> dict[str, str]:
        """doc_id -> document text."""
        return {d: doc.text for d, doc in self.docs.items()}

    def all_items(self) -> list[GoldItem]:
        """Every gold item of every document and kind."""
        return [it for per_kind in self.items.values() for items in per_kind.values() for it in items]


def find_quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every exact occurrence of ``quote`` in ``text`` as ``(start, end)`` spans.

    Args:
        text: the document text exactly as stored.
        quote: the evidence quote.

    Returns:
        The spans in text order; empty when the quote does not occur verbatim.
    """
    spans = []
    if not quote:
        return spans
    start = text.find(quote)
    while start != -1:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def load_articles(paths: list[Path]) -> dict[str, Document]:
    """Read golden articles with the same loader ``marsad ingest`` uses (``index.loaders``).

    Using one loader keeps the gold spans and the indexed text identical.

    Args:
        paths: files or directories (``.txt`` files, ``.jsonl`` with id/title/date/source/text).

    Returns:
        doc_id -> Document.

    Raises:
        InputError: a file cannot be read, or two articles share an id.
    """
    from marsad.index.loaders import iter_documents

    docs: dict[str, Document] = {}
    for item in iter_documents(paths):
        if isinstance(item, InputError):
            raise item
        if item.doc_id in docs:
            raise InputError(item.path or item.doc_id, f"article id {item.doc_id!r} is used twice", hint="give it a new id")
        docs[item.doc_id] = item
    return docs


def _load_annotation(path: Path, docs: dict[str, Document], seen: set[str]) -> tuple[str, dict[str, list[GoldItem]]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not valid JSON: {exc}", hint="fix the annotation file (one JSON object)") from exc
    doc_id = raw.get("doc_id")
    if doc_id not in docs:
        raise InputError(str(path), f"doc_id {doc_id!r} is not a golden article",
                         hint="add the article under evals/golden/articles or fix the id")
    text = docs[doc_id].text
    per_kind: dict[str, list[GoldItem]] = {k: [] for k in RECORD_KINDS}
    for kind in RECORD_KINDS:
        for i, obj in enumerate(raw.get(kind, [])):
            where = f"{kind}[{i}]"
            item_id = obj.get("id")
            if not item_id:
                raise InputError(str(path), f"{where} has no id", hint="give every item a unique `id` (<doc>.<kind>.<slug>)")
            if item_id in seen:
                raise InputError(str(path), f"{where}: id {item_id!r} is used twice in the golden set", hint="rename one of the two items")
            seen.add(item_id)
            quotes = obj.get("evidence") or []
            if isinstance(quotes, str):
                quotes = [quotes]
            if not quotes:
                raise InputError(str(path), f"{where} ({item_id}) has no evidence quote", hint="add an `evidence` list of verbatim quotes from the article")
            spans: list[tuple[int, int]] = []
            for quote in quotes:
                found = find_quote_spans(text, quote)
                if not found:
                    raise InputError(
                        str(path), f"{where} ({item_id}): evidence quote not found verbatim in {doc_id}: {quote!r}",
                        hint="copy the quote exactly from the article (spaces, NBSP, quote marks included)",
                    )
                spans.extend(found)
            fields = {k: v for k, v in obj.items() if k not in _ITEM_META}
            per_kind[kind].append(
                GoldItem(kind, item_id, doc_id, fields, tuple(sorted(spans)), tuple(quotes), bool(obj.get("optional")))
            )
    return doc_id, per_kind


def _jsonl(path: Path) -> list[dict]:
    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                raise InputError(f"{path}:{lineno}", f"not valid JSON: {exc}", hint="one JSON object per line") from exc
    return out


def _as_variants(fact: Any) -> tuple[str, ...]:
    if isinstance(fact, dict):
        fact = fact.get("value", fact.get("any"))
    return tuple(str(v) for v in fact) if isinstance(fact, list) else (str(fact),)


def _fact_role(fact: Any, where: str) -> str | None:
    """The role of a fact object (``killed``/``injured`` are checked; other roles such as
    ``place`` or ``date`` only label the fact)."""
    if not isinstance(fact, dict):
        return None
    role = fact.get("role")
    if not ("value" in fact or "any" in fact) or (role is not None and not isinstance(role, str)):
        raise InputError(where, f"a fact object needs a `value` (or `any`) and an optional role (got {fact!r})",
                         hint='write {"value": "13", "role": "killed"} or a plain string')
    return role


def parse_qa_item(obj: dict, where: str) -> QAItem:
    """One QA line (golden or real-news format) as a :class:`QAItem`."""
    facts = obj.get("facts", [])
    return QAItem(
        id=obj["id"], question=obj["question"], language=obj.get("language", "ar"),
        facts=tuple(_as_variants(f) for f in facts), supporting_docs=tuple(obj.get("supporting_docs", [])),
        expect_abstain=bool(obj.get("expect_abstain")), fact_roles=tuple(_fact_role(f, where) for f in facts),
        split=obj.get("split"),
    )


def is_realnews_dir(path: Path) -> bool:
    """A real-news set (``articles.jsonl`` of corpus ids, no ``manifest.json``)."""
    path = Path(path)
    return (path / "articles.jsonl").exists() and not (path / "manifest.json").exists()


def _items_from_annotation(ann: dict, text: str, where: str, seen: set[str]) -> dict[str, list[GoldItem]]:
    per_kind: dict[str, list[GoldItem]] = {k: [] for k in RECORD_KINDS}
    for kind in RECORD_KINDS:
        for i, obj in enumerate(ann.get(kind, [])):
            item_id = obj.get("id") or f"{ann['doc_id']}.{kind}.{i}"
            if item_id in seen:
                raise InputError(where, f"{kind}[{i}]: id {item_id!r} is used twice in the set", hint="rename one of the two items")
            seen.add(item_id)
            quotes = [q for q in obj.get("evidence") or [] if q]
            spans = sorted({sp for q in quotes for sp in find_quote_spans(text, q)})
            if not spans:
                raise InputError(where, f"{kind}[{i}] ({item_id}) has no evidence span in the text", hint="re-run evals/realnews/convert.py for that article")
            fields = {k: v for k, v in obj.items() if k not in _ITEM_META}
            per_kind[kind].append(GoldItem(kind, item_id, ann["doc_id"], fields, tuple(spans), tuple(quotes),
                                           bool(obj.get("optional"))))
    return per_kind


# the real-news set's question files: the set's own (tune/check splits) and fresh questions on other
# development-slice articles (split "dev"), written later to tune the answerer on unseen phrasing, and a
# second such set (split "dev2") written after the answerer was tuned on "dev" (kept blind: summary lines only),
# and a third (split "dev3") written by someone who had read neither the answerer nor the other sets, whose
# failures were read to find the answerer's general failure classes; a fourth ("dev4", opened for tuning in
# session 13) and a fifth ("dev5", blind), each written before its session's first code change; a sixth ("dev6",
# open) written in session 14 by the engineers who then tuned the answerer on it, a seventh ("dev7", open,
# session 15) written the same way, and an eighth ("dev8", session 16) written before its session's first change
# and kept out of that session's tuning; a ninth ("dev9", open from session 25) holds two held sets of session 22
# (evals/realnews/held) once their answers were read, and a tenth ("dev10", open from session 27) the held set of
# session 25; an eleventh ("dev11", pass 45) written on unseen slice attack articles before that pass's first change,
# and a twelfth ("dev12", pass 47), a thirteenth ("dev13", pass 48), a fourteenth ("dev14", pass 49), a fifteenth
# ("dev15", pass 50), a sixteenth ("dev16", pass 51), a seventeenth ("dev17", pass 52), an eighteenth ("dev18",
# pass 53), a nineteenth ("dev19", pass 54), a twentieth ("dev20", pass 55), a twenty-first ("dev21", pass 56),
# a twenty-second ("dev22", pass 57), a twenty-third ("dev23", pass 58), a twenty-fourth ("dev24", pass 59), a
# twenty-fifth ("dev25", pass 60), a twenty-sixth ("dev26", pass 61), a twenty-seventh ("dev27", pass 62), a
# twenty-eighth ("dev28", pass 63), a twenty-ninth ("dev29", pass 64), a thirtieth ("dev30", pass 65),
# a thirty-first ("dev31", pass 66), a thirty-second ("dev32", pass 67),
# a thirty-third ("dev33", pass 68), a thirty-fourth ("dev34", pass 69)
# and a thirty-fifth ("dev35", pass 70) written the same way
QA_FILES = ("qa.jsonl", "qa_dev.jsonl", "qa_dev2.jsonl", "qa_dev3.jsonl", "qa_dev4.jsonl", "qa_dev5.jsonl",
            "qa_dev6.jsonl", "qa_dev7.jsonl", "qa_dev8.jsonl", "qa_dev9.jsonl", "qa_dev10.jsonl", "qa_dev11.jsonl",
            "qa_dev12.jsonl", "qa_dev13.jsonl", "qa_dev14.jsonl", "qa_dev15.jsonl", "qa_dev16.jsonl",
            "qa_dev17.jsonl", "qa_dev18.jsonl", "qa_dev19.jsonl", "qa_dev20.jsonl",
            "qa_dev21.jsonl", "qa_dev22.jsonl", "qa_dev23.jsonl", "qa_dev24.jsonl",
            "qa_dev25.jsonl", "qa_dev26.jsonl", "qa_dev27.jsonl", "qa_dev28.jsonl", "qa_dev29.jsonl",
            "qa_dev30.jsonl", "qa_dev31.jsonl", "qa_dev32.jsonl",
            "qa_dev33.jsonl", "qa_dev34.jsonl", "qa_dev35.jsonl")


def load_realnews_set(set_dir: Path, corpus: Path | None = None, *, annotations: str = "annotations") -> GoldenSet:
    """Load the real-news development set (``evals/realnews``) as a :class:`GoldenSet`.

    Texts come from the shared corpus through ``evals/realnews/load.py`` (the set stores
    ids and spans only); only annotated, usable articles are scored. ``splits`` holds the
    frozen tune/check split; ``records`` the corpus records of every listed article and
    of every QA supporting document (what the set-only index holds). QA and retrieval
    items are read from ``qa.jsonl`` (and ``qa_dev.jsonl``) / ``retrieval.jsonl`` when present;
    their documents may lie anywhere in the development slice.

    Raises:
        CorpusUnavailable: the corpus file is absent (callers skip).
        InputError: an annotation or QA/retrieval line is malformed.
    """
    from marsad.evals.realnews.load import IntegrityError, default_corpus, load_realnews

    set_dir = Path(set_dir)
    corpus = Path(corpus) if corpus else default_corpus()
    try:
        rows = load_realnews(corpus, base=set_dir, annotations=annotations, annotated_only=False)
    except IntegrityError as exc:
        raise InputError(str(set_dir), str(exc), hint="re-run evals/realnews/convert.py for that article") from exc
    docs: dict[str, Document] = {}
    items: dict[str, dict[str, list[GoldItem]]] = {}
    splits: dict[str, str] = {}
    seen: set[str] = set()
    records = []
    digest = hashlib.sha1()
    for row in rows:
        doc = Document(doc_id=row["doc_id"], title=row["title"], source=row["source"], published=row["date"],
                       text=row["text"])
        records.append({"id": row["doc_id"], "title": row["title"], "date": row["date"], "source": row["source"],
                        "text": row["text"]})
        if row["annotation"] is None:
            continue
        docs[doc.doc_id] = doc
        splits[doc.doc_id] = row["split"]
        items[doc.doc_id] = _items_from_annotation(row["annotation"], row["text"], str(set_dir / annotations), seen)
        digest.update(json.dumps(row["annotation"], sort_keys=True, ensure_ascii=False).encode())
    qa = [parse_qa_item(o, f"{set_dir / name} ({o.get('id')})")
          for name in QA_FILES if (set_dir / name).exists() for o in _jsonl(set_dir / name)]
    retrieval = [RetrievalItem(id=o["id"], query=o["query"], language=o.get("language", "ar"),
                               relevant=tuple(o.get("relevant") or ()), split=o.get("split"))
                 for o in _jsonl(set_dir / "retrieval.jsonl")] if (set_dir / "retrieval.jsonl").exists() else []
    listed = {r["id"] for r in records}
    extra = sorted({d for q in qa for d in q.supporting_docs} - listed)
    if extra:
        from marsad.evals.realnews.load import read_slice_records

        records += read_slice_records(corpus, set(extra))
    version = f"realnews-{len(items)}docs-{digest.hexdigest()[:8]}"
    return GoldenSet(version, docs, items, qa, retrieval, kind="realnews", splits=splits, records=records,
                     corpus=corpus)


def load_golden(golden_dir: Path = GOLDEN_DIR) -> GoldenSet:
    """Load and check the whole golden set.

    Args:
        golden_dir: the directory holding ``VERSION``, ``manifest.json``, annotations, QA
            and retrieval files.

    Returns:
        The loaded :class:`GoldenSet`, every evidence quote resolved to spans.

    Raises:
        InputError: a file is malformed, an id is duplicated, a quote is not found
            verbatim, or a QA/retrieval item names an unknown document.
    """
    golden_dir = Path(golden_dir)
    if is_realnews_dir(golden_dir):
        return load_realnews_set(golden_dir)
    version = (golden_dir / "VERSION").read_text(encoding="utf-8").strip()
    manifest = json.loads((golden_dir / "manifest.json").read_text(encoding="utf-8"))
    article_paths = [(golden_dir / p).resolve() for p in manifest["articles"]]
    docs = load_articles(article_paths)
    fixture_ids = [d for d, doc in docs.items() if doc.path and Path(doc.path).suffix == ".jsonl"]

    items: dict[str, dict[str, list[GoldItem]]] = {}
    seen: set[str] = set()
    for path in sorted((golden_dir / "annotations").glob("*.json")):
        doc_id, per_kind = _load_annotation(path, docs, seen)
        if doc_id in items:
            raise InputError(str(path), f"a second annotation file for {doc_id}", hint="keep one annotation file per article")
        items[doc_id] = per_kind
    missing = sorted(set(docs) - set(items))
    if missing:
        raise InputError(str(golden_dir / "annotations"), f"no annotation file for {', '.join(missing)}",
                         hint="every golden article needs one (an article with no records has empty lists)")

    qa, retrieval = [], []
    qa_path, ret_path = golden_dir / "qa.jsonl", golden_dir / "retrieval.jsonl"
    for obj in _jsonl(qa_path):
        item = parse_qa_item(obj, f"{qa_path} ({obj.get('id')})")
        unknown = [d for d in item.supporting_docs if d not in docs]
        if unknown:
            raise InputError(str(qa_path), f"question {item.id} names unknown docs {unknown}", hint="use ids of the set's articles in supporting_docs")
        if not item.expect_abstain and not (item.facts and item.supporting_docs):
            raise InputError(str(qa_path), f"question {item.id} needs facts and supporting_docs (or expect_abstain)", hint="add both, or set \"expect_abstain\": true")
        qa.append(item)
    for obj in _jsonl(ret_path):
        item = RetrievalItem(id=obj["id"], query=obj["query"], language=obj.get("language", "ar"),
                             relevant=tuple(obj["relevant"]))
        unknown = [d for d in item.relevant if d not in docs]
        if unknown or not item.relevant:
            raise InputError(str(ret_path), f"query {item.id} has unknown or no relevant docs {unknown}", hint="list ids of the set's articles in `relevant`")
        retrieval.append(item)
    for name, ids in (("qa", [q.id for q in qa]), ("retrieval", [r.id for r in retrieval])):
        if len(ids) != len(set(ids)):
            raise InputError(str(golden_dir / f"{name}.jsonl"), "ids are not unique", hint="give every line its own `id`")
    return GoldenSet(version, docs, items, qa, retrieval, article_paths, fixture_ids)


def gold_as_predictions(golden: GoldenSet, *, include_optional: bool = False) -> dict[str, dict]:
    """The gold annotations written as extraction output (DocumentRecords-shaped dicts).

    Each item becomes a record citing the first occurrence of each evidence quote; a
    gold value given as a list of acceptable answers becomes its first non-null option.
    Used to check the harness end to end (gold scored against itself is perfect) and to
    build deliberately damaged predictions in tests.

    Args:
        golden: the loaded golden set.
        include_optional: also emit optional items.

    Returns:
        doc_id -> ``{"doc_id", "actors", "attacks", "joint_rooms", "agreements"}``.
    """
    out: dict[str, dict] = {}
    for doc_id, per_kind in golden.items.items():
        text = golden.docs[doc_id].text
        doc: dict[str, Any] = {"doc_id": doc_id}
        for kind, items in per_kind.items():
            records = []
            for item in items:
                if item.optional and not include_optional:
                    continue
                rec: dict[str, Any] = {}
                for key, value in item.fields.items():
                    if key in ("participants", "parties"):
                        value = [v[0] if isinstance(v, list) else v for v in value]
                    elif isinstance(value, list) and key not in ("aliases", "provisions", "weapons"):
                        value = next((v for v in value if v is not None), None)
                    rec[key] = value
                rec["citations"] = []
                for quote in item.quotes:
                    start = text.find(quote)
                    rec["citations"].append({"doc_id": doc_id, "start": start, "end": start + len(quote), "quote": quote})
                records.append(rec)
            doc[kind] = records
        out[doc_id] = doc
    return out
