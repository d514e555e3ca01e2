"""The naming rules of scripts/build_gazetteer.py: how a body's name is made from its sources."""

from __future__ import annotations

import importlib.util
import json
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


def test_wdtk_bodies_from_registered_slugs(build: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "wdtk_authorities_id_lookup.csv").write_text(
        "schema,id,wdtk-url-name\n"
        "wikidata,Q1,port_of_wibble_authority\n"  # a registered body of three words ending in its kind: kept
        "dpr,Z1,scottish_wibble_commission\n"  # nation from the name
        "wikidata,Q2,wibble_harbour_board\n"
        "urn,100,wibble_harbour_board\n"  # a school's id: left out
        "wikidata,Q3,wibble_business_board\n"
        "charity,200,wibble_business_board\n"  # a charity: left out
        "wikidata,Q4,wibble_parish_council\n"  # the form rules find local councils
        "wikidata,Q5,wibble_and_wobble_ccg\n"  # a kind abolished as a whole
        "wikidata,Q6,old_wibble_agency_board\n"  # closed on GOV.UK
        "wikidata,Q7,north_wibs_council\n"  # a council under its domain label
        "mapit,8,unregistered_wibble_authority\n"  # no registry id
        "wikidata,Q9,trade_board\n"  # two words: too often an ordinary phrase
        "lcnaf,n10,wibble_meat_scotland\n"  # a national body named for its nation: kept
        "wikidata,Q11,north_wibble_wales\n"  # a region
        "wikidata,Q12,wibble_society_of_wales\n"  # "of" the nation: named by its kind, or not a body
        "wikidata,Q13,minister_for_wibble_scotland\n"  # a post, not a body
        "wikidata,Q14,wibbles_commissioner_for_wales\n"  # a devolved post's office named for its nation: kept
        "wikidata,Q15,wibble_society_for_wales\n"  # "for" the nation, no post: left out
        "dpr,Z15,wibble_and_wobble_commission_for_wales\n"  # a body of a kind "for" its nation: kept
        "wikidata,Q15a,wibble_board_of_northern_ireland\n"  # ... or "of" it
        "wikidata,Q15b,wibble_teaching_council_for_scotland\n"  # a council for its nation: a register, left out
        "dpr,Z16,coleg_wibble\n"  # a Welsh college: two words will do, nation Wales
        "wikidata,Q17,coleg_y_wobble\n"  # Welsh "y" (the) in lower case
        "wikidata,Q18,coleg_wibble_sixth\n"
        "charity,300,coleg_wibble_sixth\n"  # a charity: left out
        "wikidata,Q19,wobble_water\n"  # a water company: two words and a company number will do
        "ch,19,wobble_water\n"
        "ch,20,wibble_business_water\n"  # a water retailer: a company number alone, no registry id
        "wikidata,Q21,wibble_utilities\n"
        "urn,22,wibble_school_wobble_water\n",  # a school in a place called "... Water": left out
        encoding="utf-8",
    )
    closed = {"old": {"title": "Old Wibble Agency Board", "details": {"govuk_status": "closed"}}}
    (tmp_path / "govuk_organisations.json").write_text(json.dumps(closed), encoding="utf-8")
    (tmp_path / "mysociety_uk_local_authorities_current.csv").write_text(
        "official-name,nice-name,alt-names\nNorth Wibbleshire Council,North Wibbleshire,\n", encoding="utf-8"
    )
    domains = {"domains": [{"domain_pattern": "northwibs.gov.uk", "notes": "Local authority: North Wibbleshire"}]}
    for record in domains["domains"]:
        record["organisation_type_id"] = "local_authority"
    (tmp_path / "ukps_user_domains.json").write_text(json.dumps(domains), encoding="utf-8")
    bodies = [(b["name"], b["nation"]) for b in build.wdtk_bodies(tmp_path)]
    assert bodies == [
        ("Coleg Wibble", "Wales"),
        ("Coleg y Wobble", "Wales"),
        ("Port of Wibble Authority", None),
        ("Scottish Wibble Commission", "Scotland"),
        ("Wibble and Wobble Commission for Wales", "Wales"),
        ("Wibble Board of Northern Ireland", "Northern Ireland"),
        ("Wibble Meat Scotland", "Scotland"),
        ("Wibble Utilities", None),
        ("Wibbles Commissioner for Wales", "Wales"),
        ("Wobble Water", None),
    ]


def test_post_holders_office_is_the_same_body(build: ModuleType) -> None:
    keys = build.name_keys({"name": "Office of the Wibble Ombudsman for Wobbleland", "aliases": []})
    assert "wibble ombudsman for wobbleland" in keys
    assert build.name_keys({"name": "Wibble Office", "aliases": []}) == {"wibble office"}


@pytest.mark.parametrize(
    ("slug", "body"),
    [("bord_na_wibble", True), ("bwrdd_yr_wibble", True), ("comhairle_nan_wibble", True), ("bord_wibble", False)],
)
def test_a_kind_first_celtic_name_is_a_body(build: ModuleType, slug: str, body: bool) -> None:
    assert bool(build.WDTK_BODY_SLUG.search(slug)) is body


def test_celtic_articles_stay_lower_case(build: ModuleType) -> None:
    assert build.slug_to_name("bord_na_wibble") == "Bord na Wibble"
    assert build.slug_to_name("bwrdd_yr_wibble") == "Bwrdd yr Wibble"
