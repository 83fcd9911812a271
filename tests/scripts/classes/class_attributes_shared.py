class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count, Counter.shared, a.shared is b.shared)
a.count = 100
print(Counter.count, a.count, b.count)
Counter.count = 50
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
b.shared = ["own"]
print(Counter.shared, b.shared, a.shared)
class Config:
    debug = False
    level = 1
    def describe(self):
        return f"debug={self.debug} level={self.level}"
c = Config()
print(c.describe())
c.debug = True
print(c.describe(), Config.debug, Config().describe())
Config.level = 5
print(c.describe(), Config().describe())
