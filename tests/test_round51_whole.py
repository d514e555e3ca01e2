"""Round 51 (whole-reply statements): a not-held statement covering a shared answer, a mail client's date column."""

from foitrack.extract.answers import extract_answers
from foitrack.extract.dates import extract_dates


def test_whole_not_held_covers_every_question_sharing_the_answer() -> None:
    text = (
        "You asked:\n1. How many boats do you own?\n2. What did the boats cost in 2024?\n\n"
        "The law gives two duties: to say whether information is held and to provide it.\n\n"
        "After a search, the office does not hold information within the scope of your request. "
        "You may wish to write to the harbour board, PO Box 12, Anytown AB1 2CD.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["not_held", "not_held"]


def test_mail_client_date_column_with_time_dates_the_reply() -> None:
    text = (
        "Records Team <records@example.org>          9 March 2025 at 14:20\n"
        "To: A Person <a@example.net>\nSubject: Your request\n\nDear Requester,\n\nThank you.\n"
    )
    found = [d for d in extract_dates(text) if d.role == "response"]
    assert found and found[0].value.isoformat() == "2025-03-09"
