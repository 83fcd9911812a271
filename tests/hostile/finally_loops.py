# expect: fuel exhausted|timeout
# A finally block that loops cannot extend the run.
try:
    while True:
        pass
finally:
    while True:
        pass
