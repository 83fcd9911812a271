def coroutine(fn):
    def start(*args, **kwargs):
        c = fn(*args, **kwargs)
        next(c)
        return c
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
@coroutine
def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results.append(n)
results = []
cnt = counter(results)
sink = broadcast(grep("py", upper(printer("UP:"))), grep("rust", printer("rs:")), cnt)
for line in ["python is fun", "rust is fast", "pyrite mixes both: py + rust", "nothing here"]:
    sink.send(line)
cnt.close()
print("lines seen:", results)
def source(lines, target):
    for l in lines:
        target.send(l)
    target.close()
@coroutine
def collector(bucket):
    try:
        while True:
            bucket.append((yield))
    except GeneratorExit:
        bucket.append("<closed>")
        raise
bucket = []
source(["a", "b"], collector(bucket))
print(bucket)
