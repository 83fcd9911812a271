for t in (bytes, bytearray, memoryview):
    print(t.__name__, dir(t))
print(dir(b'') == dir(bytes), dir(bytearray(b'x')) == dir(bytearray))
print(type(iter(b'')).__name__, dir(iter(b'')) == dir(type(iter(b''))), type(iter(bytearray())).__name__, type(iter(memoryview(b''))).__name__)
print(bytes, bytearray, memoryview, type(b'x') is bytes, type(bytearray()) is bytearray, bytes.__name__, bytearray.__qualname__)
print(isinstance(b'', (str, bytes)), isinstance(bytearray(), bytes), issubclass(bytes, object), bytes.__mro__, bytearray.__base__)
class Sub(bytes):
    pass
print(dir(Sub) == dir(bytes), '__module__' in dir(Sub()))
print(hasattr(b'', 'decode'), hasattr(bytearray(), 'append'), hasattr(b'', 'append'), callable(bytes.fromhex), bytes.maketrans is bytes.maketrans)
