def f(alpha, beta):
    gamma = 1
    return alpah + gama
f(1, 2)
