"""Inventory reorder report: read a CSV export, compute stock cover, write a CSV of purchase orders."""
import csv
import io
import math
from collections import defaultdict
from typing import NamedTuple

EXPORT = '''sku,description,warehouse,on_hand,reserved,daily_usage,lead_days,supplier,unit_cost
A-100,"Bolt, hex M8",WH1,1200,150,85.5,7,Acme,0.12
A-100,"Bolt, hex M8",WH2,300,0,40,7,Acme,0.12
A-101,"Nut M8 ""nylock""",WH1,90,10,60,5,Acme,0.08
B-200,Washer 8mm,WH1,5000,0,120,14,Bolt&Co,0.03
B-201,Spring washer,WH2,0,0,12.25,21,Bolt&Co,0.05
C-300,"Cable tie 200mm, black",WH1,640,40,75,10,TieWorld,0.02
C-301,Cable tie 300mm,WH2,2200,200,30,10,TieWorld,0.035
D-400,"Grommet
(rubber, 10mm)",WH1,35,5,4,30,RubberInc,0.40
E-500,Heat shrink 6mm,WH1,,0,18,12,TieWorld,0.22
F-600,Label roll,WH3,12,0,0,3,PaperCo,4.75
G-700,Glue stick,WH1,twelve,0,1.5,3,PaperCo,0.9
'''


class Line(NamedTuple):
    sku: str
    description: str
    warehouse: str
    on_hand: int
    reserved: int
    daily_usage: float
    lead_days: int
    supplier: str
    unit_cost: float

    @classmethod
    def from_row(cls, row):
        return cls(row["sku"], " ".join(row["description"].split()), row["warehouse"],
                   int(row["on_hand"] or 0), int(row["reserved"]), float(row["daily_usage"]),
                   int(row["lead_days"]), row["supplier"], float(row["unit_cost"]))

    @property
    def available(self):
        return self.on_hand - self.reserved

    @property
    def cover_days(self):
        return math.inf if self.daily_usage == 0 else self.available / self.daily_usage


SAFETY_DAYS = 5
ORDER_DAYS = 30

reader = csv.DictReader(io.StringIO(EXPORT))
print("columns:", reader.fieldnames)
lines, problems = [], []
for row in reader:
    try:
        lines.append(Line.from_row(row))
    except ValueError as e:
        problems.append((reader.line_num, row["sku"], str(e)))
print(f"{len(lines)} stock lines read, {len(problems)} problems")
for num, sku, msg in problems:
    print(f"  line {num}: {sku}: {msg}")

print()
print(f"{'SKU':<6} {'WH':<3} {'avail':>6} {'use/d':>6} {'cover':>7}  status")
for ln in sorted(lines, key=lambda l: (l.cover_days, l.sku)):
    if ln.cover_days == math.inf:
        cover, status = "inf", "no usage"
    else:
        cover = f"{ln.cover_days:.1f}d"
        status = "REORDER" if ln.cover_days < ln.lead_days + SAFETY_DAYS else "ok"
    print(f"{ln.sku:<6} {ln.warehouse:<3} {ln.available:>6} {ln.daily_usage:>6g} {cover:>7}  {status}")

orders = defaultdict(list)
for ln in lines:
    if ln.daily_usage and ln.cover_days < ln.lead_days + SAFETY_DAYS:
        need = (ln.lead_days + SAFETY_DAYS + ORDER_DAYS) * ln.daily_usage - ln.available
        qty = int(math.ceil(need / 50.0)) * 50
        orders[ln.supplier].append((ln, qty))

out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
writer.writerow(["supplier", "sku", "warehouse", "description", "qty", "cost"])
totals = {}
for supplier in sorted(orders):
    total = 0.0
    for ln, qty in orders[supplier]:
        cost = round(qty * ln.unit_cost, 2)
        total += cost
        writer.writerow([supplier, ln.sku, ln.warehouse, ln.description, qty, f"{cost:.2f}"])
    totals[supplier] = total
print("\npurchase_orders.csv:")
print(out.getvalue(), end="")

print("\nper supplier:")
for supplier, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"  {supplier:<10}{total:>10.2f}")
print(f"  {'TOTAL':<10}{sum(totals.values()):>10.2f}")

# round-trip: parse what we wrote with a different dialect setting
rows = list(csv.reader(io.StringIO(out.getvalue())))
print("\nround trip rows:", len(rows) - 1, "| quoted descriptions:", [r[3] for r in rows[1:] if "," in r[3] or '"' in r[3]])
tsv = io.StringIO()
w = csv.DictWriter(tsv, fieldnames=["sku", "value"], delimiter="\t", lineterminator="\n")
w.writeheader()
for ln in lines:
    w.writerow({"sku": ln.sku + "/" + ln.warehouse, "value": round(ln.on_hand * ln.unit_cost, 2)})
print(tsv.getvalue())
sniffed = csv.Sniffer().sniff(tsv.getvalue().splitlines()[1])
print("sniffed delimiter:", repr(sniffed.delimiter))
