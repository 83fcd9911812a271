# csv.field_size_limit and the "quoting" argument: exact ints only, C long / C int range (OverflowError past it).
import csv, io
class I(int): pass
for v in [I(5), True, 1.0, "3", None, 7, -3, 2**70, 2**63, -2**63 - 1, -2**70, 2**63 - 1, -2**63, 0]:
    try:
        print(repr(v), csv.field_size_limit(v))
    except (OverflowError, TypeError) as e:
        print(repr(v), type(e).__name__, e)
print(csv.field_size_limit(), type(csv.field_size_limit()).__name__)
try:
    csv.field_size_limit(new_limit=2**64)
except OverflowError as e:
    print("OverflowError", e)
print(csv.field_size_limit(new_limit=131072))
for q in [2**70, 2**31, -1, 7, 2**63, True, I(1)]:
    try:
        csv.writer(io.StringIO(), quoting=q)
        print("ok", q)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        csv.register_dialect("d", quoting=q)
        print("ok", q)
    except Exception as e:
        print(type(e).__name__, e)
# the limit still applies to reading after a failed set
try:
    csv.field_size_limit(2**70)
except OverflowError as e:
    print(e)
csv.field_size_limit(5)
try:
    list(csv.reader(["abcdefgh,1"]))
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit(131072))
