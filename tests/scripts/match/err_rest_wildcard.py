match {}:
    case {**_}:
        pass
