#!/usr/bin/env python3
"""Record what an interactive session shows on a terminal, for tests/repl.rs.

Runs INTERPRETER (default: ``python3 -q``, CPython 3.11 without its banner) under a
pseudo-terminal with TERM=dumb, types each line of the input file after the next prompt
appears, then Ctrl-D, and prints the transcript (prompts, echoed input, output) with
``\\r\\n`` turned into ``\\n``. A line ``<C-c>`` in the input types Ctrl-C instead.

Usage: python3 tests/repl/capture.py INPUT_FILE [INTERPRETER ARGS...]
"""
import os
import pty
import select
import sys
import time


def read_until_prompt(fd, timeout=10.0):
    out = b""
    deadline = time.time() + timeout
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return out, True
            if not chunk:
                return out, True
            out += chunk
            if out.endswith(b">>> ") or out.endswith(b"... "):
                # Wait briefly: more output may follow a prompt-like text.
                r, _, _ = select.select([fd], [], [], 0.3)
                if not r:
                    return out, False
    return out, False


def main():
    lines = open(sys.argv[1]).read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    cmd = sys.argv[2:] or ["python3", "-q"]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "dumb"
        os.environ["PYTHONHASHSEED"] = "0"
        os.execvp(cmd[0], cmd)
    transcript = b""
    out, done = read_until_prompt(fd)
    transcript += out
    for line in lines:
        if done:
            break
        if line == "<C-c>":
            os.write(fd, b"\x03")
        else:
            os.write(fd, line.encode() + b"\r")
        out, done = read_until_prompt(fd)
        transcript += out
    if not done:
        os.write(fd, b"\x04")
        out, _ = read_until_prompt(fd, 3.0)
        transcript += out
    os.waitpid(pid, 0)
    sys.stdout.write(transcript.decode().replace("\r\n", "\n"))


main()
