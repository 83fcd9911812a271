# A slice bound's __index__ may resize the list being sliced. The slice is resolved against
# the list's length after the bounds are computed (CPython's PySlice_Unpack, then
# PySlice_AdjustIndices), so every read, write and delete stays in bounds.


class Clears:
    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        self.target.clear()
        return self.value


class Grows:
    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        self.target.extend(range(100, 106))
        return self.value


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def get(step):
    l = [1, 2, 3, 4]
    return l[0:Clears(l, 2):step]


show("get step 1", lambda: get(1))
show("get step 2", lambda: get(2))
show("get step -1", lambda: (lambda l: l[Clears(l, 3)::-1])([1, 2, 3, 4]))


def assign(step, value):
    l = [1, 2, 3, 4]
    l[0:Clears(l, 2):step] = value
    return l


show("set step 1", lambda: assign(1, [9, 9]))
show("set none", lambda: assign(None, [9, 9, 9]))
show("set step 2", lambda: assign(2, [9]))
show("set step 2 empty", lambda: assign(2, []))


def delete(step):
    l = [1, 2, 3, 4]
    del l[0:Clears(l, 3):step]
    return l


show("del step 1", lambda: delete(1))
show("del step 2", lambda: delete(2))


def grow(step):
    l = [1, 2]
    return l[0:Grows(l, 5):step]


show("grow get", lambda: grow(1))
show("grow get 2", lambda: grow(2))


def grow_set():
    l = [1, 2]
    l[Grows(l, 1):3] = ["x"]
    return l


show("grow set", grow_set)
t = (1, 2, 3)
show("tuple", lambda: t[0:Clears([], 2)])
