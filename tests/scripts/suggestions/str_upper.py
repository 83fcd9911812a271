'a'.uper()
