abc = 1
del abc
abc
