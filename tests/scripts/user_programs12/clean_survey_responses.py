"""Normalise free-text survey answers and tabulate them with exact proportions."""
import csv
import io
import re
import random
from collections import Counter, defaultdict
from enum import Enum
from fractions import Fraction


class Answer(Enum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"
    MISSING = "missing"


YES_WORDS = {"y", "yes", "yeah", "yep", "sure", "true", "1", "si", "sí", "oui", "ja", "definitely", "of course"}
NO_WORDS = {"n", "no", "nope", "false", "0", "non", "nein", "never", "not really"}
UNSURE_WORDS = {"maybe", "dunno", "not sure", "idk", "?", "unsure", "depends"}
AGE_BANDS = [(0, 17, "<18"), (18, 24, "18-24"), (25, 34, "25-34"), (35, 49, "35-49"), (50, 64, "50-64"), (65, 200, "65+")]


def normalise_answer(text):
    t = re.sub(r"[!.\s]+$", "", text.strip().lower())
    t = re.sub(r"\s+", " ", t)
    if not t or t in ("n/a", "na", "-"):
        return Answer.MISSING
    if t in YES_WORDS or t.startswith("yes"):
        return Answer.YES
    if t in NO_WORDS or t.startswith("no "):
        return Answer.NO
    if t in UNSURE_WORDS:
        return Answer.UNSURE
    return None


def normalise_age(text):
    text = text.strip().lower()
    if m := re.fullmatch(r"(\d{1,3})\s*(?:y(?:ears?|rs?)?(?: old)?)?", text):
        age = int(m.group(1))
    elif m := re.fullmatch(r"(\d{2})\s*-\s*(\d{2})", text):
        age = (int(m.group(1)) + int(m.group(2))) // 2
    elif m := re.fullmatch(r"(?:born (?:in )?)?(19\d\d|20[01]\d)", text):
        age = 2024 - int(m.group(1))
    else:
        return None
    return age if 10 <= age <= 110 else None


def band(age):
    return next(label for lo, hi, label in AGE_BANDS if lo <= age <= hi)


def make_csv(seed=21):
    rng = random.Random(seed)
    answers = ["Yes", "yes!", "YES ", "y", "Yeah", "no", "No.", "nope", "Never!!", "maybe", "idk", "Not sure",
               "", "N/A", "sí", "nein", "Yes, but only on weekdays", "no thanks", "banana", "depends"]
    ages = ["34", "27 years", "19yo", "45-55", "born 1960", "1988", "seventy", "8", "62 yrs old", "130", " 41 ", "22"]
    regions = ["north", "North ", "NORTH", "south", "S.", "east", "West", "w", ""]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["respondent", "Q1 Would you recommend us?", "Q2 Would you buy again?", "age", "region"])
    for i in range(60):
        w.writerow([f"r{i:03d}", rng.choice(answers), rng.choice(answers), rng.choice(ages), rng.choice(regions)])
    return buf.getvalue()


REGION_MAP = {"north": "North", "n": "North", "south": "South", "s": "South", "east": "East", "e": "East",
              "west": "West", "w": "West"}

rows = list(csv.DictReader(io.StringIO(make_csv())))
questions = [k for k in rows[0] if k.startswith("Q")]
unknown = Counter()
tallies = {q: Counter() for q in questions}
by_band = defaultdict(Counter)
region_counts = Counter()
bad_ages = 0
for row in rows:
    age = normalise_age(row["age"])
    if age is None:
        bad_ages += 1
    region = REGION_MAP.get(row["region"].strip().lower().rstrip("."), "Unknown")
    region_counts[region] += 1
    for q in questions:
        a = normalise_answer(row[q])
        if a is None:
            unknown[row[q]] += 1
            a = Answer.MISSING
        tallies[q][a] += 1
        if q.startswith("Q1") and age is not None:
            by_band[band(age)][a] += 1

print(f"{len(rows)} responses, {bad_ages} unusable ages")
print("unrecognised answers:", dict(sorted(unknown.items())))
for q in questions:
    print(f"\n{q}")
    valid = sum(n for a, n in tallies[q].items() if a is not Answer.MISSING)
    for a in Answer:
        n = tallies[q][a]
        share = Fraction(n, valid) if a is not Answer.MISSING and valid else None
        share_txt = f"{str(share):>6} = {float(share):6.1%}" if share is not None else ""
        print(f"  {a.value:<8}{n:>4}  {share_txt}")

print("\nQ1 'yes' rate by age band:")
for _, _, label in AGE_BANDS:
    c = by_band.get(label)
    if not c:
        continue
    answered = c[Answer.YES] + c[Answer.NO] + c[Answer.UNSURE]
    rate = Fraction(c[Answer.YES], answered) if answered else Fraction(0)
    print(f"  {label:<6} n={answered:<3} yes={rate} ({float(rate):.0%})")

print("\nregions:", ", ".join(f"{r}={n}" for r, n in region_counts.most_common()))
total = sum(map(Fraction, [Fraction(n, len(rows)) for n in region_counts.values()]))
print("shares sum to", total)
both_yes = sum(1 for r in rows if all(normalise_answer(r[q]) is Answer.YES for q in questions))
print(f"yes to both: {both_yes} = {Fraction(both_yes, len(rows))}")
print(Fraction("0.125") + Fraction(1, 3), Fraction(3.75), Fraction(1, 3).limit_denominator(2), round(Fraction(7, 3), 2))
