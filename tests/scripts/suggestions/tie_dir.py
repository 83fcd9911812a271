class A:
    ab = 1
    ac = 2
A().ad
