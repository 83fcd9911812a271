log = []
def t(name, val):
    log.append(name)
    return val
print(t('a', 0) and t('b', 1), log)
log.clear()
print(t('a', 1) and t('b', 2), log)
log.clear()
print(t('a', 0) or t('b', ''), log)
log.clear()
print(t('a', 'x') or t('b', 'y'), log)
log.clear()
print(t('a', 1) and t('b', 0) or t('c', 3), log)
log.clear()
print(t('a', 0) or t('b', 0) and t('c', 5), log)
log.clear()
print(not t('a', []) and t('b', [1]), log)
print([] or {} or () or 0 or None)
print(1 and 'a' and [2] and (3,))
print(None and 1 / 0, 0 or 'fallback', '' or None)
print((1 or 2) + (0 or 3), (1 and 2) * (0 and 3))
x = 5
print(0 < x and x < 10, x > 10 or x < 0, not x > 3)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
