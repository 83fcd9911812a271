# Ends with an uncaught OverflowError
big = 10 ** 308
print(float(big))
print(big > 1e307)
print(float(2 ** 1023))
huge = 10 ** 309
print(huge > 1e308)
print(len(str(huge)))
print("checkpoint 1")
print(float(huge))
