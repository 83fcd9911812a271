import math
math.zzzzzzzz
