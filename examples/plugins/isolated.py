# Checks that it cannot see what other plugins defined.
def on_event(name, payload):
    visible = "shared" in globals() or "totals" in globals()
    return f"isolated: sees other plugins' globals: {visible}"
