def total_ordering(cls):
    def le(self, other):
        r = self.__lt__(other)
        if r is NotImplemented:
            return r
        return r or self == other
    def gt(self, other):
        r = self.__lt__(other)
        if r is NotImplemented:
            return r
        return not r and self != other
    def ge(self, other):
        r = self.__lt__(other)
        if r is NotImplemented:
            return r
        return not r
    cls.__le__ = le
    cls.__gt__ = gt
    cls.__ge__ = ge
    return cls
@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def key(self):
        return Card.RANKS.index(self.rank)
    def __eq__(self, other):
        return isinstance(other, Card) and self.key() == other.key()
    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.key() < other.key()
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(t) for t in "Kh 2c Ts As 9d Td".split()]
print(sorted(hand), max(hand), min(hand))
k, t1, t2 = hand[0], hand[2], hand[5]
print(k > t1, k >= t1, t1 >= t2, t1 <= t2, t1 > t2, t1 == t2, t1 != t2)
print(k < t1, k <= t1, Card("2h") <= Card("2s"))
print(Card.__le__.__name__, Card.__gt__.__name__)
print(sorted(hand, key=lambda c: (c.key(), c.suit), reverse=True))
print(Card("Ah") == "Ah", Card("Ah") != 5)
