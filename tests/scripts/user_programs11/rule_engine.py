"""A small rule engine: rules are parsed from strings like 'level >= 10 and class == mage'."""
import operator
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Dict, List


class Verdict(Enum):
    ALLOW = "allow"
    DENY = "deny"
    REVIEW = "review"


OPS: Dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
    "in": lambda a, b: a in b,
}

COND_RE = re.compile(r"^\s*(\w+)\s*(==|!=|>=|<=|>|<|in)\s*(.+?)\s*$")


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: Any

    def test(self, facts: Dict[str, Any]) -> bool:
        if self.field not in facts:
            raise KeyError(f"unknown fact {self.field!r}")
        return OPS[self.op](facts[self.field], self.value)


@dataclass
class Rule:
    name: str
    conditions: List[Condition]
    verdict: Verdict
    priority: int = 0


def parse_value(text: str) -> Any:
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d*", text):
        return float(text)
    if text.startswith("[") and text.endswith("]"):
        return [parse_value(p.strip()) for p in text[1:-1].split(",") if p.strip()]
    return text.strip("'\"")


def parse_rule(name: str, text: str, verdict: Verdict, priority: int = 0) -> Rule:
    conds = []
    for part in re.split(r"\s+and\s+", text):
        m = COND_RE.match(part)
        if not m:
            raise ValueError(f"cannot parse condition: {part!r}")
        fld, op, raw = m.groups()
        conds.append(Condition(fld, op, parse_value(raw)))
    return Rule(name, conds, verdict, priority)


def evaluate(rules: List[Rule], facts: Dict[str, Any]) -> Verdict:
    for rule in sorted(rules, key=operator.attrgetter("priority"), reverse=True):
        if all(c.test(facts) for c in rule.conditions):
            print(f"  matched {rule.name} -> {rule.verdict}")
            return rule.verdict
    print("  no rule matched")
    return Verdict.REVIEW


rules = [
    parse_rule("banned", "status == banned", Verdict.DENY, priority=100),
    parse_rule("vip", "level >= 50 and region in [eu, us]", Verdict.ALLOW, priority=10),
    parse_rule("newbie", "level < 5", Verdict.REVIEW, priority=5),
    parse_rule("default", "level >= 5", Verdict.ALLOW),
]

for r in rules:
    print(r.name, r.priority, [(c.field, c.op, c.value) for c in r.conditions])

print(rules[1].conditions[0])
players = [
    {"name": "ana", "level": 60, "region": "eu", "status": "ok"},
    {"name": "bo", "level": 3, "region": "asia", "status": "ok"},
    {"name": "cy", "level": 70, "region": "us", "status": "banned"},
    {"name": "di", "level": 20, "region": "asia", "status": "ok"},
    {"name": "ed", "level": 55, "region": "br", "status": "ok"},
]
tally: Dict[Verdict, int] = {}
for p in players:
    print(f"player {p['name']}:")
    v = evaluate(rules, p)
    tally[v] = tally.get(v, 0) + 1
print({k.name: v for k, v in tally.items()})
print(Verdict("deny"), repr(Verdict.ALLOW), Verdict.REVIEW.value)

for bad in ["level >>= 3", "status == ok and ??"]:
    try:
        parse_rule("bad", bad, Verdict.DENY)
    except ValueError as e:
        print("ValueError:", e)
try:
    evaluate(rules, {"level": 10})
except KeyError as e:
    print("KeyError:", e)
try:
    Verdict("maybe")
except ValueError as e:
    print("ValueError:", e)
try:
    rules[0].conditions[0].op = "!="
except Exception as e:
    print(type(e).__name__ + ":", e)
