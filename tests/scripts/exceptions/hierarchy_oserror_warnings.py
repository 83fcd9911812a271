for cls in (FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError,
            NotADirectoryError, TimeoutError, ConnectionError, BrokenPipeError,
            ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError,
            ChildProcessError, ProcessLookupError, InterruptedError, BlockingIOError):
    print(cls.__name__, issubclass(cls, OSError), cls.__bases__[0].__name__)
print(IOError is OSError, EnvironmentError is OSError)
for w in (UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
          RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
          ResourceWarning):
    print(w.__name__, issubclass(w, Warning), issubclass(w, Exception), w.__bases__[0].__name__)
print(Warning.__bases__[0].__name__, issubclass(Warning, BaseException))
try:
    raise FileNotFoundError("no such file")
except OSError as e:
    print(type(e).__name__, e, e.args)
