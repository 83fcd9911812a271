print(b'%d %i %u' % (1, -2, 3), b'%5d|%-5d|%05d' % (42, 42, 42), b'%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print(b'%s' % b'x', b'%5s|%-5s' % (b'a', bytearray(b'b')), b'%b' % memoryview(b'mv'), b'%.2s' % b'abcdef', b'%s%%' % b'50')
print(b'%r' % 'é', b'%a' % 'é', b'%r' % b'bytes', b'%a' % [1, 'x'], b'%r' % 42)
print(b'%c%c' % (65, b'B'), b'%c' % bytearray(b'z'), b'%-4c|' % 65, b'%3c' % 0)
print(b'%5.2f' % 3.14159, b'%e' % 1.5, b'%g' % 0.00001, b'%G' % 1e20, b'%.0f' % 2.5, b'%+d' % 5, b'% d' % 5)
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, b'%i' % 3.9, b'%10d' % True, b'%*d' % (5, 1), b'%.*f' % (2, 1.0))
print(b'%s' % (b'tuple',), b'' % (), b'plain' % {}, bytearray(b'%d') % 5, type(bytearray(b'%d') % 5).__name__)
class WithBytes:
    def __bytes__(self):
        return b'<wb>'
print(b'[%s]' % WithBytes(), b'%x' % True)
class Idx:
    def __index__(self):
        return 15
print(b'%x' % Idx(), b'%c' % Idx())
print(repr(b'q'), str(b'q'), f'{b"ab"!r} {b"cd"} {b"x"!s} {b"\xe9"!a}', format(b'fmt'), '{}'.format(b'x'), '%s' % b'y', '%r' % bytearray(b'z'))
print(repr(b"'"), repr(b'"'), repr(b'\'"'), repr(b'\x7f\x80\x1f '), ascii(b'x'), repr(bytearray(b"it's")), repr(memoryview(b'')) [:12])
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: b'%d' % 'x')
check(lambda: b'%s' % 'x')
check(lambda: b'%c' % 300)
check(lambda: b'%c' % 'x')
check(lambda: b'%c' % b'ab')
check(lambda: b'%x' % 1.5)
check(lambda: b'%z' % 1)
check(lambda: b'%s %s' % (b'1',))
check(lambda: b'%s' % (b'1', b'2'))
check(lambda: b'%(k)s' % (1,))
check(lambda: b'%(k)s' % {'k': 1})
check(lambda: b'%f' % 'x')
check(lambda: b'%s' % 1)
check(lambda: format(b'x', '10'))
check(lambda: f'{b"x":>5}')
