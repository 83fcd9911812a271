stack = []
for i in range(5):
    stack.append(i * i)
print(stack)
while stack:
    print("pop", stack.pop(), stack)
queue = list("abcde")
out = []
while queue:
    out.append(queue.pop(0))
    if len(queue) == 3 and "z" not in queue and "z" not in out:
        queue.append("z")
print(out)
ins = []
for i in range(6):
    ins.insert(i // 2, i)
    print(ins)
lst = [10, 20, 30, 40]
print(lst.pop(-1), lst.pop(-3), lst, lst.pop(1), lst)
