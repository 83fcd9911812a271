def f():
    localvar = 1
    raise NameError('custom', name='localvr')
f()
