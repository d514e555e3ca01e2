#!/usr/bin/env python3
"""Build foitrack/extract/data/gazetteer.json, the list of UK public bodies.

Usage: python scripts/build_gazetteer.py [SOURCE_DIR] [OUT]

SOURCE_DIR defaults to /work/shared/data/authorities (see its SOURCES.md). Only licensed
files are read: the mySociety council list (CC-BY-4.0), the ukps domain list and the GOV.UK
organisations dump (OGL v3) and the WhatDoTheyKnow id lookup (CC-BY-SA-4.0, slugs only).
Police forces, PCCs, fire and rescue services, universities and the NHS bodies the licensed
files lack are written below by hand as curated lists of public facts. The unlicensed police
dataset is never read.

Each body is {id, name, kind, nation, aliases, domains, regime}; the output also carries a
`sources` block crediting every input. The output is deterministic: same inputs, same bytes.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

DEFAULT_SOURCE = Path("/work/shared/data/authorities")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "foitrack" / "extract" / "data" / "gazetteer.json"

Body = dict[str, Any]

SOURCES = [
    {
        "name": "mySociety, UK Local Authority Names and Codes (uk_local_authorities_current.csv, v1.6.1)",
        "url": "https://mysociety.github.io/uk_local_authority_names_and_codes/",
        "licence": "CC-BY-4.0",
        "used_for": "council names, short names, alternative names, nation, type",
    },
    {
        "name": "GOV.UK Digital Backbone, ukps-domains (data/user_domains.json)",
        "url": "https://github.com/govuk-digital-backbone/ukps-domains",
        "licence": "OGL-UK-3.0",
        "used_for": "council and public body email/web domains",
    },
    {
        "name": "GOV.UK Organisations API dump (ukps-domains data/govuk_organisations.json)",
        "url": "https://www.gov.uk/api/organisations",
        "licence": "OGL-UK-3.0",
        "used_for": "central government departments, agencies and public bodies, abbreviations",
    },
    {
        "name": "WhatDoTheyKnow volunteers and mySociety, WDTK authorities id lookup (v0.73.0)",
        "url": "https://mysociety.github.io/wdtk_authorities_list/",
        "licence": "CC-BY-SA-4.0",
        "used_for": "names of NHS trusts and integrated care boards, and of commissions, boards, authorities, "
        "agencies and museums the other files lack, derived from WDTK url slugs",
    },
    {
        "name": "foitrack curated lists (scripts/build_gazetteer.py)",
        "url": None,
        "licence": "Apache-2.0",
        "used_for": "police forces, PCCs, fire and rescue services, universities, devolved NHS bodies, "
        "Scottish public bodies",
    },
]

# "Glasgow, City of" (ONS style, as ukps writes some councils)
ONS_INVERTED = re.compile(r"^(?P<place>[^,]+), (?P<kind>City|County|City and County) of$")
# "Leicester City UA", "Stockport District", "Brent London Boro": register-style suffixes
REGISTER_SUFFIX = re.compile(r"\b(UA|district|london boro\w*|CA|CC)$", re.IGNORECASE)
# "NHS.UK", "nhs.net": generic domains that name no single body
GENERIC_DOMAIN = re.compile(r"^(?:[a-z]+\.)?(?:gov|police|nhs|org|ac|co|ltd|plc|net|sch)\.uk$|^nhs\.net$")
# "barts_health_nhs_trust", "nhs_kent_and_medway_integrated_care_board"
NHS_SLUG = re.compile(r"(_nhs_(foundation_)?trust|_integrated_care_board)$")

COUNCIL_TYPES_OTHER = {"SRA"}
# "y", "yr": Welsh "the"; "na", "nan": Gaelic "of the"
SMALL_WORDS = {"and", "of", "the", "upon", "on", "in", "for", "with", "under", "y", "yr", "na", "nan"}
SLUG_WORDS = {
    "nhs": "NHS",
    "childrens": "Children's",
    "womens": "Women's",
    "kings": "King's",
    "georges": "George's",
    "peters": "Peter's",
    "guys": "Guy's",
    "thomas": "Thomas'",
    "helier": "Helier",
    "lynn": "Lynn",
    "icb": "ICB",
}
ABBREVIATION = re.compile(r"^[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*$")  # "HMRC", "DfE", "UKRI"
DROP_ABBREVIATIONS = {"OS", "FOI", "THE", "ICE"}


# ---------------------------------------------------------------- curated lists
# Territorial police forces: (name, other name forms, domain labels under police.uk, nation, abbrevs).
ForceRow = tuple[str, list[str], list[str], str | None, list[str]]
POLICE_FORCES: list[ForceRow] = [
    ("Avon and Somerset Constabulary", ["Avon and Somerset Police"], ["avonandsomerset"], "England", []),
    ("Bedfordshire Police", ["Bedfordshire Constabulary"], ["bedfordshire", "beds"], "England", []),
    ("Cambridgeshire Constabulary", ["Cambridgeshire Police"], ["cambs"], "England", []),
    ("Cheshire Constabulary", ["Cheshire Police"], ["cheshire"], "England", []),
    ("City of London Police", ["City of London Constabulary"], ["cityoflondon"], "England", []),
    ("Cleveland Police", ["Cleveland Constabulary"], ["cleveland"], "England", []),
    ("Cumbria Constabulary", ["Cumbria Police"], ["cumbria"], "England", []),
    ("Derbyshire Constabulary", ["Derbyshire Police"], ["derbyshire"], "England", []),
    ("Devon and Cornwall Police", ["Devon and Cornwall Constabulary"], ["devon-cornwall", "dc"], "England", []),
    ("Dorset Police", ["Dorset Constabulary"], ["dorset"], "England", []),
    ("Durham Constabulary", ["Durham Police"], ["durham"], "England", []),
    ("Dyfed-Powys Police", ["Dyfed Powys Constabulary"], ["dyfed-powys"], "Wales", []),
    ("Essex Police", ["Essex Constabulary"], ["essex"], "England", []),
    ("Gloucestershire Constabulary", ["Gloucestershire Police"], ["gloucestershire"], "England", []),
    ("Greater Manchester Police", ["Greater Manchester Constabulary"], ["gmp"], "England", ["GMP"]),
    ("Gwent Police", ["Gwent Constabulary"], ["gwent"], "Wales", []),
    (
        "Hampshire and Isle of Wight Constabulary",
        ["Hampshire Constabulary", "Hampshire Police", "Hampshire and Isle of Wight Police"],
        ["hampshire"],
        "England",
        [],
    ),
    ("Hertfordshire Constabulary", ["Hertfordshire Police"], ["herts"], "England", []),
    ("Humberside Police", ["Humberside Constabulary"], ["humberside"], "England", []),
    ("Kent Police", ["Kent Constabulary", "Kent County Constabulary"], ["kent"], "England", []),
    ("Lancashire Constabulary", ["Lancashire Police"], ["lancashire"], "England", []),
    ("Leicestershire Police", ["Leicestershire Constabulary"], ["leics", "leicestershire"], "England", []),
    ("Lincolnshire Police", ["Lincolnshire Constabulary"], ["lincs", "lincolnshire"], "England", []),
    ("Merseyside Police", ["Merseyside Constabulary"], ["merseyside"], "England", []),
    (
        "Metropolitan Police Service",
        ["Metropolitan Police", "Met Police", "Metropolitan Police Force", "Metropolitan Constabulary"],
        ["met"],
        "England",
        ["MPS"],
    ),
    ("Norfolk Constabulary", ["Norfolk Police"], ["norfolk"], "England", []),
    ("North Wales Police", ["North Wales Constabulary"], ["northwales", "north-wales"], "Wales", []),
    ("North Yorkshire Police", ["North Yorkshire Constabulary"], ["northyorkshire"], "England", ["NYP"]),
    ("Northamptonshire Police", ["Northamptonshire Constabulary"], ["northants"], "England", []),
    ("Northumbria Police", ["Northumbria Constabulary"], ["northumbria"], "England", []),
    ("Nottinghamshire Police", ["Nottinghamshire Constabulary"], ["nottinghamshire", "notts"], "England", []),
    ("South Wales Police", ["South Wales Constabulary"], ["south-wales", "southwales"], "Wales", []),
    ("South Yorkshire Police", ["South Yorkshire Constabulary"], ["southyorks", "southyorkshire"], "England", ["SYP"]),
    ("Staffordshire Police", ["Staffordshire Constabulary"], ["staffordshire"], "England", []),
    ("Suffolk Constabulary", ["Suffolk Police"], ["suffolk"], "England", []),
    ("Surrey Police", ["Surrey Constabulary"], ["surrey"], "England", []),
    ("Sussex Police", ["Sussex Constabulary"], ["sussex"], "England", []),
    ("Thames Valley Police", ["Thames Valley Constabulary"], ["thamesvalley"], "England", ["TVP"]),
    ("Warwickshire Police", ["Warwickshire Constabulary"], ["warwickshire"], "England", []),
    ("West Mercia Police", ["West Mercia Constabulary"], ["westmercia"], "England", []),
    ("West Midlands Police", ["West Midlands Constabulary"], ["westmidlands"], "England", ["WMP"]),
    ("West Yorkshire Police", ["West Yorkshire Constabulary"], ["westyorkshire"], "England", ["WYP"]),
    ("Wiltshire Police", ["Wiltshire Constabulary"], ["wiltshire"], "England", []),
    ("Police Scotland", ["Police Service of Scotland", "Scottish Police"], ["scotland"], "Scotland", []),
    (
        "Police Service of Northern Ireland",
        ["Northern Ireland Police", "PSNI Police"],
        ["psni"],
        "Northern Ireland",
        ["PSNI"],
    ),
]
OTHER_FORCES: list[ForceRow] = [
    ("British Transport Police", ["British Transport Police Force"], ["btp"], "UK", ["BTP"]),
    ("Civil Nuclear Constabulary", ["Civil Nuclear Police"], ["cnc"], "UK", []),
    ("Ministry of Defence Police", ["MOD Police", "MoD Police"], [], "UK", ["MDP"]),
    ("Port of Dover Police", [], [], "England", []),
    ("Port of Liverpool Police", [], [], "England", []),
    ("Port of Tilbury Police", [], [], "England", []),
    ("Isle of Man Constabulary", ["Isle of Man Police"], [], None, []),
    ("States of Jersey Police", ["Jersey Police"], [], None, []),
    ("Guernsey Police", ["States of Guernsey Police"], [], None, []),
]

# PCC areas in England and Wales; "pfcc" areas also govern fire.
PCC_AREAS: list[tuple[str, str, str]] = [
    ("Avon and Somerset", "pcc", "England"),
    ("Bedfordshire", "pcc", "England"),
    ("Cambridgeshire and Peterborough", "pcc", "England"),
    ("Cheshire", "pcc", "England"),
    ("Cleveland", "pcc", "England"),
    ("Cumbria", "pfcc", "England"),
    ("Derbyshire", "pcc", "England"),
    ("Devon, Cornwall and the Isles of Scilly", "pcc", "England"),
    ("Dorset", "pcc", "England"),
    ("Durham", "pcc", "England"),
    ("Dyfed-Powys", "pcc", "Wales"),
    ("Essex", "pfcc", "England"),
    ("Gloucestershire", "pcc", "England"),
    ("Gwent", "pcc", "Wales"),
    ("Hampshire and the Isle of Wight", "pcc", "England"),
    ("Hertfordshire", "pcc", "England"),
    ("Humberside", "pcc", "England"),
    ("Kent", "pcc", "England"),
    ("Lancashire", "pcc", "England"),
    ("Leicestershire", "pcc", "England"),
    ("Lincolnshire", "pcc", "England"),
    ("Merseyside", "pcc", "England"),
    ("Norfolk", "pcc", "England"),
    ("North Wales", "pcc", "Wales"),
    ("North Yorkshire", "pfcc", "England"),
    ("Northamptonshire", "pfcc", "England"),
    ("Northumbria", "pcc", "England"),
    ("Nottinghamshire", "pcc", "England"),
    ("South Wales", "pcc", "Wales"),
    ("South Yorkshire", "pcc", "England"),
    ("Staffordshire", "pfcc", "England"),
    ("Suffolk", "pcc", "England"),
    ("Surrey", "pcc", "England"),
    ("Sussex", "pcc", "England"),
    ("Thames Valley", "pcc", "England"),
    ("Warwickshire", "pcc", "England"),
    ("West Mercia", "pcc", "England"),
    ("West Midlands", "pcc", "England"),
    ("Wiltshire and Swindon", "pcc", "England"),
]

FIRE_SERVICES: list[tuple[str, str, list[str]]] = [
    ("Avon Fire and Rescue Service", "England", []),
    ("Bedfordshire Fire and Rescue Service", "England", []),
    ("Royal Berkshire Fire and Rescue Service", "England", []),
    ("Buckinghamshire Fire and Rescue Service", "England", ["Buckinghamshire & Milton Keynes Fire"]),
    ("Cambridgeshire Fire and Rescue Service", "England", []),
    ("Cheshire Fire and Rescue Service", "England", []),
    ("Cleveland Fire Brigade", "England", []),
    ("Cornwall Fire and Rescue Service", "England", []),
    ("County Durham and Darlington Fire and Rescue Service", "England", []),
    ("Cumbria Fire and Rescue Service", "England", []),
    ("Derbyshire Fire and Rescue Service", "England", []),
    ("Devon and Somerset Fire and Rescue Service", "England", []),
    ("Dorset and Wiltshire Fire and Rescue Service", "England", []),
    ("East Sussex Fire and Rescue Service", "England", []),
    ("Essex County Fire and Rescue Service", "England", ["Essex Fire and Rescue Service"]),
    ("Gloucestershire Fire and Rescue Service", "England", []),
    ("Greater Manchester Fire and Rescue Service", "England", []),
    ("Hampshire and Isle of Wight Fire and Rescue Service", "England", ["Hampshire Fire and Rescue Service"]),
    ("Hereford and Worcester Fire and Rescue Service", "England", []),
    ("Hertfordshire Fire and Rescue Service", "England", []),
    ("Humberside Fire and Rescue Service", "England", []),
    ("Isle of Wight Fire and Rescue Service", "England", []),
    ("Isles of Scilly Fire and Rescue Service", "England", []),
    ("Kent Fire and Rescue Service", "England", ["Kent and Medway Fire and Rescue Authority"]),
    ("Lancashire Fire and Rescue Service", "England", []),
    ("Leicestershire Fire and Rescue Service", "England", []),
    ("Lincolnshire Fire and Rescue", "England", ["Lincolnshire Fire and Rescue Service"]),
    ("London Fire Brigade", "England", []),
    ("Merseyside Fire and Rescue Service", "England", []),
    ("Norfolk Fire and Rescue Service", "England", []),
    ("North Yorkshire Fire and Rescue Service", "England", []),
    ("Northamptonshire Fire and Rescue Service", "England", []),
    ("Northumberland Fire and Rescue Service", "England", []),
    ("Nottinghamshire Fire and Rescue Service", "England", []),
    ("Oxfordshire Fire and Rescue Service", "England", []),
    ("Shropshire Fire and Rescue Service", "England", []),
    ("South Yorkshire Fire and Rescue", "England", ["South Yorkshire Fire and Rescue Service"]),
    ("Staffordshire Fire and Rescue Service", "England", []),
    ("Suffolk Fire and Rescue Service", "England", []),
    ("Surrey Fire and Rescue Service", "England", []),
    ("Tyne and Wear Fire and Rescue Service", "England", []),
    ("Warwickshire Fire and Rescue Service", "England", []),
    ("West Midlands Fire Service", "England", ["West Midlands Fire and Rescue Service"]),
    ("West Sussex Fire and Rescue Service", "England", []),
    ("West Yorkshire Fire and Rescue Service", "England", []),
    ("Wiltshire Fire and Rescue Service", "England", []),
    ("Mid and West Wales Fire and Rescue Service", "Wales", []),
    ("North Wales Fire and Rescue Service", "Wales", []),
    ("South Wales Fire and Rescue Service", "Wales", []),
    ("Scottish Fire and Rescue Service", "Scotland", []),
    ("Northern Ireland Fire and Rescue Service", "Northern Ireland", []),
]

# NHS bodies the licensed files lack: devolved health boards, HSC trusts, ambulance trusts.
NHS_BODIES: list[tuple[str, str, list[str], list[str]]] = [
    ("NHS Ayrshire and Arran", "Scotland", [], []),
    ("NHS Borders", "Scotland", [], []),
    ("NHS Dumfries and Galloway", "Scotland", [], []),
    ("NHS Fife", "Scotland", [], []),
    ("NHS Forth Valley", "Scotland", [], []),
    ("NHS Grampian", "Scotland", [], []),
    ("NHS Greater Glasgow and Clyde", "Scotland", ["NHSGGC"], []),
    ("NHS Highland", "Scotland", [], []),
    ("NHS Lanarkshire", "Scotland", [], []),
    ("NHS Lothian", "Scotland", [], []),
    ("NHS Orkney", "Scotland", [], []),
    ("NHS Shetland", "Scotland", [], []),
    ("NHS Tayside", "Scotland", [], []),
    ("NHS Western Isles", "Scotland", [], []),
    ("NHS National Services Scotland", "Scotland", [], []),
    ("NHS 24", "Scotland", [], []),
    ("NHS Education for Scotland", "Scotland", [], []),
    ("Public Health Scotland", "Scotland", [], []),
    ("Healthcare Improvement Scotland", "Scotland", [], []),
    ("Scottish Ambulance Service", "Scotland", [], []),
    ("State Hospitals Board for Scotland", "Scotland", ["The State Hospital"], []),
    ("NHS Golden Jubilee", "Scotland", ["National Waiting Times Centre"], []),
    ("Aneurin Bevan University Health Board", "Wales", [], []),
    ("Betsi Cadwaladr University Health Board", "Wales", [], []),
    ("Cardiff and Vale University Health Board", "Wales", [], []),
    ("Cwm Taf Morgannwg University Health Board", "Wales", [], []),
    ("Hywel Dda University Health Board", "Wales", [], []),
    ("Powys Teaching Health Board", "Wales", [], []),
    ("Swansea Bay University Health Board", "Wales", [], []),
    ("Velindre University NHS Trust", "Wales", [], []),
    ("Welsh Ambulance Services University NHS Trust", "Wales", ["Welsh Ambulance Service"], []),
    ("Public Health Wales", "Wales", ["Public Health Wales NHS Trust"], []),
    ("Belfast Health and Social Care Trust", "Northern Ireland", [], []),
    ("Northern Health and Social Care Trust", "Northern Ireland", [], []),
    ("South Eastern Health and Social Care Trust", "Northern Ireland", [], []),
    ("Southern Health and Social Care Trust", "Northern Ireland", [], []),
    ("Western Health and Social Care Trust", "Northern Ireland", [], []),
    ("Northern Ireland Ambulance Service", "Northern Ireland", [], []),
    ("East Midlands Ambulance Service NHS Trust", "England", [], []),
    ("East of England Ambulance Service NHS Trust", "England", [], []),
    ("London Ambulance Service NHS Trust", "England", [], []),
    ("North East Ambulance Service NHS Foundation Trust", "England", [], []),
    ("North West Ambulance Service NHS Trust", "England", [], []),
    ("South Central Ambulance Service NHS Foundation Trust", "England", [], []),
    ("South East Coast Ambulance Service NHS Foundation Trust", "England", [], []),
    ("South Western Ambulance Service NHS Foundation Trust", "England", [], []),
    ("West Midlands Ambulance Service University NHS Foundation Trust", "England", [], []),
    ("Yorkshire Ambulance Service NHS Trust", "England", [], []),
    # the integrated care boards the WDTK lookup lacks (each also goes by "NHS <area>")
    ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "England", ["BLMK ICB"], []),
    ("NHS Devon Integrated Care Board", "England", ["NHS Devon"], []),
    ("NHS Dorset Integrated Care Board", "England", ["NHS Dorset"], []),
    ("NHS Frimley Integrated Care Board", "England", ["NHS Frimley"], []),
    ("NHS Greater Manchester Integrated Care Board", "England", ["NHS Greater Manchester", "NHS GM"], []),
    ("NHS Leicester, Leicestershire and Rutland Integrated Care Board", "England", ["LLR ICB"], []),
    ("NHS North East London Integrated Care Board", "England", ["NHS North East London"], []),
    ("NHS Surrey Heartlands Integrated Care Board", "England", ["NHS Surrey Heartlands"], []),
]

# Universities: (name, nation, domain under ac.uk, other names).
UNIVERSITIES: list[tuple[str, str, str, list[str]]] = [
    ("University of Aberdeen", "Scotland", "abdn", []),
    ("Abertay University", "Scotland", "abertay", []),
    ("Aberystwyth University", "Wales", "aber", []),
    ("Anglia Ruskin University", "England", "aru", []),
    ("Aston University", "England", "aston", []),
    ("Bangor University", "Wales", "bangor", []),
    ("University of Bath", "England", "bath", []),
    ("Bath Spa University", "England", "bathspa", []),
    ("University of Bedfordshire", "England", "beds", []),
    ("University of Birmingham", "England", "bham", []),
    ("Birmingham City University", "England", "bcu", []),
    ("Bournemouth University", "England", "bournemouth", []),
    ("University of Bradford", "England", "bradford", []),
    ("University of Brighton", "England", "brighton", []),
    ("University of Bristol", "England", "bristol", []),
    ("Brunel University London", "England", "brunel", []),
    ("University of Buckingham", "England", "buckingham", []),
    ("Buckinghamshire New University", "England", "bucks", []),
    ("University of Cambridge", "England", "cam", []),
    ("Canterbury Christ Church University", "England", "canterbury", []),
    ("Cardiff University", "Wales", "cardiff", []),
    ("Cardiff Metropolitan University", "Wales", "cardiffmet", []),
    ("University of Central Lancashire", "England", "uclan", ["UCLan"]),
    ("University of Chester", "England", "chester", []),
    ("University of Chichester", "England", "chi", []),
    ("City, University of London", "England", "city", ["City University London"]),
    ("Coventry University", "England", "coventry", []),
    ("University of Cumbria", "England", "cumbria", []),
    ("De Montfort University", "England", "dmu", []),
    ("University of Derby", "England", "derby", []),
    ("University of Dundee", "Scotland", "dundee", []),
    ("Durham University", "England", "durham", []),
    ("University of East Anglia", "England", "uea", ["UEA"]),
    ("University of East London", "England", "uel", []),
    ("Edge Hill University", "England", "edgehill", []),
    ("University of Edinburgh", "Scotland", "ed", []),
    ("Edinburgh Napier University", "Scotland", "napier", []),
    ("University of Essex", "England", "essex", []),
    ("University of Exeter", "England", "exeter", []),
    ("Falmouth University", "England", "falmouth", []),
    ("University of Glasgow", "Scotland", "gla", []),
    ("Glasgow Caledonian University", "Scotland", "gcu", []),
    ("University of Gloucestershire", "England", "glos", []),
    ("Goldsmiths, University of London", "England", "gold", []),
    ("University of Greenwich", "England", "gre", []),
    ("Heriot-Watt University", "Scotland", "hw", []),
    ("University of Hertfordshire", "England", "herts", []),
    ("University of the Highlands and Islands", "Scotland", "uhi", []),
    ("University of Huddersfield", "England", "hud", []),
    ("University of Hull", "England", "hull", []),
    ("Imperial College London", "England", "imperial", []),
    ("Keele University", "England", "keele", []),
    ("University of Kent", "England", "kent", []),
    ("King's College London", "England", "kcl", []),
    ("Kingston University", "England", "kingston", []),
    ("Lancaster University", "England", "lancaster", []),
    ("University of Leeds", "England", "leeds", []),
    ("Leeds Beckett University", "England", "leedsbeckett", []),
    ("University of Leicester", "England", "le", []),
    ("University of Lincoln", "England", "lincoln", []),
    ("University of Liverpool", "England", "liverpool", []),
    ("Liverpool John Moores University", "England", "ljmu", ["LJMU"]),
    ("London Metropolitan University", "England", "londonmet", []),
    ("London School of Economics and Political Science", "England", "lse", ["London School of Economics"]),
    ("London South Bank University", "England", "lsbu", []),
    ("Loughborough University", "England", "lboro", []),
    ("University of Manchester", "England", "manchester", []),
    ("Manchester Metropolitan University", "England", "mmu", []),
    ("Middlesex University", "England", "mdx", []),
    ("Newcastle University", "England", "ncl", []),
    ("University of Northampton", "England", "northampton", []),
    ("Northumbria University", "England", "northumbria", []),
    ("University of Nottingham", "England", "nottingham", []),
    ("Nottingham Trent University", "England", "ntu", []),
    ("The Open University", "UK", "open", []),
    ("University of Oxford", "England", "ox", []),
    ("Oxford Brookes University", "England", "brookes", []),
    ("University of Plymouth", "England", "plymouth", []),
    ("University of Portsmouth", "England", "port", []),
    ("Queen Margaret University", "Scotland", "qmu", []),
    ("Queen Mary University of London", "England", "qmul", []),
    ("Queen's University Belfast", "Northern Ireland", "qub", []),
    ("University of Reading", "England", "reading", []),
    ("Robert Gordon University", "Scotland", "rgu", []),
    ("Royal Holloway, University of London", "England", "rhul", []),
    ("University of Salford", "England", "salford", []),
    ("University of Sheffield", "England", "sheffield", []),
    ("Sheffield Hallam University", "England", "shu", []),
    ("SOAS University of London", "England", "soas", []),
    ("University of Southampton", "England", "soton", []),
    ("Solent University", "England", "solent", ["Southampton Solent University"]),
    ("University of St Andrews", "Scotland", "st-andrews", []),
    ("St George's, University of London", "England", "sgul", []),
    ("Staffordshire University", "England", "staffs", []),
    ("University of Stirling", "Scotland", "stir", []),
    ("University of Strathclyde", "Scotland", "strath", []),
    ("University of Sunderland", "England", "sunderland", []),
    ("University of Surrey", "England", "surrey", []),
    ("University of Sussex", "England", "sussex", []),
    ("Swansea University", "Wales", "swansea", []),
    ("Teesside University", "England", "tees", []),
    ("Ulster University", "Northern Ireland", "ulster", []),
    ("University College London", "England", "ucl", ["UCL"]),
    ("University of Warwick", "England", "warwick", []),
    ("University of the West of England", "England", "uwe", ["UWE Bristol"]),
    ("University of the West of Scotland", "Scotland", "uws", []),
    ("University of Westminster", "England", "westminster", []),
    ("University of Winchester", "England", "winchester", []),
    ("University of Wolverhampton", "England", "wlv", []),
    ("University of Worcester", "England", "worc", []),
    ("University of York", "England", "york", []),
    ("York St John University", "England", "yorksj", []),
    ("University of South Wales", "Wales", "southwales", []),
    ("University of Wales Trinity Saint David", "Wales", "uwtsd", []),
    ("Wrexham University", "Wales", "wrexham", ["Wrexham Glyndwr University"]),
    ("University of the Arts London", "England", "arts", []),
    ("Birkbeck, University of London", "England", "bbk", []),
    ("University of Roehampton", "England", "roehampton", []),
    ("University of West London", "England", "uwl", []),
    # --- round 58 (e): the specialist arts universities (public facts, their own ac.uk domains)
    ("Arts University Bournemouth", "England", "aub", ["AUB"]),
    ("Arts University Plymouth", "England", "aup", []),
    ("Norwich University of the Arts", "England", "nua", []),
]

# Aliases and domains for bodies that come from the licensed files, from general knowledge.
EXTRA_ALIASES: dict[str, list[str]] = {
    "la:GLA": ["GLA", "London City Hall", "Mayor of London"],
    "la:LND": ["City of London Corporation", "Corporation of London"],
    "la:WMCA": ["WMCA"],
    "la:GMCA": ["GMCA"],
    "la:WYCA": ["WYCA"],
    # --- round 58 (e): the short form the department writes itself, in mixed case (GOV.UK lists "MOJ")
    "gov:ministry-of-justice": ["MoJ"],
}
EXTRA_DOMAINS: dict[str, list[str]] = {
    "gov:the-scottish-government": ["gov.scot", "scotland.gov.uk"],
    "gov:welsh-government": ["gov.wales", "wales.gov.uk"],
    "gov:nhs-england": ["england.nhs.uk"],
    "la:GLA": ["london.gov.uk"],
    "la:BPC": ["bcpcouncil.gov.uk"],
    "la:CLK": ["clacks.gov.uk"],
    "la:ESK": ["eastsuffolk.gov.uk"],
    "la:FIF": ["fife.gov.uk"],
    "la:IOS": ["scilly.gov.uk"],
    "la:IOW": ["iow.gov.uk"],
    "la:KIR": ["kirklees.gov.uk"],
    "la:NNT": ["northnorthants.gov.uk"],
    "la:RDG": ["reading.gov.uk"],
    "la:SAL": ["stalbans.gov.uk"],
    "la:SHR": ["shropshire.gov.uk"],
    "la:STR": ["stratford-dc.gov.uk"],
    "la:GMCA": ["greatermanchester-ca.gov.uk"],
    "la:WMCA": ["wmca.org.uk"],
    "la:WYCA": ["westyorks-ca.gov.uk"],
    "la:LCR": ["liverpoolcityregion-ca.gov.uk"],
    "la:WECA": ["westofengland-ca.gov.uk"],
    "la:TVCA": ["teesvalley-ca.gov.uk"],
    "fire:london-fire-brigade": ["london-fire.gov.uk"],
}
# Bodies in none of the licensed lists: (id, name, kind, nation, aliases, domains).
OTHER_BODIES: list[tuple[str, str, str, str, list[str], list[str]]] = [
    ("other:transport-for-london", "Transport for London", "other", "England", ["TfL"], ["tfl.gov.uk"]),
    # the passenger transport executives and their like, which answer requests in their own names
    ("other:nexus", "Nexus", "other", "England", ["Tyne and Wear Passenger Transport Executive"], ["nexus.org.uk"]),
    (
        "other:merseytravel",
        "Merseytravel",
        "other",
        "England",
        ["Merseyside Passenger Transport Executive"],
        ["merseytravel.gov.uk"],
    ),
    (
        "other:transport-for-greater-manchester",
        "Transport for Greater Manchester",
        "other",
        "England",
        ["TfGM"],
        ["tfgm.com"],
    ),
    (
        "other:south-yorkshire-passenger-transport-executive",
        "South Yorkshire Passenger Transport Executive",
        "other",
        "England",
        ["SYPTE"],
        ["sypte.co.uk"],
    ),
    (
        "other:strathclyde-partnership-for-transport",
        "Strathclyde Partnership for Transport",
        "other",
        "Scotland",
        ["SPT"],
        ["spt.co.uk"],
    ),
    ("other:transport-for-wales", "Transport for Wales", "other", "Wales", ["TfW"], ["tfw.wales"]),
    ("other:transport-scotland", "Transport Scotland", "central-government", "Scotland", [], ["transport.gov.scot"]),
    ("other:translink", "Translink", "other", "Northern Ireland", ["Northern Ireland Transport Holding Company"], []),
    (
        "other:london-legacy-development-corporation",
        "London Legacy Development Corporation",
        "other",
        "England",
        ["LLDC"],
        ["queenelizabetholympicpark.co.uk"],
    ),
    (
        "other:scottish-information-commissioner",
        "Scottish Information Commissioner",
        "other",
        "Scotland",
        ["Office of the Scottish Information Commissioner"],
        ["itspublicknowledge.info"],
    ),
    (
        "other:scottish-parliament",
        "Scottish Parliament",
        "other",
        "Scotland",
        ["Scottish Parliamentary Corporate Body"],
        ["parliament.scot"],
    ),
    ("other:senedd", "Senedd Cymru", "other", "Wales", ["Welsh Parliament", "Senedd"], ["senedd.wales"]),
    ("other:national-audit-office", "National Audit Office", "other", "UK", ["NAO"], ["nao.org.uk"]),
    ("other:house-of-commons", "House of Commons", "other", "UK", [], []),
    # the national park authorities outside England, which GOV.UK does not list
    (
        "other:loch-lomond-and-the-trossachs-national-park-authority",
        "Loch Lomond and The Trossachs National Park Authority",
        "other",
        "Scotland",
        [],
        ["lochlomond-trossachs.org"],
    ),
    ("other:cairngorms-national-park-authority", "Cairngorms National Park Authority", "other", "Scotland", [], []),
    (
        "other:bannau-brycheiniog-national-park-authority",
        "Bannau Brycheiniog National Park Authority",
        "other",
        "Wales",
        ["Brecon Beacons National Park Authority"],
        [],
    ),
    (
        "other:pembrokeshire-coast-national-park-authority",
        "Pembrokeshire Coast National Park Authority",
        "other",
        "Wales",
        [],
        [],
    ),
    (
        "other:eryri-national-park-authority",
        "Eryri National Park Authority",
        "other",
        "Wales",
        ["Snowdonia National Park Authority"],
        [],
    ),
    ("other:broads-authority", "Broads Authority", "other", "England", [], ["broads-authority.gov.uk"]),
    ("other:house-of-lords", "House of Lords", "other", "UK", [], []),
    # regulators and inspectorates that answer requests in their own names and that GOV.UK does not list
    # (the Drinking Water Inspectorate sits within Defra, for England and Wales; the others are the devolved
    # nations' own), with the names and domains on each body's own website
    ("other:drinking-water-inspectorate", "Drinking Water Inspectorate", "other", "England", ["DWI"], ["dwi.gov.uk"]),
    (
        "other:drinking-water-quality-regulator-for-scotland",
        "Drinking Water Quality Regulator for Scotland",
        "other",
        "Scotland",
        ["DWQR"],
        ["dwqr.scot"],
    ),
    (
        "other:water-industry-commission-for-scotland",
        "Water Industry Commission for Scotland",
        "other",
        "Scotland",
        [],
        [],
    ),
    ("other:healthcare-inspectorate-wales", "Healthcare Inspectorate Wales", "other", "Wales", ["HIW"], ["hiw.org.uk"]),
    ("other:care-inspectorate-wales", "Care Inspectorate Wales", "other", "Wales", ["CIW"], ["careinspectorate.wales"]),
    (
        "other:regulation-and-quality-improvement-authority",
        "Regulation and Quality Improvement Authority",
        "other",
        "Northern Ireland",
        ["RQIA"],
        ["rqia.org.uk"],
    ),
    (
        "other:health-and-safety-executive-for-northern-ireland",
        "Health and Safety Executive for Northern Ireland",
        "other",
        "Northern Ireland",
        ["HSENI"],
        ["hseni.gov.uk"],
    ),
    (
        "other:northern-ireland-environment-agency",
        "Northern Ireland Environment Agency",
        "other",
        "Northern Ireland",
        ["NIEA"],
        [],
    ),
    # the government-owned water company that answers FOI and EIR requests in its own name ("NI Water"), as
    # Scottish Water does in Scotland
    ("other:northern-ireland-water", "Northern Ireland Water", "other", "Northern Ireland", [], ["niwater.com"]),
    # Northern Ireland's single education body (since 2015, in place of the five Education and Library Boards),
    # which answers FOI requests in its own name from its own domain; its "EA" is left to the text's own
    # definition, being the Environment Agency's too
    ("other:education-authority", "Education Authority", "other", "Northern Ireland", [], ["eani.org.uk"]),
    # --- round 58 (e): an arm's-length management organisation, a company wholly owned by its council and so a
    # public authority of its own, answering from its own domain (WDTK lists it as wolverhampton_homes_limited)
    (
        "other:wolverhampton-homes",
        "Wolverhampton Homes",
        "other",
        "England",
        ["Wolverhampton Homes Limited"],
        ["wolverhamptonhomes.org.uk"],
    ),
]
# Train and tram operators in public ownership: a company wholly owned by a public authority (the DfT's operator
# holding company, Scottish or Welsh ministers, a council) is a public authority itself (FOIA s.6, FOISA s.6):
# (registered name, nation, the names it trades and signs under, domains)
RAIL_OPERATORS: list[tuple[str, str, list[str], list[str]]] = [
    ("Northern Trains Limited", "England", ["Northern Trains", "Northern Railway"], ["northernrailway.co.uk"]),
    ("SE Trains Limited", "England", ["Southeastern", "Southeastern Railway"], ["southeasternrailway.co.uk"]),
    ("TransPennine Express", "England", ["TransPennine Trains Limited", "TPE"], ["tpexpress.co.uk"]),
    ("London North Eastern Railway Limited", "England", ["London North Eastern Railway", "LNER"], ["lner.co.uk"]),
    ("South Western Railway Limited", "England", ["South Western Railway", "SWR"], ["swrailway.com"]),
    ("ScotRail Trains Limited", "Scotland", ["ScotRail", "ScotRail Trains"], ["scotrail.co.uk"]),
    ("Caledonian Sleeper Limited", "Scotland", ["Caledonian Sleeper"], ["sleeper.scot"]),
    ("Transport for Wales Rail Limited", "Wales", ["Transport for Wales Rail", "TfW Rail"], []),
    ("Edinburgh Trams Limited", "Scotland", ["Edinburgh Trams", "Edinburgh Trams Ltd"], ["edinburghtrams.com"]),
]
# Scotland's national public bodies (its executive agencies, NDPBs and public corporations), which answer
# under FOISA and which GOV.UK does not list: (name, kind, aliases, domains)
SCOTTISH_BODIES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "HM Fire Service Inspectorate in Scotland",
        "central-government",
        ["HM Fire Service Inspectorate", "HMFSI", "HM Fire Service Inspectorate for Scotland"],
        [],
    ),
    ("Scottish Prison Service", "central-government", ["SPS"], ["sps.gov.uk"]),
    ("Disclosure Scotland", "central-government", [], []),
    ("Social Security Scotland", "central-government", [], ["socialsecurity.gov.scot"]),
    ("Scottish Public Pensions Agency", "central-government", ["SPPA"], ["sppa.gov.uk"]),
    ("Education Scotland", "central-government", [], ["education.gov.scot"]),
    ("Student Awards Agency Scotland", "central-government", ["SAAS"], ["saas.gov.uk"]),
    ("Accountant in Bankruptcy", "central-government", [], ["aib.gov.uk"]),
    ("Scottish Forestry", "central-government", [], ["forestry.gov.scot"]),
    ("Forestry and Land Scotland", "other", [], ["forestryandland.gov.scot"]),
    ("Revenue Scotland", "central-government", [], ["revenue.scot"]),
    ("Registers of Scotland", "central-government", [], ["ros.gov.uk"]),
    ("Food Standards Scotland", "central-government", [], ["fss.scot"]),
    ("Crown Office and Procurator Fiscal Service", "central-government", ["COPFS"], ["copfs.gov.uk"]),
    ("Scottish Courts and Tribunals Service", "other", ["SCTS"], ["scotcourts.gov.uk"]),
    ("Scottish Environment Protection Agency", "other", ["SEPA"], ["sepa.org.uk"]),
    ("NatureScot", "other", ["Scottish Natural Heritage"], ["nature.scot"]),
    ("Historic Environment Scotland", "other", [], ["historicenvironment.scot"]),
    ("Scottish Water", "other", [], ["scottishwater.co.uk"]),
    ("Scottish Enterprise", "other", [], ["scottish-enterprise.com"]),
    ("Highlands and Islands Enterprise", "other", [], ["hient.co.uk"]),
    ("Skills Development Scotland", "other", [], ["sds.co.uk"]),
    ("VisitScotland", "other", [], ["visitscotland.com"]),
    ("Scottish Qualifications Authority", "other", ["SQA"], ["sqa.org.uk"]),
    ("Scottish Funding Council", "other", [], ["sfc.ac.uk"]),
    ("Scottish Legal Aid Board", "other", [], ["slab.org.uk"]),
    ("Scottish Children's Reporter Administration", "other", ["SCRA"], ["scra.gov.uk"]),
    ("Care Inspectorate", "other", [], ["careinspectorate.com"]),
    ("Scottish Social Services Council", "other", ["SSSC"], ["sssc.uk.com"]),
    ("Scottish Police Authority", "other", [], ["spa.police.uk"]),
    ("Police Investigations and Review Commissioner", "other", ["PIRC"], ["pirc.scot"]),
    ("Audit Scotland", "other", [], ["audit.scot"]),
    ("Scottish Public Services Ombudsman", "other", ["SPSO"], ["spso.org.uk"]),
    ("Scottish Housing Regulator", "other", [], []),
    ("sportscotland", "other", [], ["sportscotland.org.uk"]),
    ("National Museums Scotland", "other", [], ["nms.ac.uk"]),
    ("National Library of Scotland", "other", [], ["nls.uk"]),
    ("National Galleries of Scotland", "other", [], ["nationalgalleries.org"]),
    ("Scottish Canals", "other", [], ["scottishcanals.co.uk"]),
    ("Caledonian Maritime Assets", "other", ["CMAL"], ["cmassets.co.uk"]),
    ("David MacBrayne", "other", [], []),
    # its wholly owned ferry operator, a Scottish public authority of its own (FOISA s.6) that answers for the ferries
    ("CalMac Ferries", "other", ["Caledonian MacBrayne", "CalMac"], ["calmac.co.uk"]),
    ("Highlands and Islands Airports", "other", ["HIAL"], ["hial.co.uk"]),
]
OVERRIDES: dict[str, dict[str, Any]] = {
    "gov:the-scottish-government": {"name": "Scottish Government", "nation": "Scotland", "kind": "central-government"},
    "gov:welsh-government": {"nation": "Wales", "kind": "central-government"},
    "gov:nhs-england": {"kind": "nhs", "nation": "England"},
}


# ---------------------------------------------------------------- helpers
def regime_for(nation: str | None) -> str:
    """FOISA for Scottish bodies, FOIA for everyone else."""
    return "foisa" if nation == "Scotland" else "foia"


def make_body(
    id_: str, name: str, kind: str, nation: str | None, aliases: Iterable[str], domains: Iterable[str]
) -> Body:
    """One gazetteer record with de-duplicated aliases (never repeating the name)."""
    seen = {name.casefold()}
    kept = []
    for alias in aliases:
        alias = re.sub(r"\s+", " ", alias).strip()
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            kept.append(alias)
    return {
        "id": id_,
        "name": name,
        "kind": kind,
        "nation": nation,
        "aliases": kept,
        "domains": sorted({d.lower() for d in domains}),
        "regime": regime_for(nation),
    }


def split_alt_names(raw: str) -> list[str]:
    """Split mySociety's alt-names: commas without a following space separate names."""
    return [part.strip() for part in re.split(r",(?! )", raw) if part.strip()]


def uninvert(name: str) -> str:
    """'Glasgow, City of' -> 'City of Glasgow'."""
    m = ONS_INVERTED.match(name)
    return f"{m['kind']} of {m['place']}" if m else name


def name_key(name: str) -> str:
    """A loose key for joining names across files."""
    name = re.sub(r"\s*\(.*", "", name).lower().replace("&", " and ")
    name = re.sub(r"\b(council|district|borough|county|city|metropolitan|of|the|ua|unitary|london)\b", " ", name)
    return re.sub(r"[^a-z0-9]+", "", name)


def slug_to_name(slug: str) -> str:
    """'guys_and_st_thomas_nhs_foundation_trust' -> "Guy's and St Thomas' NHS Foundation Trust"."""
    words = []
    for i, word in enumerate(slug.split("_")):
        if word in SLUG_WORDS:
            words.append(SLUG_WORDS[word])
        elif word in SMALL_WORDS and i > 0:
            words.append(word)
        else:
            words.append(word.capitalize())
    return " ".join(words)


def police_domains(labels: Iterable[str]) -> list[str]:
    """Both the police.uk and the legacy pnn.police.uk domain of each label."""
    return [d for label in labels for d in (f"{label}.police.uk", f"{label}.pnn.police.uk")]


def slugify(name: str) -> str:
    """'Avon and Somerset Constabulary' -> 'avon-and-somerset-constabulary'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("'", "")).strip("-")


# ---------------------------------------------------------------- councils
def council_kind(la_type: str, name: str) -> str:
    """Councils and combined authorities are 'council'; the GLA is 'other'."""
    return "other" if la_type in COUNCIL_TYPES_OTHER else "council"


def council_domains(source: Path) -> dict[str, list[str]]:
    """ukps council domains keyed by name_key of the ukps note."""
    data = json.loads((source / "ukps_user_domains.json").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for record in data["domains"]:
        note = record.get("notes") or ""
        if record.get("organisation_type_id") != "local_authority" or not note.startswith("Local authority: "):
            continue
        name = uninvert(note.removeprefix("Local authority: "))
        found.setdefault(name_key(name), []).append(record["domain_pattern"])
    return found


def ukps_council_names(source: Path) -> dict[str, str]:
    """ukps note names (un-inverted) keyed by name_key, to add as aliases."""
    data = json.loads((source / "ukps_user_domains.json").read_text(encoding="utf-8"))
    names = {}
    for record in data["domains"]:
        note = record.get("notes") or ""
        if record.get("organisation_type_id") == "local_authority" and note.startswith("Local authority: "):
            name = uninvert(note.removeprefix("Local authority: "))
            names[name_key(name)] = name
    return names


def councils(source: Path) -> Iterator[Body]:
    """Every current principal council, combined authority and the GLA."""
    domains = council_domains(source)
    ukps_names = ukps_council_names(source)
    with (source / "mysociety_uk_local_authorities_current.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["current-authority"] == "True"]
    for row in rows:
        names = [row["official-name"], row["nice-name"], *split_alt_names(row["alt-names"])]
        keys = {name_key(n) for n in names}
        aliases = [n for n in names[1:] if not REGISTER_SUFFIX.search(n)]
        aliases += [ukps_names[k] for k in sorted(keys) if k in ukps_names]
        code = row["local-authority-code"]
        aliases += EXTRA_ALIASES.get(f"la:{code}", [])
        found = sorted({d for k in keys for d in domains.get(k, [])}) + EXTRA_DOMAINS.get(f"la:{code}", [])
        kind = council_kind(row["local-authority-type"], row["official-name"])
        expanded = [long for n in names if (long := expand_short_kind(n)) != n]
        name = with_apostrophes(full_name(row["official-name"], names + expanded), names)
        aliases.append(row["official-name"])
        yield make_body(f"la:{code}", name, kind, row["nation"], aliases, found)


# "York and North Yorkshire CA", "Greater Lincolnshire CCA": the register's short form of a combined authority
SHORT_KIND = re.compile(r"^(?P<place>.+) (?P<short>CA|CCA)$")
SHORT_KINDS = {"CA": "Combined Authority", "CCA": "Combined County Authority"}
MAYORAL = " Mayoral Combined Authority"


def expand_short_kind(name: str) -> str:
    """'York and North Yorkshire CA' -> 'York and North Yorkshire Combined Authority'; other names unchanged."""
    m = SHORT_KIND.match(name)
    return f"{m['place']} {SHORT_KINDS[m['short']]}" if m else name


def full_name(official: str, names: list[str]) -> str:
    """The register's name, or its fuller form when an alias is that name plus the body's kind: "Liverpool City
    Region" is listed as such but signs itself "Liverpool City Region Combined Authority". A "<place> Mayoral
    Combined Authority" whose register short form is "<place> CA" signs without "Mayoral" (one whose short form
    keeps it, "South Yorkshire Mayoral Combined Authority", keeps it)."""
    folded = set(map(str.casefold, names))
    fuller = f"{official} Combined Authority"
    plain = official.removesuffix(MAYORAL) + " Combined Authority"
    if official.endswith(MAYORAL) and plain.casefold() in folded:
        return plain
    return fuller if fuller.casefold() in folded else official


def with_apostrophes(name: str, names: Iterable[str]) -> str:
    """The name with the apostrophes the register's other forms of it write and its official form drops:
    "Borough Council of Kings Lynn and West Norfolk" (other form "King's Lynn & West Norfolk") ->
    "Borough Council of King's Lynn and West Norfolk"."""
    spelt = {word.replace("'", ""): word for n in names for word in re.findall(r"\b\w+'\w+\b", n)}
    return re.sub(r"\b\w+\b", lambda m: spelt.get(m.group(), m.group()), name)


# ---------------------------------------------------------------- central government
# "Scottish Fiscal Commission", "Welsh Revenue Authority", "Northern Ireland Audit Office"
NATION_WORDS = [
    (re.compile(r"\bNorthern Ireland\b"), "Northern Ireland"),
    (re.compile(r"\b(Scotland|Scottish)\b"), "Scotland"),
    (re.compile(r"\b(Wales|Welsh|Cymru)\b"), "Wales"),
]
# "Department for Infrastructure (Northern Ireland)", "The Executive Office (Northern Ireland)": the
# Northern Ireland Executive's departments, which GOV.UK lists under the format "Other"
NI_DEPARTMENT = re.compile(r"(?:The )?(?:Department\b|Executive Office\b).*\(Northern Ireland\)$")
NATION_BRACKET = re.compile(r"\s*\((?:Northern Ireland|Scotland|Wales)\)$")
GO_LIVE = {"live", "exempt", "devolved", "joining", "transitioning"}
GO_GOVERNMENT = {
    "Ministerial department",
    "Non-ministerial department",
    "Devolved government",
    "Executive agency",
    "Executive office",
}


def go_nation(title: str, status: str) -> str:
    """Devolved bodies take their nation from the title ("... (Northern Ireland)" says it of any body);
    the rest are UK-wide."""
    if status != "devolved" and not title.endswith("(Northern Ireland)"):
        return "UK"
    for pattern, nation in NATION_WORDS:
        if pattern.search(title):
            return nation
    return "UK"


def go_kind(title: str, fmt: str) -> str:
    """Departments and agencies are central government; NHS bodies nhs; the rest other."""
    if re.search(r"\bNHS\b", title) or fmt == "Special health authority":
        return "nhs"
    return "central-government" if fmt in GO_GOVERNMENT or NI_DEPARTMENT.match(title) else "other"


def go_aliases(title: str, abbreviation: str | None) -> list[str]:
    """The title without a parenthesis or 'The', and a usable abbreviation."""
    aliases = []
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", title).strip()
    m = re.search(r"\(([^)]+)\)\s*$", title)
    if bare != title:
        aliases.append(bare)
    if m and ABBREVIATION.match(m.group(1)):
        aliases.append(m.group(1))
    abbreviation = re.sub(r"\s*\([^)]*\)", "", abbreviation or "").strip()
    if ABBREVIATION.match(abbreviation) and len(abbreviation) <= 8 and abbreviation not in DROP_ABBREVIATIONS:
        aliases.append(abbreviation)
    return aliases


# "Northern Ireland Council for the Curriculum, Examinations and Assessment": a title opening with its nation
NATION_OPENING = re.compile(r"^(?:Northern Ireland|Scottish|Welsh) ")
# "Sport Northern Ireland (Sports Council for Northern Ireland)": a title glossed by another name in brackets
GLOSSED = re.compile(r"^(?P<name>.+?) \((?P<gloss>[^()]+)\)$")


def own_name(title: str, details: dict[str, Any]) -> str:
    """The name a GOV.UK body signs with, where GOV.UK's title adds to it:
    - a title glossed in brackets whose logo shows it without the bracket: "Sport Northern Ireland (Sports Council
      for Northern Ireland)", logo "Sport Northern Ireland" -> "Sport Northern Ireland";
    - a title opening with its nation whose abbreviation is the initials of the rest: "Northern Ireland Council for
      the Curriculum, Examinations and Assessment" (CCEA) -> "Council for the Curriculum, Examinations and
      Assessment"."""
    logo = " ".join((details.get("logo_formatted_name") or "").split())
    glossed = GLOSSED.match(title)
    if glossed and logo == glossed["name"]:
        return logo
    rest = NATION_OPENING.sub("", title)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", rest) if w not in SMALL_WORDS)
    return rest if rest != title and initials == (details.get("abbreviation") or "") else title


def go_former_names(orgs: dict[str, Any]) -> dict[str, list[str]]:
    """Titles a body had before it changed its name ("Coal Authority" for the Mining Remediation Authority),
    keyed by the slug of the body that bears the name now (a chain of renames is followed): replies written
    before a rename use the old name."""
    renamed = {
        org["details"]["slug"]: (org["title"].strip(), org["superseding_organisations"][0]["id"].rsplit("/", 1)[1])
        for org in orgs.values()
        if org["details"].get("govuk_closed_status") == "changed_name" and len(org["superseding_organisations"]) == 1
    }
    former: dict[str, list[str]] = {}
    for slug, (title, successor) in renamed.items():
        seen = {slug}
        while successor in renamed and successor not in seen:
            seen.add(successor)
            successor = renamed[successor][1]
        former.setdefault(successor, []).append(NATION_BRACKET.sub("", re.sub(r"\s*\(\d{4} to \d{4}\)$", "", title)))
    return former


def go_domains(source: Path) -> dict[str, list[str]]:
    """ukps domains keyed by GOV.UK content_id."""
    data = json.loads((source / "ukps_user_domains.json").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for record in data["domains"]:
        pattern = record["domain_pattern"]
        if record.get("organisation_id") and not pattern.startswith("*") and not GENERIC_DOMAIN.match(pattern):
            found.setdefault(record["organisation_id"], []).append(pattern)
    return found


def central_government(source: Path) -> Iterator[Body]:
    """GOV.UK organisations that are not closed."""
    orgs = json.loads((source / "govuk_organisations.json").read_text(encoding="utf-8"))
    domains = go_domains(source)
    former = go_former_names(orgs)
    for content_id, org in sorted(orgs.items(), key=lambda kv: kv[1]["details"]["slug"]):
        details = org["details"]
        status = details.get("govuk_status")
        if status not in GO_LIVE:
            continue
        title = org["title"].strip()
        id_ = f"gov:{details['slug']}"
        # "Department of Finance (Northern Ireland)": GOV.UK's bracket tells bodies apart on its list; the
        # body signs without it, so the bare title is its name and the bracketed one an alias
        bare = NATION_BRACKET.sub("", title)
        name = own_name(bare, details)
        fields = {"name": name, "kind": go_kind(title, org["format"]), "nation": go_nation(title, status)}
        fields.update(OVERRIDES.get(id_, {}))
        # a written form first: "MoJ" kept over GOV.UK's "MOJ" (an abbreviation matches as written or in capitals)
        aliases = EXTRA_ALIASES.get(id_, []) + go_aliases(title, details.get("abbreviation"))
        glossed = GLOSSED.match(title)
        if glossed and name != bare and len(glossed["gloss"].split()) > 1:
            aliases.append(glossed["gloss"])  # "Sports Council for Northern Ireland"
        if fields["name"] != title:
            aliases.append(title)
        aliases += former.get(details["slug"], [])
        found = domains.get(content_id, []) + EXTRA_DOMAINS.get(id_, [])
        yield make_body(id_, fields["name"], fields["kind"], fields["nation"], aliases, found)


# ---------------------------------------------------------------- police, PCCs, fire
def force_aliases(name: str, others: list[str], abbreviations: list[str]) -> list[str]:
    """Name forms of a force: the Police/Constabulary swap plus hand-written variants."""
    aliases = list(others)
    for a, b in (("Constabulary", "Police"), ("Police", "Constabulary")):
        if name.endswith(" " + a):
            aliases.append(name[: -len(a)] + b)
    aliases.extend(f"{n.replace(' and ', ' & ')}" for n in [name, *others] if " and " in n)
    return aliases + abbreviations


def police_forces() -> Iterator[Body]:
    """The 45 territorial forces and the special forces."""
    for name, others, labels, nation, abbrevs in POLICE_FORCES + OTHER_FORCES:
        aliases = force_aliases(name, others, abbrevs)
        yield make_body(f"police:{slugify(name)}", name, "police", nation, aliases, police_domains(labels))


def pcc_aliases(area: str, title: str) -> list[str]:
    """Common forms of a commissioner's name: '<area> PCC', 'Office of the ... for <area>'."""
    short = "PFCC" if title.startswith("Police, Fire") else "PCC"
    plain = area.replace("Devon, Cornwall and the Isles of Scilly", "Devon and Cornwall")
    plain = plain.replace(" and the Isle of Wight", "").replace(" and Peterborough", "").replace(" and Swindon", "")
    forms = [
        f"{area} {title}",
        f"Office of the {title} for {area}",
        f"{plain} {title}",
        f"Office of the {title} for {plain}",
        f"{plain} {short}",
        f"{plain} O{short}",
        f"{title} for {plain}",
        f"O{short} {plain}",
        f"O{short} for {plain}",
        f"Office of the {title} {plain}",
    ]
    if short == "PFCC":
        forms += [f"{plain} Police and Crime Commissioner", f"Police and Crime Commissioner for {plain}"]
    return forms


# A commissioner's office whose own name is not the statutory title: (its name, other forms it signs with)
PCC_OWN_NAMES: dict[str, tuple[str, list[str]]] = {
    "Staffordshire": (
        "Staffordshire Commissioner for Police, Fire and Rescue and Crime",
        ["Staffordshire Commissioner for Police, Fire & Rescue and Crime", "Staffordshire Commissioner's Office"],
    ),
}


def commissioners() -> Iterator[Body]:
    """PCCs, PFCCs, MOPAC and the mayoral PCC offices."""
    for area, kind, nation in PCC_AREAS:
        title = "Police, Fire and Crime Commissioner" if kind == "pfcc" else "Police and Crime Commissioner"
        name, aliases = f"{title} for {area}", pcc_aliases(area, title)
        if area in PCC_OWN_NAMES:
            own, others = PCC_OWN_NAMES[area]
            name, aliases = own, [name, *others, *aliases]
        yield make_body(f"pcc:{slugify(area)}", name, "pcc", nation, aliases, [])
    yield make_body(
        "pcc:mopac",
        "Mayor's Office for Policing and Crime",
        "pcc",
        "England",
        ["MOPAC", "Mayors Office for Policing and Crime"],
        [],
    )
    yield make_body(
        "pcc:greater-manchester",
        "Greater Manchester Mayor (Police and Crime)",
        "pcc",
        "England",
        ["Greater Manchester Police and Crime Commissioner", "Deputy Mayor for Policing and Crime Greater Manchester"],
        [],
    )
    yield make_body(
        "pcc:west-yorkshire",
        "West Yorkshire Mayor (Policing and Crime)",
        "pcc",
        "England",
        [
            "West Yorkshire Police and Crime Commissioner",
            "Office of the Police and Crime Commissioner for West Yorkshire",
        ],
        [],
    )


def fire_services() -> Iterator[Body]:
    """Fire and rescue services of the four nations."""
    for name, nation, others in FIRE_SERVICES:
        aliases = list(others)
        if name.endswith(" Fire and Rescue Service"):
            stem = name.removesuffix(" Service")
            aliases += [stem, name.replace(" and Rescue", " & Rescue"), stem.replace(" and Rescue", " & Rescue")]
        id_ = f"fire:{slugify(name)}"
        yield make_body(id_, name, "fire", nation, aliases, EXTRA_DOMAINS.get(id_, []))


def other_bodies() -> Iterator[Body]:
    """Curated bodies that belong to no other list."""
    for id_, name, kind, nation, aliases, domains in OTHER_BODIES:
        yield make_body(id_, name, kind, nation, aliases, domains)
    for name, kind, aliases, domains in SCOTTISH_BODIES:
        yield make_body(f"other:{slugify(name)}", name, kind, "Scotland", aliases, domains)
    for name, nation, aliases, domains in RAIL_OPERATORS:
        yield make_body(f"other:{slugify(name)}", name, "other", nation, aliases, domains)


# ---------------------------------------------------------------- other public bodies from WDTK slugs
WELSH_COLLEGE_SLUG = r"^coleg_[a-z_]+$"  # "coleg_wibble": a Welsh word, so "Coleg Wibble" is no ordinary phrase
# "port_of_london_authority", "scottish_land_commission": a WDTK slug ending in the kind of a public body; or
# "wibble_standards_scotland": a devolved national body named for its nation, of three words or more, not a region
# ("north_wibble_wales") nor a post ("minister_for_wibble_scotland"), and not "of"/"for" the nation
# ("church_of_wibble", "society_of_wibble", named by a kind); or a devolved post's office named for its nation
# ("wibble_commissioner_for_wales": GOV.UK lists the UK and English posts, not the devolved ones); or a Welsh
# further education college ("coleg_wibble", the Welsh word for college opening its name); or a body of one of
# those kinds "of" or "for" its nation ("wibble_board_for_scotland", "wibble_commission_for_wales"), but for a
# council: a professional register "for" a nation (teachers') is named in other bodies' replies about their staff
_WDTK_KIND = (
    r"(?:commission|commissioners?|authority|board|agency|museums?|galleries|ombudsman|inspectorate|tribunal"
    r"|enterprise|corporation|executive|council|assembly|library)"
)
WDTK_BODY_SLUG = re.compile(
    rf"_{_WDTK_KIND}$"
    r"|^(?!(?:north|south|east|west|mid|minister|secretary)_)[a-z]+_[a-z_]+(?<!_of)(?<!_for)(?<!_and)(?<!_in)_(?:scotland|wales)$"
    rf"|_(?!council_){_WDTK_KIND}_(?:of|for)_(?:wales|scotland|northern_ireland)$"
    rf"|{WELSH_COLLEGE_SLUG}"
    # a Gaelic, Irish or Welsh name puts its kind first, before an article: "bord_na_gaidhlig" (board of Gaelic)
    r"|^(?:bord|comhairle|bwrdd|cyngor|comisiwn|comisiynydd|awdurdod)_(?:na|nan|an|y|yr)_"
)
# kinds of body abolished as a whole (CCGs 2022, PCTs and SHAs 2013, police authorities 2012, RDAs and regional
# assemblies 2010-12, Welsh local health boards 2009, safeguarding children boards 2019), councils the register
# lists (current or abolished) and the local councils (parish, town, community) the form rules find
WDTK_SKIP_SLUG = re.compile(
    r"(_ccg|clinical_commissioning_group|_pct|primary_care_trust|police_authority|strategic_health_authority"
    r"|development_agency|regional_assembly|local_health_board|safeguarding_children_board"
    r"|_(district|borough|city|county|parish|community|town|village)_council)$|_or_"
)
# schemas that mark a school, charity, company, GP or dental practice or university: not the bodies added here
WDTK_NOT_BODY_SCHEMAS = {"urn", "charity", "ch", "NHSChoicesID", "ukprn", "ofs", "ucas"}
# schemas that mark a registered body (Wikidata item, ICO registration, Library of Congress name)
WDTK_REGISTERED_SCHEMAS = {"wikidata", "dpr", "lcnaf"}
MIN_WDTK_NAME_WORDS = 3  # "Business Board", "Bar Council": two-word names are too often ordinary phrases
# a water and sewerage company ("wibble_water", "wibble_utilities"): a company, but a public authority under the
# EIRs, and its two-word name ("Wibble Water") is its own; registered (Wikidata, ICO) to leave out the water retailers
WATER_COMPANY_SLUG = re.compile(r"^[a-z]{3,}(?:_[a-z]+)?_(?:water|utilities)$")  # not "ni_water": a short form


def wdtk_schemas(source: Path) -> dict[str, set[str]]:
    """WDTK url-name -> the schemas of its ids."""
    schemas: dict[str, set[str]] = {}
    with (source / "wdtk_authorities_id_lookup.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            schemas.setdefault(row["wdtk-url-name"], set()).add(row["schema"])
    return schemas


def closed_names(source: Path) -> set[str]:
    """name_key of every closed GOV.UK organisation, every council's name and the label of its domain
    ("northnorthants" for North Northamptonshire Council): bodies gone, or listed already under another form."""
    orgs = json.loads((source / "govuk_organisations.json").read_text(encoding="utf-8"))
    keys = {name_key(o["title"]) for o in orgs.values() if o["details"].get("govuk_status") == "closed"}
    keys |= {domain.split(".")[0] for domains in council_domains(source).values() for domain in domains}
    keys |= {
        domain.split(".")[0] for code, domains in EXTRA_DOMAINS.items() if code.startswith("la:") for domain in domains
    }
    with (source / "mysociety_uk_local_authorities_current.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            keys |= {name_key(n) for n in (row["official-name"], row["nice-name"], *split_alt_names(row["alt-names"]))}
    return keys


def wdtk_bodies(source: Path) -> Iterator[Body]:
    """Commissions, boards, authorities, agencies, museums and the like that WDTK lists and the other files lack,
    named from their slugs; their nation from the name where it says one. The lookup marks no body defunct: the
    kinds abolished as a whole and the names GOV.UK lists as closed are left out, a few others may remain."""
    closed = closed_names(source)
    for slug, schemas in sorted(wdtk_schemas(source).items()):
        bare = slug.removeprefix("the_")
        water = WATER_COMPANY_SLUG.match(bare) is not None and not schemas & {"urn"}
        if not water and (
            schemas & WDTK_NOT_BODY_SCHEMAS
            or not WDTK_BODY_SLUG.search(bare)
            or WDTK_SKIP_SLUG.search(bare)
            or (bare.count("_") + 1 < MIN_WDTK_NAME_WORDS and not re.match(WELSH_COLLEGE_SLUG, bare))
        ):
            continue
        if not schemas & WDTK_REGISTERED_SCHEMAS:
            continue
        name = slug_to_name(bare)
        if name_key(name) in closed:
            continue
        nation = next((n for pattern, n in NATION_WORDS if pattern.search(name)), None)
        nation = "Wales" if re.match(WELSH_COLLEGE_SLUG, bare) else nation
        yield make_body(f"wdtk:{bare.replace('_', '-')}", name, "other", nation, [], [])


# ---------------------------------------------------------------- NHS and universities
def wdtk_nhs_slugs(source: Path) -> list[str]:
    """WDTK url-names of NHS trusts and ICBs (slugs only; the lookup has no names)."""
    return sorted(slug for slug in wdtk_schemas(source) if NHS_SLUG.search(slug))


def nhs_bodies(source: Path) -> Iterator[Body]:
    """The curated devolved and ambulance bodies, then English trusts and ICBs from WDTK slugs."""
    for name, nation, others, domains in NHS_BODIES:
        yield make_body(f"nhs:{slugify(name)}", name, "nhs", nation, others, domains)
    for slug in wdtk_nhs_slugs(source):
        name = slug_to_name(slug)
        aliases = [name.replace(" and ", " & ")] if " and " in name else []
        if name.startswith("NHS ") and name.endswith(" Integrated Care Board"):
            area = name.removesuffix(" Integrated Care Board")
            aliases += [area.removeprefix("NHS ") + " ICB", area]  # "Sussex ICB", "NHS Sussex"
        yield make_body(f"nhs:{slug.replace('_', '-')}", name, "nhs", "England", aliases, [])


def universities() -> Iterator[Body]:
    """Curated universities with their ac.uk domain."""
    for name, nation, label, others in UNIVERSITIES:
        aliases = list(others)
        m = re.fullmatch(r"University of (?:the )?([A-Z][\w' -]+)", name)
        if m and " " not in m.group(1):
            aliases.append(f"{m.group(1)} University")
        yield make_body(f"uni:{slugify(name)}", name, "university", nation, aliases, [f"{label}.ac.uk"])


# ---------------------------------------------------------------- output
def name_keys(body: Body) -> set[str]:
    """Loose keys of a body's name and aliases, for spotting the same body from two lists; "Office of the Wibble
    Ombudsman" is keyed as "Wibble Ombudsman" too (a post holder's office is the body the post names)."""
    keys = {
        re.sub(r"[^a-z0-9]+", " ", n.lower().replace("&", "and")).strip().removeprefix("the ")
        for n in (body["name"], *body["aliases"])
    }
    return keys | {key.removeprefix("office of the ") for key in keys}


def all_bodies(source: Path) -> list[Body]:
    """Every body in a stable order; a body whose name an earlier list already holds is skipped."""
    bodies: dict[str, Body] = {}
    claimed: set[str] = set()
    for body in [
        *councils(source),
        *police_forces(),
        *commissioners(),
        *fire_services(),
        *nhs_bodies(source),
        *universities(),
        *other_bodies(),
        *central_government(source),
        *wdtk_bodies(source),
    ]:
        key = name_keys({"name": body["name"], "aliases": []}).pop()
        if body["id"] in bodies or key in claimed:
            continue
        bodies[body["id"]] = body
        claimed |= name_keys(body)
    return list(bodies.values())


def compact(body: Body) -> Body:
    """Drop empty lists to keep the file small; a name opening "Northern Ireland" gets its short form, "NI"
    for the nation ("NI Housing Executive"), as an alias."""
    short = (
        "NI " + body["name"].removeprefix("Northern Ireland ") if body["name"].startswith("Northern Ireland ") else ""
    )
    if short and short not in body["aliases"]:
        body = {**body, "aliases": [*body["aliases"], short]}
    return {k: v for k, v in body.items() if v != [] and not (k == "regime" and v == "foia")}


def build(source: Path, out: Path) -> int:
    """Write the gazetteer; return how many bodies it holds."""
    bodies = all_bodies(source)
    doc = {"version": 1, "sources": SOURCES, "bodies": [compact(b) for b in bodies]}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(bodies)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    count = build(source, out)
    print(f"wrote {count} bodies to {out} ({out.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
