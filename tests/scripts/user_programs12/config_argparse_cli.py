"""Command-line front end for a backup tool, exercised with explicit argument lists."""
import argparse
import contextlib
import io
import json


def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return value


def size(text):
    units = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}
    text = text.strip().lower()
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def build_parser():
    parser = argparse.ArgumentParser(prog="backup", description="Incremental backups with retention.",
                                     epilog="Config values on the command line override the config file.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output (repeatable)")
    parser.add_argument("-q", "--quiet", action="store_true")
    parser.add_argument("--config", metavar="FILE", default="backup.json")
    parser.add_argument("--version", action="version", version="%(prog)s 2.4.1")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="run a backup now")
    run.add_argument("sources", nargs="+", help="directories to back up")
    run.add_argument("-d", "--dest", required=True)
    run.add_argument("--exclude", action="append", default=[], metavar="GLOB")
    run.add_argument("--compress", choices=["none", "gzip", "zstd"], default="gzip")
    run.add_argument("--level", type=int, choices=range(1, 10), default=6)
    run.add_argument("--max-size", type=size, default=None, dest="max_size")
    mode = run.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_const", const="full", dest="mode")
    mode.add_argument("--incremental", action="store_const", const="incr", dest="mode")
    run.set_defaults(mode="incr")

    prune = sub.add_parser("prune", help="delete old snapshots")
    prune.add_argument("--keep-daily", type=positive_int, default=7)
    prune.add_argument("--keep-weekly", type=positive_int, default=4)
    prune.add_argument("--dry-run", action="store_true")

    ls = sub.add_parser("list", aliases=["ls"], help="list snapshots")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.add_argument("pattern", nargs="?", default="*")
    parser.subcommands = sub.choices
    return parser


DEFAULTS = {"verbose": 0, "level": 6, "exclude": ["*.tmp"], "dest": "/mnt/backup"}


def effective(ns):
    merged = dict(DEFAULTS)
    for k, v in vars(ns).items():
        if v is not None and v != [] :
            merged[k] = v
    return merged


parser = build_parser()
cases = [
    ["-vv", "run", "/home", "/etc", "-d", "/mnt/usb", "--exclude", "*.iso", "--exclude", "node_modules", "--max-size", "1.5g"],
    ["run", "/home", "-d", "/mnt/usb", "-vv"],
    ["-v", "run", "/srv", "--dest=/backup", "--full", "--compress", "zstd", "--level", "9"],
    ["prune", "--keep-daily", "14", "--dry-run"],
    ["ls", "--format", "json", "2024-*"],
    ["list"],
    ["run", "/srv", "-d", "/b", "--full", "--incremental"],
    ["prune", "--keep-daily", "0"],
    ["run", "/srv"],
    ["run", "/srv", "-d", "x", "--level", "12"],
    ["explode"],
    ["--version"],
    [],
]
for argv in cases:
    print("$ backup", " ".join(argv))
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = parser.parse_args(argv)
    except SystemExit as e:
        print(f"  exit status {e.code}")
        for line in (out.getvalue() + err.getvalue()).splitlines():
            print("  |", line)
        continue
    print("  namespace:", ns)
    print("  merged:", json.dumps(effective(ns), sort_keys=True))

print("\n--- help ---")
print(parser.format_help())
print("--- run help ---")
run_parser = parser.subcommands["run"]
print(run_parser.format_usage())
print(parser.subcommands["prune"].format_help())
known, extra = parser.parse_known_args(["prune", "--future-flag", "1", "--dry-run"])
print("known:", known, "extra:", extra)
ns = argparse.Namespace(a=1)
ns.b = [2]
print(ns, "a" in ns, vars(ns))
