checks = [
    (UnicodeError, ValueError), (UnicodeDecodeError, UnicodeError), (UnicodeEncodeError, ValueError),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError), (RuntimeError, Exception),
    (TypeError, Exception), (ValueError, Exception), (NameError, Exception),
    (UnboundLocalError, NameError), (AttributeError, Exception), (AssertionError, Exception),
    (StopIteration, Exception), (StopAsyncIteration, Exception), (GeneratorExit, Exception),
    (GeneratorExit, BaseException), (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException), (MemoryError, Exception),
    (BufferError, Exception), (EOFError, Exception), (ImportError, Exception),
    (ModuleNotFoundError, ImportError), (SyntaxError, Exception), (IndentationError, SyntaxError),
    (TabError, IndentationError), (ReferenceError, Exception), (FloatingPointError, ArithmeticError),
]
for sub, sup in checks:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in UnboundLocalError.__mro__])
print([c.__name__ for c in TabError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
print(BaseException.__bases__, Exception.__bases__[0].__name__)
