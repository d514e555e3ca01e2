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
    "bias": 1.366,
    "class_no": -0.96,
    "class_none": 0.598,
    "class_not_applicable": 0.433,
    "class_not_held": -0.292,
    "class_provided": 0.053,
    "class_refused": 0.551,
    "class_yes": -0.35,
    "figure": -0.253,
    "how_default": -0.267,
    "how_first": 0.767,
    "how_later": 0.358,
    "how_none_reason": 0.088,
    "how_offered": 0.565,
    "how_relied": -0.568,
    "how_shared": -0.895,
    "how_suppressed": 0.142,
    "how_table": 0.173,
    "how_yes_no_default": -0.329,
    "long": 0.231,
    "margin": 1.323,
    "mixed": -1.298,
    "question_like": -1.275,
    "redirected": 0.25,
    "score": 0.519,
    "shared": -1.344,
    "very_long": 0.547,
    "yes_no": 0.635,
}


def confidence(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The probability that a reading with these features is right, rounded to 3 places."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def is_uncertain(value: float | None) -> bool:
    """True for a confidence below UNCERTAIN_BELOW (None, from a database before m005, is not uncertain)."""
    return value is not None and value < UNCERTAIN_BELOW
