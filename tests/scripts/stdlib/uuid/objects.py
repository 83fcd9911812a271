import copy
import uuid

a = uuid.UUID("00000000-0000-0000-0000-000000000001")
b = uuid.UUID("00000000-0000-0000-0000-000000000002")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == uuid.UUID(int=1))
print(a == 1, a != "x", a == str(a))
try:
    a < 2
except TypeError as e:
    print("TypeError", e)
print(sorted([b, a, uuid.NAMESPACE_URL]))
print(hash(a) == hash(1), len({a, uuid.UUID(int=1), b}))
print({a: "one"}[uuid.UUID(int=1)])

for attr, value in (("int", 5), ("hex", "x"), ("foo", 1)):
    try:
        setattr(a, attr, value)
    except TypeError as e:
        print(attr, "TypeError", e)
tmp = uuid.UUID(int=9)
del tmp.int
print(hasattr(tmp, "int"))
print(hasattr(a, "__dict__"), uuid.UUID.__slots__[:2])

print(copy.copy(a) == a, copy.deepcopy(b) == b)
print(a.__getstate__())
s = uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(s.is_safe, s.__getstate__(), s == uuid.UUID(int=7))

print(list(uuid.SafeUUID), uuid.SafeUUID(-1), uuid.SafeUUID(None).name)
print(repr(uuid.SafeUUID.safe), uuid.SafeUUID.unknown.value)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    for name in ("python.org", "http://python.org/", "", "naïve ☃"):
        print(uuid.uuid3(ns, name), uuid.uuid5(ns, name))
v3 = uuid.uuid3(uuid.NAMESPACE_DNS, "example.com")
print(v3.version, v3.variant, uuid.uuid5(uuid.NAMESPACE_DNS, "example.com").version)
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    uuid.uuid3("not a uuid", "x")
except AttributeError as e:
    print("AttributeError", e)


class Tagged(uuid.UUID):
    pass


t = Tagged(int=3)
print(repr(t), t == uuid.UUID(int=3), isinstance(t, uuid.UUID))
print(uuid.UUID(int=10).int.bit_length(), str(uuid.uuid5(uuid.NAMESPACE_URL, "a")).count("-"))
