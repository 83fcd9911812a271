# expect: fuel exhausted|timeout
# An __exit__ that swallows everything and loops.
class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        while True:
            pass
        return True

while True:
    with C():
        while True:
            pass
