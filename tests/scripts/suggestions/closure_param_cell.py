def outer(counter):
    def inc():
        return counter
    return countr
outer(1)
