s = slice(1, 5)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(1, 2, 3))
data = list(range(10))
print(data[s], data[slice(None, None, -1)], data[slice(-3, None)], data[slice(2)])
print(slice(5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(10))
print(slice(0, 100, 2).indices(10), slice(-100, 100).indices(5), slice(3, 1, -1).indices(4))
print(slice(1, 5) == slice(1, 5), slice(1, 5) == slice(1, 6), slice(1, 5, None) == slice(1, 5))
text = "Hello, World!"
first = slice(0, 5)
last = slice(-6, -1)
print(text[first], text[last], (1, 2, 3, 4, 5, 6)[first], range(20)[last])
every_other = slice(None, None, 2)
print(text[every_other], list(range(7))[every_other], "abc"[slice(None, None, -1)])
lst = list(range(8))
lst[slice(2, 4)] = ["x"]
print(lst)
del lst[slice(0, None, 3)]
print(lst)
print(slice(None, None, None), slice("a", "b"), slice(1.5, 2.5).start)
