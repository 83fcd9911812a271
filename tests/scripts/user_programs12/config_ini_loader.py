"""A small INI-style config loader with sections, ${var} interpolation, typed getters and validation."""
import re
from collections import OrderedDict

SOURCE = """
; global defaults
[DEFAULT]
base_dir = /opt/shop
log_level = info
workers = 4

[server]
host = 0.0.0.0
port = 8080
debug = no
static = ${base_dir}/static
   # indented comment
allowed_hosts = shop.example.com,
    www.shop.example.com,
    api.shop.example.com

[database]
url = postgres://shop:${database:password}@db:5432/shop
password = s3cr3t%%value
pool_size = 10
timeout = 2.5
log_level = WARNING

[cache]
enabled = true
ttl = 300
backend=redis://cache:6379/0
key_prefix = "shop:"

[features]
new_checkout = on
recommendations = off
beta_users = alice, bob ,  carol
"""

SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
OPTION = re.compile(r"^(?P<key>[A-Za-z_][\w.-]*)\s*[=:]\s*(?P<value>.*)$")
REF = re.compile(r"\$\{(?:(?P<sec>\w+):)?(?P<key>\w+)\}")
BOOLS = {"1": True, "yes": True, "true": True, "on": True, "0": False, "no": False, "false": False, "off": False}


class ConfigError(Exception):
    def __init__(self, msg, line=None):
        super().__init__(f"line {line}: {msg}" if line else msg)


class Config:
    def __init__(self):
        self.sections = OrderedDict()
        self.defaults = {}

    @classmethod
    def parse(cls, text):
        cfg = cls()
        current, last_key = None, None
        for num, raw in enumerate(text.splitlines(), 1):
            stripped = raw.strip()
            if not stripped or stripped[0] in "#;":
                continue
            if raw[0].isspace() and last_key is not None:
                current[last_key] += "\n" + stripped
                continue
            if m := SECTION.match(stripped):
                name = m["name"].strip()
                current = cfg.defaults if name == "DEFAULT" else cfg.sections.setdefault(name, {})
                last_key = None
                continue
            if current is None:
                raise ConfigError("option outside of a section", num)
            m = OPTION.match(stripped)
            if not m:
                raise ConfigError(f"cannot parse {stripped!r}", num)
            last_key = m["key"].lower()
            current[last_key] = m["value"].strip()
        return cfg

    def raw(self, section, key):
        sec = self.sections.get(section)
        if sec is None:
            raise KeyError(f"no section {section!r}")
        if key in sec:
            return sec[key]
        if key in self.defaults:
            return self.defaults[key]
        raise KeyError(f"no option {key!r} in section {section!r}")

    def get(self, section, key, depth=0):
        if depth > 8:
            raise ConfigError(f"interpolation too deep for {section}.{key}")
        value = self.raw(section, key)
        value = REF.sub(lambda m: self.get(m["sec"] or section, m["key"], depth + 1), value)
        return value.replace("%%", "%")

    def getint(self, section, key):
        return int(self.get(section, key))

    def getfloat(self, section, key):
        return float(self.get(section, key))

    def getbool(self, section, key):
        v = self.get(section, key).lower()
        if v not in BOOLS:
            raise ValueError(f"not a boolean: {v!r}")
        return BOOLS[v]

    def getlist(self, section, key):
        return [p.strip() for p in re.split(r"[,\n]", self.get(section, key)) if p.strip()]

    def items(self, section):
        keys = list(self.defaults) + [k for k in self.sections[section] if k not in self.defaults]
        return [(k, self.get(section, k)) for k in keys]


cfg = Config.parse(SOURCE)
print("sections:", list(cfg.sections))
for name in cfg.sections:
    print(f"[{name}]")
    for k, v in cfg.items(name):
        print(f"  {k} = {v!r}")

server = {
    "bind": (cfg.get("server", "host"), cfg.getint("server", "port")),
    "debug": cfg.getbool("server", "debug"),
    "hosts": cfg.getlist("server", "allowed_hosts"),
    "workers": cfg.getint("server", "workers"),
}
print("\nserver settings:", server)
print("db timeout ms:", int(cfg.getfloat("database", "timeout") * 1000), "pool:", cfg.getint("database", "pool_size"))
print("db url:", cfg.get("database", "url"))
print("log levels:", {s: cfg.get(s, "log_level").upper() for s in cfg.sections})
print("features on:", [k for k, _ in cfg.items("features") if k not in cfg.defaults and k != "beta_users" and cfg.getbool("features", k)])
print("beta users:", cfg.getlist("features", "beta_users"))
print("cache prefix:", cfg.get("cache", "key_prefix").strip('"'))

problems = [
    ("server", "port", cfg.getbool),
    ("server", "missing", cfg.get),
    ("nosuch", "x", cfg.get),
    ("cache", "ttl", cfg.getfloat),
]
for sec, key, getter in problems:
    try:
        print(f"{getter.__name__}({sec}.{key}) ->", getter(sec, key))
    except (KeyError, ValueError) as e:
        print(f"{getter.__name__}({sec}.{key}) failed: {type(e).__name__}: {e}")

for bad in ["key = value\n", "[a]\nthis is not an option\n", "[a]\nx = ${y}\ny = ${x}\n"]:
    try:
        c = Config.parse(bad)
        print(c.get("a", "x"))
    except ConfigError as e:
        print("ConfigError:", e)
