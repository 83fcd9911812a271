"""Python part of the warnings subsystem."""

# pyrite's warnings: CPython 3.11's behaviour (its C accelerator `_warnings` for `warn`,
# `warn_explicit` and the registries, its `warnings.py` for the rest), written for pyrite.
# The calling frame's globals, file and line come from the native `_frame_info`; the
# source line shown under a warning from `_getline` (pyrite reads no files).

import sys


__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # No tracemalloc in pyrite: CPython says so when it is not tracing.
        s += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    if message or module:
        import re
    if message:
        message = re.compile(message, re.I)
    else:
        message = None
    if module:
        module = re.compile(module)
    else:
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'category' -- a class that the warning must be a subclass of
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# --- warn and warn_explicit: CPython's C accelerator's behaviour -------------------------

_NO_ARG = object()


def _bind(fname, names, nrequired, args, kwargs):
    """The arguments of a C function's call as CPython's argument parser binds them (its
    error messages), in `names` order, `_NO_ARG` for those not given."""
    if len(args) > len(names):
        raise TypeError(f"{fname}() takes at most {len(names)} arguments ({len(args)} given)")
    values = list(args) + [_NO_ARG] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {fname}()")
        i = names.index(key)
        if i < len(args):
            raise TypeError(f"argument for {fname}() given by name ('{key}') "
                            f"and position ({i + 1})")
        values[i] = value
    for i in range(nrequired):
        if values[i] is _NO_ARG:
            raise TypeError(f"{fname}() missing required argument '{names[i]}' (pos {i + 1})")
    return values


def _index(value):
    """`value` as an int, as CPython's C argument parser converts it."""
    if isinstance(value, int):
        return int(value)
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted "
                        "as an integer") from None
    return index(value)


def _get_category(message, category):
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        f"not '{type(category).__name__}'")
    return category


def _warn(*args, **kwargs):
    message, category, stacklevel, source = _bind(
        "warn", ("message", "category", "stacklevel", "source"), 1, args, kwargs)
    if category is _NO_ARG:
        category = None
    stacklevel = 1 if stacklevel is _NO_ARG else _index(stacklevel)
    if not -(1 << 63) <= stacklevel < (1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    if source is _NO_ARG:
        source = None
    category = _get_category(message, category)
    # This function's own frame is depth 0: stack level 1 (or less) is its caller.
    info = _frame_info(min(stacklevel, 1 << 32) if stacklevel > 1 else 1)
    if info is None:
        globals, filename, lineno = sys.__dict__, "sys", 1
    else:
        globals, filename, lineno = info
    registry = globals.get("__warningregistry__", _NO_ARG)
    if registry is _NO_ARG:
        registry = globals["__warningregistry__"] = {}
    module = globals.get("__name__")
    if module is not None and not isinstance(module, str):
        module = "<string>"
    elif "__name__" not in globals:
        module = "<string>"
    _warn_explicit(category, message, filename, lineno, module, registry, None, source)


def _warn_explicit_checked(*args, **kwargs):
    (message, category, filename, lineno, module, registry, module_globals,
     source) = _bind(
        "warn_explicit",
        ("message", "category", "filename", "lineno", "module", "registry",
         "module_globals", "source"),
        4, args, kwargs)
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, "
                        f"not {type(filename).__name__}")
    lineno = _index(lineno)
    if lineno > 0x7FFFFFFF:
        raise OverflowError("signed integer is greater than maximum")
    if lineno < -0x80000000:
        raise OverflowError("signed integer is less than minimum")
    if module_globals is not _NO_ARG and module_globals is not None:
        if not isinstance(module_globals, dict):
            raise TypeError("module_globals must be a dict, "
                            f"not '{type(module_globals).__name__}'")
    _warn_explicit(category, message, filename, lineno,
                   _NO_ARG if module is _NO_ARG else module,
                   None if registry is _NO_ARG else registry,
                   None, None if source is _NO_ARG else source)


def _already_warned(registry, key, should_set):
    version = registry.get("version")
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    else:
        if registry.get(key):
            return True
    if should_set:
        registry[key] = True
    return False


def _matches(pattern, arg):
    if pattern is None:
        return True
    if type(pattern) is str:
        if not isinstance(arg, str):
            raise TypeError("Can't compare %s and %s"
                            % (type(pattern).__name__, type(arg).__name__))
        return pattern == arg
    return bool(pattern.match(arg))


def _get_filter(category, text, lineno, module):
    # Like `_warnings`' state: the last filters list seen serves once `filters` is deleted.
    global _last_filters, _last_action
    try:
        current = filters
    except NameError:
        current = _last_filters
    else:
        _last_filters = current
    if type(current) is not list:
        raise ValueError("_warnings.filters must be a list")
    i = 0
    while i < len(current):
        item = current[i]
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError(f"_warnings.filters item {i} isn't a 5-tuple")
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError(f"action must be a string, not '{type(action).__name__}'")
        good_msg = _matches(msg, text)
        good_mod = _matches(mod, module)
        is_subclass = issubclass(category, cat)
        if not isinstance(ln, int):
            raise TypeError("an integer is required")
        if good_msg and is_subclass and good_mod and (ln == 0 or lineno == ln):
            return action, item
        i += 1
    try:
        action = defaultaction
    except NameError:
        action = _last_action
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, "
                        f"not '{type(action).__name__}'")
    _last_action = action
    return action, None


def _warn_explicit(category, message, filename, lineno, module, registry, sourceline,
                   source):
    if module is None:
        return
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is _NO_ARG:
        if not filename:
            module = "<unknown>"
        elif filename.endswith(".py"):
            module = filename[:-3]
        else:
            module = filename
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _get_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = onceregistry
                if not isinstance(registry, dict):
                    raise TypeError("_warnings.onceregistry must be a dict, "
                                    f"not '{type(registry).__name__}'")
            if _already_warned(registry, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    show = _showwarnmsg
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    show(WarningMessage(message, category, filename, lineno, None, sourceline, source))


# The public functions are built-in, as CPython's are C: no frame of theirs in a traceback.
warn = _c_function("warn", sys.modules[__name__])
warn_explicit = _c_function("warn_explicit", sys.modules[__name__])


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):

    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    The 'record' argument specifies whether warnings should be captured by a
    custom implementation of warnings.showwarning() and be appended to a list
    returned by the context manager. Otherwise None is returned by the context
    manager. The objects appended to the list are arguments whose attributes
    mirror the arguments to showwarning().

    The 'module' argument is to specify an alternative module to the module
    named 'warnings' and imported under that name. This argument is only useful
    when testing the warnings module itself.

    If the 'action' argument is not None, the remaining arguments are passed
    to warnings.simplefilter() as if it were called immediately on entering the
    context.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        """Specify whether to record warnings and if an alternative module
        should be used other than sys.modules['warnings'].

        For compatibility with Python 3.0, please consider all arguments to be
        keyword-only.

        """
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=None):
    """Warn that *name* is deprecated or should be removed.

    RuntimeError is raised if *remove* specifies a major/minor tuple older than
    the current Python version or the same version but past the alpha.

    The *message* argument is formatted with *name* and *remove* as a Python
    version (e.g. "3.11").

    """
    if _version is None:
        # Read at the call (CPython's default): a default holding `sys`' object would tie
        # the module to one engine's `sys`, so it could not be template-copied.
        _version = sys.version_info
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        msg = f"{name!r} was slated for removal after Python {remove_formatted} alpha"
        raise RuntimeError(msg)
    else:
        msg = message.format(name=name, remove=remove_formatted)
        warn(msg, DeprecationWarning, stacklevel=3)


# The filters of a normal CPython 3.11 run (no -W, not a debug build): module strings in
# them match by equality, regexes by `match`.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_defaultaction = defaultaction = _last_action = "default"
_last_filters = filters
_onceregistry = onceregistry = {}
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


_processoptions(sys.warnoptions)
