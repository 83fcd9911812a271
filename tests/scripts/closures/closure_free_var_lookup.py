def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            return a + b
        return inner
    return middle
print(outer()()())
def shadow_levels():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            return x
        return inner()
    return mid(), x
print(shadow_levels())
g = "global"
def reads_global_late():
    def inner():
        return g
    return inner
fn = reads_global_late()
print(fn())
g = "global changed"
print(fn())
def param_closure(items):
    def count_of(x):
        return items.count(x)
    return count_of
co = param_closure([1, 2, 2, 3, 3, 3])
print(co(1), co(2), co(3), co(4))
def rebind_after_return():
    v = [1]
    def get():
        return v
    v.append(2)
    return get
print(rebind_after_return()())
def uses_later_defined():
    def call():
        return helper() * 2
    def helper():
        return 21
    return call()
print(uses_later_defined())
