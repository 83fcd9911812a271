for i in rnage(3): pass
