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
    "bias": 2.288,
    "class_no": 0.366,
    "class_none": 0.246,
    "class_not_applicable": 0.361,
    "class_not_held": -0.342,
    "class_provided": -0.402,
    "class_refused": 0.698,
    "class_yes": -0.873,
    "how_default": -0.123,
    "how_first": 1.149,
    "how_later": 0.67,
    "how_offered": 0.841,
    "how_relied": -1.088,
    "how_shared": 0.554,
    "how_suppressed": 0.047,
    "how_table": -0.946,
    "how_yes_no_default": -1.049,
    "in_order": -0.432,
    "long": -0.843,
    "margin": 0.938,
    "mixed": -0.791,
    "question_like": -2.066,
    "redirected": 0.234,
    "score": 0.269,
    "shared": -2.056,
    "very_long": 0.2,
    "yes_no": -0.079,
}


def confidence(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The probability that a reading with these features is right, rounded to 3 places."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def is_uncertain(value: float | None) -> bool:
    """True for a confidence below UNCERTAIN_BELOW (None, from a database before m005, is not uncertain)."""
    return value is not None and value < UNCERTAIN_BELOW
