# Every guaranteed algorithm: digests of several inputs, incremental updates, copies, attributes.
import hashlib

inputs = [b"", b"abc", b"a" * 1000, bytes(range(256)) * 9, bytearray(b"bytearray"), memoryview(b"view")]
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']
for name in names:
    ctor = getattr(hashlib, name)
    for data in inputs:
        print(name, ctor(data).hexdigest())
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    h.update(b"hello ")
    c = h.copy()
    h.update(b"world")
    print(h.hexdigest() == ctor(b"hello world").hexdigest(), c.hexdigest() == ctor(b"hello ").hexdigest())
    print(h.digest() == bytes.fromhex(h.hexdigest()), len(h.digest()))
for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    print(h.hexdigest(10), h.hexdigest(0), h.digest(40).hex(), h.copy().hexdigest(5))
    h.update(b"def")
    print(h.hexdigest(16), hashlib.new(name, b"abcdef").hexdigest(16))

print(hashlib.new('SHA256', b'x').hexdigest(), hashlib.new('sha-1', b'x').name, hashlib.new('md5', data=b'x').hexdigest())
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(), hashlib.sha256(string=b'x').hexdigest())
print(hashlib.md5.__name__, hashlib.blake2b.__name__, hashlib.sha3_256().name)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed == hashlib.algorithms_available - (hashlib.algorithms_available - hashlib.algorithms_guaranteed))

# BLAKE2 parameters.
print(hashlib.blake2b(b'a', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'a', digest_size=16, key=b'key', salt=b'saltsalt', person=b'personal').hexdigest())
print(hashlib.blake2b(key=b'k' * 64).hexdigest(), hashlib.blake2s(key=b'k' * 32, digest_size=1).hexdigest())
print(hashlib.blake2b(b'x' * 200, salt=b's' * 16, person=b'p' * 16).hexdigest())
b = hashlib.blake2b(digest_size=32)
print(b.name, b.digest_size, b.block_size, b.copy().hexdigest() == b.hexdigest(), hashlib.blake2s.SALT_SIZE, hashlib.blake2b.PERSON_SIZE)
print(hashlib.new('blake2b', b'abc', digest_size=16).hexdigest())

# PBKDF2 (RFC 6070 vectors and others).
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000, 10).hex())
print(hashlib.pbkdf2_hmac('sha512', b'k' * 200, bytearray(b'salt'), 3, 100).hex())
print(hashlib.pbkdf2_hmac('md5', b'', b'', 2).hex(), hashlib.pbkdf2_hmac('sha3_256', b'pw', b's', 2).hex())

import io
print(hashlib.file_digest(io.BytesIO(b"file contents"), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"file contents"), hashlib.md5).hexdigest())
