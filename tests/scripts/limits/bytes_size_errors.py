# Byte-string sizes past sys.maxsize: CPython raises OverflowError for a bytes result it
# cannot describe ("byte string is too large", "repeated bytes are too long") and MemoryError
# for the rest, and bytearray always MemoryError.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", len(r))
for i, c in enumerate(["bytearray(b'a').ljust(2**63-1)", "b'a'.ljust(2**63-34)", "b'a'.ljust(2**63-33)", "b'a'.center(2**63-1)", "b'1'.zfill(2**63-1)", "b'a'.rjust(2**63-1)", "bytearray(b'ab') * 2**62", "b'ab' * 2**62", "b'ab' * (2**62-1)", "b'a' * (2**63-1)", "b'a' * (2**63-33)", "bytes(2**63-1)", "bytes(2**63-33)", "bytearray(2**63-1)", "(1).to_bytes(2**63-1, 'big')", "b'%*d' % (2**63-1, 1)", "bytes(range(3)) * 2**62", "bytearray(b'1').zfill(2**63-1)", "bytearray(b'ab') * (2**63-1)"]):
    t(c, lambda: eval(c))
def imul():
    x = bytearray(b'ab')
    x *= 2**62
    return x
t("imul", imul)
