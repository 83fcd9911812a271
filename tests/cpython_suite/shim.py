import re, string, sys
class _NS: pass
def gc_collect(): pass
_2G = 2**31
def bigmemtest(size=0, memuse=0, dry_run=True):
    def deco(f):
        def w(self): raise _Skip("bigmem")
        return w
    return deco
def cpython_only(f):
    def w(self): raise _Skip("cpython_only")
    return w
def check_disallow_instantiation(tc, cls, *a, **k):
    try:
        cls(*a, **k)
    except TypeError:
        return
    raise AssertionError("instantiation allowed")
is_emscripten = False
is_wasi = False
SHORT_TIMEOUT = 30
class _Skip(Exception): pass
class _CapOut:
    def __enter__(self):
        import io
        self.old = sys.stdout
        self.buf = io.StringIO()
        sys.stdout = self.buf
        return self.buf
    def __exit__(self, *a):
        sys.stdout = self.old
def captured_stdout(): return _CapOut()
multiprocessing = None
class _Raises:
    def __init__(self, exc, regex=None):
        self.exc = exc; self.regex = regex; self.exception = None
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        if t is None:
            raise AssertionError("%s not raised" % (self.exc,))
        if not issubclass(t, self.exc):
            return False
        self.exception = v
        if self.regex is not None and not re.search(self.regex, str(v)):
            raise AssertionError("regex %r not in %r" % (self.regex, str(v)))
        return True
class _Warns:
    def __init__(self, *a, **k): pass
    def __enter__(self): return self
    def __exit__(self, *a): return False
class unittest:
    class TestCase:
        def __init__(self, *a): pass
        maxDiff = None
        def assertEqual(self, a, b, msg=None):
            if not (a == b): raise AssertionError("%r != %r %s" % (a, b, msg or ""))
        assertEquals = assertEqual
        def assertNotEqual(self, a, b, msg=None):
            if a == b: raise AssertionError("%r == %r" % (a, b))
        def assertTrue(self, x, msg=None):
            if not x: raise AssertionError("not true: %r %s" % (x, msg or ""))
        def assertFalse(self, x, msg=None):
            if x: raise AssertionError("not false: %r" % (x,))
        def assertIs(self, a, b, msg=None):
            if a is not b: raise AssertionError("%r is not %r" % (a, b))
        def assertIsNot(self, a, b, msg=None):
            if a is b: raise AssertionError("%r is %r" % (a, b))
        def assertIsNone(self, a, msg=None):
            if a is not None: raise AssertionError("%r is not None" % (a,))
        def assertIsNotNone(self, a, msg=None):
            if a is None: raise AssertionError("is None")
        def assertIn(self, a, b, msg=None):
            if a not in b: raise AssertionError("%r not in %r" % (a, b))
        def assertNotIn(self, a, b, msg=None):
            if a in b: raise AssertionError("%r in %r" % (a, b))
        def assertIsInstance(self, a, t, msg=None):
            if not isinstance(a, t): raise AssertionError("%r not instance of %r" % (a, t))
        def assertLess(self, a, b, msg=None):
            if not a < b: raise AssertionError("%r >= %r" % (a, b))
        def assertGreater(self, a, b, msg=None):
            if not a > b: raise AssertionError("%r <= %r" % (a, b))
        def assertRaises(self, exc, *args, **kw):
            r = _Raises(exc)
            if not args: return r
            with r:
                args[0](*args[1:], **kw)
            return r
        def assertRaisesRegex(self, exc, regex, *args, **kw):
            r = _Raises(exc, regex)
            if not args: return r
            with r:
                args[0](*args[1:], **kw)
            return r
        def assertWarns(self, *a, **k):
            if len(a) > 1:
                return a[1](*a[2:], **k)
            return _Warns()
        def assertWarnsRegex(self, *a, **k):
            if len(a) > 2:
                return a[2](*a[3:], **k)
            return _Warns()
        def assertCountEqual(self, a, b, msg=None):
            if sorted(map(repr, a)) != sorted(map(repr, b)): raise AssertionError("count")
        def assertSequenceEqual(self, a, b, msg=None):
            if list(a) != list(b): raise AssertionError("%r != %r" % (a, b))
        assertListEqual = assertSequenceEqual
        assertTupleEqual = assertSequenceEqual
        def assertDictEqual(self, a, b, msg=None):
            if a != b: raise AssertionError("%r != %r" % (a, b))
        def assertLessEqual(self, a, b, msg=None):
            if not a <= b: raise AssertionError("%r > %r" % (a, b))
        def assertGreaterEqual(self, a, b, msg=None):
            if not a >= b: raise AssertionError("%r < %r" % (a, b))
        def assertNotIsInstance(self, a, t, msg=None):
            if isinstance(a, t): raise AssertionError("instance")
        def fail(self, msg=None): raise AssertionError(msg)
        def assertRegex(self, s, r, msg=None):
            if not re.search(r, s): raise AssertionError("regex")
        def assertAlmostEqual(self, a, b, places=7, msg=None):
            if round(abs(a-b), places) != 0: raise AssertionError("almost")
        def setUp(self): pass
        def skipTest(self, why): raise _Skip(why)
        def subTest(self, *a, **k): return _Warns()
        def addCleanup(self, f, *a, **k): pass
    @staticmethod
    def skipUnless(cond, why):
        def deco(f):
            if cond: return f
            def w(self): raise _Skip(why)
            return w
        return deco
    @staticmethod
    def skipIf(cond, why):
        return unittest.skipUnless(not cond, why)
    @staticmethod
    def skip(why):
        def deco(f):
            def w(self): raise _Skip(why)
            return w
        return deco
    @staticmethod
    def expectedFailure(f):
        return f
class locale:
    @staticmethod
    def getlocale(*a): return ('C', None)
    @staticmethod
    def setlocale(*a): return 'C'
    LC_CTYPE = 0
    Error = Exception
    @staticmethod
    def getpreferredencoding(*a): return 'UTF-8'
class warnings:
    @staticmethod
    def catch_warnings(*a, **k): return _Warns()
    @staticmethod
    def simplefilter(*a, **k): pass
    @staticmethod
    def filterwarnings(*a, **k): pass
def proxy(x): return x
try:
    from re import Scanner
except Exception:
    Scanner = None
class import_helper:
    @staticmethod
    def import_fresh_module(name, fresh=(), blocked=()):
        if blocked and ('_' + name) in blocked:
            return __import__(name)
        if fresh:
            return __import__(name)
        return __import__(name)
    @staticmethod
    def import_module(name):
        return __import__(name)
def requires_IEEE_754(f): return f
class support:
    requires_IEEE_754 = staticmethod(requires_IEEE_754)
    cpython_only = staticmethod(cpython_only)
    @staticmethod
    def run_unittest(*a): pass
    @staticmethod
    def requires_resource(*a): 
        return lambda f: f
    is_emscripten = False
    is_wasi = False
    @staticmethod
    def swap_attr(*a): return _Warns()
    @staticmethod
    def check_free_after_iterating(*a): pass
    ALWAYS_EQ = None
    NEVER_EQ = None
    @staticmethod
    def requires_docstrings(f): return f
_1G = 2**30; _4G = 2**32
def bigaddrspacetest(f): return cpython_only(f)
TestCase = unittest.TestCase
skipUnless = unittest.skipUnless
skipIf = unittest.skipIf
skip = unittest.skip
class os_helper:
    TESTFN = 'testfn'
class warnings_helper:
    @staticmethod
    def check_warnings(*a, **k): return _Warns()
    @staticmethod
    def ignore_warnings(*a, **k):
        return lambda f: f
class script_helper:
    pass
def run_with_locale(*a):
    return lambda f: f
def bigaddrspacetest(f): return cpython_only(f)
def _assertSetEqual(self, a, b, msg=None):
    if set(a) != set(b): raise AssertionError("%r != %r" % (a, b))
unittest.TestCase.assertSetEqual = _assertSetEqual
def _check_impl_detail(**k): return True
support.check_impl_detail = staticmethod(_check_impl_detail)
support.MAX_Py_ssize_t = sys.maxsize
def _proxy(x): return x
class _Platform:
    @staticmethod
    def system(): return 'Linux'
    @staticmethod
    def machine(): return 'x86_64'
platform = _Platform()
class _Mock:
    def __getattr__(self, n): raise _Skip("mock")
unittest.mock = _Mock()
mock = unittest.mock
def _bool_shim(): pass
try:
    sys.flags
except Exception:
    class _Flags:
        optimize = 0
        dev_mode = False
    try:
        sys.flags = _Flags()
    except Exception:
        pass
class threading_helper:
    @staticmethod
    def requires_working_threading(*a, **k):
        return lambda f: f
    @staticmethod
    def reap_threads(f): return f
class pickle:
    HIGHEST_PROTOCOL = -1
    @staticmethod
    def dumps(*a, **k): raise _Skip("pickle")
    @staticmethod
    def loads(*a, **k): raise _Skip("pickle")
support.bigaddrspacetest = staticmethod(bigaddrspacetest)
def _impl_detail(msg=None, **guards):
    return lambda f: f
support.impl_detail = staticmethod(_impl_detail)
support.gc_collect = staticmethod(gc_collect)
support.Py_DEBUG = False
support.SHORT_TIMEOUT = 30
support.verbose = False
support.skip_if_pgo_task = staticmethod(lambda f: f)
support.requires_IEEE_754 = staticmethod(lambda f: f)
support.no_tracing = staticmethod(lambda f: f)
support.refcount_test = staticmethod(lambda f: f)
support.bigmemtest = staticmethod(bigmemtest)
support.cpython_only = staticmethod(cpython_only)
def _check_sizeof(*a): raise _Skip("sizeof")
support.check_sizeof = staticmethod(_check_sizeof)
support.calcobjsize = staticmethod(lambda *a: 0)
support.captured_output = staticmethod(lambda *a: _CapOut())
