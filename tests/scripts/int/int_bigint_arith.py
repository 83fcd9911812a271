a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(a * a - b, -a * -b == a * b)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f % 1000007)
print(2 ** 200 // 3 ** 50, 2 ** 200 % 3 ** 50)
print(abs(-(10 ** 50)), -(-(10 ** 50)))
print((10 ** 18 + 1) * (10 ** 18 - 1), 10 ** 36 - 1)
s = 0
for k in range(100):
    s += 2 ** k
print(s, s == 2 ** 100 - 1)
print(str(2 ** 256)[:20], str(2 ** 256)[-20:])
print(int(str(7 ** 77)) == 7 ** 77, 7 ** 77 % 10 ** 10)
