"""The Gradio app: Chat, Records, Article, Ingest and Evaluation tabs over one Marsad home.

Thin by design: each handler calls a function of ``agent``/``index`` and renders the result
with :mod:`marsad.ui.html` (which escapes every piece of article text). ``apply_offline_env``
runs before gradio is imported, so the app makes loopback connections only.

API endpoints for ``gradio_client``: ``/ask`` (question -> answer JSON), ``/search``
(query, k -> hits), ``/chat`` (the chat button), ``/open_citation``, ``/records``, ``/article``.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.core import config
from marsad.core.config import UI_HOST as DEFAULT_HOST
from marsad.core.config import apply_offline_env
from marsad.core.errors import ConfigError, MarsadError

if TYPE_CHECKING:
    import gradio as gr

    from marsad.core.config import Settings

__all__ = ["build_app", "launch", "check_port", "parse_auth", "AuthGuard", "find_eval_report", "DEFAULT_HOST"]


# Clicking a citation snippet in the chat sets this bridge's value to its span and fires its click event,
# whose handler opens the article there.
_BRIDGE_JS = """
document.addEventListener('click', (event) => {
  const item = event.target.closest('#marsad-chat [data-doc], #marsad-search-hits [data-doc]');
  if (!item) return;
  // the value is rendered as HTML: the doc id travels percent-encoded (marsad.ui.html.parse_bridge)
  props.value = __ENCODE__ + ' ' + Number(item.dataset.start) + '-' + Number(item.dataset.end);
  trigger('click');
});
"""
# The Ingest button is off while the file box is still uploading. Gradio enables it by the box's change event, which
# comes once an upload has ended; a second upload added to a box that already held files left it enabled, and a
# click then sent only the earlier files or said "every file in the box was sent" (ux66). The page watches the box's
# "Uploading ..." mark and holds the button disabled meanwhile (it gives the button back only if it took it).
_UPLOADING_JS = """
const panel = element.closest('[role=tabpanel]') || document.body;
const sync = () => {
  const go = document.getElementById('marsad-ingest-go');
  if (!go) return;
  const busy = document.querySelector('#marsad-uploads .uploading') !== null;
  if (busy && !go.disabled) { go.disabled = true; go.dataset.marsadUploading = '1'; }
  else if (!busy && go.dataset.marsadUploading) { delete go.dataset.marsadUploading; go.disabled = false; }
};
new MutationObserver(sync).observe(panel, {childList: true, subtree: true});
sync();
"""

_ARTICLE_JS = """
const focus = () => { const el = element.querySelector('#marsad-focus'); if (el) el.scrollIntoView({block: 'center'}); };
watch('value', focus);
focus();
"""


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``"user:pass"`` -> ``("user", "pass")``; None stays None.

    Raises:
        ConfigError: the value has no ``:`` or an empty user or password.
    """
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError(f"--auth {value!r} is not USER:PASSWORD", hint="e.g. --auth analyst:s3cret")
    return user, password


class AuthGuard:
    """gradio's login check: the one USER:PASSWORD, with a growing wait after each wrong try.

    gradio calls ``auth(username, password)`` without the request, so failures are counted per
    user name tried (the one real user's name is what a guesser must try): the n-th failure in a
    row waits ``base * 2**(n-1)`` seconds, at most ``cap``, before answering; a success resets
    it. The wait is ``asyncio.sleep``, so chat and other requests are served meanwhile.
    """

    def __init__(self, user: str, password: str, *, base: float | None = None, cap: float | None = None) -> None:
        self._user, self._password = user, password
        self.base = config.AUTH_WAIT_SECONDS if base is None else base
        self.cap = config.AUTH_WAIT_CAP_SECONDS if cap is None else cap
        self.failures: dict[str, int] = {}

    def delay(self, username: str) -> float:
        n = self.failures.get(username, 0)
        return 0.0 if n == 0 else min(self.cap, self.base * 2 ** (n - 1))

    async def check(self, username: str, password: str) -> bool:
        """The callable for gradio: a coroutine *function* (gradio awaits only those; a callable object's
        coroutine would be truthy and let anyone in)."""
        import asyncio
        import hmac

        ok = hmac.compare_digest(username.encode(), self._user.encode()) & hmac.compare_digest(
            password.encode(), self._password.encode())
        if ok:
            self.failures.pop(username, None)
            return True
        if len(self.failures) > 10_000:  # bounded memory against many names
            self.failures.clear()
        self.failures[username] = self.failures.get(username, 0) + 1
        await asyncio.sleep(self.delay(username))
        return False


def find_eval_report(settings: Settings) -> Path | None:
    """The newest ``report.md`` under the home's eval directories or the installed ``marsad.evals``."""
    home = Path(settings.home)
    from marsad.evals import EVALS_DIR

    roots = [home / "eval", home / "evals", home / "reports", EVALS_DIR]
    found = []
    for root in roots:
        if root.is_dir():
            found.extend(p for p in root.rglob("report*.md") if p.is_file())
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


class _Services:
    """The objects the handlers share: one answerer (which owns the searcher and the store)."""

    def __init__(self, settings: Settings):
        from marsad.agent.qa import Answerer

        self.settings = settings
        self.answerer = Answerer(settings)
        self.exports = Path(tempfile.mkdtemp(prefix="marsad-ui-"))
        self._exports_lock = threading.Lock()  # held by :meth:`export_dir`

    @property
    def store(self):
        return self.answerer.store

    @property
    def lock(self):
        """Held while a handler uses the shared store connection."""
        return self.answerer.lock

    def doc_ids(self) -> list[str]:
        """The article picker's choices: the :data:`~marsad.core.config.UI_DOC_CHOICES` articles ingested last,
        sorted (the first ids in order left out every upload to an archive of more: the slice's 4,828 hid an upload named "zahra")."""
        with self.lock:
            return self.store.recent_ids(config.UI_DOC_CHOICES)

    def export_dir(self) -> Path:
        """A new folder for one request's downloads: two requests (two users, or one clicking twice within a second)
        wrote the same file (the Events tab always ``events.csv``), so one could download the other's rows. The
        oldest folders beyond :data:`marsad.core.config.EXPORTS_KEPT` are removed (gradio has copied what it served).

        One request at a time lists, prunes and makes them (:attr:`_exports_lock`), and a folder gone while it is
        sorted (removed from outside the app) sorts first, as already removed: a concurrent request's prune removed
        a folder between the listing and its ``stat()``, and that download failed with FileNotFoundError."""
        import shutil

        def age(folder: Path) -> float:
            try:
                return folder.stat().st_mtime
            except OSError:  # gone meanwhile
                return 0.0

        with self._exports_lock:
            folders = sorted((p for p in self.exports.iterdir() if p.is_dir()), key=age)
            for old in folders[: max(0, len(folders) - config.EXPORTS_KEPT + 1)]:
                shutil.rmtree(old, ignore_errors=True)
            return Path(tempfile.mkdtemp(prefix=time.strftime("%Y%m%d-%H%M%S-"), dir=self.exports))


def _chat(services: _Services, question: str, history: list, since: str = "", until: str = "") -> tuple[str, list, Any, str]:
    import gradio as gr

    from marsad.agent.asking import ask as ask_within
    from marsad.agent.asking import question_language
    from marsad.agent.followups import read_follow_up, reading_note
    from marsad.index.period import parse_period
    from marsad.ui.html import citation_choice, render_answer, render_history, render_message

    question = (question or "").strip()
    history = list(history or [])
    if not question:
        return render_history(history), history, gr.update(), ""
    # a follow-up naming no incident of its own ("and who claimed it?") is asked with the previous turn's incident
    read = read_follow_up(question, [asked for asked, _ in history])
    try:
        period = parse_period(since, until, caller="app", language=question_language(question))  # told as asked
        answer = ask_within(services.answerer, read or question, period=period)
    except MarsadError as err:
        history.append((question, render_message(str(err), "error")))
        return render_history(history), history, gr.update(choices=[], value=None), question
    with services.lock:
        docs = services.store.get_many(c.doc_id for c in answer.citations)
    from marsad.core.display import outlet

    html = render_answer(answer, {d: doc.text for d, doc in docs.items()}, {d: doc.title for d, doc in docs.items()},
                         published_outlet={d: (doc.published, outlet(doc.source)) for d, doc in docs.items()})
    if read:  # the turn says what it asked: the answer is about the previous turn's incident
        html = render_message(reading_note(read)) + html
    if period is not None:  # the turn says which articles it read: an abstention may only mean "not in this period"
        html += render_message(f"المقالات المنشورة {_period_ar(period)} فقط · Articles published {period.describe()} only")
    if answer.warning:  # the Chroma server failed: the answer was sought in the keyword index alone (told as asked)
        html += render_message(answer.warning)
    history.append((question, html))
    choices = [citation_choice(n, c.doc_id, c.start, c.end) for n, c in enumerate(answer.citations, 1)]
    return render_history(history), history, gr.update(choices=choices, value=None), ""


def _search_view(services: _Services, query: str, k: float | None = 10, since: str = "", until: str = "") -> str:
    """The Search tab: the articles for ``query`` (as `marsad search` finds them) with rank, title, date, outlet
    and the best sentence, the matched words marked; what an empty result means, as `marsad search` tells it."""
    from marsad.agent.asking import keyword_only_warning, no_hits_message, question_language
    from marsad.core.display import outlet
    from marsad.core.errors import keyword_only_found_nothing, no_matches
    from marsad.index.period import parse_period
    from marsad.index.search import snippet
    from marsad.ui.html import render_hits, render_message

    query = (query or "").strip()
    if not query:
        return render_message("اكتب كلمات البحث · Type the words to look for (Arabic or English).")
    language = question_language(query)
    try:
        period = parse_period(since, until, caller="app", language=language)
    except MarsadError as err:
        return render_message(str(err), "error")
    with services.lock:
        hits = services.answerer.searcher.search(query, max(1, min(int(k or 10), 50)), period=period)
        count = services.store.count()
        empty = no_hits_message(services.store, period, language) if period is not None and not hits else None
    warning = keyword_only_warning(services.settings, hits.fault, language) if hits.fault else None
    if hits:
        html = render_hits(hits, [snippet(h.text, query, title=h.title) for h in hits], [outlet(h.source) for h in hits])
    elif count and warning:
        return render_message(str(keyword_only_found_nothing(warning, language)), "error")
    elif count and empty:
        html = render_message(empty)
    else:  # an empty home, or nothing found: `marsad search`'s words (:func:`no_matches`), in the query's language
        html = render_message(no_matches(query, count, language, home=services.settings.home, app=True))
    return (render_message(warning) if warning else "") + html


def _period_ar(period) -> str:
    """:meth:`Period.describe` in Arabic (dates stay as written)."""
    from marsad.core.errors import describe_period_ar

    return describe_period_ar(period.since, period.until)


def _article(services: _Services, doc_id: str | None, focus: tuple[int, int] | None = None) -> str:
    from marsad.ui.html import render_article, render_message

    doc_id = (doc_id or "").strip()
    if not doc_id:
        return render_message("اختر مقالا · Choose an article.")
    with services.lock:
        doc = services.store.get(doc_id)
        records = services.store.get_records(doc_id) if doc is not None else None
    if doc is None:
        return render_message(f"No article {doc_id!r} in this index.", "error")
    return render_article(doc.text, records, focus=focus, title=doc.title, doc_id=doc_id)


def _open_citation(services: _Services, choice: str | None) -> tuple[str, Any, Any]:
    import gradio as gr

    from marsad.ui.html import parse_bridge, parse_choice

    text = (choice or "").strip()
    # from the picker "[n] doc_id start-end", or from a clicked snippet (the bridge: percent-encoded id)
    parsed = parse_choice(text) if text.startswith("[") else parse_bridge(text)
    if parsed is None:
        return gr.update(), gr.update(), gr.update()
    doc_id, start, end = parsed
    html = _article(services, doc_id, (start, end))
    return html, gr.Tabs(selected="article"), doc_id


def _records(services: _Services, kind: str, query: str, doc_id: str) -> tuple[dict, str | None, str | None, str, list]:
    """The Records table (newest first), its CSV/JSON downloads, a note, and the shown rows' ``(doc_id, record)``."""
    from marsad.agent.reconcile import stored_records
    from marsad.ui.html import render_message
    from marsad.ui.tables import COLUMNS, filter_rows, record_rows, table_of, write_csv, write_json

    kind = kind if kind in COLUMNS else "attacks"
    store = services.store
    with services.lock:
        records = [r for r in (stored_records(store, d) for d in store.ids()) if r is not None]
    rows = filter_rows(record_rows(records)[kind], query or "", doc_id or "")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder = services.export_dir()
    csv_path = write_csv(rows, COLUMNS[kind], folder / f"marsad-{kind}-{stamp}.csv")
    json_path = write_json(rows, folder / f"marsad-{kind}-{stamp}.json")
    shown = rows[:config.UI_TABLE_ROWS]
    table = table_of(kind, shown)
    first = f"; showing the first {config.UI_TABLE_ROWS}" if len(rows) > config.UI_TABLE_ROWS else ""
    note = (f"{len(rows)} record(s), newest first{first}; click a row for its details · "
            f"{len(rows)} سجل، الأحدث أولا؛ انقر صفا لعرض تفاصيله")
    if not rows:
        note = ("No records match · لا سجلات مطابقة. Records appear for documents that were extracted "
                "(`marsad extract`, the Ingest tab, the Extract button here, or a question about them).")
    keys = [(row["doc_id"], row["record"]) for row in shown]
    return table, str(csv_path), str(json_path), render_message(note), keys


def _records_view(services: _Services, kind: str, query: str, doc_id: str) -> tuple:
    """:func:`_records` with the table's column widths set for ``kind`` (a new type has other columns)."""
    import gradio as gr

    from marsad.ui.tables import SHOWN, widths

    table, *rest = _records(services, kind, query, doc_id)
    return gr.Dataframe(value=table, column_widths=widths(kind if kind in SHOWN else "attacks")), *rest


def _record_details(services: _Services, kind: str, doc_id: str, index: int) -> str:
    """One record in detail, with its citations highlighted in its article."""
    from marsad.agent.reconcile import stored_records
    from marsad.ui.html import render_message
    from marsad.ui.tables import KINDS, find_record, render_record

    if kind not in KINDS:
        return render_message(f"Unknown record type {kind!r}; choose one of {', '.join(KINDS)}.", "error")
    with services.lock:
        doc = services.store.get(doc_id)
        rec = find_record(stored_records(services.store, doc_id), kind, int(index))
    if rec is None:
        return render_message(f"لا سجل {kind} رقم {index} في {doc_id!r}؛ اضغط «اعرض» لإعادة تحميل الجدول · "
                              f"No {kind} record #{index} in {doc_id!r}; press Show to reload the table.", "error")
    return render_record(kind, rec, doc.text if doc else None, doc_id=doc_id, title=doc.title if doc else None)


def _select_record(services: _Services, kind: str, keys: list, evt: gr.SelectData) -> str:
    """The details of the clicked row (``evt.index`` is ``[row, column]``)."""
    from marsad.ui.html import render_message

    row = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
    if not isinstance(row, int) or not 0 <= row < len(keys or []):
        return render_message("Click a row of the table · انقر صفا من الجدول.")
    doc_id, index = keys[row]
    return _record_details(services, kind, doc_id, index)


def _extract_missing(services: _Services, kind: str, query: str, doc_id: str) -> tuple:
    """Run the offline extractor on stored documents without records (bounded), then show the table."""
    from marsad.agent.qa.evidence import ensure_records
    from marsad.ui.html import render_message

    with services.lock:
        done = ensure_records(services.store, limit=config.UI_EXTRACT_LIMIT)
    table, csv_path, json_path, note, keys = _records(services, kind, query, doc_id)
    more = f" (at most {config.UI_EXTRACT_LIMIT} per click; `marsad extract` does a whole corpus)" if done >= config.UI_EXTRACT_LIMIT else ""
    return table, csv_path, json_path, render_message(f"Extracted {done} document(s){more}.") + note, keys


def _eval_report(services: _Services) -> str:
    path = find_eval_report(services.settings)
    if path is None:
        return ("لا تقرير تقييم بعد. شغّل `marsad eval` ليكتب واحدا؛ يُعرض هنا أحدث `report.md` في مجلد `eval/` من "
                "مجلد البيانات أو في `evals/` من المستودع · No evaluation report yet. Run `marsad eval` to write one; "
                "the newest `report.md` under the home's `eval/` directory or the repository's `evals/` is shown here.")
    return f"*{path}* — {time.strftime('%Y-%m-%d %H:%M', time.localtime(path.stat().st_mtime))}\n\n" + \
        path.read_text(encoding="utf-8", errors="replace")


def build_app(settings: Settings) -> gr.Blocks:
    """Build the Blocks app for ``settings.home`` (nothing is launched)."""
    apply_offline_env()
    import gradio as gr

    from marsad.index.period import parse_period
    from marsad.ui.html import BRIDGE_ENCODE_JS, render_history, render_message
    from marsad.ui.ingest import IngestSession
    from marsad.ui.tables import KIND_CHOICES, table_of, widths
    from marsad.ui.uploads import ALLOWED_SUFFIXES

    services = _Services(settings)
    ingest = IngestSession(services)

    def ask(question: str, since: str = "", until: str = "") -> dict:
        """Answer a question, reading only articles published between ``since`` and ``until`` when given (YYYY,
        YYYY-MM or YYYY-MM-DD, inclusive); returns the answer JSON (answer, citations, abstained, language, backend;
        "warning" when the Chroma server failed and the answer was sought in the keyword index alone)."""
        from marsad.agent.asking import ask as ask_within

        answer = ask_within(services.answerer, question, period=parse_period(since, until, caller="api"))
        return answer.model_dump(mode="json")  # as `marsad ask --json`, its "warning" too

    def search(query: str, k: int = 5, since: str = "", until: str = "") -> list[dict]:
        """Hybrid search within an optional publication period (as for ``ask``); returns the best passages
        (doc_id, start, end, text, score; each with a "warning" when the Chroma server failed and the passages are
        the keyword index's alone; an error saying so when that keyword index found nothing)."""
        from marsad.agent.asking import keyword_only_warning, question_language
        from marsad.core.errors import keyword_only_found_nothing

        period = parse_period(since, until, caller="api")
        with services.lock:
            hits = services.answerer.searcher.search(query, max(1, min(int(k), 50)), period=period)
        # the Chroma server failed: each hit says the list is the keyword index's alone (in the query's language)
        told = {"warning": keyword_only_warning(settings, hits.fault, question_language(query))} if hits.fault else {}
        if told and not hits:  # nothing found with the vector half left out: not "nothing found" (an empty list)
            raise keyword_only_found_nothing(told["warning"], question_language(query))
        return [h.model_dump(mode="json") | told for h in hits]

    def record(kind: str, doc_id: str, index: int) -> str:
        """One record (kind, doc_id, its position in the document) as HTML, its citations highlighted in the article."""
        return _record_details(services, kind, doc_id, index)

    def on_select(kind: str, keys: list, evt) -> str:
        return _select_record(services, kind, keys, evt)

    # a real class, not the string annotation of this module: gradio injects the clicked cell by this type
    on_select.__annotations__["evt"] = gr.SelectData

    from marsad.ui.events_tab import build_events_tab

    with gr.Blocks(title="Marsad · مرصد") as app:
        app.marsad_services = services  # for tests and shutdown
        gr.Markdown("## Marsad · مرصد — Iraqi security news, cited")
        with gr.Tabs(selected="chat") as tabs:
            with gr.Tab("Chat · المحادثة", id="chat"):
                history = gr.State([])
                with gr.Row():
                    question = gr.Textbox(label="Question · السؤال", placeholder="كم شرطيا قتل في هجوم كركوك؟",
                                          rtl=True, scale=5, elem_id="marsad-question", max_length=1000)
                    send = gr.Button("Ask · اسأل", variant="primary", scale=1, elem_id="marsad-ask")
                with gr.Row():
                    since = gr.Textbox("", label="Since · من (YYYY, YYYY-MM or YYYY-MM-DD)", placeholder="2015-06", scale=1,
                                       max_lines=1, max_length=10, elem_id="marsad-since")
                    until = gr.Textbox("", label="Until · حتى (inclusive · شاملا)", placeholder="2015-07", scale=1,
                                       max_lines=1, max_length=10, elem_id="marsad-until")
                conversation = gr.HTML(render_history([]), elem_id="marsad-chat", js_on_load=None)
                with gr.Row():
                    cite_pick = gr.Dropdown(label="Open the article at a citation · افتح المقال عند الاقتباس",
                                            choices=[], value=None, elem_id="marsad-cite-pick")
                    cite_bridge = gr.HTML("", visible="hidden", elem_id="marsad-cite-bridge", js_on_load=_BRIDGE_JS.replace("__ENCODE__", BRIDGE_ENCODE_JS))
            with gr.Tab("Search · البحث", id="search"):
                with gr.Row():
                    s_query = gr.Textbox(label="Words · كلمات البحث (Arabic or English)", scale=5, max_length=500,
                                         placeholder="غرفة عمليات مشتركة في كركوك · joint operations room in Kirkuk",
                                         elem_id="marsad-search-query")
                    s_k = gr.Number(10, label="Results · النتائج", minimum=1, maximum=50, precision=0, scale=1,
                                    elem_id="marsad-search-k")
                    s_go = gr.Button("Search · ابحث", variant="primary", scale=1, elem_id="marsad-search-go")
                with gr.Row():
                    s_since = gr.Textbox("", label="Since · من (published; YYYY, YYYY-MM or YYYY-MM-DD)", scale=1,
                                         placeholder="2015-06", max_lines=1, max_length=10, elem_id="marsad-search-since")
                    s_until = gr.Textbox("", label="Until · حتى (inclusive · شاملا)", placeholder="2015-07", scale=1,
                                         max_lines=1, max_length=10, elem_id="marsad-search-until")
                s_hits = gr.HTML(render_message("ابحث في المقالات المفهرسة؛ انقر نتيجة لفتح المقال عند الجملة · Search "
                                                "the indexed articles; click a result to open the article at its "
                                                "sentence."), elem_id="marsad-search-hits")
            with gr.Tab("Records · السجلات", id="records"):
                rec_keys = gr.State([])
                with gr.Row(equal_height=True):
                    kind = gr.Dropdown(KIND_CHOICES, value="attacks", label="Type · النوع", scale=1,
                                       elem_id="marsad-rec-kind")
                    rec_query = gr.Textbox(label="Filter · تصفية (Arabic or English words)", scale=2,
                                           placeholder="كركوك · Kirkuk", elem_id="marsad-rec-query")
                    rec_doc = gr.Textbox(label="Article id · معرف المقال", scale=1, elem_id="marsad-rec-doc")
                    rec_go = gr.Button("Show · اعرض", variant="primary", scale=0, elem_id="marsad-rec-show")
                    rec_extract = gr.Button("Extract missing (offline) · استخرج الناقص", scale=0)
                rec_note = gr.HTML(elem_id="marsad-rec-note")
                table = gr.Dataframe(value=table_of("attacks", []), column_widths=widths("attacks"), interactive=False,
                                     wrap=True, max_height=520, elem_id="marsad-records",
                                     elem_classes=["marsad-records"])
                with gr.Row():
                    csv_file = gr.File(label="CSV download · تنزيل", interactive=False, elem_id="marsad-rec-csv")
                    json_file = gr.File(label="JSON download · تنزيل", interactive=False, elem_id="marsad-rec-json")
                rec_details = gr.HTML(render_message("انقر صفا لعرض السجل مع اقتباساته · Click a row to see the record "
                                                     "with its citations highlighted in the article."),
                                      elem_id="marsad-record", js_on_load=_ARTICLE_JS)
            with gr.Tab("Article · المقال", id="article"):
                with gr.Row():
                    doc_pick = gr.Dropdown(label="doc_id", choices=services.doc_ids(), allow_custom_value=True,
                                           elem_id="marsad-doc-pick")
                    doc_go = gr.Button("Show · اعرض", elem_id="marsad-doc-show")
                article = gr.HTML(elem_id="marsad-article", js_on_load=_ARTICLE_JS)
            build_events_tab(services, lambda c: _open_citation(services, c), [article, tabs, doc_pick])
            with gr.Tab("Ingest · إضافة", id="ingest"):
                megabytes = config.MAX_UPLOAD_BYTES // (1024 * 1024)
                gr.HTML(render_message(
                    f"ارفع مقالات ({', '.join(ALLOWED_SUFFIXES)}؛ {megabytes} ميغابايت للملف على الأكثر) فتُفهرس وتُستخرج "
                    "سجلاتها (دون اتصال)، ويُفعَّل زر «أضف» حين يكتمل رفعها. الملف الذي يحمل اسم ملف سابق بنص آخر يُحفظ بجانبه."
                    f" · Upload articles ({', '.join(ALLOWED_SUFFIXES)}; at most {megabytes} MB each). They are "
                    "indexed and extracted (offline). Ingest is enabled once the files have uploaded. A file named as an "
                    "earlier one but with other text is kept beside it."),
                    elem_id="marsad-ingest-intro", js_on_load=_UPLOADING_JS)
                uploads = gr.File(file_count="multiple", label="Articles · المقالات", type="filepath",
                                  elem_id="marsad-uploads")
                ingest_go = gr.Button("Ingest · أضف", variant="primary", interactive=False, elem_id="marsad-ingest-go")
                sent = gr.State([])  # the box's files staged by this page's clicks (the box keeps them)
                ingest_out = gr.HTML(elem_id="marsad-ingest-out")
            with gr.Tab("Evaluation · التقييم", id="evaluation"):
                eval_go = gr.Button("Reload · حدّث", elem_id="marsad-eval-reload")
                report = gr.Markdown(_eval_report(services), rtl=False)

        chat_inputs = [question, history, since, until]
        chat_outputs = [conversation, history, cite_pick, question]
        def chat(question: str, history: list, since: str = "", until: str = "") -> tuple:
            return _chat(services, question, history, since, until)

        send.click(chat, chat_inputs, chat_outputs, api_name="chat")
        question.submit(chat, chat_inputs, chat_outputs, api_visibility="private")
        cite_pick.input(lambda c: _open_citation(services, c), cite_pick, [article, tabs, doc_pick],
                         api_name="open_citation")
        cite_bridge.click(lambda c: _open_citation(services, c), cite_bridge, [article, tabs, doc_pick],
                          api_visibility="private")
        s_inputs = [s_query, s_k, s_since, s_until]
        s_go.click(lambda q, k, a, b: _search_view(services, q, k, a, b), s_inputs, s_hits, api_name="search_page")
        s_query.submit(lambda q, k, a, b: _search_view(services, q, k, a, b), s_inputs, s_hits,
                       api_visibility="private")
        rec_inputs = [kind, rec_query, rec_doc]
        rec_outputs = [table, csv_file, json_file, rec_note, rec_keys]
        rec_go.click(lambda k, q, d: _records(services, k, q, d), rec_inputs, rec_outputs, api_name="records")
        rec_query.submit(lambda k, q, d: _records(services, k, q, d), rec_inputs, rec_outputs,
                         api_visibility="private")
        kind.change(lambda k, q, d: _records_view(services, k, q, d), rec_inputs, rec_outputs,
                    api_visibility="private")
        app.load(lambda: _records_view(services, "attacks", "", ""), None, rec_outputs, api_visibility="private")
        table.select(on_select, [kind, rec_keys], rec_details, api_visibility="private")
        rec_extract.click(lambda k, q, d: _extract_missing(services, k, q, d), rec_inputs, rec_outputs,
                          api_name="extract_missing")
        doc_go.click(lambda d: _article(services, d), doc_pick, article, api_name="article")
        doc_pick.input(lambda d: _article(services, d), doc_pick, article, api_visibility="private")
        # trigger_mode "multiple": a second click while the first is pending (it waits up to config.INGEST_WAIT_SECONDS) is
        # answered after it, not dropped by gradio without a word (ux65's open point; fixux65)
        ingest_go.click(lambda f, s: ingest.click(f, s), [uploads, sent], [ingest_out, doc_pick, sent],
                        api_name="ingest", trigger_mode="multiple")
        # Ingest is enabled once the chosen files have reached the server: the file box's value is set when the upload
        # has ended, cleared by its × (a click during the upload said "Choose one or more files first")
        uploads.change(lambda f: gr.update(interactive=bool(f)), uploads, ingest_go, api_visibility="private",
                       show_progress="hidden", queue=False)
        gr.Timer(2.0).tick(lambda: ingest.status(), None, [ingest_out, doc_pick], api_name="ingest_status",
                           show_progress="hidden")
        eval_go.click(lambda: _eval_report(services), None, report, api_name="evaluation")
        app.load(lambda: _eval_report(services), None, report, api_visibility="private")
        gr.api(ask, api_name="ask")
        gr.api(search, api_name="search")
        gr.api(record, api_name="record")
    return app


def launch(settings: Settings, *, host: str = DEFAULT_HOST, port: int | None = None, auth: str | None = None,
           prevent_thread_lock: bool = False, quiet: bool = False) -> tuple[gr.Blocks, str]:
    """Build and serve the app; never shared publicly (no ``share`` link is offered).

    Args:
        settings: the resolved settings.
        host: interface to bind (default 127.0.0.1: this machine only).
        port: TCP port (None: gradio picks a free one from 7860).
        auth: ``"user:password"`` to require a login.
        prevent_thread_lock: return right after starting (tests).
        quiet: do not print the URL banner.

    Returns:
        ``(app, local_url)``.

    Raises:
        ConfigError: a malformed ``auth`` value, or ``host``/``port`` cannot be bound (checked before the app is
            built, so a busy port fails at once, naming ``--port``, not after gradio has loaded).
    """
    from marsad.ui.html import CSS

    credentials = parse_auth(auth)
    guard = AuthGuard(*credentials).check if credentials else None
    if port is not None:
        check_port(host, port)
    app = build_app(settings)
    try:
        with _patient_page_check():
            _, local_url, _ = app.launch(
                server_name=host, server_port=port, auth=guard, share=False, prevent_thread_lock=prevent_thread_lock,
                quiet=quiet, css=CSS, show_error=True, inbrowser=False, footer_links=["api"],
                max_file_size=f"{config.MAX_UPLOAD_BYTES // (1024 * 1024)}mb",
            )
    except OSError as exc:  # gradio's own message names its env var and launch() argument, not our flags
        where = f"port {port}" if port is not None else "any free port from 7860"
        raise ConfigError(f"the UI cannot listen on {host}, {where} ({exc})", hint=_PORT_HINT, cause=exc) from exc
    return app, local_url


@contextmanager
def _patient_page_check(seconds: float | None = None) -> Iterator[None]:
    """While gradio's ``launch()`` runs, its check that the page it has just started answers waits up to ``seconds``
    (default :data:`~marsad.core.config.PAGE_WAIT_SECONDS`).

    gradio 6 asks the new server's page once with a 3-second timeout and, on that first timeout, stops with "When
    localhost is not accessible, a shareable link must be created" -- on a busy machine (the first page is built on
    demand) a healthy local server fails to start (gradio issue 8671). Marsad never offers a share link, so that
    message is never the fix; the check is given time instead, and a server that never answers still fails.
    """
    from gradio import networking

    seconds = config.PAGE_WAIT_SECONDS if seconds is None else seconds
    asked = getattr(networking, "url_ok", None)
    if asked is None:  # another gradio: its own check stands
        yield
        return

    def page_answers(url: str) -> bool:
        import httpx

        deadline = time.monotonic() + seconds
        while True:
            try:
                if httpx.head(url, timeout=5, verify=False).status_code in (200, 401, 301, 302, 303, 307, 308):
                    return True
            except (httpx.TimeoutException, httpx.TransportError):
                pass
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.5)

    networking.url_ok = page_answers
    try:
        yield
    finally:
        networking.url_ok = asked


_PORT_HINT = ("pass another --port (e.g. --port 7870), stop the program that holds it, or leave --port out to take "
              "the first free port from 7860; --host must be an address of this machine")


def check_port(host: str, port: int) -> None:
    """Fail fast when ``host:port`` cannot be bound (busy, privileged, or not an address of this machine).

    Raises:
        ConfigError: naming the port and the flag that changes it.
    """
    import errno
    import socket

    if not 0 < port < 65536:
        raise ConfigError(f"--port {port} is not a TCP port", hint="give a number from 1 to 65535, e.g. --port 7870")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise ConfigError(f"--host {host} is not an address of this machine ({exc})",
                          hint="leave --host out (127.0.0.1: this machine only) or give one of its addresses",
                          cause=exc) from exc
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: TIME_WAIT is no conflict
        try:
            sock.bind(address)
        except OSError as exc:
            reason = "is in use" if exc.errno == errno.EADDRINUSE else f"cannot be bound ({exc.strerror or exc})"
            raise ConfigError(f"port {port} on {host} {reason}", hint=_PORT_HINT, cause=exc) from exc

