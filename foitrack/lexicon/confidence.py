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
    "bias": 2.461,
    "class_no": 0.296,
    "class_none": 0.172,
    "class_not_applicable": 0.35,
    "class_not_held": -0.293,
    "class_provided": -0.51,
    "class_refused": 0.694,
    "class_yes": -0.645,
    "how_default": -0.172,
    "how_first": 1.164,
    "how_later": 0.795,
    "how_offered": 0.822,
    "how_relied": -1.214,
    "how_shared": 0.354,
    "how_suppressed": 0.041,
    "how_table": -0.911,
    "how_yes_no_default": -0.814,
    "in_order": -0.382,
    "long": -1.086,
    "margin": 0.924,
    "mixed": -0.307,
    "question_like": -2.41,
    "redirected": 0.227,
    "score": 0.01,
    "shared": -2.025,
    "very_long": 0.01,
    "yes_no": 0.032,
}


def confidence(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The probability that a reading with these features is right, rounded to 3 places."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def is_uncertain(value: float | None) -> bool:
    """True for a confidence below UNCERTAIN_BELOW (None, from a database before m005, is not uncertain)."""
    return value is not None and value < UNCERTAIN_BELOW
