"""A job scheduler that runs recurring jobs on a simulated calendar."""
import heapq
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, List, Optional


@dataclass(order=True)
class Job:
    due: datetime
    seq: int
    name: str = field(compare=False)
    every: Optional[timedelta] = field(default=None, compare=False)
    runs: int = field(default=0, compare=False)
    limit: Optional[int] = field(default=None, compare=False)


class Scheduler:
    def __init__(self, start: datetime) -> None:
        self.now = start
        self.queue: List[Job] = []
        self.counter = 0
        self.log: List[str] = []

    def add(self, name: str, at: datetime, every: Optional[timedelta] = None, limit: Optional[int] = None) -> Job:
        if at < self.now:
            raise ValueError(f"cannot schedule {name} in the past ({at.isoformat()})")
        self.counter += 1
        job = Job(at, self.counter, name, every, 0, limit)
        heapq.heappush(self.queue, job)
        return job

    def run_until(self, end: datetime, hook: Callable[[Job, datetime], None]) -> int:
        executed = 0
        while self.queue and self.queue[0].due <= end:
            job = heapq.heappop(self.queue)
            self.now = job.due
            job.runs += 1
            hook(job, self.now)
            executed += 1
            if job.every and (job.limit is None or job.runs < job.limit):
                self.counter += 1
                job.due = job.due + job.every
                job.seq = self.counter
                heapq.heappush(self.queue, job)
        self.now = end
        return executed


def report(job: Job, when: datetime) -> None:
    print(f"{when:%Y-%m-%d %H:%M} {when.strftime('%a')} run #{job.runs} of {job.name}")


start = datetime(2024, 2, 27, 9, 0)
s = Scheduler(start)
s.add("backup", datetime(2024, 2, 28, 2, 0), every=timedelta(days=1))
s.add("heartbeat", start, every=timedelta(hours=6), limit=5)
s.add("report", datetime(2024, 3, 1, 8, 30))
s.add("cleanup", datetime(2024, 2, 29, 23, 45), every=timedelta(minutes=30), limit=3)
print("pending:", [j.name for j in sorted(s.queue)])
print(sorted(s.queue)[0])

n = s.run_until(datetime(2024, 3, 2), report)
print("executed", n, "jobs; now", s.now.isoformat())
print("remaining:", [(j.name, j.due.isoformat(sep=" ")) for j in sorted(s.queue)])

try:
    s.add("late", datetime(2024, 3, 1))
except ValueError as e:
    print("ValueError:", e)

gap = datetime(2024, 3, 1) - datetime(2024, 2, 1)
print("days in feb 2024:", gap.days, repr(gap))
print("week later:", (start + timedelta(weeks=1)).date(), (start + timedelta(weeks=1)).weekday())
d = timedelta(hours=25, minutes=3, seconds=7)
print(d, d.total_seconds(), str(-d))
print(datetime(2024, 3, 1, 8, 30) > datetime(2024, 3, 1, 8, 29, 59))
print(datetime.fromisoformat("2024-03-05T14:15:00").strftime("%d/%m/%Y %I:%M %p"))
try:
    datetime(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
