match 1:
    case int(real=1, imag):
        pass
