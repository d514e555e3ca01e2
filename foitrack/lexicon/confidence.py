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
    "bias": 2.231,
    "class_no": 0.364,
    "class_none": 0.199,
    "class_not_applicable": 0.364,
    "class_not_held": -0.294,
    "class_provided": -0.452,
    "class_refused": 0.696,
    "class_yes": -0.823,
    "how_default": -0.04,
    "how_first": 1.18,
    "how_later": 0.785,
    "how_offered": 0.809,
    "how_relied": -1.177,
    "how_shared": 0.397,
    "how_suppressed": 0.05,
    "how_table": -0.932,
    "how_yes_no_default": -1.018,
    "in_order": -0.395,
    "long": -1.005,
    "margin": 0.886,
    "mixed": -0.355,
    "question_like": -2.034,
    "redirected": 0.241,
    "score": 0.232,
    "shared": -2.011,
    "very_long": 0.015,
    "yes_no": -0.054,
}


def confidence(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The probability that a reading with these features is right, rounded to 3 places."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def is_uncertain(value: float | None) -> bool:
    """True for a confidence below UNCERTAIN_BELOW (None, from a database before m005, is not uncertain)."""
    return value is not None and value < UNCERTAIN_BELOW
