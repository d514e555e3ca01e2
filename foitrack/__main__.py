"""Run foitrack as `python -m foitrack`."""

from foitrack.cli import app

app(prog_name="foitrack")
