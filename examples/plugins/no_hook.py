# Loads, but defines no on_event hook: the host skips it with a message.
VERSION = (1, 2)
