def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


def letter(score):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if score >= cutoff:
            return grade
    return "F"


class Student:
    def __init__(self, name, scores):
        self.name = name
        self.scores = scores

    @property
    def average(self):
        return mean(self.scores) if self.scores else 0.0

    def __repr__(self):
        return f"Student({self.name!r}, avg={self.average:.1f})"


raw = """
alice: 92, 88, 95, 79
bob: 65, 70, 58, 81
carla: 100, 97, 99, 94
dmitri: 72, 0, 85, 77
eve:
frank: 88, 91, x, 84
"""
students = []
for line in raw.strip().splitlines():
    name, _, rest = line.partition(":")
    scores = []
    for tok in rest.split(","):
        tok = tok.strip()
        if not tok:
            continue
        try:
            scores.append(int(tok))
        except ValueError:
            print(f"warning: ignoring bad score {tok!r} for {name}")
    students.append(Student(name.strip(), scores))
print(f"{'Name':<8}{'Scores':<20}{'Avg':>6}{'Med':>6}  Grade")
for s in sorted(students, key=lambda s: s.average, reverse=True):
    if not s.scores:
        print(f"{s.name:<8}{'(none)':<20}{'-':>6}{'-':>6}  -")
        continue
    scores = " ".join(f"{x:>3}" for x in s.scores)
    print(f"{s.name:<8}{scores:<20}{s.average:>6.1f}{median(s.scores):>6}  {letter(s.average)}")
graded = [s for s in students if s.scores]
all_scores = [x for s in graded for x in s.scores]
print()
print(f"class mean {mean(all_scores):.2f}, median {median(all_scores)}, stdev {stdev(all_scores):.3f}")
print("best:", max(graded, key=lambda s: s.average), "worst:", min(graded, key=lambda s: s.average))
dist = {}
for s in graded:
    dist.setdefault(letter(s.average), []).append(s.name)
for g in "ABCDF":
    print(f"{g}: {', '.join(dist.get(g, [])) or '-'}")
per_exam = list(zip(*[s.scores for s in graded if len(s.scores) == 4]))
for i, col in enumerate(per_exam, 1):
    print(f"exam {i}: mean {mean(col):6.2f} range {min(col)}-{max(col)}")
curve = 100 - max(all_scores)
print("curve:", curve, [s.name for s in graded if letter(s.average + 5) != letter(s.average)])
