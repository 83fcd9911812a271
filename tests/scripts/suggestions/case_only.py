Print(1)
