"""Format invariance: does the same reply as pdf, docx or eml give what its txt gives?

Usage:
    python3 ../shared/tools/make_variants.py /work/devtrain /tmp/variants   # needs reportlab, python-docx
    .venv/bin/python bench/agreement.py /work/devtrain /tmp/variants [--show 20]

Ingests the texts and each format directory (pdf/, docx/, eml/ under the variants directory)
into scratch databases with the CLI, exports JSON and, per reply, compares the variant's record
with the text's: the authority, the answer classes (in order) and the amounts (as a sorted list
of pounds). An email's record is its attachment's (with the email's authority where the
attachment names none). Prints the share of replies that agree on each field and on all three.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FIELDS = ("authority", "answers", "amounts")


def export_records(foitrack: Path, files: list[Path], work: Path) -> dict[str, dict[str, object]]:
    """Each file's exported record, keyed by the file's stem."""
    docs = work / "docs"
    docs.mkdir(parents=True)
    for path in files:
        shutil.copyfile(path, docs / path.name)
    env = dict(os.environ, FOITRACK_DB=str(work / "t.db"), NO_COLOR="1")
    subprocess.run([str(foitrack), "ingest", str(docs)], env=env, capture_output=True, check=False)
    out = subprocess.run([str(foitrack), "export", "json"], env=env, capture_output=True, text=True, check=True)
    records = json.loads(out.stdout)
    by_stem: dict[str, dict[str, object]] = {}
    children = []
    for record in records:
        if record.get("parent"):
            children.append(record)
        else:
            by_stem[Path(str(record.get("file"))).stem] = record
    for child in children:  # an email's reply is its attachment: compare the attachment's record
        stem = Path(str(child["parent"])).stem
        merged = dict(child)
        merged["authority"] = child.get("authority") or by_stem.get(stem, {}).get("authority")
        by_stem[stem] = merged
    return by_stem


def view(record: dict[str, object] | None) -> dict[str, object]:
    """The three fields compared, in a comparable shape."""
    record = record or {}
    answers = record.get("answers") or []
    amounts = record.get("amounts") or []
    return {
        "authority": record.get("authority"),
        "answers": [a.get("answer") for a in answers],  # type: ignore[union-attr]
        "amounts": sorted(float(a.get("gbp") or 0) for a in amounts),  # type: ignore[union-attr]
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("texts", type=Path)
    parser.add_argument("variants", type=Path)
    parser.add_argument("--foitrack", type=Path, default=Path(sys.executable).with_name("foitrack"))
    parser.add_argument("--formats", default="pdf,docx,eml")
    parser.add_argument("--show", type=int, default=0, help="print this many differences per format")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        texts = sorted(args.texts.glob("*.txt"))
        base = {stem: view(r) for stem, r in export_records(args.foitrack, texts, Path(tmp) / "txt").items()}
        for fmt in [f.strip() for f in args.formats.split(",") if f.strip()]:
            files = sorted(p for p in (args.variants / fmt).glob(f"*.{fmt}"))
            got = export_records(args.foitrack, files, Path(tmp) / fmt)
            agree = dict.fromkeys((*FIELDS, "all"), 0)
            shown = 0
            for path in files:
                want, have = base.get(path.stem, view(None)), view(got.get(path.stem))
                same = [field for field in FIELDS if want[field] == have[field]]
                for field in same:
                    agree[field] += 1
                agree["all"] += len(same) == len(FIELDS)
                for field in FIELDS:
                    if field not in same and shown < args.show:
                        shown += 1
                        print(f"  {fmt} {path.stem}: {field} {have[field]!r} != txt {want[field]!r}")
            total = max(len(files), 1)
            rates = "  ".join(f"{key} {agree[key] / total:.3f}" for key in agree)
            print(f"{fmt:5} n={len(files)}  {rates}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
