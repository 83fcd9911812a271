from math import sqrt
sqr(4)
