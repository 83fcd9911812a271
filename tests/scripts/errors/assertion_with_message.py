# Ends with an uncaught AssertionError
def check_positive(n):
    assert n > 0, "expected positive, got " + str(n)
    return n
print(check_positive(1))
print(check_positive(10 ** 20))
assert True, "never shown"
assert [1], "truthy list"
print("all assertions so far passed")
print(check_positive(-3))
