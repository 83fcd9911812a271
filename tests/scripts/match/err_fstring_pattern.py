match 's':
    case f's':
        pass
