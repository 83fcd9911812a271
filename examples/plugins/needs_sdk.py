# Fails while loading: it imports a module this host does not offer.
import plugin_sdk


def on_event(name, payload):
    return plugin_sdk.handle(name, payload)
