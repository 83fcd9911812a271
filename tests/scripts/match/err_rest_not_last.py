match {}:
    case {**rest, 'a': 1}:
        pass
