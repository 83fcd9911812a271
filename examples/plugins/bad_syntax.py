# Never loads: the host reports the SyntaxError and runs the other plugins.
def on_event(name, payload)
    return name
