class A:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.itmes.append(x)
A().add(1)
