# Microbenchmark: many small json.dumps/json.loads round trips (messages of a few hundred
# bytes, as a server or plugin host encodes and decodes them), and json.dump into StringIO.

import io
import json

N = 10_000  # size knob: round trips; about 0.3 s CPU on CPython 3.11


def main():
    total = 0
    for i in range(N):
        msg = {"type": "update", "seq": i, "player": {"name": "p%d" % (i % 50), "hp": 100 - i % 100,
               "pos": [i * 0.5, -i * 0.25, 1.0]}, "events": ["move", "jump"][: i % 3], "ok": True}
        text = json.dumps(msg)
        back = json.loads(text)
        total += len(text) + back["seq"] + len(back["events"])
    out = io.StringIO()
    json.dump([{"k": i, "v": str(i)} for i in range(20_000)], out)
    print(total, len(out.getvalue()))


main()
