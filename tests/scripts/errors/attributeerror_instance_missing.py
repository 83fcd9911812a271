# Ends with an uncaught AttributeError
class A:
    def __init__(self):
        self.y = 1
a = A()
print(a.y)
a.z = 2
print(a.z)
print(isinstance(a, A))
print(a.x)
