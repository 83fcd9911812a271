# Ends with an uncaught TypeError
lst = [10, 20, 30]
print(lst[1])
print(lst[int(1.9)])
print(lst[round(1.6)])
mid = len(lst) / 2
print(mid)
print(lst[len(lst) // 2])
print("the next statement raises")
print(lst[mid])
