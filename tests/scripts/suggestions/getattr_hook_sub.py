class E(AttributeError): pass
class A:
    value = 1
    def __getattr__(self, n):
        raise E(n)
A().valeu
