"""Rate limiters for a game server's chat and command endpoints, driven by simulated time."""
import math
from collections import deque
from typing import Deque, Dict, List, Tuple


class TokenBucket:
    def __init__(self, rate: float, capacity: float) -> None:
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = 0.0

    def allow(self, now: float, cost: float = 1.0) -> bool:
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def retry_after(self, cost: float = 1.0) -> float:
        missing = cost - self.tokens
        return 0.0 if missing <= 0 else math.ceil(missing / self.rate * 100) / 100

    def __repr__(self) -> str:
        return f"TokenBucket(rate={self.rate}, capacity={self.capacity}, tokens={self.tokens:.2f})"


class SlidingWindow:
    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.hits: Deque[float] = deque()

    def allow(self, now: float) -> bool:
        while self.hits and self.hits[0] <= now - self.window:
            self.hits.popleft()
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False


class PerUser:
    def __init__(self, rate: float, capacity: float) -> None:
        self.rate, self.capacity = rate, capacity
        self.buckets: Dict[str, TokenBucket] = {}

    def allow(self, user: str, now: float) -> bool:
        b = self.buckets.setdefault(user, TokenBucket(self.rate, self.capacity))
        return b.allow(now)


bucket = TokenBucket(rate=2.0, capacity=5)
times = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1.0, 1.5, 1.6, 3.0, 3.05, 3.1]
for t in times:
    ok = bucket.allow(t)
    extra = "" if ok else f" retry in {bucket.retry_after()}s"
    print(f"t={t:4.2f} bucket {'ok  ' if ok else 'DENY'}{extra}")
print(bucket)

win = SlidingWindow(limit=3, window=1.0)
decisions: List[Tuple[float, bool]] = []
for t in [0.0, 0.2, 0.4, 0.6, 1.0, 1.1, 1.25, 2.5, 2.6]:
    decisions.append((t, win.allow(t)))
print("window:", decisions)
print("window contents:", list(win.hits), "maxlen:", win.hits.maxlen)

recent: Deque[str] = deque(maxlen=4)
for msg in ["hi", "hello", "spam", "spam", "spam", "bye"]:
    recent.append(msg)
print("recent:", recent, "spam count:", recent.count("spam"))
recent.rotate(1)
print("rotated:", list(recent))
recent.appendleft("first")
print("appendleft:", recent)

pu = PerUser(rate=1.0, capacity=2)
stream = [("ann", 0.0), ("bob", 0.0), ("ann", 0.1), ("ann", 0.2), ("bob", 0.5),
          ("ann", 1.3), ("ann", 1.4), ("bob", 0.9)]
for user, t in stream:
    print(f"{user}@{t}: {'allowed' if pu.allow(user, t) else 'throttled'}")
print(sorted(pu.buckets))
try:
    TokenBucket(0, 10)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([], maxlen=2).popleft()
except IndexError as e:
    print("IndexError:", e)
print(math.ceil(0.25 / 2 * 100) / 100, math.isqrt(50), math.copysign(3, -0.0))
