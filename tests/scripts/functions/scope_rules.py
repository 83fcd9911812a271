x = "global x"
def read_global():
    return x
def local_shadow():
    x = "local x"
    return x
def nested_read():
    y = "enclosing y"
    def inner():
        return x + " / " + y
    return inner()
print(read_global(), local_shadow(), nested_read(), x)
def param_shadow(x):
    x = x * 2
    return x
print(param_shadow(21), x)
def builtin_shadow():
    len = lambda s: -1
    return len("abc")
print(builtin_shadow(), len("abc"))
def comprehension_scope():
    i = "outer i"
    lst = [i for i in range(3)]
    return i, lst
print(comprehension_scope())
for loop_var in range(3):
    pass
print(loop_var)
def default_eval_time(a=x):
    return a
x = "changed"
print(default_eval_time(), x)
def modify_list(lst):
    lst.append(x)
g = []
modify_list(g)
print(g)
