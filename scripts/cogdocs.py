"""Helpers for the cog blocks in README.md and docs/*.md (`make cog`, checked by `make lint`).

Every block of output in the docs is produced here from a real run: `--help` of every command
(walked from the click command tree, so a new command or sub-group appears without editing a
list), commands run on a scratch database built from samples/replies, and figures read from the
files that the scripts claiming them write (docs/scores/*.txt from `make scores`, docs/bench.txt
from `make bench`).

Run it through the Makefile: DOCS_ENV fixes the terminal width and colour so the output is the
same on every machine.
"""

from __future__ import annotations

import atexit
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer.main  # noqa: TID251 - the docs walk the CLI's own command tree

ROOT = Path(__file__).resolve().parents[1]
FOITRACK = str(Path(sys.executable).with_name("foitrack"))
FENCE = "```"

# The score lines of shared/tools/score.py, and the measure the docs quote from each.
SCORE_ROWS = (
    ("replies scored", "documents", ("",)),
    ("authority", "authority", ("precision", "recall")),
    ("dates (request, response)", "dates", ("precision", "recall")),
    ("amounts", "amounts", ("f1",)),
    ("questions found", "questions", ("recall",)),
    ("answer class (over all gold questions)", "answers", ("accuracy",)),
    ("exemptions", "exemptions", ("f1",)),
    ("outcome", "outcome", ("accuracy",)),
    ("overall (the scorer's mean of six)", "overall", ("",)),
)


def command_tree() -> Iterator[tuple[str, Any]]:
    """Every visible command as ("request add", command), depth first, the root first as "".

    Typer carries its own copy of click, so groups are told by their `commands`, not their class.
    """
    from foitrack.cli import app

    def walk(prefix: str, command: Any) -> Iterator[tuple[str, Any]]:
        yield prefix, command
        for name, sub in getattr(command, "commands", {}).items():
            if not sub.hidden:
                yield from walk(f"{prefix} {name}".strip(), sub)

    yield from walk("", typer.main.get_command(app))


def help_text(path: str) -> str:
    """`foitrack PATH --help` as a terminal 80 columns wide shows it."""
    done = subprocess.run([FOITRACK, *path.split(), "--help"], capture_output=True, text=True, check=True)
    return done.stdout.rstrip()


def cli_reference() -> str:
    """An index of the commands, then one section per command, each with its --help."""
    index = []
    for path, command in command_tree():
        title = f"foitrack {path}".strip()
        summary = (command.help or "").strip().splitlines()[0]
        index.append(f"- [`{title}`](#{title.replace(' ', '-')}): {summary}")
    parts = ["\n".join(index) + "\n"]
    for path, _ in command_tree():
        title = f"foitrack {path}".strip()
        parts.append(f"## `{title}`\n\n{FENCE}\n$ {title} --help\n{help_text(path)}\n{FENCE}\n")
    return "\n".join(parts)


def topics_table() -> str:
    """The built-in topics of `compare --topic`, from foitrack/topics.toml."""
    topics = tomllib.loads((ROOT / "foitrack" / "topics.toml").read_text(encoding="utf-8"))
    lines = ["| topic | title | a question belongs when it mentions | also |", "|---|---|---|---|"]
    for name, topic in topics.items():
        words = ", ".join(f"`{w}`" for w in topic.get("question_words", [])) or "(no words)"
        also = []
        if topic.get("amounts"):
            also.append("any answer stating a sum of money")
        if topic.get("answers"):
            also.append("answers classed " + ", ".join(f"`{a}`" for a in topic["answers"]))
        lines.append(f"| `{name}` | {topic.get('title', '')} | {words} | {'; '.join(also)} |")
    return "\n".join(lines) + "\n"


class Session:
    """Commands run one after another on a scratch database, as a user would type them."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="foitrack-docs-"))
        atexit.register(shutil.rmtree, self.folder, ignore_errors=True)
        self.env = {**os.environ, "FOITRACK_DB": str(self.folder / "foitrack.db"), "PYTHONUNBUFFERED": "1"}

    def output(self, command: str) -> str:
        """What `command` (starting `foitrack ...`) prints, stdout and stderr in the order written."""
        args = shlex.split(command)
        assert args[0] == "foitrack", command
        done = subprocess.run(
            [FOITRACK, *args[1:]], cwd=ROOT, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        return "\n".join(line.rstrip() for line in done.stdout.rstrip().splitlines())

    def run(self, command: str, start: str | None = None, stop: str | None = None) -> str:
        """A fenced block: the command, then its output (from the line starting `start` to before `stop`)."""
        out = self.output(command)
        if start is not None or stop is not None:
            out = cut(out, start, stop)
        return f"{FENCE}\n$ {command}\n{out}\n{FENCE}\n"

    def block(self, *commands: str) -> str:
        """One fenced block: each command after a `$` prompt, followed by what it printed."""
        shown = []
        for command in commands:
            out = self.output(command)
            shown.append(f"$ {command}" + (f"\n{out}" if out else ""))
        return FENCE + "\n" + "\n".join(shown) + "\n" + FENCE + "\n"

    def document_id(self, file_name: str) -> int:
        """The id the scratch database gave a file."""
        rows = self.output("foitrack documents --format csv").splitlines()
        for row in rows[1:]:
            cells = row.split(",")
            if cells[1] == file_name:
                return int(cells[0])
        raise LookupError(f"{file_name} is not in the scratch database")


def cut(text: str, start: str | None, stop: str | None) -> str:
    """The lines of `text` from the first that starts (after spaces) with `start` to before `stop`."""
    lines = text.splitlines()
    first = 0 if start is None else _line_starting(lines, start)
    rest = lines[first:]
    end = len(rest) if stop is None else _line_starting(rest, stop)
    return "\n".join(rest[:end]).rstrip()


def _line_starting(lines: list[str], prefix: str) -> int:
    """The index of the first line that starts (after spaces) with `prefix`."""
    for index, line in enumerate(lines):
        if line.strip().startswith(prefix):
            return index
    raise LookupError(f"no line starts with {prefix!r}: the command's output changed; update the cog block")


def include(path: str) -> str:
    """A generated text file, verbatim in a fenced block."""
    text = (ROOT / path).read_text(encoding="utf-8").rstrip()
    return f"{FENCE}\n{text}\n{FENCE}\n"


def scores(path: str) -> dict[str, dict[str, str]]:
    """The measures in a file written by `make scores`: {"authority": {"precision": "0.961", ...}}."""
    found: dict[str, dict[str, str]] = {}
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        words = line.split()
        if not words:
            continue
        if words[0] in ("overall", "documents") and len(words) > 1:
            found[words[0]] = {"": words[1]}
            continue
        pairs = re.findall(r"([a-zA-Z][\w-]*)\s+(\d+\.\d+)", line)
        if pairs and words[0] in {row[1] for row in SCORE_ROWS}:
            found[words[0]] = {measure.lower().replace("-", ""): value for measure, value in pairs}
    return found


def header(path: str, key: str) -> str:
    """A `key: value` line from the head of a generated file (e.g. date, command)."""
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key}:"):
            return line.split(":", 1)[1].strip()
    raise LookupError(f"{path} has no {key!r} line")


def score_table(*paths: str) -> str:
    """A Markdown table of the quoted measures, one column per generated scores file."""
    columns = [scores(path) for path in paths]
    head = "| field | measure | " + " | ".join(f"`{Path(p).name}`" for p in paths) + " |"
    lines = [head, "|---|---|" + "---|" * len(paths)]
    for title, key, measures in SCORE_ROWS:
        for measure in measures:
            values = [column.get(key, {}).get(measure, "-") for column in columns]
            lines.append(f"| {title} | {measure} | " + " | ".join(values) + " |")
    return "\n".join(lines) + "\n"


def gazetteer() -> dict[str, Any]:
    """The packaged gazetteer of public bodies."""
    import json

    path = ROOT / "foitrack" / "extract" / "data" / "gazetteer.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def gazetteer_sources() -> str:
    """The gazetteer's own `sources` block as a Markdown table."""
    lines = ["| source | licence | used for |", "|---|---|---|"]
    for source in gazetteer()["sources"]:
        name = f"[{source['name']}]({source['url']})" if source.get("url") else source["name"]
        lines.append(f"| {name} | {source['licence']} | {source['used_for']} |")
    return "\n".join(lines) + "\n"


def gazetteer_counts() -> str:
    """How many bodies the gazetteer holds, by kind and by nation."""
    from collections import Counter

    bodies = gazetteer()["bodies"]
    kinds = Counter(str(body.get("kind")) for body in bodies)
    nations = Counter(str(body.get("nation") or "not known") for body in bodies)
    by_kind = ", ".join(f"{kind} {count:,}" for kind, count in kinds.most_common())
    by_nation = ", ".join(f"{nation} {count:,}" for nation, count in nations.most_common())
    return f"{len(bodies):,} bodies. By kind: {by_kind}. By nation: {by_nation}.\n"


# The order the README lists the pages in; pages not named here follow, alphabetically.
PAGE_ORDER = ("cli.md", "ingest.md", "tracking.md", "extraction.md", "comparing.md", "performance.md", "data.md")


def docs_index() -> str:
    """A bullet per page under docs/, linked, with the page's own title."""
    pages = sorted((ROOT / "docs").glob("*.md"), key=lambda p: (p.name not in PAGE_ORDER, _order(p.name), p.name))
    lines = []
    for page in pages:
        title = next(
            (line[2:].strip() for line in page.read_text(encoding="utf-8").splitlines() if line.startswith("# ")),
            page.stem,
        )
        lines.append(f"- [{title}](docs/{page.name})")
    return "\n".join(lines) + "\n"


def _order(name: str) -> int:
    return PAGE_ORDER.index(name) if name in PAGE_ORDER else 0
