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
    "bias": 2.425,
    "class_no": 0.294,
    "class_none": 0.329,
    "class_not_applicable": 0.328,
    "class_not_held": -0.242,
    "class_provided": -0.587,
    "class_refused": 0.611,
    "class_yes": -0.671,
    "how_default": -0.039,
    "how_first": 1.295,
    "how_later": 0.699,
    "how_offered": 0.894,
    "how_relied": -1.037,
    "how_shared": 0.088,
    "how_suppressed": 0.045,
    "how_table": -1.088,
    "how_yes_no_default": -0.796,
    "in_order": -0.377,
    "long": -1.017,
    "margin": 0.952,
    "mixed": -0.725,
    "question_like": -2.416,
    "redirected": 0.213,
    "score": 0.166,
    "shared": -2.134,
    "very_long": 0.847,
    "yes_no": -0.019,
}


def confidence(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The probability that a reading with these features is right, rounded to 3 places."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def is_uncertain(value: float | None) -> bool:
    """True for a confidence below UNCERTAIN_BELOW (None, from a database before m005, is not uncertain)."""
    return value is not None and value < UNCERTAIN_BELOW
