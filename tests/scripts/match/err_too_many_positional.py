class Pair:
    __match_args__ = ('a', 'b')
    a = b = 0

match Pair():
    case Pair(1, 2, 3):
        pass
