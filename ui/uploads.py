"""Checking uploaded files before they are ingested: type and size limits, clear errors, safe names."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from marsad.core.config import MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES

__all__ = ["ALLOWED_SUFFIXES", "check_upload", "stage_uploads"]

ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz")


def _suffix(name: str) -> str:
    low = name.lower()
    for s in sorted(ALLOWED_SUFFIXES, key=len, reverse=True):
        if low.endswith(s):
            return s
    return Path(low).suffix


def check_upload(path: Path, *, max_bytes: int = MAX_UPLOAD_BYTES) -> str | None:
    """Why this uploaded file cannot be ingested (one line naming it and the fix, Arabic then English as the app's
    every note), or None when it can."""
    name = path.name
    suffix = _suffix(name)
    allowed = ", ".join(ALLOWED_SUFFIXES)
    if suffix not in ALLOWED_SUFFIXES:
        return (f"{name}: النوع {suffix or '(بلا لاحقة)'} غير مقبول؛ ارفع ملفات {allowed} · "
                f"{name}: type {suffix or '(none)'} is not accepted; upload {allowed} files")
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"{name}: تعذّرت قراءته ({exc}) · {name}: cannot be read ({exc})"
    if size == 0:
        return f"{name}: الملف فارغ · {name}: the file is empty"
    if size > max_bytes:
        return (f"{name}: {size / 1e6:.1f} ميغابايت يتجاوز حد {max_bytes / 1e6:.0f} ميغابايت للملف؛ قسّمه أو أضفه "
                f"بالأمر marsad ingest · {name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit per "
                "file; split it or ingest it with `marsad ingest`")
    return None


def _safe_name(name: str) -> str:
    base = Path(name).name
    cleaned = re.sub(r"[^\w.\-]+", "_", base, flags=re.UNICODE).strip("._") or "upload"
    return cleaned[:150]


def stage_uploads(paths: list[str | Path], dest: Path, *, max_files: int = MAX_UPLOAD_FILES,
                  max_bytes: int = MAX_UPLOAD_BYTES) -> tuple[list[Path], list[str]]:
    """Copy the acceptable uploads into ``dest`` (keeping their names, so doc ids follow file names).

    Returns:
        ``(staged paths, errors)``: one error line per rejected file.
    """
    errors: list[str] = []
    staged: list[Path] = []
    paths = [Path(p) for p in paths or []]
    if len(paths) > max_files:
        errors.append(f"{len(paths)} ملفا يتجاوز حد {max_files} للرفعة الواحدة؛ تُرك ما بعدها · "
                      f"{len(paths)} files is over the limit of {max_files} per upload; the rest were skipped")
        paths = paths[:max_files]
    for src in paths:
        problem = check_upload(src, max_bytes=max_bytes)
        if problem:
            errors.append(problem)
            continue
        target = dest / _safe_name(src.name)
        copies = 1
        while target in staged:  # a second file of that name in one upload: its own folder, never over the first
            copies += 1
            target = dest / str(copies) / _safe_name(src.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
        staged.append(target)
    return staged, errors
