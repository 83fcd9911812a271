café = 1
cafe
