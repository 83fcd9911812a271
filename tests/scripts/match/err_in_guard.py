match [1, 0]:
    case [a, b] if a / b:
        pass
