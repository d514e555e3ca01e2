"""The HTML report: self-contained, escaped, and rendered by a real headless browser."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from foitrack.compare import Comparison, Group, question_money
from foitrack.report import Source, bar_chart_svg, render_report

HOSTILE = '<script>alert("x")</script>'


def sample_comparison() -> Comparison:
    money = {
        "gbp": Decimal(45000),
        "text": "£45,000",
        "per": "year",
        "period": "2023-24",
        "approximate": False,
        "stated_total": False,
        "rate": None,
        "cost_limit": False,
        "purpose": "outreach post",
        "quote": "£45,000 in 2023-24.",
        "counted": True,
        "why": None,
    }
    rows = [
        {
            "body": "Avonford Council",
            "document": 1,
            "file": "avonford.pdf",
            "response": "2024-02-01",
            "latest": True,
            "replies": 1,
            "1": {"answer": "yes", "value": None, "quote": "Yes, we have a lead.", "amounts": []},
            "3": {"answer": "provided", "value": "45000", "quote": "£45,000 in 2023-24.", "amounts": [money]},
        },
        {
            "body": f"Evil {HOSTILE} Council",
            "document": 2,
            "file": f"{HOSTILE}.txt",
            "response": None,
            "latest": True,
            "replies": 1,
            "1": {"answer": "no", "value": None, "quote": HOSTILE, "amounts": []},
            "3": {"answer": "refused", "section": "s12", "value": None, "quote": HOSTILE, "amounts": []},
        },
    ]
    group = Group(
        columns=["1", "3"],
        questions={"1": "Is there a lead?", "3": "How much funding in 2022-23 and 2023-24?"},
        rows=rows,
        counts={"1": Counter({"yes": 1, "no": 1}), "3": Counter({"provided": 1, "refused": 1})},
        title="Leads and funding",
    )
    group.money["3"] = question_money(group, "3")  # type: ignore[assignment]
    return Comparison([group])


def render(tmp_path: Path) -> Path:
    html = render_report(sample_comparison(), title="Funding", sources=[Source(1, "avonford.pdf", "Avonford", None)])
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_report_escapes_everything_and_needs_no_network(tmp_path: Path) -> None:
    html = render(tmp_path).read_text()
    assert HOSTILE not in html
    assert "&lt;script&gt;" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<svg" in html and "<table" in html
    assert "Yes, we have a lead." in html
    assert "avonford.pdf" in html and "refused s12" in html
    assert "Q3 by period" in html and "£45,000 a year" in html


def test_a_body_without_a_sum_gets_no_bar() -> None:
    svg = bar_chart_svg([("A", Decimal(100)), ("B", Decimal(0))], labels=["≈ £100", "£0"])
    assert svg.count("<rect") == 1 and "£0" not in svg and "≈ £100" in svg


def test_bar_chart_scales_to_the_largest() -> None:
    svg = bar_chart_svg([("A", Decimal(100)), ("B", Decimal(50))], width=640)
    assert svg.count("<rect") == 2
    assert 'width="330"' in svg and 'width="165"' in svg
    assert "No amounts" in bar_chart_svg([])


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_report_renders_in_a_headless_browser(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    path = render(tmp_path)
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert dom.count("<tr>") >= 3
    assert "<rect" in dom
    assert "<script>alert" not in dom


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_report_screenshot_shows_table_and_chart(tmp_path: Path) -> None:
    from PIL import Image

    assert CHROMIUM is not None
    path = render(tmp_path)
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'p2'}",
            f"--screenshot={shot}",
            "--window-size=1000,900",
            path.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shot.exists()
    image = Image.open(shot).convert("RGB")
    colours = image.getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 20, "the page rendered blank"
    bar_blue = (0x3B, 0x6E, 0xA8)
    assert any(rgb == bar_blue for _, rgb in colours), "the chart's bars are not on screen"


def test_report_marks_checked_answers_and_figures_and_gives_confidence() -> None:
    comparison = sample_comparison()
    group = comparison.groups[0]
    lead, funding = group.rows[0]["1"], group.rows[0]["3"]
    lead.update(checked="verified", confidence=0.97)
    funding.update(checked="corrected", confidence=0.4)
    funding["amounts"][0]["checked"] = "corrected"
    group.money["3"] = question_money(group, "3")  # type: ignore[assignment]
    html = render_report(comparison, title="Funding", sources=[])
    assert "2 of 4 answers not yet verified by a person" in html
    assert html.count('title="verified by a person">✓</span>') == 1
    assert html.count('title="corrected by a person">✱</span>') == 3  # the answer, its amount, its sum
    assert "(confidence 0.97)" in html and "✎ provided 45000 (?)" in html  # 0.4: an uncertain class
