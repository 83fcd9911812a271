def bsearch(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def lower_bound(arr, x):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [x * 3 for x in range(100)]
for t in [0, 3, 150, 297, 298, -1, 1000, 42]:
    print(t, bsearch(data, t), lower_bound(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
print([lower_bound(dups, x) for x in range(10)])
print(bsearch([], 5), lower_bound([], 5), bsearch([7], 7))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127]])
