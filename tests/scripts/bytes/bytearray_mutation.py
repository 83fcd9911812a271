ba = bytearray(b'hello')
ba[0] = 74
ba[-1] = ord('y')
print(ba)
ba.append(33)
ba.extend(b' ok')
ba.extend([32, 65])
ba.extend(bytearray(b'!'))
ba.extend(x for x in b'??')
print(ba, len(ba))
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 46)
ba.insert(-100, 35)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('l'))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba, c is ba)
b2 = bytearray(b'0123456789')
b2[2:5] = b'ab'
print(b2)
b2[::2] = b'XXXXX'
print(b2)
b2[1:1] = [65, 66]
print(b2)
b2[-3:] = bytearray()
print(b2)
b2[0:2] = memoryview(b'mv')
print(b2)
b2[::-3] = b'zzz'
print(b2)
del b2[0]
del b2[-1]
print(b2)
del b2[::2]
print(b2)
del b2[1:3]
print(b2)
b3 = bytearray(b'abc')
b3 += b'def'
b3 += bytearray(b'g')
alias = b3
b3 *= 2
print(b3, alias is b3)
b3 *= 0
print(b3)
b4 = bytearray(b'xy')
b4[5:10] = b'end'
print(b4)
b4[:] = range(3)
print(b4, b4 == bytearray(b'\x00\x01\x02'))
b5 = bytearray(b'aXbXc')
print(b5.replace(b'X', b'--'), b5.split(b'X'), b5.upper(), type(b5.upper()).__name__, type(b5 + b'x').__name__, type(b'x' + b5).__name__)
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'a')
check(lambda: b.pop(5))
check(lambda: bytearray().pop())
check(lambda: b.remove(5))
check(lambda: b.remove(300))
check(lambda: b.append(256))
check(lambda: b.append('a'))
check(lambda: b.append())
check(lambda: b.insert(5))
check(lambda: b.insert(0, 300))
check(lambda: b.extend(5))
check(lambda: b.extend([300]))
check(lambda: b.extend('abc'))
check(lambda: b.pop(1, 2))
def setter(i, v):
    def f():
        b[i] = v
    return f
check(setter(0, 300))
check(setter(0, b'x'))
check(setter(5, 1))
check(setter(slice(0, 1), 5))
check(setter(slice(0, 1), 'x'))
check(setter('k', 1))
def deleter(i):
    def f():
        del b[i]
    return f
check(deleter(3))
check(deleter('k'))
bb = bytearray(b'abc')
def bad_ext():
    bb[0:3:2] = b'x'
check(bad_ext)
def bad_iadd():
    global bb
    bb += 'x'
check(bad_iadd)
print(bb)
x = b'imm'
def item_assign():
    x[0] = 1
check(item_assign)
def item_del():
    del x[0]
check(item_del)
check(lambda: x.append(1))
