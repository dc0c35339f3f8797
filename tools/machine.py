#!/usr/bin/env python3
"""The QEMU machine, defined once for every run of PatchworkOS and of the
Linux reference guest.

`./build.sh run` (tools/run.sh), the test harness (tools/qemu_harness.py)
and the benchmarks (bench/idle_cpu.py, bench/compare.sh, bench/lua.sh)
all build their QEMU command lines here, so a benchmark measures the
machine the tests ran on, and Linux is measured on the same machine as
PatchworkOS: q35, `-cpu max`, no network card, OVMF for PatchworkOS.
Only what a run adds on top stays with it (the harness's exit device and
QMP socket, a window or the serial console for a person).

The sizes a run gets when it names none, and why they differ:

  PROFILES["test"]   1 CPU, 256 MiB: a test that needs more CPUs says so
                     (--cpus), so each test's machine is in its own line
  PROFILES["bench"]  2 CPUs, 256 MiB: the settings every figure in
                     docs/benchmarks.md was measured with, Linux's too
  PROFILES["run"]    2 CPUs, 512 MiB: a person's desktop, with room for
                     full-screen windows

As a program it prints the arguments one per line, for shell scripts:

  machine.py [--profile P] [--cpus N] [--memory SIZE] [--accel A]
             [--vars FILE --disk IMAGE [--snapshot]]
             [--linux VMLINUZ INITRD APPEND] [--headless]
  machine.py --profile P --get cpus|memory    one size of a profile

  mapfile -t qemu < <(python3 tools/machine.py --profile bench --headless ...)
"""
import argparse
import re
import sys

QEMU = "qemu-system-x86_64"
OVMF_CODE = "/usr/share/OVMF/OVMF_CODE.fd"
OVMF_VARS = "/usr/share/OVMF/OVMF_VARS.fd"

PROFILES = {
    "test": {"cpus": 1, "memory": 256},
    "bench": {"cpus": 2, "memory": 256},
    "run": {"cpus": 2, "memory": 512},
}


def memory_mib(text):
    """MiB from '256', '256M' or '2G'; ValueError otherwise."""
    match = re.fullmatch(r"([0-9]+)([MG]?)", str(text))
    if match is None or int(match.group(1)) == 0:
        raise ValueError("a memory size is a number of MiB, or one like 512M or 2G, not %r" % text)
    return int(match.group(1)) * (1024 if match.group(2) == "G" else 1)


def machine(cpus, memory, accel="tcg"):
    """The machine itself: QEMU, accelerator, chipset, CPU, memory, CPUs."""
    if int(cpus) < 1:
        raise ValueError("a machine needs at least one CPU, not %r" % cpus)
    return [QEMU, "-accel", accel, "-machine", "q35", "-cpu", "max", "-m", str(memory_mib(memory)),
            "-smp", str(int(cpus)), "-nic", "none"]


def firmware(vars_file):
    """OVMF: the read-only code and this run's own copy of the variables."""
    return ["-drive", "if=pflash,format=raw,unit=0,readonly=on,file=" + OVMF_CODE,
            "-drive", "if=pflash,format=raw,unit=1,file=" + vars_file]


def disk(image, snapshot=False):
    """The PatchworkOS disk image (snapshot: writes are thrown away)."""
    return ["-drive", "format=raw,file=" + image + (",snapshot=on" if snapshot else "")]


def linux(kernel, initrd, append):
    """Direct kernel boot of the Linux reference guest."""
    return ["-kernel", kernel, "-initrd", initrd, "-append", append]


def headless():
    """No screen and no monitor; the serial port on standard input and output."""
    return ["-display", "none", "-monitor", "none", "-serial", "stdio"]


def main():
    parser = argparse.ArgumentParser(description="print the QEMU command line, one argument per line")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="test")
    parser.add_argument("--cpus", type=int)
    parser.add_argument("--memory")
    parser.add_argument("--accel", default="tcg")
    parser.add_argument("--vars", help="this run's copy of OVMF_VARS.fd")
    parser.add_argument("--disk", help="the PatchworkOS image (needs --vars)")
    parser.add_argument("--snapshot", action="store_true", help="throw the disk's writes away")
    parser.add_argument("--linux", nargs=3, metavar=("VMLINUZ", "INITRD", "APPEND"))
    parser.add_argument("--headless", action="store_true")
    parser.add_argument("--get", choices=["cpus", "memory"], help="print this size of the profile and nothing else")
    args = parser.parse_args()
    profile = PROFILES[args.profile]
    if args.get:
        print(profile[args.get])
        return 0
    try:
        command = machine(args.cpus if args.cpus is not None else profile["cpus"],
                          args.memory if args.memory is not None else profile["memory"], args.accel)
    except ValueError as error:
        print("machine: %s" % error, file=sys.stderr)
        return 2
    if args.disk:
        if not args.vars:
            print("machine: --disk needs --vars (a copy of %s)" % OVMF_VARS, file=sys.stderr)
            return 2
        command += firmware(args.vars) + disk(args.disk, args.snapshot)
    if args.linux:
        command += linux(*args.linux)
    if args.headless:
        command += headless()
    print("\n".join(command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
