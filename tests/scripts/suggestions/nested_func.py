def a():
    def b():
        helper_value = 1
        return helper_valu
    return b()
a()
