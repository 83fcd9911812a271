# A well-behaved plugin: answers every event, keeps a little state between calls.
seen = 0
print("greeter ready")


def on_event(name, payload):
    global seen
    seen += 1
    log(f"hello from greeter: {name} #{seen}")
    return f"greeter handled {name} with {payload!r}"
