def outer():
    counter = 0
    def inc():
        nonlocal counter
        counter += 1
    return countr
outer()
