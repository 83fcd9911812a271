# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion
str(10 ** 5000)
