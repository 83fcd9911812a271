match {}:
    case {'k': rest, **rest}:
        pass
