# Ends with an uncaught TypeError
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
p = P(3)
print(p.get())
print(P.get(p))
print(P(4).get())
print(p.get(1))
