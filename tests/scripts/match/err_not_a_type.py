def check(v):
    match v:
        case print(x):
            return x

print('start')
check(1)
