# Build and parse a fake binary file format without the struct module.
#
# Layout (little-endian unless noted):
#   magic    4 bytes  b"PYRT"
#   version  u16
#   flags    u16 (big-endian)
#   count    u32   number of records
#   strtab   u32   offset of the string table
#   records  count * 16 bytes: id u32, kind u8, pad u8, temp i16, name_off u32, value u32
#   strtab   null-terminated ASCII names, then a latin-1 comment block

MAGIC = b"PYRT"
RECORD_SIZE = 16
HEADER_SIZE = 16


class FormatError(Exception):
    pass


def u16(n):
    return n.to_bytes(2, "little")


def u32(n):
    return n.to_bytes(4, "little")


def build_file(records, comment):
    names = bytearray()
    offsets = []
    for rec in records:
        offsets.append(len(names))
        names.extend(rec["name"].encode("ascii") + b"\0")
    names.extend(b"\0")
    names.extend(comment.encode("latin-1"))

    out = bytearray(MAGIC)
    out += u16(2)
    out += (0x8001).to_bytes(2, "big")
    out += u32(len(records))
    out += u32(HEADER_SIZE + RECORD_SIZE * len(records))
    for rec, off in zip(records, offsets):
        body = bytearray()
        body.extend(u32(rec["id"]))
        body.append(rec["kind"])
        body.append(0)
        body.extend(rec["temp"].to_bytes(2, "little", signed=True))
        body.extend(u32(off))
        body.extend(u32(rec["value"]))
        assert len(body) == RECORD_SIZE
        out.extend(body)
    out.extend(names)
    return bytes(out)


KINDS = {1: "sensor", 2: "actuator", 3: "gateway"}


def parse_file(data):
    if not data.startswith(MAGIC):
        raise FormatError(f"bad magic {data[:4]!r}")
    if len(data) < HEADER_SIZE:
        raise FormatError(f"header truncated: {len(data)} bytes")
    version = int.from_bytes(data[4:6], "little")
    flags = int.from_bytes(data[6:8], "big")
    count = int.from_bytes(data[8:12], "little")
    strtab = int.from_bytes(data[12:16], "little")
    if strtab != HEADER_SIZE + count * RECORD_SIZE or strtab > len(data):
        raise FormatError(f"string table offset {strtab} inconsistent with count {count}")
    table = data[strtab:]
    end_names = table.find(b"\0\0")
    if end_names == -1:
        raise FormatError("unterminated string table")
    names_blob = table[:end_names + 1]
    comment = table[end_names + 2:].decode("latin-1")
    records = []
    for i in range(count):
        base = HEADER_SIZE + i * RECORD_SIZE
        raw = data[base:base + RECORD_SIZE]
        name_off = int.from_bytes(raw[8:12], "little")
        name_end = names_blob.index(b"\0", name_off)
        records.append({
            "id": int.from_bytes(raw[0:4], "little"),
            "kind": KINDS.get(raw[4], f"unknown({raw[4]})"),
            "temp": int.from_bytes(raw[6:8], "little", signed=True),
            "name": names_blob[name_off:name_end].decode("ascii"),
            "value": int.from_bytes(raw[12:16], "little"),
        })
    return {"version": version, "flags": flags, "records": records, "comment": comment,
            "names": [n.decode("ascii") for n in names_blob.split(b"\0") if n]}


records = [
    {"id": 1, "kind": 1, "temp": 215, "name": "kitchen", "value": 1000},
    {"id": 2, "kind": 2, "temp": -40, "name": "garage-door", "value": 0},
    {"id": 70000, "kind": 3, "temp": -32768, "name": "hub", "value": 0xFFFFFFFF},
    {"id": 4, "kind": 9, "temp": 32767, "name": "attic", "value": 123456},
]
comment = "Créé à Zürich — naïve façade"
try:
    blob = build_file(records, comment)
except UnicodeEncodeError as e:
    print("latin-1 cannot encode:", e.object[e.start:e.end], "at", e.start, "reason:", e.reason)
    comment = comment.replace("—", "-")
    blob = build_file(records, comment)

print("file size:", len(blob))
for off in range(0, len(blob), 16):
    print(f"  {off:04x}: {blob[off:off + 16].hex(' ')}")

parsed = parse_file(blob)
print("version:", parsed["version"], "flags:", hex(parsed["flags"]),
      "high bit:", bool(parsed["flags"] & 0x8000))
for rec in parsed["records"]:
    print(f"  #{rec['id']:<6} {rec['kind']:<12} {rec['name']:<12} temp={rec['temp'] / 10:>7.1f} value={rec['value']}")
print("names:", parsed["names"])
print("comment:", parsed["comment"], "| chars:", len(parsed["comment"]),
      "| latin-1 bytes:", len(parsed["comment"].encode("latin-1")),
      "| utf-8 bytes:", len(parsed["comment"].encode("utf-8")))
print("round trip:", [r["name"] for r in parsed["records"]] == [r["name"] for r in records])
print("find 'hub':", blob.find(b"hub"), "rfind NUL:", blob.rfind(b"\0"), "count NUL:", blob.count(0))
print("endswith comment:", blob.endswith(comment.encode("latin-1")))
print("partition:", blob.partition(b"kitchen\0")[2][:11])
print("split names:", blob[HEADER_SIZE + RECORD_SIZE * 4:].split(b"\0")[:5])

bad_blobs = {
    "bad magic": b"PNG\x89" + blob[4:],
    "short": blob[:10],
    "bad count": blob[:8] + u32(99) + blob[12:],
    "no strtab end": blob[:blob.find(b"\0\0", 80)],
}
for label, bad in bad_blobs.items():
    try:
        parse_file(bad)
        print(label, "-> parsed?!")
    except FormatError as e:
        print(f"{label}: FormatError: {e}")

# decoding errors on the name table
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print("ascii decode:", e.encoding, e.start, e.end, e.reason)
print("latin-1 decode:", b"caf\xe9".decode("latin-1"), "| utf-8 replace:", b"caf\xe9".decode("utf-8", "replace"))
mutable = bytearray(blob[:16])
mutable[0:4] = b"pyrt"
mutable[4:6] = u16(3)
print("patched header:", bytes(mutable).hex(), "upper magic:", bytes(mutable[:4]).upper())
print("bytes ops:", b"-".join([b"a", b"b", b"c"]), b"  x  ".strip(), b"a,b,,c".split(b","),
      bytes.fromhex("de ad be ef"), b"abc".replace(b"b", b"BB"), b"%d-%s" % (7, b"x"))
