# The same configuration with a mistake: the last server's port is a string, not an int.
# The host rejects it with the path of the bad field.
BASE_PORT = 8000
REGIONS = ["eu", "us", "ap"]

servers = [{"host": f"{region}.inventory.local", "port": BASE_PORT + i} for i, region in enumerate(REGIONS)]
servers[2]["port"] = "8002"

config = {
    "name": "inventory",
    "debug": False,
    "workers": 8,
    "log_level": "info",
    "servers": servers,
    "limits": {"max_body_kib": 512, "timeout_s": 2.5},
    "tags": ["blue", "green"],
}
