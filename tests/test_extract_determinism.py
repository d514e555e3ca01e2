"""The same reply gives the same extraction in every process, whatever the string hash seed.

Python salts str hashes per process, so anything that iterates a set of words (a float sum, a
max over ties) can change its result from run to run. A reply once gave a different key figure
under PYTHONHASHSEED=3 than under 1: a tie between two parts of a shared answer was broken by the
last bit of a float sum taken in set order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
FOLDERS = ("layouts", "blind22", "blind23")

DUMP = """
import dataclasses, json, sys
from pathlib import Path
from foitrack.extract import extract_all
from foitrack.normalize import normalise

def plain(o):
    if dataclasses.is_dataclass(o):
        return {f.name: plain(getattr(o, f.name)) for f in dataclasses.fields(o)}
    if isinstance(o, (list, tuple)):
        return [plain(x) for x in o]
    return o if isinstance(o, (str, int, float, bool, type(None))) else str(o)

out = {}
for folder in sys.argv[1:]:
    for path in sorted(Path(folder).glob("*.txt")):
        out[f"{folder}/{path.name}"] = plain(extract_all(normalise(path.read_text(encoding="utf-8"))))
print(json.dumps(out, sort_keys=True))
"""


def _extract_under(seed: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    folders = [str(HERE / name) for name in FOLDERS if (HERE / name).is_dir()]
    run = subprocess.run(
        [sys.executable, "-c", DUMP, *folders], env=env, capture_output=True, text=True, check=True, timeout=600
    )
    return json.loads(run.stdout)


@pytest.mark.slow
def test_extraction_does_not_depend_on_the_hash_seed() -> None:
    first, second = _extract_under("1"), _extract_under("3")
    assert first, "no replies were read"
    differing = sorted(name for name in first if first[name] != second.get(name))
    assert not differing, f"extraction differs between hash seeds for: {differing}"
