class A:
    def m(self):
        self.value = 1
        return valeu
A().m()
