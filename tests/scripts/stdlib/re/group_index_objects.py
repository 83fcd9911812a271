import re
class Index:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value
m = re.match('(a)(b)', 'ab')
print(m.group(Index(1)), m.group(Index(2), Index(1)))
for a in [-1, 3, 1 << 1000, Index(1 << 1000), Index(-5), 'x', 2.0]:
    try:
        print(m.group(a))
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __index__(self): return "x"
try:
    m.group(Bad())
except Exception as e:
    print(type(e).__name__, e)
