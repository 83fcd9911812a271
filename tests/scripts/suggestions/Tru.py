x = Tru
