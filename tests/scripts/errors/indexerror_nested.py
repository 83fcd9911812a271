# Ends with an uncaught IndexError
m = [[1, 2], [3]]
print(m[0][1], m[1][0])
print(len(m[0]), len(m[1]))
for row in m:
    print(row, row[-1])
print(m[0][-2])
print(m[1][-1])
print("next is out of range")
print(m[1][1])
