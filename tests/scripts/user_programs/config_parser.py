# An INI-style config parser with typed values, ${section:key} interpolation,
# and converters looked up by name through globals().

CONFIG_TEXT = """
; global settings
[app]
name = Pyrite Demo
version:int = 3
debug:bool = yes
ratio:float = 0.75
home = /opt/${app:name}

[database]
host = db.local
port:int = 5432
url = postgres://${database:host}:${database:port}/${app:name}
timeout:float = 2.5e1
pool:list = 4, 8, 16
replicas:list =

[paths]
# comments with '#' too
logs = ${app:home}/logs
cache = ${paths:logs}/../cache
enabled:bool = off
  continued = value with leading spaces

[empty]
"""

BAD_CONFIGS = [
    "[a]\nx = 1\n[a]\ny = 2\n",
    "orphan = 1\n",
    "[s]\nno equals sign here\n",
    "[s]\nn:int = twelve\n",
    "[s]\nb:bool = maybe\n",
    "[s]\nv:complex = 1+2j\n",
    "[s]\nx = ${s:y}\ny = ${s:x}\n",
    "[s]\nx = ${nope:key}\n",
    "[broken\nx=1\n",
]


class ConfigError(Exception):
    def __init__(self, message, lineno=None):
        super().__init__(message, lineno)
        self.message = message
        self.lineno = lineno

    def __str__(self):
        if self.lineno is None:
            return self.message
        return f"line {self.lineno}: {self.message}"


TRUE_WORDS = {"1", "yes", "true", "on"}
FALSE_WORDS = {"0", "no", "false", "off"}


def convert_str(text):
    return text


def convert_int(text):
    return int(text)


def convert_float(text):
    return float(text)


def convert_bool(text):
    lowered = text.lower()
    if lowered in TRUE_WORDS:
        return True
    if lowered in FALSE_WORDS:
        return False
    raise ValueError(f"not a boolean word: {text!r}")


def convert_list(text):
    return [item.strip() for item in text.split(",") if item.strip()]


def parse(text):
    sections = {}
    raw = {}
    current = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped[0] in "#;":
            continue
        if stripped.startswith("["):
            if not stripped.endswith("]"):
                raise ConfigError(f"malformed section header {stripped!r}", lineno)
            current = stripped[1:-1].strip()
            if current in sections:
                raise ConfigError(f"duplicate section [{current}]", lineno)
            sections[current] = {}
            continue
        if current is None:
            raise ConfigError("key outside of any section", lineno)
        key, sep, value = stripped.partition("=")
        if not sep:
            raise ConfigError(f"expected 'key = value', got {stripped!r}", lineno)
        key, _, kind = key.strip().partition(":")
        raw[current, key] = (value.strip(), kind or "str", lineno)
        sections[current][key] = None
    for (section, key) in raw:
        sections[section][key] = resolve(raw, section, key, ())
    return sections


def interpolate(raw, value, lineno, seen):
    out = []
    pos = 0
    while (start := value.find("${", pos)) != -1:
        end = value.find("}", start)
        ref = value[start + 2:end]
        sec, _, k = ref.partition(":")
        if (sec, k) not in raw:
            raise ConfigError(f"unknown reference ${{{ref}}}", lineno)
        out.append(value[pos:start])
        out.append(str(resolve(raw, sec, k, seen)))
        pos = end + 1
    out.append(value[pos:])
    return "".join(out)


def resolve(raw, section, key, seen):
    if (section, key) in seen:
        chain = " -> ".join(f"{s}:{k}" for s, k in seen + ((section, key),))
        raise ConfigError(f"interpolation cycle {chain}", raw[section, key][2])
    value, kind, lineno = raw[section, key]
    value = interpolate(raw, value, lineno, seen + ((section, key),))
    converter = globals().get("convert_" + kind)
    if converter is None:
        raise ConfigError(f"unknown type {kind!r} for {section}.{key}", lineno)
    try:
        return converter(value)
    except ValueError as exc:
        raise ConfigError(f"{section}.{key}: {exc}", lineno) from exc


config = parse(CONFIG_TEXT)
for section, values in config.items():
    print(f"[{section}] ({len(values)} keys)")
    for key, value in values.items():
        print(f"  {key:<10} = {value!r:<45} {type(value).__name__}")

print("converters available:", sorted(n for n in globals() if n.startswith("convert_")))
print("callable check:", all(callable(globals()[n]) for n in globals() if n.startswith("convert_")))
db = config["database"]
print(f"connect to {db['host']}:{db['port']} timeout={db['timeout']:.1f}s pool={sum(map(int, db['pool']))}")
print("debug and not paths.enabled:", config["app"]["debug"] and not config["paths"]["enabled"])

for i, bad in enumerate(BAD_CONFIGS):
    try:
        parse(bad)
        print(i, "parsed without error?!")
    except ConfigError as err:
        cause = type(err.__cause__).__name__ if err.__cause__ else None
        print(f"{i}: ConfigError: {err} (lineno={err.lineno}, cause={cause}, args={err.args})")
