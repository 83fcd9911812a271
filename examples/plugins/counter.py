# Counts words in the payloads it is given. It also sets a global `shared`, which no other
# plugin can see: each plugin has an engine of its own.
totals = {}
shared = "counter was here"


def on_event(name, payload):
    for word in str(payload).split():
        totals[word] = totals.get(word, 0) + 1
    top = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    return f"counter: {len(totals)} distinct words, top {top}"
