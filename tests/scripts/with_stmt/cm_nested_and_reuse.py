class Indent:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *a):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)
ind = Indent()
ind.say("level 0")
with ind:
    ind.say("level 1")
    with ind:
        ind.say("level 2")
        with ind as again:
            again.say("level 3")
    ind.say("back to 1")
ind.say("back to 0")
class OneShot:
    def __init__(self):
        self.used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError("OneShot already used")
        self.used = True
        return self
    def __exit__(self, *a):
        pass
o = OneShot()
with o:
    print("first use ok")
try:
    with o:
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
class Stack:
    def __init__(self):
        self.stack = []
    def push(self, name):
        outer = self
        class Frame:
            def __enter__(self):
                outer.stack.append(name)
                print("push", outer.stack)
            def __exit__(self, *a):
                outer.stack.pop()
                print("pop ", outer.stack)
        return Frame()
s = Stack()
with s.push("main"):
    with s.push("helper"):
        with s.push("leaf"):
            pass
    with s.push("other"):
        pass
