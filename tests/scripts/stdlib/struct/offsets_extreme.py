import struct, sys
for f in [lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1),
          lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize),
          lambda: struct.pack_into('<I', bytearray(10), -sys.maxsize, 1),
          lambda: struct.unpack_from('<I', bytearray(10), -sys.maxsize),
          lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize + 1),
          lambda: struct.pack_into('<I', bytearray(10), -sys.maxsize - 1, 1),
          lambda: struct.pack_into('<I', bytearray(10), 8, 1),
          lambda: struct.unpack_from('<I', bytearray(10), -2),
          lambda: list(struct.iter_unpack('<I', bytearray(10))),
          lambda: struct.calcsize('%dI' % (sys.maxsize // 2)),
          lambda: struct.calcsize('%dq' % (sys.maxsize // 4)),
          lambda: struct.calcsize('%dx' % (sys.maxsize)),
          lambda: struct.calcsize('%dxI' % (sys.maxsize - 2)),
          lambda: struct.calcsize('%ds%ds' % (sys.maxsize, sys.maxsize)),
          lambda: struct.pack('%dx' % (sys.maxsize), ),
          ]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: struct.pack_into('<I', bytearray(10), -2, 1), lambda: struct.unpack_from('<I', bytearray(10), -2), lambda: struct.unpack_from('<I', bytearray(10), -10), lambda: struct.pack_into('<I', bytearray(10), -10, 1),lambda: struct.Struct('<I').unpack_from(bytearray(10), -3), lambda: struct.Struct('<I').pack_into(bytearray(10), -4, 7), lambda: struct.unpack_from('<I', bytearray(3), -3)]:
    try: print(f())
    except Exception as e: print(e)
