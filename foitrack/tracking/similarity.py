"""How alike two texts or two names are: word overlap for questions, a key for body names. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from foitrack.lexicon.authority import LEGAL_FORMS

WORD = re.compile(r"[a-z0-9]+")
LEGAL_FORM_WORDS = frozenset(word.lower() for word in LEGAL_FORMS.words)


def word_overlap(a: str, b: str) -> float:
    """How much two texts share their words: |common| / |all| (0..1)."""
    words_a, words_b = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    every = words_a | words_b
    return len(words_a & words_b) / len(every) if every else 0.0


def question_similarity(reply_questions: Iterable[str], request_questions: Iterable[str]) -> float:
    """How well a reply's questions match a request's: mean best word overlap per request question."""
    replies = [q for q in reply_questions if q.strip()]
    requests = [q for q in request_questions if q.strip()]
    if not replies or not requests:
        return 0.0
    best = [max(word_overlap(asked, answered) for answered in replies) for asked in requests]
    return sum(best) / len(best)


def name_key(name: str) -> str:
    """A body name for comparing: lower case, words only, "&" read as "and", a company's legal form at the end
    dropped (a reply may sign "X Limited" where the request went to "X")."""
    words = WORD.findall(name.lower().replace("&", "and"))
    if len(words) > 1 and words[-1] in LEGAL_FORM_WORDS:
        words.pop()
    return " ".join(words)
