"""The packaged gazetteer: coverage, name matching, domains, selection and finding names in text."""

from __future__ import annotations

import pytest

from foitrack.extract.gazetteer import Body, Gazetteer, load_gazetteer, normalise_name
from foitrack.lexicon.authority import ROLES, Role


def test_coverage() -> None:
    g = load_gazetteer()
    councils = g.select(kind="council")
    assert len(councils) >= 390
    assert {b.nation for b in councils} == {"England", "Wales", "Scotland", "Northern Ireland"}
    territorial = [b for b in g.select(kind="police") if b.nation not in ("UK", None) and b.domains]
    assert len(territorial) == 45
    assert g.match("MOPAC") is not None and g.match("MOPAC").kind == "pcc"  # type: ignore[union-attr]
    assert g.match("NHS England") is not None
    for kind in ("fire", "nhs", "university", "central-government", "pcc", "other"):
        assert g.select(kind=kind), kind


def test_records_are_well_formed() -> None:
    g = load_gazetteer()
    ids = [b.id for b in g.bodies]
    assert len(ids) == len(set(ids))
    for body in g.bodies:
        assert isinstance(body, Body) and body.name.strip() == body.name
        assert body.kind in {"council", "police", "pcc", "nhs", "fire", "university", "central-government", "other"}
        assert body.nation in {"England", "Wales", "Scotland", "Northern Ireland", "UK", None}
        assert body.regime == ("foisa" if body.nation == "Scotland" else "foia")
        assert all(not d.startswith("*") and d == d.lower() for d in body.domains)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Leicester City", "Leicester City Council"),
        ("leicester city council", "Leicester City Council"),
        ("City of Glasgow", "Glasgow City Council"),
        ("Avon & Somerset Police", "Avon and Somerset Constabulary"),
        ("Avon and Somerset Constabulary", "Avon and Somerset Constabulary"),
        ("Leicestershire Constabulary", "Leicestershire Police"),
        ("Cambridgeshire Police", "Cambridgeshire Constabulary"),
        ("Metropolitan Police", "Metropolitan Police Service"),
        ("The Mayor's Office for Policing and Crime", "Mayor's Office for Policing and Crime"),
        ("UKRI", "UK Research and Innovation"),
        ("HMRC", "HM Revenue & Customs"),
        ("Gangmasters & Labour Abuse Authority", "Gangmasters and Labour Abuse Authority"),
        ("GLAA", "Gangmasters and Labour Abuse Authority"),
        ("Devon Council", "Devon County Council"),
        ("Police Scotland", "Police Scotland"),
        ("Liverpool City Region", "Liverpool City Region Combined Authority"),
        ("West Midlands Combined Authority", "West Midlands Combined Authority"),
        ("PSNI", "Police Service of Northern Ireland"),
        ("Belfast City Council", "Belfast City Council"),
        (
            "Loch Lomond & The Trossachs National Park Authority",
            "Loch Lomond and The Trossachs National Park Authority",
        ),
        ("Brecon Beacons National Park Authority", "Bannau Brycheiniog National Park Authority"),
        ("Nottinghamshire Fire & Rescue Service", "Nottinghamshire Fire and Rescue Service"),
        ("NHS Sussex", "NHS Sussex Integrated Care Board"),
        ("NHS Dorset", "NHS Dorset Integrated Care Board"),
        ("NHS Greater Manchester", "NHS Greater Manchester Integrated Care Board"),
        ("Tyne and Wear Passenger Transport Executive", "Nexus"),
        ("Merseyside Passenger Transport Executive", "Merseytravel"),
        # a GOV.UK body's name before it changed: replies written before the rename use it
        ("Coal Authority", "Mining Remediation Authority"),
        ("The Coal Authority", "Mining Remediation Authority"),
        ("Office of Rail Regulation", "Office of Rail and Road"),
        # regulators and inspectorates GOV.UK does not list
        ("Drinking Water Inspectorate", "Drinking Water Inspectorate"),
        ("Healthcare Inspectorate Wales", "Healthcare Inspectorate Wales"),
        ("Regulation and Quality Improvement Authority", "Regulation and Quality Improvement Authority"),
    ],
)
def test_match(name: str, expected: str) -> None:
    body = load_gazetteer().match(name)
    assert body is not None and body.name == expected


def test_match_unknown_is_none() -> None:
    assert load_gazetteer().match("Upper Wibbleton Parish Council") is None
    assert load_gazetteer().match("") is None


def test_normalise_name() -> None:
    assert normalise_name("The Avon & Somerset Police") == "avon and somerset police"
    assert normalise_name("Mayor’s Office") == "mayor office"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("foi@northumbria.pnn.police.uk", "Northumbria Police"),
        ("FOI@Northumbria.Police.uk", "Northumbria Police"),
        ("info.requests@leicester.gov.uk", "Leicester City Council"),
        ("https://www.leics.police.uk/foi", "Leicestershire Police"),
        ("cambs.police.uk", "Cambridgeshire Constabulary"),
        ("someone@mrc.ukri.org", "Medical Research Council"),
        ("x@gov.scot", "Scottish Government"),
        ("foi@nexus.org.uk", "Nexus"),
        ("foi@transport.gov.scot", "Transport Scotland"),
        ("records@eani.org.uk", "Education Authority"),
    ],
)
def test_by_domain(address: str, expected: str) -> None:
    body = load_gazetteer().by_domain(address)
    assert body is not None and body.name == expected


@pytest.mark.parametrize("address", ["a@gov.uk", "b@police.uk", "c@somewhere.nhs.uk", "d@nhs.net", "e@example.com", ""])
def test_by_domain_wildcards_and_unknown_give_none(address: str) -> None:
    assert load_gazetteer().by_domain(address) is None


@pytest.mark.parametrize(
    "address", ["foi@wibbleboard.gov.scot", "https://www.wibble.gov.wales/foi", "x@wibble.llyw.cymru"]
)
def test_a_subdomain_of_a_government_domain_shared_by_its_nation_is_not_the_government(address: str) -> None:
    assert load_gazetteer().by_domain(address) is None


def test_a_name_is_not_read_across_the_close_of_a_bracket() -> None:
    text = "under the (Fees for Wibble Disclosure) (Scotland) Regulations 2004, as the Scottish Government sets out"
    assert [m.body.name for m in load_gazetteer().find_in_text(text)] == ["Scottish Government"]


def test_select_by_kind_and_nation() -> None:
    g = load_gazetteer()
    scottish_councils = g.select(kind="council", nation="Scotland")
    assert len(scottish_councils) == 32
    assert all(b.regime == "foisa" for b in scottish_councils)
    ni_departments = {b.name for b in g.select(kind="central-government", nation="Northern Ireland")}
    assert {
        "Department for Infrastructure",
        "The Executive Office",
    } <= ni_departments
    welsh_police = {b.name for b in g.select(kind="police", nation="Wales")}
    assert welsh_police == {"Dyfed-Powys Police", "Gwent Police", "North Wales Police", "South Wales Police"}


def test_search_is_fuzzy_and_scored() -> None:
    results = load_gazetteer().search("Leicster Citty Council")
    assert results and results[0][0].name == "Leicester City Council"
    assert all(0.0 <= score <= 1.0 for _, score in results)
    assert [s for _, s in results] == sorted((s for _, s in results), reverse=True)


def test_find_in_text_offsets_and_strengths() -> None:
    text = "Staff from Avon & Somerset Police met the GLAA and officers in Leeds. leeds is lowercase here."
    mentions = load_gazetteer().find_in_text(text)
    found = [(m.quote, m.body.name, m.strength) for m in mentions]
    assert found == [
        ("Avon & Somerset Police", "Avon and Somerset Constabulary", "name"),
        ("GLAA", "Gangmasters and Labour Abuse Authority", "abbreviation"),
        ("Leeds", "Leeds City Council", "place"),
    ]
    assert all(text[m.start : m.end] == m.quote for m in mentions)


def test_a_one_word_name_is_a_full_name_found_only_as_written() -> None:
    mentions = load_gazetteer().find_in_text("Merseytravel runs the tunnels; merseytravel in lower case is no name.")
    assert [(m.quote, m.strength) for m in mentions] == [("Merseytravel", "name")]


def test_a_name_may_open_with_digits_run_into_letters_but_not_with_a_number() -> None:
    body = Body("nhs:x", "2wibble NHS Foundation Trust", "nhs", "England", (), (), "foia")
    gazetteer = Gazetteer([body, Body("x:y", "Wobble Trust", "other", None, (), (), "foia")])
    text = "2wibble NHS Foundation Trust holds it. In 2018 Wobble Trust and 12wibble NHS Foundation Trust did not."
    assert [m.quote for m in gazetteer.find_in_text(text)] == ["2wibble NHS Foundation Trust", "Wobble Trust"]


def test_northern_ireland_departments_are_named_without_govuk_bracket() -> None:
    body = load_gazetteer().match("Department of Agriculture, Environment and Rural Affairs (Northern Ireland)")
    assert body is not None and body.name == "Department of Agriculture, Environment and Rural Affairs"
    assert body.nation == "Northern Ireland"


def test_find_in_text_prefers_the_longest_name() -> None:
    mentions = load_gazetteer().find_in_text("Dear North West Leicestershire District Council,")
    assert [m.body.name for m in mentions] == ["North West Leicestershire District Council"]


def test_load_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize("role", ROLES, ids=[r.acronym for r in ROLES])
def test_each_role_example_names_the_body_of_the_place_the_reply_names(role: Role) -> None:
    from foitrack.extract.authority import extract_authority

    gazetteer = load_gazetteer()
    holders = [next(iter(place)) for place, _ in gazetteer._roles[role.acronym] if len(place) == 1]
    assert holders, f"no body of one place word can hold {role.acronym}"
    place = holders[0].title()
    for example in role.examples:
        text = f"Freedom of Information request about {place}\nResponse\n{example}\n"
        found = extract_authority(text)
        assert found is not None, example
        body = gazetteer.match(found.name)
        assert body is not None and role.holds(body), example


def test_a_role_names_no_body_without_a_place_or_with_two() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.by_role("OPCC", frozenset({"kent"})) is not None
    assert gazetteer.by_role("OPCC", frozenset({"request"})) is None
    assert gazetteer.by_role("OPCC", frozenset({"kent", "cheshire"})) is None
    assert gazetteer.by_role("NOPE", frozenset({"kent"})) is None


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("foi@medway.nhs.uk", "Medway NHS Foundation Trust"),  # the name's words run together
        ("www.bartshealth.nhs.uk", "Barts Health NHS Trust"),
        ("foi@leeds.nhs.uk", None),  # several Leeds trusts
        ("someone@nhs.net", None),  # a shared mail service names no trust
        ("foi@x1.nhs.uk", None),
        ("foi@medway.gov.uk", None),  # not the sector
    ],
)
def test_a_trust_by_the_label_of_its_nhs_domain(address: str, expected: str | None) -> None:
    body = load_gazetteer().by_sector_domain(address)
    assert (body.name if body else None) == expected


@pytest.mark.parametrize(
    ("hospital", "expected"),
    [
        ("Royal Berkshire Hospital", "Royal Berkshire NHS Foundation Trust"),
        ("Airedale General Hospital", "Airedale NHS Foundation Trust"),
        ("Wibble Cottage Hospital", None),
        ("Kent County Council", None),
    ],
)
def test_a_hospital_by_its_trust(hospital: str, expected: str | None) -> None:
    body = load_gazetteer().trust_of_hospital(hospital)
    assert (body.name if body else None) == expected


def test_a_body_listed_by_its_governing_board_answers_by_the_name_after_it() -> None:
    from foitrack.extract.gazetteer import _body_from_record

    record = {"id": "x", "name": "Board of Trustees of the Wibble Museum", "kind": "other", "nation": "UK"}
    body = _body_from_record(record)
    assert (body.name, body.aliases) == ("Wibble Museum", ("Board of Trustees of the Wibble Museum",))
    assert _body_from_record({**record, "name": "Wibble Museum"}).name == "Wibble Museum"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # a fire and rescue service's governing authority, named at the foot of its letters
        ("Kent and Medway Fire and Rescue Authority", "Kent Fire and Rescue Service"),
        # Scotland's fire inspectorate, which inspects the service and is a body of its own
        ("HM Fire Service Inspectorate", "HM Fire Service Inspectorate in Scotland"),
        ("HMFSI", "HM Fire Service Inspectorate in Scotland"),
        # a commissioner's office that answers by its own name, not the statutory title
        ("Staffordshire Commissioner's Office", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
        ("Staffordshire PFCC", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    ],
)
def test_fire_bodies_by_the_names_they_sign_with(written: str, expected: str) -> None:
    body = load_gazetteer().match(written)
    assert body is not None and body.name == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # publicly owned train and tram operators, by registered name, trading name or domain
        ("Northern Trains", "Northern Trains Limited"),
        ("Southeastern", "SE Trains Limited"),
        ("TransPennine Trains Limited", "TransPennine Express"),
        ("LNER", "London North Eastern Railway Limited"),
        ("South Western Railway", "South Western Railway Limited"),
        ("ScotRail", "ScotRail Trains Limited"),
        ("Transport for Wales Rail", "Transport for Wales Rail Limited"),
        ("Transport for Wales", "Transport for Wales"),
        ("Edinburgh Trams Ltd", "Edinburgh Trams Limited"),
    ],
)
def test_publicly_owned_rail_operators_by_the_names_they_trade_under(written: str, expected: str) -> None:
    body = load_gazetteer().match(written)
    assert body is not None and body.name == expected


def test_a_rail_operator_by_its_email_domain() -> None:
    body = load_gazetteer().by_domain("foi@tpexpress.co.uk")
    assert body is not None and body.name == "TransPennine Express"
