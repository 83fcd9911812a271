x = []
x.appendd(1)
