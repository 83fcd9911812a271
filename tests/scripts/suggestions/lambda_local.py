f = lambda alpha: alphaa
f(1)
