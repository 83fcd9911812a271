# expect: RecursionError
# Two distinct self-containing lists: comparing them recurses in Rust.
a = []
a.append(a)
b = []
b.append(b)
a == b
