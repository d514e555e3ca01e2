"""Build foitrack's sample FOI replies: one request, many answers, every common format.

Scenario: the request "Modern slavery funding and leads" (five numbered questions, see
REQUEST_TEXT) was sent to UK public bodies on 8 January 2024. This script writes the request
to <out_dir>/request.txt and one reply per body to <out_dir>/replies/, in the formats replies
really arrive in: plain text (UTF-8 and Windows-1252), Markdown, HTML, text PDF, image-only PDF,
DOCX and email (.eml), plus an acknowledgement email that answers nothing.

Invariants:
- Every word of every letter is invented for these samples. Bodies are real; officers, amounts,
  references, telephone numbers (Ofcom drama ranges) and document titles are not.
- Output is deterministic: fixed dates, PDF metadata, email headers and MIME boundaries, and
  DOCX zip entry timestamps, so a rebuild gives byte-identical files.
- Only fpdf2, pillow and python-docx are needed; DejaVu Sans is used when installed, otherwise
  core Helvetica (latin-1, which still has "£").

Run: .venv/bin/python samples/make_samples.py [OUT_DIR]   (default: the samples/ folder)
"""

from __future__ import annotations

import io
import random
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.shared import Pt
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

SAMPLES_DIR = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ZIP_TIMESTAMP = (2024, 2, 12, 9, 0, 0)
SCAN_DPI = 150
A4_AT_SCAN_DPI = (1240, 1754)

# ---------------------------------------------------------------------------------------------
# The request
# ---------------------------------------------------------------------------------------------

REQUEST_TEXT = """\
To: Freedom of Information Officer
From: Alex Rowan <alex.rowan@example.org>
Sent: Monday 8 January 2024
Subject: Freedom of Information request - Modern slavery funding and leads

Dear Freedom of Information Officer,

I am writing to ask for information under the Freedom of Information Act 2000 or, if you are a
Scottish public authority, the Freedom of Information (Scotland) Act 2002.

Q1. Does the authority have a named lead or single point of contact for modern slavery?
    Please answer yes or no.
Q2. If so, which team or department is the lead based in?
Q3. How much funding did the authority allocate to modern slavery work in each of the
    financial years 2021-22, 2022-23 and 2023-24? Please give a figure for each year.
Q4. Does the authority have a modern slavery strategy or action plan? If so, please provide
    a copy or a link to it.
Q5. How many staff received modern slavery training in calendar year 2023?

By "modern slavery work" I mean any activity meant to prevent, spot or respond to modern
slavery and human trafficking: victim support, awareness raising, staff training and
partnership coordination all count. Money spent through a partnership can be included if you
are able to say what share came from your own budget.

Should one question push the request over the cost limit, please say which one and answer
the others; I am glad to narrow the request with you.

A reply by email, in an accessible electronic format, would suit me best.

Yours faithfully,

Alex Rowan
"""

# ---------------------------------------------------------------------------------------------
# The letters. Markup understood by the PDF writer: a line "# text" is a bold heading and
# **text** is bold inside a line; a line "---page---" starts a new page.
# ---------------------------------------------------------------------------------------------

BRISTOL_LETTER = """\
# Bristol City Council
Information Rights Team
City Hall, College Green, Bristol BS1 5TR
foi@bristol.gov.uk | 0117 496 0153

Alex Rowan
By email: alex.rowan@example.org

Our ref: FOI-2024-0153
2 February 2024

Dear Alex Rowan,

# Freedom of Information Act 2000 – modern slavery funding and leads

Thank you for your request received on 8 January 2024. Our searches are now complete. Each \
of your questions is repeated below, followed by the council's answer.

**You asked:** Does the authority have a named lead or single point of contact for modern \
slavery?
**Answer:** Yes. The council employs a Modern Slavery Coordinator, who is the single point of \
contact for council staff, partner agencies and the Home Office.

**You asked:** Which team is the lead based in?
**Answer:** The coordinator is part of the Community Safety Team in the Communities and Public \
Health directorate, and reports to the Safer Bristol Partnership.

**You asked:** How much funding did the authority allocate to modern slavery work in each of \
the financial years 2021-22, 2022-23 and 2023-24?
**Answer:** The allocation pays mainly for the coordinator post, with a small sum for \
awareness materials:
    2021-22: £38,500
    2022-23: £41,200
    2023-24: £45,000 (budget; the year has not yet closed)
Time spent on modern slavery cases by safeguarding social workers in Adult and Children's \
Services is not costed separately and is not included in these figures.
---page---
**You asked:** Does the authority have a modern slavery strategy or action plan? If so, please \
provide a copy.
**Answer:** Yes. The Bristol Modern Slavery Action Plan 2023-2026 was agreed by the Safer \
Bristol Partnership board in June 2023. We enclose a copy as a separate PDF.

**You asked:** How many staff received modern slavery training in 2023?
**Answer:** 286. This counts staff who finished either the classroom awareness session or the \
council's e-learning module between 1 January and 31 December 2023.

# Reusing this information
Unless a third party's rights are noted above, the material in this reply is released under \
the Open Government Licence v3.0.

# If you are not satisfied
Please ask for an internal review within 40 working days of the date of this letter, by \
writing to the Information Rights Team at the address above. If the review does not settle \
the matter, the Information Commissioner's Office can consider a complaint; see ico.org.uk \
for how to raise one.

Yours sincerely,

Gareth Penhaligon
Information Rights Officer
"""

ESSEX_LETTER = """\
# Office of the Police, Fire and Crime Commissioner for Essex
Kelvedon Park, London Road, Rivenhall, Witham CM8 3HB
foi@essex.pfcc.police.uk

Reference: PFCC FOI 003/2024
Date of response: 31 January 2024

# RESPONSE TO FREEDOM OF INFORMATION REQUEST

Request received: 8 January 2024
Subject: Modern slavery funding and leads

The Commissioner's office has considered your request under the Freedom of Information Act \
2000. Our response to each part follows.

# Question 1 - named lead or single point of contact
Our response: Yes. Our Head of Commissioning is the office's single point of contact on \
modern slavery and exploitation.

# Question 2 - team
Our response: Commissioning and Partnerships.

# Question 3 - funding 2021-22 to 2023-24
Our response: The Commissioner does not set a budget line for modern slavery alone. Victims \
are supported through the commissioned victim care service and a specialist exploitation \
service, which are funded jointly with Essex Police. The Commissioner's share for work with \
victims of exploitation, modern slavery included, was approximately £1.2m over three years \
(2021-22 to 2023-24). Splitting that sum by year and by type of exploitation would mean \
going through individual grant claims by hand, so we have not done so.

# Question 4 - strategy or action plan
Our response: No. There is no separate modern slavery strategy. The Police and Crime Plan \
commits the Commissioner to tackling exploitation, and the plan is on our website.

# Question 5 - staff trained in 2023
Our response: Not held. The office does not record training by subject. Training for police \
officers and police staff is a matter for Essex Police, a separate public authority under the \
Act; you may wish to send this question to Essex Police directly.

You may reuse this information under the Open Government Licence. If you are unhappy with \
this response you can ask us for an internal review within 40 working days, and after that \
you may complain to the Information Commissioner.

Freedom of Information Officer
"""

NORFOLK_LETTER = """\
NORFOLK COUNTY COUNCIL
County Hall, Martineau Lane, Norwich NR1 2DH
Information Compliance Team - foi@norfolk.gov.uk

Ref: NCC/FOI/2024/0089
1st February 2024

Dear Alex Rowan

Request for information - modern slavery

I write about your request, which we received on 8th January 2024. Please see our answers \
under each heading.

1a) Is there a named lead or single point of contact for modern slavery?
No. The council does not have a dedicated lead. Concerns about modern slavery are dealt with \
through our usual adult and children's safeguarding routes.

1b) Which team is the lead based in?
Not applicable, as there is no lead.

2) Funding allocated in 2021-22, 2022-23 and 2023-24
£0. No funding was set aside specifically for modern slavery in any of the three years.

3) Strategy or action plan
No. Modern slavery is covered in the Norfolk Safeguarding Adults Board multi-agency \
procedures, which are published on the Board's website.

4) Number of staff trained in 2023
Modern slavery is one topic within our general safeguarding courses and attendance is not \
logged by topic, so the number is not held under section 1(1)(a) of the Act.

The information in this letter may be reused under the Open Government Licence. Should you \
wish to challenge this response, please ask for an internal review within 40 working days. \
You also have the right to complain to the Information Commissioner once our review process \
is finished.

Yours sincerely

Sunita Vellacott
Information Compliance Officer
"""

KENT_LETTER = """\
KENT COUNTY COUNCIL
Information Resilience and Transparency Team
Sessions House, County Hall, Maidstone ME14 1XQ
Email: freedomofinformation@kent.gov.uk

Reference: FOI/24/0212
Date: 05/02/2024

Dear Alex Rowan

FREEDOM OF INFORMATION ACT 2000 – REQUEST FOR INFORMATION

Thank you for your request dated 08/01/2024. Kent County Council holds the information you \
asked for, and we have put each answer straight after the question it belongs to.

1. Named lead or single point of contact? – Yes.

2. Which team is the lead based in? – Community Safety, part of the Growth, Environment and \
Transport directorate.

3. Funding for 2021-22, 2022-23 and 2023-24? – The council pays for a part-time Modern \
Slavery Coordinator (0.4 FTE) at £12.5k per annum in each of the three years. In 2022-23 it \
also made a one-off payment of £8,000 towards the Kent and Medway anti-slavery partnership’s \
“Spot the Signs” campaign. Total over the three years: £45,500.

4. Strategy or action plan? – No. KCC has no strategy of its own; it works to the \
partnership’s shared delivery plan, which Kent Police holds. You may wish to ask Kent Police \
for a copy.

5. Staff trained in 2023? – Approximately 540 staff, counting both e-learning and the \
half-day workshop.

Re-use: you are free to re-use this information under the terms of the Open Government \
Licence.

Review and complaints: if you would like us to look at your request again, email the team \
above within 40 working days of this letter. After that, the Information Commissioner can \
look at a complaint about the way we dealt with your request.

Yours sincerely

Imogen Tadworth
Information Access Officer
"""

CORNWALL_LETTER = """\
Cornwall Council
Information Governance - Data Protection and FOI
New County Hall, Treyew Road, Truro TR1 3AY
foi@cornwall.gov.uk

Case reference: 101012045
Date: 22.01.2024

Dear Alex Rowan,

Freedom of Information request: Modern slavery funding and leads

We received your request on 8 January 2024 and have dealt with it under the Freedom of \
Information Act 2000.

Following searches by Community Safety, Adult Social Care and Finance, Cornwall Council does \
not hold any of the information you asked for. Under section 1(1)(a) of the Act we confirm \
that no recorded information is held for questions 1, 2, 3, 4 or 5. This email serves as a \
refusal notice for the purposes of section 17(1).

Q1 (named lead) - Not held.
Q2 (team) - Not held.
Q3 (funding 2021-22, 2022-23, 2023-24) - Not held.
Q4 (strategy or action plan) - Not held.
Q5 (staff trained in 2023) - Not held.

Advice and assistance (section 16): in Cornwall, multi-agency work on exploitation is \
coordinated by the Safer Cornwall partnership, and the lead agency for modern slavery \
investigations is Devon and Cornwall Police. The police may hold some of what you are \
looking for, and you can send them a request of your own.

You have the right to request an internal review of this decision. Please write to us within \
40 working days. If you are still dissatisfied after the review you may take the matter to \
the Information Commissioner.

Kind regards

Tamsin Pollard
Information Governance Officer
"""

SHEFFIELD_LETTER = """\
SHEFFIELD CITY COUNCIL
Information Management, Town Hall, Pinstone Street, Sheffield S1 2HH
FOI@sheffield.gov.uk

FOI / 1378
6 Feb 2024

Freedom of Information Act 2000 - Modern slavery funding and leads

Dear Requester,

This is our response to the request you sent us on 8 Jan 2024. We can answer most of it. The \
training figure is not held, and the draft action plan is withheld for the reasons given \
below, so this is a partial response.

REQUEST
Q1. Does the authority have a named lead or single point of contact for modern slavery? \
(yes/no)

RESPONSE
Yes.

REQUEST
Q2. Which team is the lead based in?

RESPONSE
The Community Safety Team in Neighbourhood Services.

REQUEST
Q3. How much funding did the authority allocate to modern slavery work in each of the \
financial years 2021-22, 2022-23 and 2023-24?

RESPONSE
We allocated £22,000 in 2021-22, £22,000 in 2022-23 and £27,500 in 2023-24. The increase in \
2023-24 pays for an extra day a week of the coordinator's time.

REQUEST
Q4. Does the authority have a modern slavery strategy or action plan? If so, please provide \
a copy.

RESPONSE
Yes, in draft. The new Sheffield Modern Slavery Action Plan is due to be published in April \
2024. We are withholding the draft under section 22 (information intended for future \
publication). Taking the public interest into account, we think it is better for the agreed \
version to be published in full than for an unfinished draft to be released now.

REQUEST
Q5. How many staff received modern slavery training in 2023?

RESPONSE
Not held. Modern slavery is taught inside the council's wider safeguarding course, and the \
learning system does not record completions by topic. Under section 1(1)(a) we confirm the \
council does not hold this information.

If you are unhappy with this response, you may ask for an internal review within 40 working \
days. You can contact the Information Commissioner after the review is complete.

Information released under the Act may be reused under the Open Government Licence v3.0.

Information Management Team
Sheffield City Council
"""

GLASGOW_LETTER = """\
# Glasgow City Council

**Information and Data Protection Team** · City Chambers, George Square, Glasgow G2 1DU · \
foi@glasgow.gov.uk

Our Reference: FOI/24/00417
Date: 5th February 2024

Dear Requester

## Freedom of Information (Scotland) Act 2002 – your request about modern slavery

I refer to your request, which the council received on 8 January 2024. I have set out your \
questions and our answers below. Some of the information is not held and one part cannot be \
answered within the cost limit, so this is a partial response.

**Q1. Does the council have a named lead or single point of contact for modern slavery?**

Yes.

**Q2. Which team is the lead based in?**

Public Protection, within Glasgow City Health and Social Care Partnership.

**Q3. Funding allocated in 2021-22, 2022-23 and 2023-24**

| Financial year | Allocation |
|---|---|
| 2021-22 | Not held (see below) |
| 2022-23 | £62,000 |
| 2023-24 | £64,500 |

Until April 2022 trafficking and exploitation work was paid for from the general adult \
protection budget without a separate cost code, so the council cannot say what part of that \
budget went on modern slavery. In terms of section 17 of the Freedom of Information \
(Scotland) Act 2002 ("FOISA"), this letter gives you notice that the council does not hold \
the 2021-22 figure.

**Q4. Strategy or action plan**

Yes. The Glasgow Trafficking and Exploitation Action Plan 2023-26 is attached as a PDF.

**Q5. Staff trained in 2023**

Each service keeps its own training records, and they are spread over three systems. To give \
a single count we would need to check roughly 9,000 individual records; we estimate this at \
about 150 hours of staff time, which at £15 an hour comes to £2,250. That is far above the \
£600 limit set by the Freedom of Information (Fees for Required Disclosure) (Scotland) \
Regulations 2004, so under section 12(1) of FOISA the council is not obliged to answer this \
question. If you limited it to staff in Social Work Services, we expect we could answer it.

## Your right to ask for a review

If you are dissatisfied with this response, you may ask the council to review it. Your \
request must be in writing and reach us within 40 working days of receiving this letter; we \
will reply within 20 working days. If you are still dissatisfied after the review, you can \
apply to the Scottish Information Commissioner within six months, and an appeal on a point \
of law can be made to the Court of Session.

Iain McCorquodale
Information Officer
"""

GMP_LETTER = """\
# Greater Manchester Police – Freedom of Information response

| | |
|---|---|
| Reference Number | 000153/24 |
| Date of response | 12th February 2024 |
| Request received | 8 January 2024 |

Thank you for your request for information, which Greater Manchester Police (GMP) received on \
8 January 2024. I am sorry that this reply is later than the twenty working days the Act \
allows.

### Your questions and the force's answers

**1. Does the force have a named lead or single point of contact for modern slavery?**

Force response: Yes. The force's strategic lead is a Detective Superintendent in the Serious \
and Organised Crime Group. We are withholding the officer's name under section 40(2) of the \
Act: it is personal data, the officer is below chief officer rank and would not expect it to \
be released, and doing so would breach the data protection principles. Where that condition \
is met the exemption is absolute, so no public interest test applies.

**2. Which team is the lead based in?**

Force response: The Modern Slavery and Human Trafficking Unit, part of the Serious and \
Organised Crime Group.

**3. How much funding was allocated in 2021-22, 2022-23 and 2023-24?**

Force response: GMP has no ring-fenced modern slavery budget. The closest figures we hold \
are the staff costs of the dedicated unit:

- 2021-22: £612,000
- 2022-23: £648,000
- 2023-24: £701,000 (forecast outturn)

**4. Is there a strategy or action plan?**

Force response: Yes. The force works to an internal Modern Slavery and Human Trafficking \
Delivery Plan. A copy is attached; names of staff below the rank of superintendent have been \
redacted under section 40(2).

**5. How many staff were trained in 2023?**

Force response: 2,315 officers and staff completed the national modern slavery e-learning \
package in calendar year 2023.

### Complaint rights

You can ask GMP for an internal review of this decision within 40 working days. If you remain \
dissatisfied after the review, you may complain to the Information Commissioner. Information \
released by GMP may be reused under the Open Government Licence.

Information Compliance and Records Management Unit
Greater Manchester Police
"""

THURROCK_LETTER = """\
Dear Alex Rowan,

Freedom of Information request - modern slavery funding and leads
Our reference: 24-0062 FOI
Date: 2024-01-25

Thank you for your email of 8 January. I am sorry to tell you that Thurrock Council is \
refusing your request under section 12(1) of the Freedom of Information Act 2000, because \
the cost of complying would exceed the appropriate limit.

For local authorities the appropriate limit is £450, which represents 18 hours of work at \
the rate of £25 an hour set by the Fees Regulations. Your questions all concern the same \
subject, so we have taken them together when estimating the cost:

- Question 3 (funding by year): spending on modern slavery is not coded separately in our \
ledger. Officers would need to go through transactions in Adult Social Care, Children's \
Services, Housing and Community Safety for three financial years, which we estimate at 15 \
hours.
- Question 5 (staff trained in 2023): attendance is held on two separate training systems \
and on paper sign-in sheets for classroom sessions. Identifying modern slavery sessions and \
counting the people who attended would take around 12 hours.

Together this is about 27 hours, well over 18 hours. Once one part of a request exceeds the \
limit, the council is not required to deal with any part of it, so this email is a refusal \
notice under section 17(5) for the whole request.

Advice and assistance: if you send a new request containing only questions 1, 2 and 4, we \
expect to be able to answer it within the limit.

If you are unhappy with how your request was handled, you can ask for an internal review by \
replying to this email within 40 working days. Once the review is finished you may complain \
to the Information Commissioner.

Regards,

Ellis Marwood
Information Governance Officer
Thurrock Council, Civic Offices, New Road, Grays RM17 6SL
"""

ESSEX_COVER_NOTE = """\
Dear Alex Rowan,

The Commissioner's response to your Freedom of Information request of 8 January 2024 is \
attached as a PDF (our reference PFCC FOI 003/2024).

Kind regards,

Freedom of Information Officer
Office of the Police, Fire and Crime Commissioner for Essex
"""

CORNWALL_ACKNOWLEDGEMENT = """\
Dear Alex Rowan,

Thank you for contacting Cornwall Council. This is an automatic confirmation that your \
request "Modern slavery funding and leads" arrived on 8 January 2024 and has been logged as \
case 101012045.

We aim to reply within 20 working days, which means by 5 February 2024. If we need you to \
clarify anything, or if a fee applies, we will contact you before then.

Please quote the case number in any correspondence.

Information Governance
Cornwall Council
"""

CARDIFF_BEFORE_TABLE = (
    ("title", "Cyngor Caerdydd / Cardiff Council"),
    ("p", "Freedom of Information Team, County Hall, Atlantic Wharf, Cardiff CF10 4UW"),
    ("p", "foi@cardiff.gov.uk | 029 2018 0153"),
    ("p", "Ein cyf / Our ref: FOI19837"),
    ("p", "Dyddiad / Date: 29/01/2024"),
    ("p", "Dear Requester,"),
    ("h", "Re: Freedom of Information request – modern slavery funding and leads"),
    (
        "p",
        "Thank you for your email of 8 January, which we have dealt with under the Freedom of "
        "Information Act 2000. You are welcome to write to the council in Welsh or in English.",
    ),
    ("q", "Q1. Does the authority have a named lead or single point of contact for modern slavery?"),
    ("p", "Response: Yes."),
    ("q", "Q2. Which team is the lead based in?"),
    (
        "p",
        "Response: Adult Safeguarding, in the Adults, Housing and Communities directorate. The "
        "lead also chairs the council's internal ethical employment and modern slavery group.",
    ),
    (
        "q",
        "Q3. How much funding did the authority allocate to modern slavery work in each of the "
        "financial years 2021-22, 2022-23 and 2023-24?",
    ),
    (
        "p",
        "Response: The amounts are shown in the table below. The 2023-24 figure is the approved budget for the year.",
    ),
)

CARDIFF_TABLE = (
    ("Financial year", "Amount (£)", "Main use"),
    ("2021-22", "18,750", "Coordinator post (part-funded)"),
    ("2022-23", "21,000", "Coordinator post and a supply chain review"),
    ("2023-24", "24,300", "Coordinator post and training licences"),
    ("Total", "64,050", ""),
)

CARDIFF_AFTER_TABLE = (
    (
        "p",
        "Council officers also give time to the Cardiff and Vale of Glamorgan anti-slavery "
        "partnership. That time is not recorded as a separate cost.",
    ),
    ("q", "Q4. Does the authority have a modern slavery strategy or action plan? If so, please provide a copy."),
    (
        "p",
        "Response: Yes. Each year the council publishes a Modern Slavery and Ethical Employment "
        "Statement, which contains that year's action plan. Because it is already published, we "
        "are relying on section 21 of the Act and not sending a copy; you can find it by searching "
        'for "modern slavery statement" on the council\'s website.',
    ),
    ("q", "Q5. How many staff received modern slavery training in 2023?"),
    (
        "p",
        "Response: 1,142 staff completed the mandatory modern slavery e-learning module in "
        "2023, and a further 64 attended classroom sessions for first responders.",
    ),
    ("h", "Hawl i adolygiad / Right to a review"),
    (
        "p",
        "If you disagree with the way we handled your request, write to us within 40 working "
        "days and ask for an internal review. After that you may apply to the Information "
        "Commissioner.",
    ),
    ("p", "Unless we say otherwise, the information released may be reused under the Open Government Licence."),
    ("p", "Yn gywir / Yours sincerely"),
    ("p", "Rhian Prothero\nFreedom of Information Officer"),
)

LEEDS_HTML = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI response 5521907 - Leeds City Council</title>
<style>
  body { font-family: Arial, sans-serif; max-width: 46em; margin: 2em auto; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #999; padding: 0.3em 0.8em; text-align: left; }
  fieldset { margin: 1em 0; }
</style>
</head>
<body>
<header>
  <p><strong>Leeds City Council</strong><br>
  Information Governance, Merrion House, 110 Merrion Centre, Leeds LS2 8BB<br>
  <a href="mailto:foi@leeds.gov.uk">foi@leeds.gov.uk</a> &middot; 0113 496 0153</p>
  <p>Request ID: 5521907<br>
  Response date: Friday 26 January 2024</p>
</header>

<h1>Freedom of Information response: modern slavery funding and leads</h1>

<p>Dear Alex Rowan,</p>
<p>We received your request on 8 January 2024. We have filled in the council's standard
response form below, with one section for each of your questions.</p>

<form>
<fieldset>
  <legend>Q1. Does the authority have a named lead or single point of contact for modern
  slavery?</legend>
  <input type="checkbox" checked> Yes
  <input type="checkbox"> No
</fieldset>

<fieldset>
  <legend>Q2. Which team is the lead based in?</legend>
  <p>Safer Leeds, the council's community safety service, in the Communities, Housing and
  Environment directorate.</p>
</fieldset>

<fieldset>
  <legend>Q3. Funding allocated to modern slavery work</legend>
  <table>
    <thead><tr><th>Financial year</th><th>Amount</th><th>Notes</th></tr></thead>
    <tbody>
      <tr><td>2021-22</td><td>&pound;29,000</td><td>Coordinator post</td></tr>
      <tr><td>2022-23</td><td>£29,000</td><td>Coordinator post</td></tr>
      <tr><td>2023-24</td><td>£33,750</td><td>Coordinator post and survivor peer-support pilot</td></tr>
    </tbody>
  </table>
</fieldset>

<fieldset>
  <legend>Q4. Does the authority have a modern slavery strategy or action plan?</legend>
  <input type="checkbox" checked> Yes
  <input type="checkbox"> No
  <p>The Leeds Anti-Slavery Partnership Action Plan 2022-2025 is attached to this
  response.</p>
</fieldset>

<fieldset>
  <legend>Q5. How many staff received modern slavery training in 2023?</legend>
  <p>412</p>
</fieldset>
</form>

<h2>Reuse and your rights</h2>
<p>You are free to reuse this information under the Open Government Licence. To ask for an
internal review, contact us within 40 working days. You may then take a complaint to the
Information Commissioner.</p>

<p>Yours sincerely,<br>Information Governance Team</p>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocMeta:
    """Fixed metadata stamped into a generated PDF or DOCX so rebuilds are identical."""

    title: str
    author: str
    created: datetime


@dataclass(frozen=True)
class Envelope:
    """The headers of a sample email."""

    sender: str
    subject: str
    sent: datetime
    message_id: str


def write_text(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    """Write text with the given encoding and line ending; return the path."""
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def _font_family(pdf: FPDF) -> str:
    """Register DejaVu Sans (regular and bold) if installed; else fall back to Helvetica."""
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if not (regular.exists() and bold.exists()):
        return "Helvetica"
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    return "DejaVu"


class _LetterPdf(FPDF):
    """An A4 letter with a centred "Page n of m" footer."""

    family = "Helvetica"

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(self.family, size=8)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")


def _new_pdf(meta: DocMeta) -> _LetterPdf:
    """An empty letter PDF carrying fixed metadata."""
    pdf = _LetterPdf(format="A4")
    pdf.family = _font_family(pdf)
    pdf.set_title(meta.title)
    pdf.set_author(meta.author)
    pdf.set_creator("foitrack samples/make_samples.py")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(meta.created)
    pdf.set_lang("en-GB")
    pdf.set_margins(20, 20, 20)
    return pdf


def _write_pdf_line(pdf: _LetterPdf, line: str) -> None:
    """Write one line of letter markup: '# ' headings, **bold** spans, blank spacing."""
    if not line.strip():
        pdf.ln(3)
    elif line.startswith("# "):
        pdf.set_font(pdf.family, "B", 12)
        pdf.multi_cell(0, 6, line[2:], new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font(pdf.family, "", 10)
        pdf.multi_cell(0, 5, line, markdown=True, new_x="LMARGIN", new_y="NEXT")


def pdf_bytes(letter: str, meta: DocMeta) -> bytes:
    """Render letter markup as a text-layer PDF; '---page---' lines break pages."""
    pdf = _new_pdf(meta)
    for page in letter.split("---page---\n"):
        pdf.add_page()
        for line in page.splitlines():
            _write_pdf_line(pdf, line)
    return bytes(pdf.output())


def write_pdf(path: Path, letter: str, meta: DocMeta) -> Path:
    """Write letter markup to a text PDF; return the path."""
    path.write_bytes(pdf_bytes(letter, meta))
    return path


def _scan_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans at `size` pixels, or Pillow's built-in font when DejaVu is missing."""
    regular = FONT_DIR / "DejaVuSans.ttf"
    if regular.exists():
        return ImageFont.truetype(str(regular), size)
    return ImageFont.load_default(size=size)


def _wrap(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int) -> list[str]:
    """Greedy word wrap of one paragraph to a pixel width."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and font.getlength(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return lines + [current]


def _render_page(text: str) -> Image.Image:
    """Typeset a letter onto a white A4 page image, as a flatbed scan would show it."""
    page = Image.new("L", A4_AT_SCAN_DPI, 255)
    draw = ImageDraw.Draw(page)
    font = _scan_font(22)
    margin, y = 130, 140
    for paragraph in text.split("\n"):
        for line in _wrap(paragraph, font, A4_AT_SCAN_DPI[0] - 2 * margin) if paragraph else [""]:
            draw.text((margin, y), line, fill=30, font=font)
            y += 31
    return page


def _age_scan(page: Image.Image, seed: int) -> Image.Image:
    """Give a clean render the look of a scan: a slight skew and a few specks of dust."""
    rng = random.Random(seed)
    draw = ImageDraw.Draw(page)
    for _ in range(160):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        draw.point((x, y), fill=rng.randrange(90, 200))
    return page.rotate(0.7, resample=Image.Resampling.BICUBIC, fillcolor=250)


def write_scanned_pdf(path: Path, text: str, meta: DocMeta) -> Path:
    """Write the letter as an image-only PDF (no text layer): the "needs OCR" case."""
    image = _age_scan(_render_page(text), seed=89)
    image.save(
        path,
        "PDF",
        resolution=float(SCAN_DPI),
        title=meta.title,
        author=meta.author,
        creator="foitrack samples/make_samples.py",
        producer="Pillow",
        creationDate=meta.created.utctimetuple(),
        modDate=meta.created.utctimetuple(),
    )
    return path


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry timestamps, so python-docx output is reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def _add_blocks(document: DocxDocument, blocks: tuple[tuple[str, str], ...]) -> None:
    """Append (kind, text) blocks: 'title', 'h' heading, 'q' bold question, 'p' paragraph."""
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, level=0)
        elif kind == "h":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph().add_run(text).bold = kind == "q"


def _add_table(document: DocxDocument, rows: tuple[tuple[str, ...], ...]) -> None:
    """Append a bordered table whose first row is a bold header."""
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for index, values in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.paragraphs[0].add_run(value).bold = index == 0


def _stamp_core_properties(document: DocxDocument, meta: DocMeta) -> None:
    """Fix the DOCX core properties that would otherwise record today's date."""
    props = document.core_properties
    props.title, props.author, props.last_modified_by = meta.title, meta.author, meta.author
    props.created = props.modified = props.last_printed = meta.created.replace(tzinfo=None)
    props.revision = 1


def write_docx(path: Path, meta: DocMeta) -> Path:
    """Write the Cardiff reply: paragraphs, a table of amounts, more paragraphs."""
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    _add_blocks(document, CARDIFF_BEFORE_TABLE)
    _add_table(document, CARDIFF_TABLE)
    _add_blocks(document, CARDIFF_AFTER_TABLE)
    _stamp_core_properties(document, meta)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_normalise_zip(buffer.getvalue()))
    return path


def build_email(envelope: Envelope, body: str) -> EmailMessage:
    """A plain-text email to the requester with fixed headers."""
    msg = EmailMessage()
    msg["From"] = envelope.sender
    msg["To"] = "Alex Rowan <alex.rowan@example.org>"
    msg["Subject"] = envelope.subject
    msg["Date"] = format_datetime(envelope.sent)
    msg["Message-ID"] = envelope.message_id
    msg["In-Reply-To"] = "<modern-slavery-2024-01-08@example.org>"
    msg.set_content(body)
    return msg


def write_eml(path: Path, msg: EmailMessage) -> Path:
    """Write an email as RFC 5322 bytes with CRLF line endings; return the path."""
    path.write_bytes(msg.as_bytes(policy=SMTP))
    return path


# ---------------------------------------------------------------------------------------------
# One builder per sample file: each takes the replies folder and returns the path it wrote.
# ---------------------------------------------------------------------------------------------


def _at(day: int, month: int = 2, hour: int = 10, minute: int = 0) -> datetime:
    """A fixed UTC moment in early 2024 (UK winter time equals UTC)."""
    return datetime(2024, month, day, hour, minute, tzinfo=UTC)


def build_bristol(folder: Path) -> Path:
    """Bristol City Council: two-page text PDF, "You asked / Answer" layout, all answered."""
    meta = DocMeta("FOI-2024-0153 response", "Bristol City Council", _at(2))
    return write_pdf(folder / "bristol-city-council.pdf", BRISTOL_LETTER, meta)


def build_cardiff(folder: Path) -> Path:
    """Cardiff Council: DOCX, "Q1. / Response:" layout with a table of amounts."""
    meta = DocMeta("FOI19837 response", "Cardiff Council", _at(29, month=1))
    return write_docx(folder / "cardiff-council.docx", meta)


def build_glasgow(folder: Path) -> Path:
    """Glasgow City Council: Markdown, FOISA, s.17 not held for 2021-22, s.12 at £600 for Q5."""
    return write_text(folder / "glasgow-city-council.md", GLASGOW_LETTER)


def build_kent(folder: Path) -> Path:
    """Kent County Council: Windows-1252 text with CRLF line ends, inline answers."""
    return write_text(folder / "kent-county-council.txt", KENT_LETTER, "cp1252", "\r\n")


def build_gmp(folder: Path) -> Path:
    """Greater Manchester Police: Markdown, late reply, a name withheld under s.40(2)."""
    return write_text(folder / "greater-manchester-police.md", GMP_LETTER)


def build_essex(folder: Path) -> Path:
    """Essex PFCC: covering email with the reply as a PDF attachment."""
    sender = "Essex PFCC Freedom of Information <foi@essex.pfcc.police.uk>"
    subject = "RE: Freedom of Information request - Modern slavery funding and leads [PFCC FOI 003/2024]"
    envelope = Envelope(
        sender, subject, _at(31, month=1, hour=14, minute=22), "<pfcc-foi-003-2024.reply@essex.pfcc.police.uk>"
    )
    msg = build_email(envelope, ESSEX_COVER_NOTE)
    meta = DocMeta("PFCC FOI 003/2024 response", "Police, Fire and Crime Commissioner for Essex", _at(31, 1))
    msg.add_attachment(
        pdf_bytes(ESSEX_LETTER, meta), maintype="application", subtype="pdf", filename="PFCC-FOI-003-2024-response.pdf"
    )
    msg.set_boundary("==foitrack-sample-essex-pfcc==")
    return write_eml(folder / "essex-pfcc.eml", msg)


def build_norfolk(folder: Path) -> Path:
    """Norfolk County Council: image-only PDF (a scan with no text layer), "1a)" numbering."""
    meta = DocMeta("Scanned document", "Norfolk County Council", _at(1))
    return write_scanned_pdf(folder / "norfolk-county-council-scanned.pdf", NORFOLK_LETTER, meta)


def build_leeds(folder: Path) -> Path:
    """Leeds City Council: HTML form with yes/no checkboxes and a table of amounts."""
    return write_text(folder / "leeds-city-council.html", LEEDS_HTML)


def build_cornwall(folder: Path) -> Path:
    """Cornwall Council: UTF-8 text, every question not held under s.1(1)(a)."""
    return write_text(folder / "cornwall-council.txt", CORNWALL_LETTER)


def build_cornwall_ack(folder: Path) -> Path:
    """Cornwall Council: the automatic acknowledgement, which answers nothing."""
    envelope = Envelope(
        "Cornwall Council FOI <foi@cornwall.gov.uk>",
        "Acknowledgement: your request 101012045",
        _at(8, month=1, hour=16, minute=5),
        "<ack-101012045@cornwall.gov.uk>",
    )
    msg = build_email(envelope, CORNWALL_ACKNOWLEDGEMENT)
    msg["Auto-Submitted"] = "auto-replied"
    return write_eml(folder / "cornwall-council-acknowledgement.eml", msg)


def build_sheffield(folder: Path) -> Path:
    """Sheffield City Council: UTF-8 text, REQUEST/RESPONSE blocks, a partial response."""
    return write_text(folder / "sheffield-city-council.txt", SHEFFIELD_LETTER)


def build_thurrock(folder: Path) -> Path:
    """Thurrock Council: whole request refused under s.12 (£450, 18 hours) in the email body."""
    envelope = Envelope(
        "Thurrock Council Information Governance <foi@thurrock.gov.uk>",
        "FOI 24-0062 - Modern slavery funding and leads - refusal notice",
        _at(25, month=1, hour=11, minute=47),
        "<24-0062-foi@thurrock.gov.uk>",
    )
    return write_eml(folder / "thurrock-council.eml", build_email(envelope, THURROCK_LETTER))


BUILDERS: tuple[Callable[[Path], Path], ...] = (
    build_bristol,
    build_cardiff,
    build_glasgow,
    build_kent,
    build_gmp,
    build_essex,
    build_norfolk,
    build_leeds,
    build_cornwall,
    build_cornwall_ack,
    build_sheffield,
    build_thurrock,
)


def main(out_dir: Path = SAMPLES_DIR) -> list[Path]:
    """Write request.txt and replies/* under out_dir; return the paths written."""
    replies = out_dir / "replies"
    replies.mkdir(parents=True, exist_ok=True)
    written = [write_text(out_dir / "request.txt", REQUEST_TEXT)]
    return written + [build(replies) for build in BUILDERS]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLES_DIR
    for written_path in main(target):
        print(written_path)
