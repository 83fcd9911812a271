"""Validation pipeline for player sign-up forms: composable validators and normalisers."""
import re
import string
from functools import reduce
from typing import Callable, Dict, List, Optional, Tuple

Validator = Callable[[str], Optional[str]]  # returns error message or None
Normaliser = Callable[[str], str]

EMAIL_RE = re.compile(r"^[\w.+-]+@([\w-]+\.)+[a-z]{2,}$", re.IGNORECASE)


def required(v: str) -> Optional[str]:
    return "is required" if not v else None


def length(lo: int, hi: int) -> Validator:
    def check(v: str) -> Optional[str]:
        if not lo <= len(v) <= hi:
            return f"must be {lo}-{hi} characters (got {len(v)})"
        return None
    return check


def charset(allowed: str, label: str) -> Validator:
    def check(v: str) -> Optional[str]:
        bad = sorted(set(v) - set(allowed))
        return f"contains invalid {label} characters: {''.join(bad)!r}" if bad else None
    return check


def matches(pattern: "re.Pattern[str]", msg: str) -> Validator:
    return lambda v: None if pattern.match(v) else msg


def strong_password(v: str) -> Optional[str]:
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    have = sum(any(c in cls for c in v) for cls in classes)
    return None if have >= 3 else f"needs 3 of 4 character classes (has {have})"


def compose(*fns: Normaliser) -> Normaliser:
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


collapse_ws: Normaliser = lambda s: re.sub(r"\s+", " ", s)
SCHEMA: Dict[str, Tuple[Normaliser, List[Validator]]] = {
    "username": (compose(str.strip, str.lower),
                 [required, length(3, 12), charset(string.ascii_lowercase + string.digits + "_", "username")]),
    "email": (compose(str.strip, str.lower), [required, matches(EMAIL_RE, "is not a valid email")]),
    "password": (lambda s: s, [required, length(8, 64), strong_password]),
    "display": (compose(str.strip, collapse_ws, string.capwords), [length(0, 20)]),
}


def validate(form: Dict[str, str]) -> Tuple[Dict[str, str], Dict[str, List[str]]]:
    clean, errors = {}, {}
    for key, (norm, checks) in SCHEMA.items():
        value = norm(form.get(key, ""))
        errs = [f"{key} {m}" for m in (c(value) for c in checks) if m]
        if errs:
            errors[key] = errs
        else:
            clean[key] = value
    return clean, errors


forms = [
    {"username": "  Hero_99 ", "email": "Hero@Example.COM", "password": "Sw0rd&Shield", "display": "  the   brave  hero "},
    {"username": "x", "email": "not-an-email", "password": "short", "display": "ok"},
    {"username": "bad name!", "email": "a@b.co", "password": "alllowercase123"},
    {"email": "", "password": "NoDigitsHere!", "display": "a very very long display name indeed"},
]
for i, f in enumerate(forms):
    clean, errors = validate(f)
    print(f"form {i}: {'VALID' if not errors else 'INVALID'}")
    for k, v in clean.items():
        print(f"   {k} = {v!r}")
    for k, msgs in errors.items():
        for m in msgs:
            print(f"   ! {m}")

print(string.capwords("hello   wide world"), string.ascii_letters[:10], len(string.printable))
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(max, [3, 9, 2], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
m = EMAIL_RE.match("ann@mail.example.org")
print(m.group(0), m.group(1), m.span(), bool(EMAIL_RE.match("@nope")))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "alice@home bob@work"))
