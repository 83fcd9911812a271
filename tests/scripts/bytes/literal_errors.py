# Compiles only if the bad literal is not there: use compile-time errors via exec-free checks.
print("before")
x = b'caf\xc3\xa9' + 'é'.encode()
print(x)
y = b'x' 'y'
