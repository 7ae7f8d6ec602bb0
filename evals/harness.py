"""`marsad eval`: run the golden set through extraction, retrieval and QA, score it, gate it.

One function, :func:`run_eval`, does the whole run: it extracts the golden articles
with the chosen backend (or reads ``--predictions``), builds a throw-away index in a
temp home for retrieval and QA, scores everything with :mod:`marsad.evals.scoring`, prints a
table, writes ``report.md`` and ``report.json``, and compares with the committed
baseline. With ``--backend llm`` and no server configured (or ``--replay``) the LLM
path runs against the local OpenAI-compatible server replaying ``evals/recordings``.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from marsad.core.errors import ConfigError, MarsadError, missing_llm_config
from marsad.evals import GOLDEN_DIR, RECORDINGS_DIR
from marsad.evals.baseline import Regression, compare, load_baseline, update_baseline
from marsad.evals.golden import (
    SPLITS,
    GoldenSet,
    is_realnews_dir,
    load_golden,
    load_realnews_set,
)
from marsad.evals.metrics import score_answer
from marsad.evals.realnews.load import CorpusUnavailable
from marsad.evals.scoring import (
    qa_rates,
    read_predictions,
    score_extraction,
    score_extraction_splits,
    score_retrieval,
)

if TYPE_CHECKING:
    from marsad.core.config import Settings

__all__ = ["SUITES", "EvalRun", "run_eval", "score_extraction", "score_extraction_splits", "score_retrieval",
           "read_predictions"]

SUITES = ("extraction", "retrieval", "qa")
REALNEWS_DIR = GOLDEN_DIR.parent / "realnews"
REALNEWS_SECTION = ":realnews"  # baseline section of the real-news set: "<mode>:realnews"
DEFAULT_SUITES = {"offline": SUITES, "llm": SUITES}


@dataclass
class EvalRun:
    """Everything one eval run measured."""

    mode: str  # offline | llm-replay | llm | predictions
    backend: str
    golden_version: str
    suites: tuple[str, ...]
    metrics: dict[str, float] = field(default_factory=dict)  # gated: rates in [0, 1], higher is better
    sizes: dict[str, int] = field(default_factory=dict)  # items each metric is computed on
    counts: dict[str, Any] = field(default_factory=dict)  # informative numbers (tp/fp/fn, usage, timings)
    details: dict[str, Any] = field(default_factory=dict)  # error analysis for the reports
    regressions: list[Regression] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    baseline_checked: bool = False
    section: str = ""  # the baseline section gated against: the mode, or "<mode>:realnews"
    skipped: bool = False  # a real-news run without the corpus: nothing measured, nothing gated

    def __post_init__(self) -> None:
        self.section = self.section or self.mode

    def add_scores(self, suite: str, scored: tuple[dict, dict, dict], started: float, *,
                   timer: str | None = None) -> dict:
        """Keep one suite's ``(metrics, sizes, details)``: the metrics and sizes join the run's, the details go under
        ``suite``, and the seconds since ``started`` (a ``time.perf_counter()``) under ``time.<timer or suite>_s``.
        Returns the details."""
        metrics, sizes, details = scored
        self.metrics |= metrics
        self.sizes |= sizes
        self.details[suite] = details
        self.counts[f"time.{timer or suite}_s"] = round(time.perf_counter() - started, 2)
        return details


# ---------------------------------------------------------------- extraction
def _llm_mode(settings: Settings, replay: bool, record: bool) -> str:
    if record:
        if not settings.llm_configured:
            raise missing_llm_config("a real server and model to record from")
        return "llm-record"
    if replay or not settings.llm_base_url:
        return "llm-replay"
    if not settings.llm_configured:
        raise missing_llm_config("a model (MARSAD_LLM_MODEL)")
    return "llm"


@contextmanager
def _llm_settings(settings: Settings, mode: str, workdir: Path, recordings_dir: Path) -> Iterator[tuple[Settings, Any]]:
    """Settings pointing the LLM path at the replay server / recording proxy / live server."""
    if mode == "llm":
        yield settings.with_(home=workdir), None
        return
    from marsad.evals.openai_server import OpenAICompatServer
    from marsad.evals.replay import RecordingResponder, ReplayResponder, load_recordings

    if mode == "llm-record":
        responder: Any = RecordingResponder(settings.llm_base_url or "https://api.openai.com/v1", settings.llm_api_key,
                                            timeout=settings.llm_timeout)
        with OpenAICompatServer(responder) as srv:
            yield settings.with_(home=workdir, llm_base_url=srv.base_url, llm_cache=False), responder
        return
    recordings = load_recordings(recordings_dir)
    if not recordings:
        raise ConfigError(f"no recordings in {recordings_dir}",
                          hint="record with `marsad eval --backend llm --record` against a real server")
    model = Counter(r.model for r in recordings.values()).most_common(1)[0][0]
    responder = ReplayResponder(recordings)
    with OpenAICompatServer(responder, models=[model]) as srv:
        yield settings.with_(home=workdir, llm_base_url=srv.base_url, llm_model=model, llm_api_key="replay",
                             llm_cache=False), responder


def _run_extractor(settings: Settings, backend: str, golden: GoldenSet) -> tuple[dict[str, dict], dict, dict]:
    from marsad.agent.backends import get_extractor

    extractor = get_extractor(settings, backend)
    predictions: dict[str, dict] = {}
    errors: dict[str, str] = {}
    for outcome in extractor.extract_batch(list(golden.docs.values())):
        if outcome.ok:
            predictions[outcome.doc.doc_id] = outcome.records.model_dump(mode="json")
        else:
            errors[outcome.doc.doc_id] = outcome.error or "no records"
    try:
        report = extractor.report()
    except Exception as exc:  # a report is informative only
        report = {"error": str(exc)}
    return predictions, errors, report


# ---------------------------------------------------------------- retrieval and QA
def _build_index(settings: Settings, golden: GoldenSet) -> None:
    from marsad.index.ingest import ingest

    paths = list(golden.article_paths)
    if golden.records:  # a real-news set: its corpus records, written where the index lives (never in the repo)
        Path(settings.home).mkdir(parents=True, exist_ok=True)
        path = Path(settings.home) / "set_articles.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in golden.records), encoding="utf-8")
        paths.append(path)
    report = ingest(settings, paths, progress=False)
    failed = getattr(report, "failed", None)
    if failed:
        raise MarsadError(f"indexing the golden articles failed: {failed}", hint="check the set's articles with `marsad ingest <set dir>/articles`")



def _run_retrieval(settings: Settings, golden: GoldenSet) -> dict[str, list[str]]:
    from marsad.index.search import Searcher

    searcher = Searcher(settings)
    return {item.id: [h.doc_id for h in searcher.search(item.query, k=10)] for item in golden.retrieval}


def _run_qa(settings: Settings, golden: GoldenSet, backend: str, *, prefix: str = "qa",
            texts: dict[str, str] | None = None, outside_ok: bool = False) -> tuple[dict, dict, dict]:
    from marsad.agent.qa import Answerer

    texts = dict(texts if texts is not None else golden.texts)
    scores = []
    answers: dict[str, str] = {}
    cited: dict[str, list[str]] = {}  # the articles each answer cites: a wrong answer's source, for error analysis
    usage: list[dict] = []  # LLM: requests and tokens of each question
    answerer = Answerer(settings, backend)
    for item in golden.qa:
        try:
            answerer.last_usage = None
            answer = answerer.ask(item.question).model_dump(mode="json")
            if answerer.last_usage:
                usage.append({"id": item.id, **answerer.last_usage})
            answers[item.id] = (answer.get("answer") or "")[:300]
            cited[item.id] = list(dict.fromkeys(c.get("doc_id") for c in answer.get("citations") or []))
            missing = {c.get("doc_id") for c in answer.get("citations") or []} - set(texts)
            if missing:  # cited articles of the archive: their texts come from the index's store
                texts |= _store_texts(settings, missing)
            scores.append(score_answer(item, answer, texts, outside_ok=outside_ok))
        except MarsadError as exc:
            scores.append(score_answer(item, None, texts, error=str(exc).splitlines()[0], outside_ok=outside_ok))
    english = {q.id for q in golden.qa if q.language == "en"}
    metrics, sizes = qa_rates(scores, prefix, english)
    for split in sorted({q.split for q in golden.qa if q.split}):
        ids = {q.id for q in golden.qa if q.split == split}
        m, sz = qa_rates([x for x in scores if x.id in ids], prefix, english)
        metrics |= {f"{split}.{k}": v for k, v in m.items()}
        sizes |= {f"{split}.{k}": v for k, v in sz.items()}
    by_id = {q.id: q for q in golden.qa}
    wrong = [{"id": s.id, "question": by_id[s.id].question, "expect_abstain": s.expect_abstain,
              "abstained": s.abstained, "facts_found": s.facts_found, "supported": s.supported, "error": s.error,
              "answer": answers.get(s.id, ""), "cited": cited.get(s.id, [])}
             for s in scores if not s.correct]
    # statements stating a number their citations do not state (issue 13's citation rule)
    ungrounded = [{"id": s.id, "answer": answers.get(s.id, "")} for s in scores if s.numbers_grounded < s.numbers_stated]
    answerer.close()
    counts = {"qa.questions": len(scores), "qa.correct": sum(s.correct for s in scores),
              "qa.errors": sum(1 for s in scores if s.error)}
    if usage:
        n = len(usage)
        counts["qa.usage"] = {
            "questions": n, **{k: sum(u.get(k, 0) for u in usage) for k in ("requests", "prompt_tokens",
                                                                            "completion_tokens", "cached")},
            "requests_per_question": round(sum(u.get("requests", 0) for u in usage) / n, 2),
            "prompt_tokens_per_question": round(sum(u.get("prompt_tokens", 0) for u in usage) / n, 1),
            "max_requests": max(u.get("requests", 0) for u in usage),
            "max_prompt_tokens": max(u.get("prompt_tokens", 0) for u in usage), "per_question": usage}
    return metrics, sizes, {"qa_wrong": wrong, "qa_numbers_ungrounded": ungrounded, **counts}


def _store_texts(settings: Settings, doc_ids: set) -> dict[str, str]:
    from marsad.index.docstore import DocStore

    store = DocStore(settings)
    try:
        return {d: doc.text for d, doc in store.get_many(x for x in doc_ids if x).items()}
    finally:
        store.close()


# ---------------------------------------------------------------- the run
def _parse_suites(suites: Sequence[str] | str | None, backend: str, *, realnews: bool = False) -> tuple[str, ...]:
    if suites is None:
        return ("extraction",) if realnews else DEFAULT_SUITES[backend]
    if isinstance(suites, str):
        suites = [s.strip() for s in suites.split(",") if s.strip()]
    bad = [s for s in suites if s not in SUITES]
    if bad or not suites:
        raise ConfigError(f"unknown suite(s) {bad or suites}", hint=f"use a comma-separated subset of {','.join(SUITES)}")
    return tuple(s for s in SUITES if s in suites)


def run_eval(
    settings: Settings,
    *,
    backend: str | None = None,
    suites: Sequence[str] | str | None = None,
    predictions: Path | None = None,
    report_dir: Path | None = None,
    baseline: Path | None = None,
    update: bool = False,
    record: bool = False,
    replay: bool = False,
    index_home: Path | None = None,
    golden_dir: Path = GOLDEN_DIR,
    recordings_dir: Path = RECORDINGS_DIR,
    out: TextIO | None = None,
    corpus: Path | None = None,
    archive_dir: Path | None = None,
) -> EvalRun:
    """Run the evaluation and, when asked, gate it against or rewrite the baseline.

    Args:
        settings: the resolved settings.
        backend: ``offline`` or ``llm`` (None: the settings' backend; ``auto`` resolves).
        suites: subset of ``extraction,retrieval,qa`` (default: all three; an LLM replay asks only
            the golden questions that have a recorded conversation in ``recordings/qa``).
        predictions: score this extraction output instead of running an extractor.
        report_dir: where ``report.md`` and ``report.json`` go (default ``<home>/eval``).
        baseline: compare with this baseline file (regressions listed in the result).
        update: rewrite the baseline's section for this mode with this run's metrics.
        record: LLM only: run against the configured real server and write recordings.
        replay: LLM only: replay recordings even when a server is configured.
        index_home: build the retrieval/QA index there instead of a temp dir.
        golden_dir: the golden set.
        recordings_dir: the recordings (replay source and ``--record`` target).
        out: where the table is printed (default stdout).
        corpus: the shared corpus (``arabic_news.jsonl.gz``). With it, the set defaults to the
            real-news set (``evals/realnews``), retrieval runs at archive scale (the whole corpus
            indexed once into a cached archive) and QA runs twice (set only, archive).
        archive_dir: where archives are cached (default ``~/.cache/marsad/archive``).

    A real-news set (``--golden evals/realnews``) reads its texts from the corpus; when the
    corpus is absent the run is skipped with a message (``run.skipped``) and gates nothing.

    Returns:
        The :class:`EvalRun`; ``run.regressions`` is non-empty when the gate fails.

    Raises:
        ConfigError: bad suite names, llm asked without a server or recordings, or a
            baseline without this mode.
        InputError: a golden file, predictions file or baseline file is malformed.
    """
    from marsad.evals.report import format_table, write_reports

    out = out or sys.stdout
    t0 = time.perf_counter()
    backend = backend or settings.effective_backend
    if backend == "auto":
        backend = settings.effective_backend
    if backend not in DEFAULT_SUITES:
        raise ConfigError(f"unknown backend {backend!r}", hint="use --backend offline or llm")
    if corpus is not None and Path(golden_dir) == GOLDEN_DIR:
        golden_dir = REALNEWS_DIR
    realnews = is_realnews_dir(golden_dir)
    chosen = _parse_suites(suites, backend, realnews=realnews)
    mode = "predictions" if predictions else (backend if backend == "offline" else _llm_mode(settings, replay, record))
    if realnews:
        try:
            golden = load_realnews_set(golden_dir, corpus)
        except CorpusUnavailable as exc:
            run = EvalRun(mode=mode.replace("llm-record", "llm"), backend=backend, golden_version="-", suites=chosen,
                          section=f"{mode}{REALNEWS_SECTION}", skipped=True)
            print(f"marsad eval: real-news set {golden_dir} skipped: {exc} (the article texts are read from the "
                  "shared corpus, which is not here; pass --corpus PATH or set MARSAD_CORPUS)", file=out)
            return run
        if "retrieval" in chosen and corpus is None:
            corpus = golden.corpus
    else:
        golden = load_golden(golden_dir)
    run = EvalRun(mode=mode.replace("llm-record", "llm"), backend=backend, golden_version=golden.version, suites=chosen,
                  section=mode.replace("llm-record", "llm") + (REALNEWS_SECTION if realnews else ""))

    with tempfile.TemporaryDirectory(prefix="marsad-eval-") as tmp:
        work = Path(tmp)
        llm_ctx = _llm_settings(settings, mode, work / "llm-home", recordings_dir) if mode.startswith("llm") else None
        with llm_ctx if llm_ctx else _null() as pair:
            run_settings, responder = pair if pair else (settings.with_(home=work / "home"), None)
            if "extraction" in chosen:
                _extraction_suite(run, run_settings, golden, predictions)
            if mode == "llm-record" and responder is not None:
                from marsad.evals.replay import write_recording_files

                written = write_recording_files(
                    responder.recorded, golden.texts, recordings_dir,
                    recorded_by=f"recorded with `marsad eval --record` from model {settings.llm_model}",
                    keep_existing=False)
                run.notes.append(f"wrote {len(written)} recording file(s) to {recordings_dir}")
            if responder is not None and getattr(responder, "misses", None):
                run.notes.append(f"{len(responder.misses)} request(s) had no recording (stale recordings?)")
            if realnews:
                home = Path(index_home) if index_home else work / "index"
                _realnews_index_suites(run, run_settings, home, golden, corpus, archive_dir, out)
            elif "retrieval" in chosen or "qa" in chosen:
                home = Path(index_home) if index_home else work / "index"
                if mode == "llm-replay" and "qa" in chosen:  # only the questions with a recorded conversation
                    recorded = getattr(responder, "qa_questions", set())
                    run.notes.append(f"qa replay: {sum(q.question in recorded for q in golden.qa)} of "
                                     f"{len(golden.qa)} golden questions have a recorded conversation")
                    golden = replace(golden, qa=[q for q in golden.qa if q.question in recorded])
                _index_suites(run, run_settings.with_(home=home, chroma_url=None, collection="marsad-eval"), golden)
                if mode == "llm-record" and responder is not None:
                    from marsad.evals.replay import write_qa_recording_files

                    written = write_qa_recording_files(
                        responder.recorded, golden, recordings_dir,
                        recorded_by=f"recorded with `marsad eval --record` from model {settings.llm_model}")
                    run.notes.append(f"wrote {len(written)} QA conversation file(s) to {recordings_dir}")
    run.counts["time.total_s"] = round(time.perf_counter() - t0, 2)
    if baseline and not update:
        _gate(run, load_baseline(baseline))
    if update:
        _update(run, Path(baseline) if baseline else golden_dir.parent / "baseline.json")

    print(format_table(run), file=out)
    report_dir = Path(report_dir) if report_dir else Path(settings.home) / "eval"
    for path in write_reports(run, report_dir):
        print(f"report: {path}", file=out)
    return run


def _extraction_suite(run: EvalRun, settings: Settings, golden: GoldenSet, predictions: Path | None) -> None:
    t = time.perf_counter()
    if predictions:
        preds, errors, report = read_predictions(predictions), {}, {}
        _note_missing_predictions(run, golden, preds, predictions)
    else:
        preds, errors, report = _run_extractor(settings, run.backend, golden)
    metrics, sizes, counts, details = score_extraction_splits(golden, preds)
    run.metrics |= metrics
    run.sizes |= sizes
    run.counts |= counts
    run.details["extraction"] = details
    run.counts["extraction.errors"] = errors
    run.counts["extraction.backend_report"] = report
    run.counts["time.extraction_s"] = round(time.perf_counter() - t, 2)


#: ``--predictions FILE`` lacking articles of the set says how many (and names a few): each is scored as nothing
#: predicted, so recall falls with no record wrong, and it was silent (the README tour's file scored recall 0.445).
#: How many of them the note names:
MISSING_SHOWN = 3


def _note_missing_predictions(run: EvalRun, golden: GoldenSet, preds: dict[str, dict], path: Path) -> None:
    """Add a note (printed under the table, kept in report.md/json) naming the set articles ``path`` lacks."""
    missing = sorted(set(golden.docs) - set(preds))
    if not missing:
        return
    run.counts["extraction.missing_docs"] = missing
    shown = ", ".join(missing[:MISSING_SHOWN]) + (", ..." if len(missing) > MISSING_SHOWN else "")
    run.notes.append(f"{len(missing)} of {len(golden.docs)} articles of the set are absent from {path} "
                     f"({shown}): counted as nothing predicted, so recall counts their records as missed")


def _index_suites(run: EvalRun, settings: Settings, golden: GoldenSet) -> None:
    t = time.perf_counter()
    _build_index(settings, golden)
    run.counts["time.index_s"] = round(time.perf_counter() - t, 2)
    if "retrieval" in run.suites:
        t = time.perf_counter()
        run.add_scores("retrieval", score_retrieval(golden, _run_retrieval(settings, golden)), t)
    if "qa" in run.suites:
        t = time.perf_counter()
        details = run.add_scores("qa", _run_qa(settings, golden, run.backend), t)
        use = details.get("qa.usage")
        if use:
            run.counts["qa.usage"] = {k: v for k, v in use.items() if k != "per_question"}
            run.notes.append(f"qa usage: {use['requests_per_question']} request(s) and "
                             f"{use['prompt_tokens_per_question']:.0f} prompt tokens per question (most "
                             f"{use['max_requests']} and {use['max_prompt_tokens']}) over {use['questions']} question(s)")


def _realnews_index_suites(run: EvalRun, settings: Settings, home: Path, golden: GoldenSet, corpus: Path | None,
                           archive_dir: Path | None, out: TextIO) -> None:
    """Real-news set: retrieval over the whole corpus (the cached archive, four systems side by
    side); QA twice -- with only the set's articles indexed, and with the whole corpus."""
    from marsad.evals.retrieval_archive import open_archive, rank_queries, score_rankings

    archive = None
    if "retrieval" in run.suites or "qa" in run.suites:
        if corpus is None or not Path(corpus).exists():
            run.notes.append(f"archive-scale retrieval/QA skipped: corpus {corpus} not found")
        else:
            t = time.perf_counter()
            archive = open_archive(settings, Path(corpus), archive_dir, log=lambda m: print(m, file=out))
            run.counts["time.archive_s"] = round(time.perf_counter() - t, 2)
            run.counts["archive"] = {**archive.info, "home": str(archive.home)}
    if "retrieval" in run.suites and archive is not None:
        if not golden.retrieval:
            run.notes.append("no retrieval queries (evals/realnews/retrieval.jsonl is absent or empty)")
        else:
            t = time.perf_counter()
            run.add_scores("retrieval", score_rankings(rank_queries(archive, golden.retrieval), golden.retrieval,
                                                       archive.judged), t)
    if "qa" in run.suites:
        if not golden.qa:
            run.notes.append("no QA questions (evals/realnews/qa.jsonl is absent or empty)")
            return
        t = time.perf_counter()
        set_settings = settings.with_(home=home, chroma_url=None, collection="marsad-eval")
        _build_index(set_settings, golden)
        texts = {r["id"]: r["text"] for r in golden.records}
        run.add_scores("qa", _run_qa(set_settings, golden, run.backend, prefix="qa", texts=texts, outside_ok=True),
                       t, timer="qa_set")
        if archive is not None:
            t = time.perf_counter()
            run.add_scores("qa_archive", _run_qa(archive.settings, golden, run.backend, prefix="qa.archive",
                                                 texts=texts, outside_ok=True), t)


def _gate(run: EvalRun, baseline: dict) -> None:
    section = (baseline.get("modes") or {}).get(run.section) or {}
    made_on = section.get("version", baseline.get("golden_version"))
    if made_on != run.golden_version:
        run.notes.append(f"baseline was made on set {made_on}, this is {run.golden_version}: "
                         "update the baseline deliberately if the set changed")
    gated = {k: v for k, v in run.metrics.items() if _suite_of(k) in run.suites}
    regressions, notes = compare(gated, _restrict(baseline, run.section, run.suites), run.section)
    run.regressions, run.baseline_checked = regressions, True
    run.notes += notes


def _update(run: EvalRun, target: Path) -> None:
    errors = run.counts.get("extraction.errors") or {}
    if errors:
        raise MarsadError(f"{len(errors)} document(s) failed extraction ({', '.join(sorted(errors))}); "
                          "the baseline was not updated", hint="fix the failures first")
    if "extraction" in run.suites and run.counts.get("documents") == 0:
        raise MarsadError(f"the set {run.golden_version} has no annotated article; the baseline was not updated",
                          hint="convert annotations into evals/realnews/annotations first")
    update_baseline(target, run.section, run.metrics, run.sizes, run.golden_version,
                    top_level_version=not run.section.endswith(REALNEWS_SECTION))
    run.notes.append(f"baseline {target} updated for section {run.section}")


def _suite_of(metric: str) -> str:
    """The suite a metric belongs to (``check.extraction.attacks.f1`` -> ``extraction``)."""
    head, _, rest = metric.partition(".")
    if head in SPLITS and rest:
        return rest.split(".", 1)[0]
    return head


def _restrict(baseline: dict, mode: str, suites: tuple[str, ...]) -> dict:
    """The baseline limited to the suites that ran (a `--suite extraction` run is not failed for QA)."""
    section = (baseline.get("modes") or {}).get(mode)
    if not section:
        return baseline
    keep = {k: v for k, v in section.get("metrics", {}).items() if _suite_of(k) in suites}
    return {**baseline, "modes": {mode: {**section, "metrics": keep}}}


@contextmanager
def _null() -> Iterator[None]:
    yield None
