"""Optional OCR for PDFs with no text layer, through ocrmypdf (and tesseract) when installed.

OCR is a system tool, not a Python dependency, and slow (seconds to tens of seconds a
page), so it runs only when asked for (`ingest --ocr`) and only on PDFs whose pages carry
no text. ocrmypdf is called with an argument list, never through a shell, on copies in
a private temporary folder; the document keeps the SHA-256 of the original file.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import tempfile
from pathlib import Path

from foitrack.errors import FoitrackError, UnreadableFile

OCR_TIMEOUT_SECONDS = 900
INSTALL_HINT = "install it with: apt-get install ocrmypdf tesseract-ocr-eng"


def ocr_available() -> bool:
    """Whether ocrmypdf is on the PATH."""
    return shutil.which("ocrmypdf") is not None


def require_ocr() -> None:
    """Raise a FoitrackError that says how to install OCR when it is missing."""
    if not ocr_available():
        raise FoitrackError(f"--ocr needs ocrmypdf, which is not installed: {INSTALL_HINT}")


def _lift_memory_limit() -> None:
    """In the OCR child: drop the reader worker's memory cap (OCR has its own time limit; its threads
    reserve far more address space than they use)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def ocr_pdf(data: bytes) -> bytes:
    """The same PDF with a text layer added to its image-only pages."""
    program = shutil.which("ocrmypdf")
    if program is None:
        raise UnreadableFile(f"no text layer and ocrmypdf is not installed: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="foitrack-ocr-") as folder:
        source, target = Path(folder) / "in.pdf", Path(folder) / "out.pdf"
        source.write_bytes(data)
        command = [
            program,
            "--skip-text",
            "--quiet",
            "--optimize",
            "0",
            "--output-type",
            "pdf",
            str(source),
            str(target),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, timeout=OCR_TIMEOUT_SECONDS, check=False, preexec_fn=_lift_memory_limit
            )
        except subprocess.TimeoutExpired as error:
            raise UnreadableFile(f"OCR took longer than {OCR_TIMEOUT_SECONDS} s") from error
        if done.returncode != 0 or not target.exists():
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise UnreadableFile(f"OCR failed: {reason[-1] if reason else f'exit {done.returncode}'}")
        return target.read_bytes()
