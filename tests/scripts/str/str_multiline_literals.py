a = """line one
line two
    indented"""
print(a)
print(repr(a), len(a.splitlines()))
b = '''it's "quoted"'''
print(b, repr(b))
c = "implicit " \
    "continuation"
print(c)
d = ("part1 "
     "part2 "
     "part3")
print(d, len(d))
e = r"raw \n not newline \t"
print(e, len(e), repr(e))
f = r'C:\path\to'
print(f, f.split("\\"))
print("\101\102\x43\u0044\U00000045", "\0" == "\x00", "\'\"")
print("""\
no leading newline""")
print(R"RAW\x", r"\"", len(r"\\"))
