# Ends with an uncaught TypeError
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
p = Pair(1, 2)
print(p.a, p.b)
q = Pair(b=3, a=4)
print(q.a, q.b)
print("constructing with one argument")
Pair(1)
