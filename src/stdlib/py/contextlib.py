"""Utilities for with-statement contexts.  See PEP 343."""


__all__ = [
    "contextmanager",
    "closing",
    "nullcontext",
    "AbstractContextManager",
    "ContextDecorator",
    "ExitStack",
    "redirect_stdout",
    "redirect_stderr",
    "suppress",
]


def _has_methods(C, *methods):
    """Whether every name of `methods` is defined (and not None) along C's MRO."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


# The classes are made on first use (module `__getattr__`, or the first `@contextmanager`):
# most scripts use one or two of them, and as ABCMeta classes they are the whole cost of
# importing the module.
_LAZY = (
    "AbstractContextManager",
    "ContextDecorator",
    "_GeneratorContextManagerBase",
    "_GeneratorContextManager",
    "closing",
    "_RedirectStream",
    "redirect_stdout",
    "redirect_stderr",
    "suppress",
    "_BaseExitStack",
    "ExitStack",
    "nullcontext",
)


def _build():
    import abc
    import sys
    from functools import wraps

    class AbstractContextManager(abc.ABC):
        """An abstract base class for context managers."""

        def __class_getitem__(cls, item):
            return _generic_alias(cls, item)

        def __enter__(self):
            """Return `self` upon entering the runtime context."""
            return self

        @abc.abstractmethod
        def __exit__(self, exc_type, exc_value, traceback):
            """Raise any exception triggered within the runtime context."""
            return None

        @classmethod
        def __subclasshook__(cls, C):
            if cls is AbstractContextManager:
                return _has_methods(C, "__enter__", "__exit__")
            return NotImplemented


    class ContextDecorator(object):
        "A base class or mixin that enables context managers to work as decorators."

        def _recreate_cm(self):
            """Return a recreated instance of self.

            Allows an otherwise one-shot context manager like
            _GeneratorContextManager to support use as
            a decorator via implicit recreation.
            """
            return self

        def __call__(self, func):
            @wraps(func)
            def inner(*args, **kwds):
                with self._recreate_cm():
                    return func(*args, **kwds)
            return inner


    class _GeneratorContextManagerBase:
        """Shared functionality for @contextmanager."""

        def __init__(self, func, args, kwds):
            self.gen = func(*args, **kwds)
            self.func, self.args, self.kwds = func, args, kwds
            doc = getattr(func, "__doc__", None)
            if doc is None:
                doc = type(self).__doc__
            self.__doc__ = doc

        def _recreate_cm(self):
            # Each use as a decorator needs a fresh generator.
            return self.__class__(self.func, self.args, self.kwds)


    class _GeneratorContextManager(
        _GeneratorContextManagerBase,
        AbstractContextManager,
        ContextDecorator,
    ):
        """Helper for @contextmanager decorator."""

        def __enter__(self):
            # Only needed to recreate the manager, which cannot happen once it is entered.
            del self.args, self.kwds, self.func
            try:
                return next(self.gen)
            except StopIteration:
                raise RuntimeError("generator didn't yield") from None

        def __exit__(self, typ, value, traceback):
            if typ is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                raise RuntimeError("generator didn't stop")
            if value is None:
                # An instance, so that the exception coming back out can be recognised.
                value = typ()
            try:
                self.gen.throw(value)
            except StopIteration as exc:
                # The generator finished: the exception is suppressed, unless the body's own
                # StopIteration is what came back.
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    return False
                # A StopIteration thrown in and turned into RuntimeError by the generator
                # (PEP 479) propagates as the original StopIteration.
                if isinstance(value, StopIteration) and exc.__cause__ is value:
                    return False
                raise
            except BaseException as exc:
                # The exception thrown in came back: the with statement re-raises it itself.
                if exc is not value:
                    raise
                return False
            raise RuntimeError("generator didn't stop after throw()")


    class closing(AbstractContextManager):
        """Context to automatically close something at the end of a block."""

        def __init__(self, thing):
            self.thing = thing

        def __enter__(self):
            return self.thing

        def __exit__(self, *exc_info):
            self.thing.close()


    class _RedirectStream(AbstractContextManager):

        _stream = None

        def __init__(self, new_target):
            self._new_target = new_target
            # A stack of the replaced targets, so one instance can be entered again inside itself.
            self._old_targets = []

        def __enter__(self):
            self._old_targets.append(getattr(sys, self._stream))
            setattr(sys, self._stream, self._new_target)
            return self._new_target

        def __exit__(self, exctype, excinst, exctb):
            setattr(sys, self._stream, self._old_targets.pop())


    class redirect_stdout(_RedirectStream):
        """Context manager for temporarily redirecting stdout to another file."""

        _stream = "stdout"


    class redirect_stderr(_RedirectStream):
        """Context manager for temporarily redirecting stderr to another file."""

        _stream = "stderr"


    class suppress(AbstractContextManager):
        """Context manager to suppress specified exceptions

        After the exception is suppressed, execution proceeds with the next
        statement following the with statement.
        """

        def __init__(self, *exceptions):
            self._exceptions = exceptions

        def __enter__(self):
            pass

        def __exit__(self, exctype, excinst, exctb):
            return exctype is not None and issubclass(exctype, self._exceptions)


    class _BaseExitStack:
        """A base class for ExitStack."""

        @staticmethod
        def _create_exit_wrapper(cm, cm_exit):
            def _exit_wrapper(exc_type, exc, tb):
                return cm_exit(cm, exc_type, exc, tb)
            _exit_wrapper.__self__ = cm
            return _exit_wrapper

        @staticmethod
        def _create_cb_wrapper(callback, /, *args, **kwds):
            def _exit_wrapper(exc_type, exc, tb):
                callback(*args, **kwds)
            return _exit_wrapper

        def __init__(self):
            self._exit_callbacks = []

        def pop_all(self):
            """Preserve the context stack by transferring it to a new instance."""
            new_stack = type(self)()
            new_stack._exit_callbacks = self._exit_callbacks
            self._exit_callbacks = []
            return new_stack

        def push(self, exit):
            """Registers a callback with the standard __exit__ method signature.

            Can suppress exceptions the same way __exit__ method can.
            Also accepts any object with an __exit__ method (registering a call
            to the method instead of the object itself).
            """
            # The special method is looked up on the type, as the with statement does.
            try:
                exit_method = type(exit).__exit__
            except AttributeError:
                self._push_exit_callback(exit)
            else:
                self._push_cm_exit(exit, exit_method)
            return exit

        def enter_context(self, cm):
            """Enters the supplied context manager.

            If successful, also pushes its __exit__ method as a callback and
            returns the result of the __enter__ method.
            """
            cls = type(cm)
            try:
                _enter = cls.__enter__
                _exit = cls.__exit__
            except AttributeError:
                raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                                f"not support the context manager protocol") from None
            result = _enter(cm)
            self._push_cm_exit(cm, _exit)
            return result

        def callback(self, callback, /, *args, **kwds):
            """Registers an arbitrary callback and arguments.

            Cannot suppress exceptions.
            """
            _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
            _exit_wrapper.__wrapped__ = callback
            self._push_exit_callback(_exit_wrapper)
            return callback

        def _push_cm_exit(self, cm, cm_exit):
            self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit))

        def _push_exit_callback(self, callback, is_sync=True):
            self._exit_callbacks.append((is_sync, callback))


    class ExitStack(_BaseExitStack, AbstractContextManager):
        """Context manager for dynamic management of a stack of exit callbacks.

        For example:
            with ExitStack() as stack:
                files = [stack.enter_context(open(fname)) for fname in filenames]
                # All opened files will automatically be closed at the end of
                # the with statement, even if attempts to open files later
                # in the list raise an exception.
        """

        def __enter__(self):
            return self

        def __exit__(self, *exc_details):
            received_exc = exc_details[0] is not None
            # The exception being handled where the stack unwinds: the point where the
            # context chain of a callback's exception joins the chain already there.
            frame_exc = sys.exc_info()[1]

            def relink_context(new_exc, old_exc):
                # Make old_exc the context of new_exc's chain, as if the callbacks were nested
                # with statements, without creating a cycle.
                while True:
                    exc_context = new_exc.__context__
                    if exc_context is None or exc_context is old_exc:
                        return
                    if exc_context is frame_exc:
                        break
                    new_exc = exc_context
                new_exc.__context__ = old_exc

            suppressed_exc = False
            pending_raise = False
            while self._exit_callbacks:
                is_sync, cb = self._exit_callbacks.pop()
                try:
                    if cb(*exc_details):
                        suppressed_exc = True
                        pending_raise = False
                        exc_details = (None, None, None)
                except BaseException as new_exc:
                    relink_context(new_exc, exc_details[1])
                    pending_raise = True
                    exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
            if pending_raise:
                # Raising sets __context__ to the exception being handled here; keep the chain
                # built above instead.
                fixed_ctx = exc_details[1].__context__
                try:
                    raise exc_details[1]
                except BaseException as exc:
                    exc.__context__ = fixed_ctx
                    raise
            return received_exc and suppressed_exc

        def close(self):
            """Immediately unwind the context stack."""
            self.__exit__(None, None, None)


    class nullcontext(AbstractContextManager):
        """Context manager that does no additional processing.

        Used as a stand-in for a normal context manager, when a particular
        block of code is only sometimes used with a normal context manager:

        cm = optional_cm if condition else nullcontext()
        with cm:
            # Perform operation, using optional_cm if condition is True
        """

        def __init__(self, enter_result=None):
            self.enter_result = enter_result

        def __enter__(self):
            return self.enter_result

        def __exit__(self, *excinfo):
            pass

    g = globals()
    for cls in (AbstractContextManager, ContextDecorator, _GeneratorContextManagerBase,
                _GeneratorContextManager, closing, _RedirectStream, redirect_stdout,
                redirect_stderr, suppress, _BaseExitStack, ExitStack, nullcontext):
        cls.__qualname__ = cls.__name__
        g[cls.__name__] = cls


def __getattr__(name):
    if name in _LAZY:
        _build()
        return globals()[name]
    _missing_attr("contextlib", name)


def contextmanager(func):
    """@contextmanager decorator.

    Typical usage:

        @contextmanager
        def some_generator(<arguments>):
            <setup>
            try:
                yield <value>
            finally:
                <cleanup>
    """
    if "_GeneratorContextManager" not in globals():
        _build()
    from functools import wraps

    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper
