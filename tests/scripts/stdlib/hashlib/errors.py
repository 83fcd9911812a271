# hashlib's errors, as CPython 3.11 words them.
import hashlib

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r) if not hasattr(r, "hexdigest") else r.name)
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(hashlib.new, 'foo')
attempt(hashlib.new, 'sha257')
attempt(hashlib.md5, 'abc')
attempt(hashlib.md5, 5)
attempt(hashlib.md5().update, 'x')
attempt(hashlib.sha256().update, 5)
attempt(hashlib.sha256().update, None)
attempt(hashlib.blake2b().update, 'x')
attempt(hashlib.shake_128().digest)
attempt(hashlib.shake_128().hexdigest, -1)
attempt(hashlib.blake2b, digest_size=0)
attempt(hashlib.blake2b, digest_size=65)
attempt(hashlib.blake2s, digest_size=33)
attempt(hashlib.blake2b, key=b'x' * 65)
attempt(hashlib.blake2b, salt=b'x' * 17)
attempt(hashlib.blake2b, person=b'x' * 17)
attempt(hashlib.blake2s, salt=b'x' * 9)
attempt(hashlib.blake2s, person=b'x' * 9)
attempt(hashlib.blake2s, key=b'x' * 33)
attempt(hashlib.blake2b, 'str')
attempt(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 0)
attempt(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 1, 0)
attempt(hashlib.pbkdf2_hmac, 'sha256', 'pw', b'salt', 1)
attempt(hashlib.pbkdf2_hmac, 'sha256', b'pw', 'salt', 1)
attempt(hashlib.pbkdf2_hmac, 'foo', b'pw', b'salt', 1)
print(hasattr(hashlib, "UnsupportedDigestmodError"))
