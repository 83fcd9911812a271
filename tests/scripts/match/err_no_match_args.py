class Plain:
    pass

match Plain():
    case Plain(1):
        pass
