# The file interface (encode/decode over BytesIO), encodebytes line wrapping, str input.
import base64
import io

src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
print(base64.encodebytes(b"a" * 57), base64.encodebytes(b"a" * 58), base64.encodebytes(b""))
print(base64.decodebytes(base64.encodebytes(b"x" * 300)) == b"x" * 300)
print(base64.b64decode("aGVsbG8="), base64.b32decode("NBSWY3DP"), base64.b16decode("68656C6C6F"), base64.b85decode("Xk~0{Zv"), base64.a85decode("BOu!rDZ"))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.__all__)
try:
    base64.decodebytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    base64.b85encode("abc")
except TypeError as e:
    print("TypeError:", e)
