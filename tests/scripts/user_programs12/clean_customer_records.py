"""Clean and de-duplicate a messy customer export (names, emails, phones, countries)."""
import csv
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

RAW = """id,name,email,phone,country,signup
1,  john   SMITH ,John.Smith@Example.COM , (555) 123-4567,us,2023-01-05
2,Mary-Jane o'connor,mary.oconnor@mail.example,555.987.6543,USA,05/02/2023
3,JOHN SMITH,john.smith@example.com,+1 555 123 4567,United States,2023-01-07
4,Ana Lucía Pérez,ana@@example.org,,es,2023-03-11
5,  ,noname@example.org,555-000-1111,US,2023-03-12
6,Li Wei,li.wei+promo@example.cn,+86 10 6552 9988,CN,2023/04/01
7,li wei,LI.WEI@EXAMPLE.CN,0086-10-65529988,china,2023-04-02
8,Dr. Peter van der Berg Jr.,p.vanderberg@example.nl,+31 (0)20 555 0199,NL,20230415
9,O'NEIL  mcdonald,oneil@example.ie,087 555 1234,IE,2023-05-20
10,Zoë Saldaña,zoe@example.com,5551234567x89,us,2023-06-01
"""

COUNTRIES = {"us": "US", "usa": "US", "united states": "US", "es": "ES", "spain": "ES", "cn": "CN",
             "china": "CN", "nl": "NL", "ie": "IE"}
DIAL = {"US": "1", "CN": "86", "NL": "31", "IE": "353", "ES": "34"}
EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$")
DATE_FORMATS = [
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)$"), (1, 2, 3)),
    (re.compile(r"^(\d{4})/(\d\d)/(\d\d)$"), (1, 2, 3)),
    (re.compile(r"^(\d\d)/(\d\d)/(\d{4})$"), (3, 1, 2)),
    (re.compile(r"^(\d{4})(\d\d)(\d\d)$"), (1, 2, 3)),
]


@dataclass
class Customer:
    id: int
    name: str
    email: str
    phone: str
    country: str
    signup: str
    issues: list = field(default_factory=list)


def clean_name(raw: str) -> str:
    name = " ".join(raw.split())
    name = re.sub(r"^(dr|mr|mrs|ms)\.?\s+", "", name, flags=re.I)
    name = re.sub(r"\s+(jr|sr)\.?$", "", name, flags=re.I)
    def fix(word):
        lower = word.lower()
        if lower in ("van", "der", "de", "la"):
            return lower
        parts = re.split(r"(['-])", lower)
        out = "".join(p.capitalize() for p in parts)
        if out.startswith("Mc") and len(out) > 2:
            out = "Mc" + out[2:].capitalize()
        return out
    return " ".join(fix(w) for w in name.split(" "))


def clean_email(raw: str):
    email = raw.strip().lower()
    local, _, domain = email.partition("@")
    local = local.split("+", 1)[0]
    email = f"{local}@{domain}"
    return email if EMAIL.match(email) else None


def clean_phone(raw: str, country: str):
    raw = raw.strip()
    if not raw:
        return None
    raw = re.split(r"x|ext\.?", raw, flags=re.I)[0]
    raw = raw.replace("(0)", "")
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    code = DIAL.get(country, "")
    if digits.startswith("0"):
        digits = digits[1:]
    if code == "1" and len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return f"+{code}{digits}"


def clean_date(raw: str):
    for pattern, (y, m, d) in DATE_FORMATS:
        if mm := pattern.match(raw.strip()):
            return f"{mm.group(y)}-{mm.group(m)}-{mm.group(d)}"
    return None


customers, report = [], Counter()
for row in csv.DictReader(io.StringIO(RAW)):
    country = COUNTRIES.get(row["country"].strip().lower(), "??")
    c = Customer(int(row["id"]), clean_name(row["name"]), clean_email(row["email"]) or "",
                 clean_phone(row["phone"], country) or "", country, clean_date(row["signup"]) or "")
    for attr in ("name", "email", "phone", "signup"):
        if not getattr(c, attr):
            c.issues.append(f"missing/invalid {attr}")
            report[attr] += 1
    customers.append(c)

print(f"{'id':>3} {'name':<22} {'email':<28} {'phone':<15} cc signup")
for c in customers:
    print(f"{c.id:>3} {c.name:<22} {c.email:<28} {c.phone:<15} {c.country} {c.signup}"
          + (f"  !! {'; '.join(c.issues)}" if c.issues else ""))

groups = defaultdict(list)
for c in customers:
    key = c.email or c.phone or f"id:{c.id}"
    groups[key].append(c)
merged = []
for key, members in groups.items():
    if len(members) == 1:
        merged.append(members[0])
        continue
    members.sort(key=lambda m: m.signup)
    best = members[0]
    for other in members[1:]:
        best = replace(best, phone=best.phone or other.phone, name=max(best.name, other.name, key=len))
    print(f"merged ids {[m.id for m in members]} -> {best.id} ({key})")
    merged.append(best)

print(f"\n{len(customers)} rows -> {len(merged)} customers; problems: {dict(report)}")
out = io.StringIO()
w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["id", "name", "email", "phone", "country", "signup"])
for c in sorted(merged, key=lambda c: c.id):
    w.writerow([c.id, c.name, c.email, c.phone, c.country, c.signup])
print(out.getvalue())
print("by country:", sorted(Counter(c.country for c in merged).items()))
