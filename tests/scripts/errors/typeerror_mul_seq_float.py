# Ends with an uncaught TypeError
print("ab" * 3, [0] * 2, (1,) * 4)
print("ab" * True)
print(3 * "x")
print(2 * 1.5)
n = 2.0
print(int(n) * "x")
print([1, 2] * int(n))
print("the next statement raises")
print("ab" * n)
