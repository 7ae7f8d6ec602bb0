"""The Ingest tab's uploads: one background ingest per app, and what each click of a page may stage.

:class:`IngestSession` holds the tab's state across clicks and polls (the app's last :class:`IngestJob`, kept on the
app's services as ``ingest_job``, and the page's files already sent); :func:`ingest_worker` is the job's thread.
gradio is imported only by the handlers, when the app runs.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

from marsad.core import config
from marsad.core.errors import MarsadError

__all__ = ["IngestJob", "IngestSession", "as_uploaded", "ingest_worker"]

NOTHING_NEW = ("error", "أُرسلت كل الملفات التي في المربع بضغطة سابقة؛ ارفع ملفا جديدا (والملف الذي ما زال يُرفع يُرسل حين "
                        "يظهر في المربع مرفوعا) · Every file in the box was sent by an earlier click; upload another "
                        "(a file still uploading can be sent once the box shows it uploaded)")
_STILL_RUNNING = ("error", "ما زالت إضافة جارية فلم تُضف الملفات الجديدة؛ اضغط «أضف» ثانية حين تنتهي · An ingest was "
                           "still running, so the new files were not added; click Ingest again when it ends")
_CHOOSE_FILES = ("error", "اختر ملفا أو أكثر أولا (وانتظر حتى يظهر كل منها في المربع مرفوعا) · Choose one or more files "
                          "first (then wait until each shows in the box: uploaded).")
_RUNNING_NOTE = ("note", "تُضاف الملفات المرفوعة في الخلفية، والمحادثة متاحة في أثناء ذلك · Ingesting the uploads in the "
                         "background; chat stays available")


class IngestJob:
    """One background ingest of uploaded files: a worker thread and its status lines, read by polling."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []
        self.done = threading.Event()
        self.shown = False  # the finished status has updated the article picker
        self.paths: list[str] = []  # the uploads (the box's temporary paths) this job was started for
        self.failed = False  # the ingest itself failed (not one file): its uploads may be clicked again

    @property
    def running(self) -> bool:
        return not self.done.is_set()


def as_uploaded(text: str, staged: list) -> str:
    """``text`` (a staged file's path, maybe with ``:line``, or a note that names staged files) without the staging
    folder: an upload that cannot be read is named as the user uploaded it ("bad.jsonl:2"), not by its staged copy
    under the home ("<home>/uploads/20180520-101500/bad.jsonl:2")."""
    # the deepest folder first: a second upload of one name is staged in a sub-folder ("<stage>/2/report.txt")
    for folder in sorted({str(Path(path).parent) + os.sep for path in staged}, key=len, reverse=True):
        if folder in str(text):
            text = str(text).replace(folder, "")
    return text


def ingest_worker(services: Any, staged: list, job: IngestJob) -> None:
    """Ingest, then extract offline records one document at a time (the shared store is held per document only)."""
    from marsad.agent.qa.evidence import ensure_records
    from marsad.index import ingest as ingest_module
    from marsad.index.loaders import left_out_note

    try:  # the tab's notes Arabic then English, as every tab's
        report = ingest_module.ingest(services.settings, staged, progress=False)
        job.lines.insert(0, ("note", f"{report.summary('ar')} · {report.summary()}"))
        job.lines += [("error", f"{as_uploaded(p, staged)}: لم يُضف · {as_uploaded(p, staged)}: {r}")
                      for p, r in report.failed]
        if report.dates_kept:  # told once for the upload, the documents kept (as `marsad ingest` tells it)
            note = f"{report.dates_kept.message('ar')} · {report.dates_kept.message()}"
            job.lines.append(("note", as_uploaded(note, staged)))  # named as uploaded
        if report.kept_beside:  # an upload named as an earlier document, with other text: both kept, told so (ux66)
            job.lines += [("note", as_uploaded(f"{ar} · {en}", staged)) for ar, en in
                          zip(report.kept_beside_notes("ar"), report.kept_beside_notes(), strict=True)]
        if report.left_out:
            left_out = [path for path, _ in report.left_out]
            job.lines.append(("note", f"{left_out_note(left_out, language='ar')} · {left_out_note(left_out)}"))
        with services.lock:
            ids = services.store.ids()
        extracted = 0
        for doc_id in ids:
            with services.lock:  # chat gets the store between two documents
                extracted += ensure_records(services.store, [doc_id])
        if extracted:
            # every stored document without records, not only the uploads: "75 new document(s)" after an upload of 2
            job.lines.append(("note", f"استُخرجت السجلات (دون اتصال) لـ{extracted} مستند لم تكن له سجلات · records "
                                      f"extracted (offline) for {extracted} document(s) that had none"))
    except MarsadError as err:
        job.failed = True
        job.lines.append(("error", f"تعذّرت الإضافة · {err}"))
    except Exception as err:  # noqa: BLE001 - reported in the app, never a dead thread without a word
        job.failed = True
        job.lines.append(("error", f"فشلت الإضافة: {type(err).__name__} · ingest failed: {type(err).__name__}: {err}"))
    finally:
        job.done.set()


def _upload_paths(files: list | None) -> list[str]:
    return [str(getattr(f, "name", f)) for f in (files or [])]


class IngestSession:
    """The Ingest tab over the app's services: an Ingest click (:meth:`click`) and the status its polls tell
    (:meth:`status`). The last job lives on the services (``ingest_job``: every page of the app sees the same ingest);
    each page keeps the files its earlier clicks sent (``sent``, a gradio session state)."""

    def __init__(self, services: Any) -> None:
        self.services = services

    @property
    def job(self) -> IngestJob | None:
        return getattr(self.services, "ingest_job", None)

    def click(self, files: list | None, sent: list | None = None) -> tuple[str, Any, list]:
        """Stage the uploads and ingest them in a background thread; chat is served meanwhile.

        Waits up to :data:`~marsad.core.config.INGEST_WAIT_SECONDS` (a small upload answers with its summary), then answers that the
        ingest goes on; :meth:`status` (polled by the Ingest tab) shows the rest. ``sent``: the page's files staged by
        its earlier clicks: the box adds each upload to the files already in it, and a second upload re-read the first
        ("2 document(s): 1 added, 1 unchanged"); only the files not sent yet are staged. Returns the status, the
        article picker and ``sent`` with this click's files (unchanged when the click was refused, so they can be
        clicked again).
        """
        import gradio as gr

        from marsad.ui.html import render_list
        from marsad.ui.uploads import stage_uploads

        sent = self._resendable(sent)
        done = set(sent)
        paths = [p for p in _upload_paths(files) if p not in done]  # the box's files no click of this page staged
        refused = self._refused(files, sent, paths)
        if refused is not None:
            return refused, gr.update(), sent
        sent += paths
        dest = Path(self.services.settings.home) / "uploads" / time.strftime("%Y%m%d-%H%M%S")
        staged, errors = stage_uploads(paths, dest)
        if not staged:
            return self._tell([("error", e) for e in errors]), gr.update(), sent
        job = IngestJob()
        job.paths = list(paths)
        names = ", ".join(p.name for p in staged)  # which upload this status tells (the box keeps the earlier ones)
        job.lines += [("note", f"الملفات: {names} · Files: {names}"), *(("error", e) for e in errors)]
        self.services.ingest_job = job
        threading.Thread(target=ingest_worker, args=(self.services, staged, job), name="marsad-ingest",
                         daemon=True).start()
        if job.done.wait(config.INGEST_WAIT_SECONDS):
            job.shown = True
            return render_list(job.lines), gr.update(choices=self.services.doc_ids()), sent
        return *self.status(), sent

    def _resendable(self, sent: list | None) -> list:
        """The page's ``sent`` files, without those of a failed ingest (its uploads may be clicked again)."""
        sent = list(sent or [])
        job = self.job
        if job is not None and not job.running and job.failed:
            sent = [p for p in sent if p not in job.paths]
        return sent

    def _refused(self, files: list | None, sent: list, paths: list[str]) -> str | None:
        """The status that answers a click which stages nothing, else None (``paths``: the box's files to send)."""
        job = self.job
        if job is not None and not paths and files and (job.running or not job.failed and set(job.paths) & set(sent)):
            # a second click with nothing new (a double click, or a file still uploading: the box lists it once it has
            # reached the server): said under the status of the ingest the box's files went to, which stays (fixux65)
            if job.lines[-1:] != [NOTHING_NEW]:
                job.lines.append(NOTHING_NEW)
            return self.status()[0]
        if job is not None and job.running:  # told in the running status and after it, not replaced by the next poll
            job.lines.append(_STILL_RUNNING)
            return self.status()[0]
        if not paths:
            return self._tell([NOTHING_NEW if files else _CHOOSE_FILES])
        return None

    def _tell(self, lines: list[tuple[str, str]]) -> str:
        """``lines`` made the tab's status (a finished job's), as HTML: every poll tells it until the next click.
        A refusal answered by the click alone ("not accepted", "choose files") was replaced within 2 s by the previous
        ingest's status, told again by the next poll (ux65)."""
        from marsad.ui.html import render_list

        job = IngestJob()
        job.lines = list(lines)
        job.shown = True  # nothing was ingested: the picker stays
        job.done.set()
        self.services.ingest_job = job
        return render_list(job.lines)

    def status(self) -> tuple[str, Any]:
        """The background ingest's status (polled by the Ingest tab), and the article picker once it is done."""
        import gradio as gr

        from marsad.ui.html import render_list

        job = self.job
        if job is None:
            return gr.update(), gr.update()
        if job.running:
            return render_list([_RUNNING_NOTE, *job.lines]), gr.update()
        # the finished status is told on every poll, not once: a poll answered "running" just before the ingest ended
        # may reach the page after the answer that told its end (two events, two threads), and a one-shot status then
        # left "Ingesting ..." on the page for good (CI, stop 76). The article picker is updated once.
        picker = gr.update() if job.shown else gr.update(choices=self.services.doc_ids())
        job.shown = True
        return render_list(job.lines), picker
