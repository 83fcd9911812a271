class A:
    value = 1
    @property
    def p(self):
        return self.valeu
A().p
