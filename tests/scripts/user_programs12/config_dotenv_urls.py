# Parse a .env file (quotes, escapes, ${VAR} expansion, export prefix) and the service URLs in it.
import re
from dataclasses import dataclass
from typing import Dict, Optional
from urllib.parse import urlparse, parse_qsl, urlencode, urlunparse, quote, unquote, urljoin

DOTENV = r'''
# application
export APP_NAME=storefront
APP_ENV = production
DEBUG=false
SECRET_KEY='p@ss w0rd#not-a-comment'
GREETING="Hello,\n  \"world\"\t!"  # trailing comment
EMPTY=
HOME_DIR=/home/${APP_NAME}
LOG_DIR=${HOME_DIR}/logs
MISSING_REF=${NOT_DEFINED:-fallback}/x
DATABASE_URL=postgresql://app%40corp:s%2Fcr%3At@db.internal:5433/shop?sslmode=require&connect_timeout=10&application_name=${APP_NAME}
REDIS_URL=redis://:hunter2@cache:6379/2
AMQP_URL="amqps://guest:guest@[2001:db8::1]:5671/%2Fvhost?heartbeat=30"
S3_ENDPOINT=https://s3.eu-central-1.amazonaws.com/bucket-name/some%20prefix/;params?x=1#frag
MULTI="line one
line two"
this line is broken
1BAD=value
'''

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def parse_dotenv(text: str):
    env: Dict[str, str] = {}
    warnings = []
    lines = iter(enumerate(text.splitlines(), 1))
    for num, line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = LINE.match(line)
        if not m:
            warnings.append(f"line {num}: ignored {line.strip()!r}")
            continue
        key, raw = m.groups()
        if raw.startswith('"'):
            while raw.count('"') - raw.count('\\"') < 2:
                _, more = next(lines)
                raw += "\n" + more
            body = raw[1:raw.rindex('"')]
            value = re.sub(r"\\(.)", lambda mm: ESCAPES.get(mm.group(1), "\\" + mm.group(1)), body)
            value = expand(value, env)
        elif raw.startswith("'"):
            value = raw[1:raw.rindex("'")]
        else:
            value = expand(re.sub(r"\s+#.*$", "", raw).strip(), env)
        env[key] = value
    return env, warnings


def expand(value: str, env: Dict[str, str]) -> str:
    return REF.sub(lambda m: env.get(m.group(1), m.group(2) if m.group(2) is not None else ""), value)


@dataclass
class Endpoint:
    scheme: str
    host: Optional[str]
    port: Optional[int]
    user: Optional[str]
    password: Optional[str]
    path: str
    options: dict

    @classmethod
    def from_url(cls, url: str) -> "Endpoint":
        p = urlparse(url)
        return cls(p.scheme, p.hostname, p.port, unquote(p.username) if p.username else p.username,
                   unquote(p.password) if p.password else None, unquote(p.path), dict(parse_qsl(p.query)))

    def redacted(self) -> str:
        netloc = self.host if ":" not in (self.host or "") else f"[{self.host}]"
        if self.port:
            netloc += f":{self.port}"
        if self.user or self.password:
            netloc = f"{quote(self.user or '', safe='')}:***@{netloc}"
        return urlunparse((self.scheme, netloc, quote(self.path), "", urlencode(sorted(self.options.items())), ""))


env, warnings = parse_dotenv(DOTENV)
for w in warnings:
    print("warning:", w)
width = max(map(len, env))
for k, v in env.items():
    print(f"{k:<{width}} = {v!r}")

print()
for key in ("DATABASE_URL", "REDIS_URL", "AMQP_URL", "S3_ENDPOINT"):
    ep = Endpoint.from_url(env[key])
    print(f"{key}:")
    print(f"  {ep}")
    print(f"  redacted: {ep.redacted()}")

s3 = urlparse(env["S3_ENDPOINT"])
print("\nS3 parts:", s3)
print("fragment:", s3.fragment, "params:", s3.params, "geturl equal:", s3.geturl() == env["S3_ENDPOINT"])
print("joins:", urljoin(env["S3_ENDPOINT"], "../other/key.txt"), urljoin("http://a/b/c/d;p?q", "g?y"),
      urljoin("http://a/b/c/", "//cdn/x"), urljoin("http://a/b", "https:z"))
print("quote:", quote("a b&c=d/é"), quote("a b&c", safe=""), quote("~user/x y", safe="/~"))
from urllib.parse import quote_plus, unquote_plus, urlsplit, urldefrag
print("plus:", quote_plus("café & crème/?"), unquote_plus("a+b%2Bc%20d"))
print("defrag:", urldefrag("http://x/y#top"), urlsplit("file:///etc/hosts"))
print("bool settings:", {k: env[k].lower() in ("1", "true", "yes") for k in ("DEBUG",)}, "env:", env["APP_ENV"])
