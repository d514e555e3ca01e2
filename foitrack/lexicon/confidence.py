"""How sure the classifier is of an answer's class: a logistic model over the features of its reading.

`confidence(features)` is 1 / (1 + e^-(bias + sum of weight * value)) with the weights below,
fitted by bench/fit_confidence.py (plain Python logistic regression on the labelled development
replies, checked leave-one-document-out; docs/answers.md records how). The features are named by
foitrack.extract.answers._features. An answer below UNCERTAIN_BELOW is flagged uncertain: its class
stays the best guess, so that lists and scores still see a class.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

UNCERTAIN_BELOW = 0.5

WEIGHTS: dict[str, float] = {
    "bias": 2.148,
    "class_no": 0.391,
    "class_none": 0.188,
    "class_not_applicable": 0.381,
    "class_not_held": -0.299,
    "class_provided": -0.355,
    "class_refused": 0.497,
    "class_yes": -0.754,
    "how_default": -0.197,
    "how_first": 1.106,
    "how_later": 0.616,
    "how_offered": 0.86,
    "how_relied": -1.001,
    "how_shared": 0.503,
    "how_suppressed": 0.064,
    "how_table": -0.878,
    "how_yes_no_default": -1.023,
    "in_order": -0.461,
    "long": -0.971,
    "margin": 0.749,
    "mixed": -0.489,
    "redirected": 0.222,
    "score": 0.222,
    "shared": -1.652,
    "very_long": -0.198,
    "yes_no": -0.037,
}


def confidence(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The probability that a reading with these features is right, rounded to 3 places."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def is_uncertain(value: float | None) -> bool:
    """True for a confidence below UNCERTAIN_BELOW (None, from a database before m005, is not uncertain)."""
    return value is not None and value < UNCERTAIN_BELOW
