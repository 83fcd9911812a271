arrivals = [(0, 5), (1, 3), (2, 8), (3, 2), (10, 4), (11, 1), (12, 6), (30, 2)]
queue = []
time = 0
busy_until = 0
current = None
waits = []
log = []
idx = 0
while idx < len(arrivals) or queue or current is not None:
    while idx < len(arrivals) and arrivals[idx][0] == time:
        queue.append((idx, arrivals[idx][0], arrivals[idx][1]))
        log.append(f"t={time} arrive c{idx}")
        idx += 1
    if current is not None and time >= busy_until:
        log.append(f"t={time} done c{current}")
        current = None
    if current is None and queue:
        cid, arr, dur = queue.pop(0)
        waits.append(time - arr)
        current = cid
        busy_until = time + dur
        log.append(f"t={time} start c{cid} wait={time - arr}")
    time += 1
for line in log:
    print(line)
print("waits", waits, "avg", sum(waits) / len(waits), "max", max(waits), "end", time)
