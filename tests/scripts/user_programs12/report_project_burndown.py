import enum
import random
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from functools import total_ordering
from typing import Optional


class Status(enum.Enum):
    TODO = "todo"
    DOING = "in progress"
    REVIEW = "in review"
    DONE = "done"

    def __str__(self):
        return self.value


@total_ordering
class Priority(enum.Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


@dataclass
class Task:
    key: str
    title: str
    points: int
    priority: Priority
    status: Status = Status.TODO
    assignee: Optional[str] = None
    done_day: Optional[int] = None
    notes: list[str] = field(default_factory=list)


def make_sprint(seed=42):
    rng = random.Random(seed)
    verbs = ["Refactor", "Implement", "Fix", "Document", "Benchmark", "Remove", "Migrate"]
    things = ["the billing webhook retry logic", "CSV export of monthly statements",
              "flaky login test on CI", "the onboarding email template and its translations",
              "legacy v1 endpoints", "cache invalidation for product pages", "search ranking"]
    people = ["kim", "lee", "max", None]
    tasks = []
    for i in range(14):
        t = Task(f"PRJ-{101 + i}", f"{rng.choice(verbs)} {rng.choice(things)}", rng.choice([1, 2, 3, 5, 8]),
                 rng.choice(list(Priority)), assignee=rng.choice(people))
        roll = rng.random()
        if roll < 0.5:
            t.status, t.done_day = Status.DONE, rng.randint(1, 9)
        elif roll < 0.65:
            t.status = Status.REVIEW
        elif roll < 0.85:
            t.status = Status.DOING
        if rng.random() < 0.3:
            t.notes.append("Blocked for two days waiting on the platform team to provision the new queue; "
                           "re-estimated after the design review.")
        tasks.append(t)
    return tasks


tasks = make_sprint()
DAYS = 10
total = sum(t.points for t in tasks)
print(f"Sprint 23 — {len(tasks)} tasks, {total} points, {DAYS} days\n")

print("Burndown (ideal vs actual):")
remaining = total
for day in range(DAYS + 1):
    burned = sum(t.points for t in tasks if t.done_day == day)
    remaining -= burned
    ideal = Fraction(total) * (DAYS - day) / DAYS
    bar = "█" * remaining + "·" * max(0, round(ideal) - remaining)
    print(f"  day {day:2d} ideal {float(ideal):5.1f} actual {remaining:3d} {bar}")

print("\nBy status:")
by_status = Counter()
for t in tasks:
    by_status[t.status] += t.points
for st in Status:
    share = Fraction(by_status[st], total)
    print(f"  {str(st):<12}{by_status[st]:>4} pts  {share!s:>6}  {float(share):.0%}")

print("\nOpen work by priority:")
open_tasks = sorted((t for t in tasks if t.status is not Status.DONE),
                    key=lambda t: (t.priority, t.points), reverse=True)
for t in open_tasks:
    who = t.assignee or "(unassigned)"
    title = textwrap.shorten(t.title, width=38, placeholder="…")
    print(f"  {t.key} {t.priority.name:<6} {t.points:>2}p {title:<38} {who:<12} {t.status}")

print("\nNotes:")
for t in tasks:
    for note in t.notes:
        print(textwrap.fill(note, width=64, initial_indent=f"  {t.key}: ", subsequent_indent=" " * 11))

load = Counter()
for t in tasks:
    load[t.assignee or "unassigned"] += t.points
print("\nLoad:", ", ".join(f"{k}={v}" for k, v in sorted(load.items())))
velocity = Fraction(sum(t.points for t in tasks if t.status is Status.DONE), DAYS)
print(f"velocity {velocity} pts/day = {float(velocity):.2f}; "
      f"days to finish rest: {Fraction(total - by_status[Status.DONE]) / velocity if velocity else 'n/a'}")
print(max(Priority), min(Priority), Priority.HIGH > Priority.LOW, Priority.MEDIUM >= Priority.MEDIUM)
summary = textwrap.dedent("""\
    Summary:
        done   = {done}
        open   = {open}
    """).format(done=by_status[Status.DONE], open=total - by_status[Status.DONE])
print(summary, end="")
print(textwrap.indent(textwrap.wrap("Every task key: " + " ".join(t.key for t in tasks), 40)[1], "> "))
