x = None
x.appendd(1)
