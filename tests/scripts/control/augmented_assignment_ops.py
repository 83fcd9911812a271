x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
n = 0b1100
n &= 0b1010; print(n)
n |= 0b0001; print(n)
n ^= 0b1111; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
l += [2]; l *= 2; print(l)
t = (1,)
t += (2,); t *= 2; print(t)
d = {"k": 1}
d["k"] += 10; d["k"] *= 2; print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5; m[0][-1] -= 1; print(m)
f = 1.5
f //= 0.4; print(f)
b = True
b += True; print(b, type(b))
