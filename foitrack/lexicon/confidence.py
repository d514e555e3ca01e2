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
    "bias": 2.35,
    "class_no": 0.424,
    "class_none": -0.134,
    "class_not_applicable": -0.426,
    "class_not_held": -0.283,
    "class_provided": 0.168,
    "class_refused": 0.585,
    "class_yes": -0.276,
    "how_default": -0.407,
    "how_first": 1.027,
    "how_later": -0.038,
    "how_part_refusal": 0.102,
    "how_relied": -0.285,
    "how_shared": 0.473,
    "how_suppressed": 0.05,
    "how_table": -0.792,
    "how_yes_no_default": -0.564,
    "how_yes_no_later": 0.494,
    "long": -1.059,
    "margin": 1.001,
    "mixed": -0.857,
    "redirected": 0.25,
    "score": -0.271,
    "shared": -0.855,
    "yes_no": -0.406,
}


def confidence(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The probability that a reading with these features is right, rounded to 3 places."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def is_uncertain(value: float | None) -> bool:
    """True for a confidence below UNCERTAIN_BELOW (None, from a database before m005, is not uncertain)."""
    return value is not None and value < UNCERTAIN_BELOW
