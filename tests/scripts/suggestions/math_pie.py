import math
math.pie
