# TryStar: except* needs exception groups, which are outside the subset.
try:
    raise ValueError("x")
except* ValueError:
    print("caught")
