# hmac over hashlib: new, update, copy, digest, compare_digest.
import hmac
import hashlib

for mod in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', hashlib.sha384]:
    h = hmac.new(b'key', b'The quick brown fox', mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    c = h.copy()
    h.update(b' jumps')
    print(h.hexdigest() == hmac.new(b'key', b'The quick brown fox jumps', mod).hexdigest(), c.hexdigest() == hmac.new(b'key', b'The quick brown fox', mod).hexdigest())
print(hmac.new(b'k' * 200, b'msg', 'sha256').hexdigest())
print(hmac.new(bytearray(b'key'), digestmod='md5').hexdigest())
print(hmac.digest(b'key', b'msg', 'sha256').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'a', bytearray(b'a')), hmac.compare_digest(b'ab', b'a'))
for args in [('abc', b'abc'), ('é', 'é'), (1, 2)]:
    try:
        print(hmac.compare_digest(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [('key', b'msg', 'md5'), (b'key', b'msg')]:
    try:
        hmac.new(*args)
    except TypeError as e:
        print("TypeError:", e)
