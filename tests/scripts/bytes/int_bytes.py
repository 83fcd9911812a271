print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(0, 'big'), (255).to_bytes(), (5).to_bytes(3))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2**64 - 1).to_bytes(8, 'big'), (2**100).to_bytes(13, 'little'), (-2**63).to_bytes(8, 'big', signed=True), (1).to_bytes(length=4, byteorder='little'))
print(True.to_bytes(1, 'big'), (0x123456).to_bytes(3, byteorder='big'), (-(2**70)).to_bytes(10, 'big', signed=True).hex())
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b''), int.from_bytes(b'\xff'), int.from_bytes(b'\xff', signed=True))
print(int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(memoryview(b'\x80'), 'big', signed=True))
print(int.from_bytes(b'\x00' * 20 + b'\x01', 'big'), int.from_bytes(b'\xff' * 16, 'little', signed=True), int.from_bytes(bytes=b'\x02', byteorder='big'), type(int.from_bytes(b'\x01', 'big')).__name__)
for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**31, -2**31, 10**20]:
    for signed in (False, True):
        for length in (1, 2, 4, 9):
            try:
                b = n.to_bytes(length, 'big', signed=signed)
                assert int.from_bytes(b, 'big', signed=signed) == n
                print(n, length, signed, b.hex())
            except OverflowError as e:
                print(n, length, signed, e)
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: (256).to_bytes(1, 'big'))
check(lambda: (-1).to_bytes(1, 'big'))
check(lambda: (1).to_bytes(1, 'mid'))
check(lambda: (1).to_bytes(-1, 'big'))
check(lambda: (1).to_bytes(1, 1))
check(lambda: (1).to_bytes('1', 'big'))
check(lambda: (1).to_bytes(1, 'big', True))
check(lambda: (1).to_bytes(foo=1))
check(lambda: int.from_bytes('a', 'big'))
check(lambda: int.from_bytes(b'a', 'x'))
check(lambda: int.from_bytes(5))
check(lambda: int.from_bytes([256], 'big'))
check(lambda: int.from_bytes())
