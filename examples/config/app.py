# The service's configuration, written in Python: constants, loops and comprehensions are fine.
# The host reads the global `config` into its Rust `Config` struct (examples/config.rs).
BASE_PORT = 8000
REGIONS = ["eu", "us", "ap"]

config = {
    "name": "inventory",
    "debug": False,
    "workers": 2 * 4,
    "log_level": "info",
    "servers": [{"host": f"{region}.inventory.local", "port": BASE_PORT + i} for i, region in enumerate(REGIONS)],
    "limits": {"max_body_kib": 512, "timeout_s": 2.5},
    "tags": sorted({"blue", "green"}),
}
