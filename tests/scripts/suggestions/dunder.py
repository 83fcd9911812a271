class A: pass
A().__dict_
