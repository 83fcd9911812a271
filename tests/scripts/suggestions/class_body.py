class C:
    value = 1
    other = valeu
