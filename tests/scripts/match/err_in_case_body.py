def run(cmd):
    match cmd.split():
        case ['div', a, b]:
            return int(a) // int(b)
        case _:
            return None

print(run('div 6 3'))
print(run('div 1 0'))
