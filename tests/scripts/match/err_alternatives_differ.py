match 1:
    case [x] | (x as y):
        pass
