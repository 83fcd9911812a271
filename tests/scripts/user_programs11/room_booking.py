"""Meeting-room booking with conflict detection, kept sorted with bisect."""
from __future__ import annotations

import bisect
from datetime import date, datetime, time, timedelta
from typing import List, NamedTuple, Optional


class Booking(NamedTuple):
    start: datetime
    end: datetime
    who: str

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


class Conflict(Exception):
    def __init__(self, new: Booking, existing: Booking) -> None:
        super().__init__(f"{new.who} overlaps {existing.who} "
                         f"({existing.start:%H:%M}-{existing.end:%H:%M})")
        self.existing = existing


class Room:
    OPEN = time(8, 0)
    CLOSE = time(18, 0)

    def __init__(self, name: str) -> None:
        self.name = name
        self.bookings: List[Booking] = []

    def book(self, day: date, start: str, minutes: int, who: str) -> Booking:
        s = datetime.combine(day, time.fromisoformat(start))
        b = Booking(s, s + timedelta(minutes=minutes), who)
        if b.start.time() < self.OPEN or b.end.time() > self.CLOSE or b.end.date() != day:
            raise ValueError(f"{who}: {start} for {minutes} min is outside opening hours")
        if day.weekday() >= 5:
            raise ValueError(f"{who}: {day:%A} is a weekend")
        i = bisect.bisect_left(self.bookings, b)
        for neighbour in self.bookings[max(0, i - 1):i + 1]:
            if neighbour.start < b.end and b.start < neighbour.end:
                raise Conflict(b, neighbour)
        self.bookings.insert(i, b)
        return b

    def free_slots(self, day: date, min_minutes: int = 30) -> List[str]:
        cursor = datetime.combine(day, self.OPEN)
        close = datetime.combine(day, self.CLOSE)
        slots = []
        for b in self.bookings:
            if b.start.date() != day:
                continue
            if b.start - cursor >= timedelta(minutes=min_minutes):
                slots.append(f"{cursor:%H:%M}-{b.start:%H:%M}")
            cursor = max(cursor, b.end)
        if close - cursor >= timedelta(minutes=min_minutes):
            slots.append(f"{cursor:%H:%M}-{close:%H:%M}")
        return slots

    def next_after(self, when: datetime) -> Optional[Booking]:
        i = bisect.bisect_right([b.start for b in self.bookings], when)
        return self.bookings[i] if i < len(self.bookings) else None


room = Room("Orion")
day = date(2024, 5, 14)
requests = [("09:00", 60, "ana"), ("10:30", 30, "ben"), ("09:30", 45, "cai"), ("12:00", 90, "dee"),
            ("07:30", 30, "eve"), ("13:30", 15, "fay"), ("17:30", 60, "gil"), ("10:00", 30, "hal")]
for start, mins, who in requests:
    try:
        b = room.book(day, start, mins, who)
        print(f"booked {who}: {b.start:%H:%M}-{b.end:%H:%M} ({b.duration})")
    except Conflict as e:
        print("Conflict:", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    room.book(date(2024, 5, 18), "10:00", 30, "sat")
except ValueError as e:
    print("ValueError:", e)

print("schedule:", [(b.who, b.start.strftime("%H:%M")) for b in room.bookings])
print("free:", room.free_slots(day))
print("free (2h):", room.free_slots(day, 120))
print("next after 11:00:", room.next_after(datetime(2024, 5, 14, 11, 0)))
print("next after 18:00:", room.next_after(datetime(2024, 5, 14, 18, 0)))
total = sum((b.duration for b in room.bookings), timedelta())
print("total booked:", total, "hours:", total / timedelta(hours=1))
print(day.isoformat(), day.strftime("%d %b %Y (%a)"), day.toordinal() - date(2024, 1, 1).toordinal())
print(date.fromisoformat("2024-12-25") - day, (day + timedelta(days=30)).month)
print(room.bookings[0]._replace(who="zed"), Booking._fields)
print(time(9, 5).isoformat(), time(23, 59, 59) > time(0), datetime(2024, 1, 1, 12).isoformat(timespec="minutes"))
try:
    time.fromisoformat("25:00")
except ValueError as e:
    print("ValueError:", e)
