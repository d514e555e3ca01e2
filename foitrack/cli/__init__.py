"""The foitrack command line: parse arguments, call the library, render the result.

The only package that imports typer. This module holds the Typer `app`, the options every
command shares and the helpers they use; each command group lives in its own module, imported
at the end so that its commands register (in the order `foitrack --help` lists them).
Library errors (FoitrackError) become one 'Error: ...' line on stderr and exit code 1, in one
place (ErrorReportingGroup). The readers, the report and the spreadsheet writers are imported
by the commands that use them, so that `compare` or `status` do not pay their start-up cost.
"""

from __future__ import annotations

import atexit
import datetime
import functools
import gc
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, TextIO, Union, get_args, get_origin

import typer
from typer.core import TyperGroup

from foitrack import __version__, console, tracking
from foitrack import db as store
from foitrack.errors import FoitrackError
from foitrack.export import write_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from foitrack.compare import Topic


def _plain_converter(annotation: Any, info: Any) -> Any:
    """A direct conversion for a parameter typer would coerce through a pydantic TypeAdapter:
    str, int, float, Path and Enum (and lists and optionals of them) without constraints,
    else None (typer's own coercion is kept)."""
    if get_origin(annotation) in (UnionType, Union):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return _plain_converter(args[0], info) if len(args) == 1 else None
    if get_origin(annotation) is list:
        leaf = _plain_converter(get_args(annotation)[0], info)
        return None if leaf is None else (lambda values: [leaf(v) for v in values])
    if getattr(info, "click_type", None) is not None:
        return None
    if getattr(info, "parser", None) is not None:
        return info.parser
    if annotation is str:
        return str
    if annotation is datetime.date and info.formats:
        return lambda value: value if isinstance(value, datetime.date) else _date(value, info.formats)
    if annotation in (int, float) and info.min is None and info.max is None:
        return annotation
    if annotation is Path and (
        info.exists,
        info.file_okay,
        info.dir_okay,
        info.writable,
        info.resolve_path,
        info.allow_dash,
        info.path_type,
    ) == (False, True, True, False, False, False, None):
        return Path
    if isinstance(annotation, type) and issubclass(annotation, Enum) and info.case_sensitive:
        return lambda value: value if isinstance(value, annotation) else annotation(value)
    return None


def _date(value: str, formats: list[str]) -> datetime.date:
    for form in formats:
        try:
            return datetime.datetime.strptime(value, form).date()
        except ValueError:
            continue
    raise ValueError(value)


def _install_plain_coercion() -> None:
    """Spare each command importing pydantic (~60 ms) and building a TypeAdapter per parameter.

    typer 0.2x coerces every parameter through pydantic, even an option left unset. Here a
    parameter is built lazily: plain types (see _plain_converter) are converted directly, and
    anything else, or a value the direct conversion rejects, goes to typer's own coercion the
    first time it is needed, so its checks and error messages are unchanged. If typer's
    internals differ (another version), nothing is changed.
    """
    try:
        from typer import core as typer_core
        from typer._coercion import RuntimeParam, TypeDescriptor
        from typer._coercion import build_runtime_param as original
    except ImportError:  # pragma: no cover - another typer
        return
    if getattr(typer_core, "build_runtime_param", None) is not original:  # pragma: no cover - another typer
        return

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        descriptor: TypeDescriptor
        convert: Any

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if self.convert is not None:
                try:
                    return self.convert(value)
                except (TypeError, ValueError):
                    pass  # typer says what is wrong with the value
            return original(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    def build(descriptor: TypeDescriptor) -> Any:
        if descriptor.file_annotation is not None:
            return original(descriptor)
        convert = _plain_converter(descriptor.annotation, descriptor.parameter_info)
        return PlainRuntimeParam(descriptor.parameter_info, descriptor.annotation, descriptor, convert)

    setattr(typer_core, "build_runtime_param", build)  # noqa: B010 - typer.core does not export it


_install_plain_coercion()


class ErrorReportingGroup(TyperGroup):
    """Turns any FoitrackError into a single error line and exit code 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except FoitrackError as error:
            console.error(str(error))
            raise typer.Exit(1) from None


class _Foitrack(typer.Typer):
    """The app: a run of one command builds only that command's click parameters.

    Typer builds every command (reading each one's signature and type hints) before it runs
    one: ~0.03 s of every start-up. When the first argument names a command or a command group,
    the group is built with that one alone; anything else (no command, --help, --version, a
    mistyped name, explicit args) builds them all, as before.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        name = sys.argv[1] if len(sys.argv) > 1 else ""
        commands = [c for c in self.registered_commands if _command_name(c) == name]
        groups = [g for g in self.registered_groups if g.name == name]
        if args or "args" in kwargs or self.registered_callback is None or not (commands or groups):
            return super().__call__(*args, **kwargs)
        every = self.registered_commands, self.registered_groups
        self.registered_commands, self.registered_groups = commands, groups
        try:
            return super().__call__(*args, **kwargs)
        finally:
            self.registered_commands, self.registered_groups = every


def _command_name(info: Any) -> str:
    """A registered command's name, as typer gives it: its own, or its function's with dashes."""
    from typer.main import get_command_name

    return str(info.name) if info.name else get_command_name(info.callback.__name__)


app = _Foitrack(
    name="foitrack",
    help="Track Freedom of Information requests and extract what the replies say.",
    no_args_is_help=True,
    cls=ErrorReportingGroup,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    nl = "nl"
    markdown = "markdown"


def _iso_date(value: str | datetime.date) -> datetime.date:
    """A date option's value: YYYY-MM-DD, or one line saying so."""
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"expected a date as YYYY-MM-DD (e.g. 2024-01-11), not {value!r}") from None


DbPath = Annotated[Path, typer.Option("--db", envvar="FOITRACK_DB", help="SQLite database file.", show_default=True)]
Format = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
DEFAULT_DB = Path("foitrack.db")
Today = Annotated[
    datetime.date | None,
    typer.Option("--today", parser=_iso_date, metavar="YYYY-MM-DD", help="Judge lateness as of this day."),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"foitrack {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Track Freedom of Information requests and extract what the replies say."""


@contextmanager
def _opened(path: Path, *, create: bool = False, read_only: bool = False) -> Iterator[Database]:
    """The database at `path`; only commands that add to it (`create`) may make a new one.

    A command that only reads it (`read_only`) reads a current database without sqlite-utils."""
    if not create and not path.exists():
        raise FoitrackError(f"{path}: no such database (check --db, or start one with `foitrack ingest`)")
    database = store.open_reader(path) if read_only and not create else store.open_db(path)
    try:
        yield database
    finally:
        database.close()


@functools.cache
def _freeze_at_exit() -> None:
    """Have the process freeze its objects before the interpreter's final collection (once)."""
    atexit.register(gc.freeze)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a command that builds a large result and exits.

    A comparison at 100k documents makes about a million objects (rows, cells, rich segments),
    almost none in reference cycles: the collector's passes over them were ~10% of `compare`.
    Freed objects are still freed at once (reference counting); the collector resumes after.
    At exit the objects left are frozen (gc.freeze): the interpreter's last collection would
    only walk them (~0.04 s after a comparison at 100k documents), and they are freed all the same.
    """
    _freeze_at_exit()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _not_the_database(output: Path | None, db: Path) -> None:
    """Refuse an output file that is the database (or its journal): writing it would destroy it."""
    if output is None:
        return
    guarded = {Path(f"{db}{suffix}").resolve() for suffix in ("", "-wal", "-shm", "-journal")}
    same = output.exists() and db.exists() and output.samefile(db)
    if same or output.resolve() in guarded:
        raise FoitrackError(f"{output}: that is the database itself: choose another file for -o")


@contextmanager
def _destination(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as handle:
            yield handle
    except OSError as error:
        raise FoitrackError(f"{output}: cannot write: {error.strerror or error}") from error


def _emit(
    rows: Sequence[dict[str, Any]], fmt: OutputFormat, *, title: str | None = None, output: Path | None = None
) -> None:
    if fmt is OutputFormat.table and output is None:
        console.print_table(rows, title=title)
        return
    with _destination(output) as out:
        write_rows(rows, "csv" if fmt is OutputFormat.table else fmt.value, out)


def _warn_unknown_body(name: str) -> None:
    """Warn when --authority names no known body (a typo would otherwise become a new body)."""
    from foitrack.corrections import is_known_body

    if is_known_body(name):
        return
    match = tracking.match_bodies([name])[0]
    hint = f"did you mean {match.body.name!r}?" if match.body else f"close names: {', '.join(match.close) or 'none'}"
    console.warning(f"{name!r} is not a body foitrack knows: it is stored as written ({hint})")


def _topic(name: str | None, topics_file: Path | None) -> Topic | None:
    from foitrack.compare import load_topics

    if name is None:
        return None
    known = load_topics(topics_file)
    if name not in known:
        raise FoitrackError(f"unknown topic {name!r}: choose from {', '.join(sorted(known))}")
    return known[name]


Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


def _confirm(question: str, yes: bool) -> None:
    if not yes and not typer.confirm(question, default=False, err=True):
        raise typer.Exit(1)


# The command modules register their commands on import, in the order `foitrack --help` lists
# them; the sub-apps are mounted after every top-level command, in their listed order too.
# isort: off
from foitrack.cli import documents  # noqa: E402
from foitrack.cli import review  # noqa: E402
from foitrack.cli import exporting  # noqa: E402, F401
from foitrack.cli import comparing  # noqa: E402, F401
from foitrack.cli import requests  # noqa: E402

# isort: on

app.add_typer(review.corrections_app, name="corrections")
app.add_typer(requests.request_app, name="request")
app.add_typer(documents.document_app, name="document")
