#!/usr/bin/env python3
"""Run a command, pass its output through, and say when lines first appeared.

    line_times.py [--mark NAME REGEX]... [--stop] -- COMMAND [ARGUMENT...]

Copies the command's standard output and error to standard output as they
come, and when it ends prints, for each --mark whose regular expression
matched a line, "timing NAME MS": milliseconds from starting the command
to the first such line (an unfinished line counts too: a shell's prompt
has no newline). With --stop, the command is ended once every mark has
been seen. bench/compare.sh times the Linux guest's boot
with it (for PatchworkOS, tools/qemu_harness.py --mark does the same).
Exits with the command's status (0 when --stop ended it).
"""
import argparse
import os
import re
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mark", nargs=2, action="append", default=[], metavar=("NAME", "REGEX"))
    parser.add_argument("--stop", action="store_true", help="end the command once every mark was seen")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command")
    if args.stop and not args.mark:
        parser.error("--stop needs a --mark")
    marks = [(name, re.compile(pattern)) for name, pattern in args.mark]
    seen = {}
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    pending = b""
    while True:
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            break
        ms = int((time.monotonic() - start) * 1000)
        sys.stdout.buffer.write(chunk)
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for raw in lines + [pending]:
            line = raw.decode("utf-8", "replace").replace("\r", "")
            for name, pattern in marks:
                if name not in seen and pattern.search(line):
                    seen[name] = ms
        if args.stop and len(seen) == len(marks):
            process.kill()
            process.wait()
            sys.stdout.flush()
            print()
            break
    status = 0 if args.stop and len(seen) == len(marks) else process.wait()
    sys.stdout.flush()
    for name, _ in marks:
        if name in seen:
            print("timing %s %d ms" % (name, seen[name]))
    return status


if __name__ == "__main__":
    sys.exit(main())
