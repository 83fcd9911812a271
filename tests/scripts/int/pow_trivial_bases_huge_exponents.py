# Powers whose base is 0, 1 or -1 with exponents far past any size bound: trivial results,
# never a size refusal (a fuzz finding reached the size estimate with a zero base).
print(0 ** 10**10, 1 ** 10**10, (-1) ** 10**10, (-1) ** (10**10 + 1))
print(0 ** (2**64 + 1), 1 ** 2**100, (-1) ** (2**100 + 1))
big_zero = 10**40 - 10**40
print(big_zero ** 10**12, pow(big_zero, 10**12), pow(1, 10**30, 7))
x = 0
x **= 10**18
print(x)
try:
    print(0 ** -(10**10))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
