match 1:
    case x | 2:
        pass
