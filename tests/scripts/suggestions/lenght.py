class P:
    def __init__(self): self.length = 3
P().lenght
