"""The app run as a program: a command named first is built alone, and behaves as in the full group."""

from __future__ import annotations

import sys

import pytest
from conftest import Run

from foitrack.cli import app


def _run_app(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setattr(sys, "argv", ["foitrack", *argv])
    with pytest.raises(SystemExit) as exited:
        app(prog_name="foitrack")
    return int(exited.value.code or 0)


@pytest.mark.parametrize("argv", [("compare", "--help"), ("request", "--help"), ("status", "--help")])
def test_a_command_named_first_shows_the_same_help(
    argv: tuple[str, ...], run: Run, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    every = (list(app.registered_commands), list(app.registered_groups))
    assert _run_app(monkeypatch, *argv) == 0
    alone = capsys.readouterr().out
    assert f"Usage: foitrack {argv[0]} " in alone
    assert alone == run(*argv).output  # the full group (CliRunner builds every command)
    assert (app.registered_commands, app.registered_groups) == every  # put back after the run


def test_a_command_named_first_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run_app(monkeypatch, "compare", "--topic", "funding") == 1  # the hermetic database does not exist
    assert "no such database" in capsys.readouterr().err


def test_a_mistyped_command_still_gets_suggestions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_app(monkeypatch, "compar") == 2
    assert "Did you mean 'compare'" in capsys.readouterr().err
