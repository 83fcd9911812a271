# The values of sys that pyrite reports as CPython 3.11 does (not the version string).
import sys
import math

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info > (3, 11, 0, "alpha"))
print(sys.version_info.releaselevel, sys.version_info.serial, len(sys.version_info))
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
print(repr(sys.version_info).startswith("sys.version_info(major=3, minor=11, micro="))
print(sys.version.startswith("3.11."), sys.hexversion >> 16 == 0x030B, hex(sys.hexversion & 0xFF))
major, minor, *rest = sys.version_info
print(major, minor, rest[1:])
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder)
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info[0])
print(sys.int_info)
print(sys.hash_info)
print(sys.hash_info.modulus == 2**61 - 1, hash(float("inf")) == sys.hash_info.inf)
print(sys.getdefaultencoding(), sys.platform)
print(sys.argv[1:], sys.path == sys.path)
print(sys.get_int_max_str_digits())
try:
    type(sys.version_info)()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError")
print(sys.intern("abc") == "abc", sys.intern("x" * 3) is sys.intern("xxx"))
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.modules["sys"] is sys, "builtins" in sys.modules, "__main__" in sys.modules)
main = sys.modules["__main__"]
MAIN_VALUE = 17
print(main.__name__, main.MAIN_VALUE, main.math is math if "math" in dir(main) else None)
import __main__
print(__main__ is main, __main__.MAIN_VALUE)
print(type(sys.implementation).__name__)
print(sys.modules["math"] is math)
