"""Shared fixtures: every test gets its own database, and a `run` helper for the CLI."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal, Protocol

import pytest
from sqlite_utils import Database
from typer.testing import CliRunner, Result

from foitrack.db import open_db

# foitrack.console's consoles read COLUMNS once, when first imported: set it before any test can import
# them, so every table is laid out 200 wide whichever test (or, under pytest-xdist, worker) imports it first
os.environ["COLUMNS"] = "200"

SHARED = Path(__file__).resolve().parents[2] / "shared"

Run = Callable[..., Result]


class Exemplified(Protocol):
    """A lexicon entry as its generated tests read it: a name, examples and counter-examples."""

    @property
    def name(self) -> str: ...
    @property
    def examples(self) -> tuple[str, ...]: ...
    @property
    def counter_examples(self) -> tuple[str, ...]: ...


def example_cases(entries: Iterable[Exemplified], which: Literal["examples", "counter_examples"]) -> list[object]:
    """One test case (entry, text) per example, or per counter-example, of each lexicon entry."""
    return [
        pytest.param(entry, text, id=f"{entry.name}:{text[:40]}") for entry in entries for text in getattr(entry, which)
    ]


@pytest.fixture(scope="session")
def _spare_dbs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Numbered database paths in one folder, for tests that have no folder of their own."""
    folder = tmp_path_factory.mktemp("dbs")
    return (folder / f"{n}.db" for n in itertools.count())


@pytest.fixture(autouse=True)
def _hermetic_db(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, _spare_dbs: Iterator[Path]) -> None:
    """No test ever touches ./foitrack.db: FOITRACK_DB points into the test's own folder, or, for a test
    that asks for no folder (most are pure functions), to a fresh name in a shared one: a folder a test
    costs a few milliseconds, and thousands of generated tests need none."""
    wants_folder = {"tmp_path", "db_path", "run"} & set(request.fixturenames)
    path = request.getfixturevalue("tmp_path") / "foitrack.db" if wants_folder else next(_spare_dbs)
    monkeypatch.setenv("FOITRACK_DB", str(path))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "foitrack.db"


@pytest.fixture
def db() -> Iterator[Database]:
    database = open_db(":memory:")
    yield database
    database.close()


@pytest.fixture
def run() -> Run:
    from foitrack.cli import app

    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(app, [str(a) for a in args], prog_name="foitrack")

    return invoke


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED
