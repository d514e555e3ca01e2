"""Mark what an email carries besides the reply itself: quoted history, signature, disclaimers.

`mail_exclusions(text, subject)` finds, in an email's normalised text, the stretches a
reader skips: earlier mail quoted below the reply ("On 3 May, X wrote:" with ">" lines,
"-----Original Message-----", an Outlook "From: ... Sent: ..." block), the signature after a
"-- " line, and legal footers and disclaimers. The text itself is never changed: the
stretches are stored and shown, and `blank_out` gives the extractors the same text with
those stretches turned into spaces (line breaks kept), so every offset stays valid.

Rules:
- History runs from its opening line to the end of its section (the end of the text, or a
  "Forwarded message" line the email reader wrote). It is history only below some text
  of the reply's own; a message whose subject says it was forwarded ("Fwd:", "FW:") is
  the forwarded mail itself, so its Original Message block is read.
- ">" lines are quoted, with the "On ... wrote:" line above them, unless the reply's own
  words follow them: a reply written between the quoted questions keeps the questions.
- A signature runs from a line that is "--" alone to the next blank line after at most
  MAX_SIGNATURE_LINES lines (or the end of its section).
- A disclaimer is a paragraph (between blank lines) of at most MAX_DISCLAIMER characters
  that uses the wording of mail footers (confidentiality, sent in error, virus scanning...).
"""

from __future__ import annotations

import re

from foitrack.models import PAGE_BREAK, Excluded

MAX_SIGNATURE_LINES = 12
MAX_DISCLAIMER = 2000
MIN_OWN_WORDS = 3

# "Fwd: Your request", "FW: FOI 123" (the message is forwarded mail, not a reply quoting it)
FORWARDED_SUBJECT = re.compile(r"^\s*(?:re:\s*)*(?:fwd?|fw)\s*:", re.IGNORECASE)
# "---------- Forwarded message ----------" (written by the email reader between messages)
SECTION_BREAK = re.compile(r"^-{5,} ?Forwarded message ?-{5,}$")
# "-----Original Message-----", "----- Original message -----"
ORIGINAL_MESSAGE = re.compile(r"^\s*-{2,}\s*original message\s*-{2,}\s*$", re.IGNORECASE)
# "On Mon, 4 Mar 2024 at 09:00, Asker <a@example.net> wrote:" (up to two lines)
ON_WROTE = re.compile(r"^\s*On\b[^\n]{0,250}?\bwrote:\s*$", re.IGNORECASE)
# "From: Asker" followed by "Sent: 4 March" (an Outlook reply header)
FROM_LINE = re.compile(r"^\s*\*?From:\*?\s+\S", re.IGNORECASE)
SENT_LINE = re.compile(r"^\s*\*?(?:Sent|Date):\*?\s+\S", re.IGNORECASE)
# "> text", ">> text", " > text"
QUOTE_LINE = re.compile(r"^\s*>")
# "--" or "-- " alone on a line (the signature separator)
SIGNATURE_LINE = re.compile(r"^--\s*$")
# wording of mail footers: "This email and any attachments are confidential", "received this email in error"
DISCLAIMER = re.compile(
    r"\bthis (?:e-?mail|message|communication)\b[^.]{0,80}\b(?:is|are|may be) (?:strictly )?(?:confidential|privileged"
    r"|intended (?:solely|only))"
    r"|\bif you (?:have )?receive[ds]? this (?:e-?mail|message|communication)[^.]{0,40}\bin error"
    r"|\b(?:intended|meant) (?:solely|only) for the (?:use of the )?(?:addressee|named|individual|intended recipient)"
    r"|\b(?:has|have) been (?:scanned|checked|swept) for (?:viruses|malware|the presence of computer viruses)"
    r"|\bplease consider the environment before printing"
    r"|\bany (?:views|opinions) (?:or opinions )?(?:expressed|presented)\b"
    r"|\b(?:e-?mails?|communications?|messages?) (?:sent to|with|to and from)\b[^.]{0,80}\bmay be (?:monitored"
    r"|recorded|intercepted|disclosed)"
    r"|\b(?:unauthori[sz]ed|any) (?:use|disclosure|copying|dissemination|distribution)\b[^.]{0,60}\b(?:is )?"
    r"(?:strictly )?prohibited",
    re.IGNORECASE,
)


def mail_exclusions(text: str, subject: str = "") -> tuple[Excluded, ...]:
    """The stretches of an email's text to leave out of extraction, in order, not overlapping."""
    lines = _lines(text)
    found = _quoted_and_signatures(lines, len(text), forwarded=bool(FORWARDED_SUBJECT.match(subject)))
    found += _disclaimers(text, found)
    return _merge(found)


def blank_out(text: str, excluded: tuple[Excluded, ...]) -> str:
    """`text` with each excluded stretch turned into spaces; line and page breaks kept.

    >>> blank_out("ab\\ncd", (Excluded(1, 4, "quoted"),))
    'a \\n d'
    """
    if not excluded:
        return text
    pieces: list[str] = []
    last = 0
    for span in excluded:
        pieces.append(text[last : span.start])
        pieces.append(_spaces(text[span.start : span.end]))
        last = span.end
    pieces.append(text[last:])
    return "".join(pieces)


_NOT_BLANKED = re.compile(f"[^\\n{PAGE_BREAK}]")


def _spaces(piece: str) -> str:
    return _NOT_BLANKED.sub(" ", piece)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of `text`."""
    result: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        result.append((offset, line))
        offset += len(line) + 1
    return result


def _quoted_and_signatures(lines: list[tuple[int, str]], size: int, *, forwarded: bool) -> list[Excluded]:
    found: list[Excluded] = []
    own_words = 0
    index = 0
    ends = _section_ends(lines)
    while index < len(lines):
        offset, line = lines[index]
        if SECTION_BREAK.match(line):
            own_words = 0
            index += 1
            continue
        end_index = ends[index]
        end = lines[end_index][0] - 1 if end_index < len(lines) else size
        if QUOTE_LINE.match(line):
            last = index
            while last + 1 < len(lines) and (QUOTE_LINE.match(lines[last + 1][1]) or not lines[last + 1][1].strip()):
                last += 1
            while not lines[last][1].strip():
                last -= 1
            if not _answered_below(lines, last + 1, end_index):
                start = _attribution_above(lines, index)
                found.append(Excluded(start, lines[last][0] + len(lines[last][1]), "quoted"))
            index = last + 1
            continue
        if own_words >= MIN_OWN_WORDS and not forwarded and _opens_history(lines, index):
            found.append(Excluded(offset, end, "quoted"))
            index = end_index
            continue
        if own_words >= MIN_OWN_WORDS and SIGNATURE_LINE.match(line):
            stop = _signature_end(lines, index, end_index)
            stop_offset = lines[stop][0] - 1 if stop < len(lines) else size
            found.append(Excluded(offset, stop_offset, "signature"))
            index = stop
            continue
        own_words += len(line.split())
        index += 1
    return found


def _section_ends(lines: list[tuple[int, str]]) -> list[int]:
    """For each line, the index of the next section break after it (or len(lines)), in one pass."""
    ends = [len(lines)] * len(lines)
    following = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        ends[index] = following
        if SECTION_BREAK.match(lines[index][1]):
            following = index
    return ends


def _opens_history(lines: list[tuple[int, str]], index: int) -> bool:
    line = lines[index][1]
    if ORIGINAL_MESSAGE.match(line):
        return True
    if ON_WROTE.match(line) or (index + 1 < len(lines) and ON_WROTE.match(line + " " + lines[index + 1][1])):
        # "On ... wrote:" above ">" lines is handled with them (the reply may answer between them)
        following = _next_text_line(lines, index + (1 if ON_WROTE.match(line) else 2), len(lines))
        quoted_below = following < len(lines) and QUOTE_LINE.match(lines[following][1])
        return line.lstrip().lower().startswith("on ") and not quoted_below
    if FROM_LINE.match(line):
        return any(SENT_LINE.match(lines[later][1]) for later in range(index + 1, min(index + 4, len(lines))))
    return False


def _next_text_line(lines: list[tuple[int, str]], index: int, stop: int) -> int:
    while index < stop and not lines[index][1].strip():
        index += 1
    return index


def _answered_below(lines: list[tuple[int, str]], index: int, stop: int) -> bool:
    """True when the reply's own words follow a ">" block (an answer written between quotes):
    the quoted questions are then the reply's structure, not history to leave out."""
    following = _next_text_line(lines, index, stop)
    if following >= stop:
        return False
    line = lines[following][1]
    if SIGNATURE_LINE.match(line) or SECTION_BREAK.match(line) or _opens_history(lines, following):
        return False
    paragraph: list[str] = []  # the opening of the paragraph: a footer says what it is at once
    for later in range(following, min(stop, following + 4)):
        if not lines[later][1].strip():
            break
        paragraph.append(lines[later][1])
    return not DISCLAIMER.search("\n".join(paragraph)[:400])


def _attribution_above(lines: list[tuple[int, str]], index: int) -> int:
    """The offset of the "On ... wrote:" line just above a quote, or of the quote itself."""
    above = index - 1
    while above >= 0 and not lines[above][1].strip():
        above -= 1
    if above >= 0 and ON_WROTE.match(lines[above][1]):
        return lines[above][0]
    if above >= 1 and ON_WROTE.match(lines[above - 1][1] + " " + lines[above][1]):
        return lines[above - 1][0]
    return lines[index][0]


def _signature_end(lines: list[tuple[int, str]], index: int, section_end: int) -> int:
    """The index of the line after a signature that starts at `index`."""
    limit = min(section_end, index + 1 + MAX_SIGNATURE_LINES)
    for later in range(index + 1, limit):
        if not lines[later][1].strip() and later > index + 1:
            return later
    return limit


def _disclaimers(text: str, already: list[Excluded]) -> list[Excluded]:
    found: list[Excluded] = []
    for match in re.finditer(r"(?:[^\n]+\n?)+", text):
        start, end = match.start(), match.end()
        paragraph = match.group(0)
        if len(paragraph) > MAX_DISCLAIMER or any(s.start <= start and end <= s.end for s in already):
            continue
        if DISCLAIMER.search(paragraph):
            found.append(Excluded(start, end - (1 if paragraph.endswith("\n") else 0), "disclaimer"))
    return found


def _merge(spans: list[Excluded]) -> tuple[Excluded, ...]:
    """Sorted, with a stretch inside or overlapping an earlier one folded into it."""
    merged: list[Excluded] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Excluded(last.start, max(last.end, span.end), last.kind)
        else:
            merged.append(span)
    return tuple(merged)
