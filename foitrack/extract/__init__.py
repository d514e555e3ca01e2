"""Run every extractor over one document's normalised text.

Extractors are plain functions of text (and, for some, the reader's metadata such as
email headers); this module only decides the order they run in and what each one
learns from the others: the questions' spans (those of the request quoted or restated
where none is answered) keep the requester's text out of the money and sections found,
and the answering body's nation decides which Act's section numbers apply.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, ValuesView
from dataclasses import replace
from typing import TypeVar

from foitrack.models import Amount, Answer, AuthorityFinding, DateFinding, Exemption, Extraction, Reference, Span

Spanned = TypeVar("Spanned", AuthorityFinding, Reference, DateFinding, Exemption)

__all__ = ["extract_all", "warm_up_extractors"]


def extract_all(text: str, meta: Mapping[str, str] | None = None, hint: str | None = None) -> Extraction:
    """Everything foitrack can read out of one reply's normalised text."""
    # Imported here, not at the top: importing any module of this package (the gazetteer, say)
    # would otherwise compile every extractor's patterns, ~90 ms on each command's start-up.
    from foitrack.extract.answers import extract_answers
    from foitrack.extract.authority import extract_authority
    from foitrack.extract.dates import extract_dates, mail_thread_reply, outside_thread_replies
    from foitrack.extract.exemptions import detect_regime, extract_exemptions
    from foitrack.extract.money import extract_amounts
    from foitrack.extract.outcome import decide_outcome
    from foitrack.extract.reference import extract_reference
    from foitrack.extract.segment import request_spans
    from foitrack.text.ocr_figures import read_ocr_figures
    from foitrack.text.view import reading_view

    meta = meta or {}
    # Wrapped lines joined and page furniture blanked, offsets kept: the same reply in any format reads the same.
    # ... and figures a scan's OCR damaged read as their digits ("£4I,2O8" as "£41,208"), offsets kept too.
    written = reading_view(text).text
    text = read_ocr_figures(written)
    answers = extract_answers(text)
    question_spans = [(a.question_span.start, a.question_span.end) for a in answers if a.question_span]
    answer_spans = [(a.text_span.start, a.text_span.end) for a in answers if a.text_span]
    # the request quoted or restated is the requester's too: an acknowledgement's, or one an answer restates above it
    # (not an answer's own text: a reply quoted under the asker's later message reads like a quoted request)
    question_spans += [
        span for span in request_spans(text, bool(answers)) if span not in question_spans and span not in answer_spans
    ]
    authority = extract_authority(text, meta, hint)
    regime = detect_regime(text, authority.nation if authority else None)
    # in a mail thread saved oldest first, the sections and the verdict are its reply's (not a refusal it superseded)
    reply = reply_alone(text, mail_thread_reply(text))
    exemptions = extract_exemptions(reply, regime, exclude=question_spans)
    dates = extract_dates(text, meta)
    extraction = Extraction(
        authority=authority,
        reference=extract_reference(text, meta),
        request_date=next((d for d in dates if d.role == "request"), None),
        response_date=next((d for d in dates if d.role == "response"), None),
        periods=tuple(d for d in dates if d.role == "period"),
        # on a thread page, a sum outside the body's replies is no answer's (a grant's limit in a clarification)
        amounts=tuple(extract_amounts(text, question_spans, outside_thread_replies(text), answer_spans)),
        answers=tuple(answers),
        exemptions=tuple(exemptions),
        outcome=decide_outcome(reply, answers, exemptions),
        regime=regime,
    )
    return extraction if text == written else quoted_as_written(extraction, written)


def reply_alone(text: str, reply: tuple[int, int] | None) -> str:
    """`text` with all but text[start:end] of `reply` blanked (line breaks kept, so offsets hold); `text` for None.

    >>> reply_alone("ask\\nreply\\nthanks", (4, 9))
    '   \\nreply\\n      '
    """
    if reply is None:
        return text
    start, end = reply
    return re.sub(r"[^\n]", " ", text[:start]) + text[start:end] + re.sub(r"[^\n]", " ", text[end:])


def quoted_as_written(extraction: Extraction, written: str) -> Extraction:
    """`extraction` with every quote taken from `written`, the text before OCR-damaged figures were read as digits.

    The reading keeps every offset, so each span's words are re-read where they stand: the evidence shows
    "£4I,2O8" as the letter has it, beside the 41,208 read from it.
    """

    def span(found: Span) -> Span:
        return replace(found, quote=written[found.start : found.end])

    def maybe(found: Span | None) -> Span | None:
        return found and span(found)

    def amount(found: Amount) -> Amount:
        text = written[found.span.start : found.span.end] if found.text == found.span.quote else found.text
        return replace(found, span=span(found.span), text=text)

    def answer(found: Answer) -> Answer:
        def same(value: str, old: Span | None) -> str:
            return written[old.start : old.end] if old is not None and value == old.quote else value

        return replace(
            found,
            span=maybe(found.span),
            quote=same(found.quote, found.span),
            question_span=maybe(found.question_span),
            question=same(found.question, found.question_span),
            text_span=maybe(found.text_span),
            text=same(found.text, found.text_span),
        )

    def spanned(found: Spanned) -> Spanned:
        return replace(found, span=found.span and span(found.span))

    return replace(
        extraction,
        authority=extraction.authority and spanned(extraction.authority),
        reference=extraction.reference and spanned(extraction.reference),
        request_date=extraction.request_date and spanned(extraction.request_date),
        response_date=extraction.response_date and spanned(extraction.response_date),
        periods=tuple(spanned(found) for found in extraction.periods),
        amounts=tuple(amount(found) for found in extraction.amounts),
        answers=tuple(answer(found) for found in extraction.answers),
        exemptions=tuple(spanned(found) for found in extraction.exemptions),
    )


def warm_up_extractors() -> None:
    """Import every extractor, load the gazetteer and compile every lexicon cue (and normalise's column titles) now,
    e.g. before forking workers.

    Extracting from an empty text does the first two: every extractor is imported, and the
    authority extractor loads the gazetteer before it looks at the text. A cue compiles its pattern
    on first use, so one compiled here is not compiled again in each worker (a tenth of a short batch's work).
    """
    from foitrack.lexicon import Cue, Lexicon
    from foitrack.normalize import normalise

    extract_all(normalise("  "))  # normalise compiles its column titles' pattern on a first text holding two spaces

    lexicons = [module for name, module in sys.modules.items() if name.startswith("foitrack.lexicon.")]
    for value in (value for module in lexicons for value in vars(module).values()):
        # a cue held alone, in a Lexicon, or in a tuple, list or dict of cues
        held = value.cues if isinstance(value, Lexicon) else value.values() if isinstance(value, dict) else value
        for cue in held if isinstance(held, tuple | list | ValuesView) else (value,):
            if isinstance(cue, Cue):
                _ = cue.compiled, cue.folded
