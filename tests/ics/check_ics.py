#!/usr/bin/env python3
"""Checks Machi's waste calendars with independent iCalendar libraries.

Usage: check_ics.py DIR

DIR holds pairs NAME.ics and NAME.expected.json. The JSON is

    {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "occurrences": [["YYYY-MM-DD", "summary"], ...]}

with `to` inclusive. Each calendar is parsed with `icalendar` and expanded over [from, to] with
`recurring-ical-events`; the (date, summary) pairs must be exactly the expected ones. Each event must also be
what Machi promises: an all-day DTSTART/DTEND pair one day apart, a stable UID of the form
`<area>-<category>-<n>@<city code>.machi`, FREQ first in every RRULE, and a display alarm with a relative
trigger before the start. Exits 1 listing every difference, 0 when all calendars match.

Needs Python 3.11 and, from PyPI: icalendar, recurring-ical-events.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import icalendar
import recurring_ical_events

UID = re.compile(r"^[A-Za-z0-9_-]+-[A-Za-z0-9_-]+-[0-9]+@[0-9]{6}\.machi$")


def raw_lines(text: str) -> list[str]:
    """Unfolded content lines (RFC 5545 3.1)."""
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def check_structure(name: str, text: str, cal: icalendar.Calendar) -> list[str]:
    problems = []
    if "\r\n" not in text or re.search(r"(?<!\r)\n", text):
        problems.append(f"{name}: lines must end with CRLF")
    for line in raw_lines(text):
        if line.startswith("RRULE") and not line.split(":", 1)[1].startswith("FREQ="):
            problems.append(f"{name}: RRULE does not start with FREQ: {line}")
    uids = set()
    for event in cal.walk("VEVENT"):
        uid = str(event.get("UID"))
        if not UID.match(uid):
            problems.append(f"{name}: UID {uid!r} is not <area>-<category>-<n>@<code>.machi")
        if uid in uids:
            problems.append(f"{name}: UID {uid} is used twice")
        uids.add(uid)
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if isinstance(start, dt.datetime) or not isinstance(start, dt.date):
            problems.append(f"{name}: {uid}: DTSTART is not an all-day date")
        elif end - start != dt.timedelta(days=1):
            problems.append(f"{name}: {uid}: DTEND is not the day after DTSTART")
        if "DTSTAMP" not in event:
            problems.append(f"{name}: {uid}: no DTSTAMP")
        alarms = list(event.walk("VALARM"))
        if len(alarms) != 1:
            problems.append(f"{name}: {uid}: {len(alarms)} alarms, expected 1")
        for alarm in alarms:
            trigger = alarm.decoded("TRIGGER")
            if str(alarm.get("ACTION")) != "DISPLAY":
                problems.append(f"{name}: {uid}: the alarm is not ACTION:DISPLAY")
            if not isinstance(trigger, dt.timedelta) or trigger >= dt.timedelta(0):
                problems.append(f"{name}: {uid}: the alarm trigger is not relative and before the start")
            if "DESCRIPTION" not in alarm:
                problems.append(f"{name}: {uid}: the alarm has no DESCRIPTION")
    return problems


def check_occurrences(name: str, cal: icalendar.Calendar, expected: dict) -> list[str]:
    start = dt.date.fromisoformat(expected["from"])
    end = dt.date.fromisoformat(expected["to"]) + dt.timedelta(days=1)
    got = []
    for event in recurring_ical_events.of(cal).between(start, end):
        day = event.decoded("DTSTART")
        if isinstance(day, dt.datetime):
            day = day.date()
        got.append((day.isoformat(), str(event.get("SUMMARY"))))
    got.sort()
    want = sorted((d, s) for d, s in expected["occurrences"])
    if got == want:
        return []
    problems = []
    missing = sorted(set(want) - set(got))
    extra = sorted(set(got) - set(want))
    for d, s in missing[:20]:
        problems.append(f"{name}: missing {d} {s}")
    for d, s in extra[:20]:
        problems.append(f"{name}: unexpected {d} {s}")
    if not missing and not extra:
        problems.append(f"{name}: an occurrence is repeated ({len(got)} found, {len(want)} expected)")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[1])
    pairs = sorted(folder.glob("*.ics"))
    if not pairs:
        print(f"check_ics: no .ics files in {folder}", file=sys.stderr)
        return 1
    problems = []
    occurrences = 0
    for ics in pairs:
        expected_path = ics.with_suffix(".expected.json")
        if not expected_path.exists():
            problems.append(f"{ics.name}: no {expected_path.name}")
            continue
        text = ics.read_bytes().decode("utf-8")
        cal = icalendar.Calendar.from_ical(text)
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        problems += check_structure(ics.name, text, cal)
        problems += check_occurrences(ics.name, cal, expected)
        occurrences += len(expected["occurrences"])
    for p in problems:
        print(p, file=sys.stderr)
    print(
        f"check_ics: {len(pairs)} calendars, {occurrences} collection days, "
        f"{len(problems)} problems (icalendar {icalendar.__version__})"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
