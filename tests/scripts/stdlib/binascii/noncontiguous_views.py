import binascii, hashlib
m = memoryview(bytearray(b'noncontig'))
for v in [m[::-2], m[::2], m[::1], m[2:3:2], m[::-1][:1]]:
    for f in [binascii.b2a_hex, binascii.hexlify, binascii.crc32, binascii.b2a_base64, lambda x: hashlib.md5(x).hexdigest(), binascii.a2b_hex]:
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
