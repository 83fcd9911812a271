# Ends with an uncaught IndexError
stack = [1, 2]
print(stack.pop())
print(stack.pop())
print(stack)
stack.append(3)
print(stack.pop(0))
print(len(stack))
print(stack == [])
print(stack.pop())
