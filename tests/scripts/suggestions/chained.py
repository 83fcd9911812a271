try:
    {}['x']
except KeyError:
    lenn
