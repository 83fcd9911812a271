"""Build a plain-text end-of-match report: aligned tables, wrapped commentary, templates."""
import statistics
import string
import textwrap
from collections import Counter, OrderedDict, defaultdict

kills = [
    ("red", "Ivo", "rifle"), ("blue", "Max", "sniper"), ("red", "Ivo", "rifle"),
    ("red", "Sia", "grenade"), ("blue", "Lu", "rifle"), ("blue", "Max", "sniper"),
    ("red", "Ivo", "knife"), ("blue", "Lu", "rifle"), ("red", "Oto", "rifle"),
    ("blue", "Max", "rifle"), ("red", "Sia", "grenade"), ("blue", "Ren", "knife"),
    ("red", "Ivo", "sniper"), ("blue", "Max", "sniper"),
]
accuracy = {"Ivo": [0.41, 0.38, 0.55], "Sia": [0.22, 0.31], "Oto": [0.18],
            "Max": [0.61, 0.58, 0.66, 0.49], "Lu": [0.35, 0.40], "Ren": [0.12, 0.2]}

per_team = defaultdict(Counter)
for team, player, weapon in kills:
    per_team[team][player] += 1
weapons = Counter(w for _, _, w in kills)

HEADER = string.Template("=== Match $match_id: $winner wins $score ===")
LINE = string.Template("$name  $kills kills  acc $acc")
scores = {t: sum(c.values()) for t, c in per_team.items()}
winner = max(scores, key=scores.get)
print(HEADER.substitute(match_id=118, winner=winner.upper(), score=f"{scores['red']}-{scores['blue']}"))

for team in sorted(per_team):
    print(f"\n[{team}]")
    print(f"{'player':<8}{'kills':>6}{'acc%':>8}{'sd':>8}")
    for player, n in per_team[team].most_common():
        acc = accuracy[player]
        sd = statistics.stdev(acc) if len(acc) > 1 else 0.0
        print(f"{player:<8}{n:>6}{statistics.fmean(acc) * 100:>8.1f}{sd:>8.3f}")

print("\nweapons:")
width = max(weapons.values())
for w, n in weapons.most_common():
    print(f"  {w:>8} | {'#' * n}{' ' * (width - n)} | {n / len(kills):.0%}")

mvp = max(((p, n) for c in per_team.values() for p, n in c.items()), key=lambda t: (t[1], t[0]))
commentary = (f"What a game. {mvp[0]} carried with {mvp[1]} eliminations while the {winner} team "
              f"controlled the middle lane for most of the round. The sniper was the story of the match, "
              f"accounting for {weapons['sniper']} kills, though the humble rifle remained the most used "
              f"weapon overall with {weapons['rifle']}.")
print()
print(textwrap.fill(commentary, width=60))
print()
print(textwrap.indent(textwrap.fill("Next match starts when all players ready up. Good luck!", 30), "> "))

awards = OrderedDict()
awards["MVP"] = mvp[0]
awards["Sharpshooter"] = max(accuracy, key=lambda p: statistics.mean(accuracy[p]))
awards["Grenadier"] = Counter(p for _, p, w in kills if w == "grenade").most_common(1)[0][0]
for title, who in awards.items():
    print(LINE.safe_substitute(name=f"{title}: {who}", kills=sum(per_team[t][who] for t in per_team)))
all_acc = [a for v in accuracy.values() for a in v]
print("accuracy quartiles:", [round(q, 4) for q in statistics.quantiles(all_acc, n=4)])
print("median/mode:", statistics.median(all_acc), statistics.mode([w for _, _, w in kills]))
print(dict(per_team["red"]), per_team["blue"])
print(string.Template("$who scored ${n}x").substitute({"who": "Ivo", "n": 4}))
try:
    LINE.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25))
