def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handler()
except ValueError as e:
    print("caller got", repr(e))
def reraise_after_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    reraise_after_other()
except Exception as e:
    print("re-raised", type(e).__name__, e)
def reraise_var():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    reraise_var()
except ZeroDivisionError as e:
    print("raised stored", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            print("zero; re-raise")
            raise
        return -1
try:
    conditional(0)
except ZeroDivisionError as e:
    print("got", e)
print(conditional(5))
class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts}")
    return "success"
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after", r)
