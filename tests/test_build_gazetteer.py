"""The naming rules of scripts/build_gazetteer.py: how a body's name is made from its sources."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def build() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_short_kind_expanded(build: ModuleType) -> None:
    assert build.expand_short_kind("Upper Wibble CA") == "Upper Wibble Combined Authority"
    assert build.expand_short_kind("Wibbleshire CCA") == "Wibbleshire Combined County Authority"
    assert build.expand_short_kind("Wibble District Council") == "Wibble District Council"


def test_mayoral_dropped_only_where_the_short_form_drops_it(build: ModuleType) -> None:
    names = ["Wibble Mayoral Combined Authority", "Wibble", "Wibble Combined Authority"]
    assert build.full_name("Wibble Mayoral Combined Authority", names) == "Wibble Combined Authority"
    kept = ["Wobble Mayoral Combined Authority", "Wobble Mayoral Combined Authority"]
    assert build.full_name("Wobble Mayoral Combined Authority", kept) == "Wobble Mayoral Combined Authority"
    region = ["Wibble Region", "Wibble Region Combined Authority"]
    assert build.full_name("Wibble Region", region) == "Wibble Region Combined Authority"


def test_apostrophes_restored_from_other_forms(build: ModuleType) -> None:
    names = ["Borough Council of Bishops Wibble", "Bishop's Wibble", "bishops wibble"]
    assert build.with_apostrophes(names[0], names) == "Borough Council of Bishop's Wibble"
    assert build.with_apostrophes("Wibble Council", ["Wibble"]) == "Wibble Council"


def test_own_name_of_a_glossed_title(build: ModuleType) -> None:
    details = {"logo_formatted_name": "Wibble \r\nBoard", "abbreviation": "WB"}
    assert build.own_name("Wibble Board (Board for Wibbling)", details) == "Wibble Board"
    tribunal = {"logo_formatted_name": "First-tier Tribunal (Wibbling)", "abbreviation": None}
    assert build.own_name("First-tier Tribunal (Wibbling)", tribunal) == "First-tier Tribunal (Wibbling)"


def test_own_name_without_a_nation_its_abbreviation_leaves_out(build: ModuleType) -> None:
    council = {"abbreviation": "CWW"}
    assert (
        build.own_name("Northern Ireland Council for Wibbles and Wobbles", council) == "Council for Wibbles and Wobbles"
    )
    named = {"abbreviation": "NIWA"}
    assert build.own_name("Northern Ireland Wibble Agency", named) == "Northern Ireland Wibble Agency"
