# Stable ids for records from names (uuid5), parsing ids users paste in any of the
# accepted spellings, and rejecting bad ones with CPython's messages.
import json
import uuid

NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/players")


def player_id(name):
    return uuid.uuid5(NS, name.strip().lower())


registry = {}
for name in ["Ada", "grace ", "ADA", "Linus"]:
    pid = player_id(name)
    registry.setdefault(pid, []).append(name)

for pid, names in sorted(registry.items()):
    print(pid, names, pid.version, pid.variant == uuid.RFC_4122)

pasted = [
    str(player_id("ada")).upper(),
    "{" + player_id("linus").hex + "}",
    player_id("grace").urn,
    "not-a-uuid",
    player_id("ada").hex[:-1],
]
for text in pasted:
    try:
        pid = uuid.UUID(text)
        print("found", registry.get(pid))
    except ValueError as e:
        print("rejected", repr(text), "-", e)

doc = json.dumps({str(k): v for k, v in registry.items()}, sort_keys=True)
back = {uuid.UUID(k): v for k, v in json.loads(doc).items()}
print(back == registry, len(doc))
print(min(registry).fields, max(registry).bytes.hex())
print(uuid.uuid3(NS, "ada") != player_id("ada"), uuid.UUID(bytes_le=NS.bytes_le) == NS)
