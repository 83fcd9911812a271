"""Quest tracker: objectives, progress, prerequisites, and JSON save/restore."""
import json
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import Dict, List, Optional


class Status(str, Enum):
    LOCKED = "locked"
    ACTIVE = "active"
    DONE = "done"


@dataclass
class Objective:
    target: str
    needed: int
    have: int = 0

    @property
    def complete(self) -> bool:
        return self.have >= self.needed


@dataclass
class Quest:
    qid: str
    title: str
    objectives: List[Objective]
    requires: List[str] = field(default_factory=list)
    reward_xp: int = 0
    status: Status = Status.LOCKED


class QuestLog:
    def __init__(self, quests: List[Quest]) -> None:
        self.quests: Dict[str, Quest] = {q.qid: q for q in quests}
        self.xp = 0
        self.unlock()

    def unlock(self) -> None:
        for q in self.quests.values():
            if q.status is Status.LOCKED and all(self.quests[r].status is Status.DONE for r in q.requires):
                q.status = Status.ACTIVE
                print(f"  unlocked: {q.title}")

    def record(self, target: str, amount: int = 1) -> None:
        for q in self.quests.values():
            if q.status is not Status.ACTIVE:
                continue
            for o in q.objectives:
                if o.target == target and not o.complete:
                    o.have = min(o.needed, o.have + amount)
            if all(o.complete for o in q.objectives):
                q.status = Status.DONE
                self.xp += q.reward_xp
                print(f"  completed: {q.title} (+{q.reward_xp} xp)")
        self.unlock()

    def get(self, qid: str) -> Quest:
        try:
            return self.quests[qid]
        except KeyError:
            raise KeyError(f"no such quest: {qid}") from None

    def progress(self) -> Dict[str, str]:
        out = {}
        for q in self.quests.values():
            done = sum(o.have for o in q.objectives)
            need = sum(o.needed for o in q.objectives)
            out[q.qid] = f"{q.status.value} {done}/{need}"
        return out


quests = [
    Quest("q1", "Rat Problem", [Objective("rat", 5)], reward_xp=50),
    Quest("q2", "Herbalist", [Objective("herb", 3), Objective("mushroom", 2)], reward_xp=80),
    Quest("q3", "Into the Cellar", [Objective("cellar_key", 1)], requires=["q1"], reward_xp=120),
    Quest("q4", "The Rat King", [Objective("rat_king", 1)], requires=["q1", "q3"], reward_xp=300),
]
print("start:")
log = QuestLog(quests)
events = [("rat", 2), ("herb", 1), ("rat", 4), ("mushroom", 2), ("cellar_key", 1),
          ("herb", 5), ("rat_king", 1), ("rat", 1)]
for target, n in events:
    print(f"event {target} x{n}")
    log.record(target, n)
    print("  ", log.progress())

print("xp:", log.xp)
print(log.get("q2"))
print(log.get("q2").objectives[0], log.get("q2").objectives[0].complete)
saved = json.dumps([asdict(q) for q in log.quests.values()])
print("saved bytes:", len(saved))
restored = [
    Quest(**{**d, "objectives": [Objective(**o) for o in d["objectives"]], "status": Status(d["status"])})
    for d in json.loads(saved)
]
print("round trip equal:", restored == quests)
print(json.dumps(asdict(restored[3]), indent=1))
print(Status.DONE == "done", repr(Status("active")), Status.LOCKED.value.upper())
try:
    log.get("q9")
except KeyError as e:
    print("KeyError:", e)
try:
    Status("failed")
except ValueError as e:
    print("ValueError:", e)
try:
    json.loads("{'bad': 1}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, "at", e.pos)
