"""Every command is documented in the README and has help text."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from foitrack.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        if subcommands:
            names += [f"{name} {sub}" for sub in subcommands]
        else:
            names.append(name)
    return names


@pytest.mark.parametrize("name", command_names())
def test_command_is_in_the_readme(name: str) -> None:
    assert f"$ foitrack {name} --help" in README, f"add {name!r} to the cog list in README.md"


@pytest.mark.parametrize("name", command_names())
def test_command_has_help(name: str) -> None:
    group = typer.main.get_command(app)
    command = group
    for part in name.split():
        command = command.commands[part]  # type: ignore[attr-defined]
    assert (command.help or "").strip(), f"{name} has no help text"
