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
    "bias": 1.286,
    "class_no": -0.954,
    "class_none": 0.59,
    "class_not_applicable": 0.427,
    "class_not_held": -0.31,
    "class_provided": 0.088,
    "class_refused": 0.529,
    "class_yes": -0.339,
    "figure": -0.257,
    "how_default": -0.229,
    "how_first": 0.748,
    "how_later": 0.339,
    "how_none_reason": 0.084,
    "how_offered": 0.502,
    "how_relied": -0.534,
    "how_shared": -0.899,
    "how_suppressed": 0.154,
    "how_table": 0.167,
    "how_yes_no_default": -0.301,
    "in_order": -0.797,
    "long": 0.236,
    "margin": 1.385,
    "mixed": -1.31,
    "question_like": -1.262,
    "redirected": 0.247,
    "score": 0.614,
    "shared": -1.343,
    "very_long": 0.562,
    "yes_no": 0.641,
}


def confidence(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The probability that a reading with these features is right, rounded to 3 places."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def is_uncertain(value: float | None) -> bool:
    """True for a confidence below UNCERTAIN_BELOW (None, from a database before m005, is not uncertain)."""
    return value is not None and value < UNCERTAIN_BELOW
