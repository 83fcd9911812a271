# Ends with an uncaught AttributeError
s = "Hello"
print(s.upper(), s.lower())
print(s.startswith("H"))
print(s.swapcase())
print(s.title())
print("there is no str.reverse")
print("checkpoint 1")
print("checkpoint 2")
print(s.reverse())
