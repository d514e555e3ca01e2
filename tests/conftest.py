"""Shared fixtures: every test gets its own database, and a `run` helper for the CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database
from typer.testing import CliRunner, Result

from foitrack.db import open_db

SHARED = Path(__file__).resolve().parents[2] / "shared"

Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _hermetic_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches ./foitrack.db: FOITRACK_DB points into the test's own folder."""
    monkeypatch.setenv("FOITRACK_DB", str(tmp_path / "foitrack.db"))
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
