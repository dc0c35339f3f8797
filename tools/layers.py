#!/usr/bin/env python3
"""The kernel's layers: check that every include goes down, draw the graph.

kernel/layers.txt lists the kernel's layers, bottom first. Every file of
kernel/ belongs to one unit (see unit_of): normally the folder it is in.
A file may include headers of its own layer and of the layers below, never
above; and only kernel/arch/ may name an architecture's folder (everything
else includes the interface headers kernel/arch/NAME.h).

  python3 tools/layers.py [--root DIR]          check; list every violation
                                                as FILE:LINE: what, exit 1
  python3 tools/layers.py --graph [--root DIR]  print the unit-to-unit
                                                include graph, by layer
"""

import argparse
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
ASM_INCLUDE = re.compile(r'^\s*%include\s*"([^"]+)"')
# Test and benchmark files, wherever they are: the top layer.
TEST_FILE = re.compile(r"_(test|bench)\.c$|_test_helpers\.[ch]$")
# A subsystem's sys: files (NAME_file.c, NAME_file.h, proc_files.c; not
# the system calls' sys_file.c): they sit on the file system, above their
# subsystem (see kernel/layers.txt).
FILES_FILE = re.compile(r"^(?!sys_)\w+_files?\.[ch]$")


class Kernel:
    def __init__(self, root):
        self.root = root
        self.kernel = os.path.join(root, "kernel")
        self.layers, self.rank = self.read_layers()

    def read_layers(self):
        layers = []
        path = os.path.join(self.kernel, "layers.txt")
        with open(path) as f:
            for number, line in enumerate(f, 1):
                line = line.split("#", 1)[0].split()
                if line:
                    layers.append(line)
        rank = {}
        for index, units in enumerate(layers):
            for unit in units:
                if unit in rank:
                    sys.exit(f"{path}: {unit} is listed twice")
                rank[unit] = index
        return layers, rank

    def unit_of(self, relative):
        """The unit of a file (a path below kernel/)."""
        parts = relative.split("/")
        name = parts[-1]
        if parts[0] == "test" or TEST_FILE.search(name):
            return "test"
        if parts[0] == "arch":
            # The interface and the architectures' inline halves are the
            # bottom; the architectures' code may use the services above.
            return "arch" if not name.endswith((".c", ".asm")) else "arch-code"
        if FILES_FILE.search(name):
            return "files"
        return parts[0] if len(parts) > 1 else "kernel"

    def resolve(self, source, style, target):
        """The file (below kernel/) an include names, or None if it is not the kernel's."""
        if target.startswith("kernel/"):
            relative = target[len("kernel/"):]
            if relative.startswith("arch/current/"):
                # The Makefile maps current to the architecture built;
                # whichever it is, it is an arch header.
                return relative
            return relative
        if style == '"':
            candidate = os.path.normpath(os.path.join(os.path.dirname(source), target))
            if os.path.exists(os.path.join(self.kernel, candidate)):
                return candidate
        return None

    def files(self):
        for folder, dirs, names in os.walk(self.kernel):
            dirs.sort()
            for name in sorted(names):
                if name.endswith((".c", ".h", ".asm", ".inc")):
                    yield os.path.relpath(os.path.join(folder, name), self.kernel)

    def includes(self):
        """(file, line, target as written, resolved target or None)."""
        for relative in self.files():
            with open(os.path.join(self.kernel, relative), errors="replace") as f:
                for number, text in enumerate(f, 1):
                    match = INCLUDE.match(text)
                    if match:
                        style, target = match.groups()
                    else:
                        match = ASM_INCLUDE.match(text)
                        if not match:
                            continue
                        style, target = '"', match.group(1)
                    yield relative, number, target, self.resolve(relative, style, target)

    def check(self):
        problems = []
        for relative, number, target, resolved in self.includes():
            where = f"kernel/{relative}:{number}"
            unit = self.unit_of(relative)
            if not relative.startswith("arch/") and re.match(r"kernel/arch/(?!current/)[^/]+/", target):
                problems.append(f"{where}: includes {target}: only kernel/arch/ may name an architecture "
                                "(include the interface, kernel/arch/NAME.h)")
                continue
            if resolved is None:
                continue
            if unit not in self.rank:
                problems.append(f"{where}: {unit} is in no layer: add it to kernel/layers.txt")
                continue
            to = self.unit_of(resolved)
            if to not in self.rank:
                problems.append(f"{where}: includes kernel/{resolved}, whose {to} is in no layer: "
                                "add it to kernel/layers.txt")
            elif self.rank[to] > self.rank[unit]:
                problems.append(f"{where}: includes kernel/{resolved}: {unit} (layer {self.rank[unit]}) "
                                f"may not include {to} (layer {self.rank[to]}), which is above it")
        return problems

    def graph(self):
        edges = {}
        for relative, _, _, resolved in self.includes():
            if resolved is None:
                continue
            a, b = self.unit_of(relative), self.unit_of(resolved)
            if a != b:
                edges[(a, b)] = edges.get((a, b), 0) + 1
        lines = []
        for index in reversed(range(len(self.layers))):
            for unit in self.layers[index]:
                below = sorted((b for (a, b) in edges if a == unit), key=lambda b: (-self.rank.get(b, -1), b))
                lines.append(f"{index:2} {unit:10} -> {' '.join(below) if below else '(nothing)'}")
        return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--graph", action="store_true", help="print the include graph between units")
    args = parser.parse_args()
    kernel = Kernel(args.root)
    if args.graph:
        print("\n".join(kernel.graph()))
        return 0
    problems = kernel.check()
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
