def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(8)], is_odd(99))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 64, 2 ** 40 * 3), gcd(-12, 8))
def binary(n):
    return "0" if n == 0 else ("1" if n == 1 else binary(n // 2) + str(n % 2))
print([binary(i) for i in range(9)], binary(255) == bin(255)[2:])
def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
print(permutations("abc"), len(permutations("abcde")))
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]), count_change(10, [3, 7]))
def sum_digits(n):
    return n if n < 10 else sum_digits(sum(int(d) for d in str(n)))
print(sum_digits(2 ** 100), sum_digits(99999999999))
