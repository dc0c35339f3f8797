#!/usr/bin/env python3
"""How much host CPU does an idle guest cost? Boot a guest in QEMU, wait
until its serial port shows a marker line, then read the QEMU process's CPU
time (user + system, from /proc) over SECONDS seconds.

  idle_cpu.py patchwork IMAGE [--seconds N] [--cpus N] [--desktop]
  idle_cpu.py linux VMLINUZ INITRD [--seconds N] [--cpus N]

Both guests run on the same QEMU settings: TCG, q35, -cpu max, 256 MiB.
PatchworkOS runs with the text console on the screen (desktop=off), or
with --desktop its desktop (dwm, wallpaper, taskbar), measured once the
taskbar has had time to draw.
Prints "idle_cpu_ms MILLISECONDS SECONDS".
"""
import argparse
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import machine  # noqa: E402
import qemu_harness  # noqa: E402

BOOT_TIMEOUT = 300
LINUX_MARKER = "PATCHWORK-BENCH-IDLE"  # printed by the initramfs's /init


def common(cpus):
    return machine.machine(cpus, machine.PROFILES["bench"]["memory"]) + machine.headless()


def cpu_ms(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    return ticks * 1000 // os.sysconf("SC_CLK_TCK")


def measure(command, marker, seconds, settle=2):
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, start_new_session=True)
    try:
        seen = b""
        deadline = time.monotonic() + BOOT_TIMEOUT
        while marker.encode() not in seen:
            if time.monotonic() > deadline or process.poll() is not None:
                sys.stderr.write(seen.decode("utf-8", "replace")[-2000:])
                raise RuntimeError("the guest never printed %r" % marker)
            ready, _, _ = select.select([process.stdout], [], [], 1)
            if ready:
                seen = (seen + os.read(process.stdout.fileno(), 65536))[-65536:]
        time.sleep(settle)  # let the boot's last work drain
        start = cpu_ms(process.pid)
        time.sleep(seconds)
        return cpu_ms(process.pid) - start
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["patchwork", "linux"])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--cpus", type=int, default=machine.PROFILES["bench"]["cpus"])
    parser.add_argument("--desktop", action="store_true", help="PatchworkOS with its desktop")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="patchwork-idle-") as work:
        if args.kind == "patchwork":
            options = argparse.Namespace(image=args.files[0], cmdline="", mode=None, kernel=None,
                                         desktop=args.desktop)
            image = qemu_harness.prepare_image(options, work)
            variables = os.path.join(work, "vars.fd")
            shutil.copyfile(machine.OVMF_VARS, variables)
            command = common(args.cpus) + machine.firmware(variables) + machine.disk(image)
            marker = "ready" if args.desktop else "kernel: the boot thread's work is done"  # dwm's line
        else:
            command = common(args.cpus) + machine.linux(args.files[0], args.files[1], "console=ttyS0 quiet")
            marker = LINUX_MARKER
        used = measure(command, marker, args.seconds, settle=8 if args.desktop else 2)
    print("idle_cpu_ms %d %d" % (used, args.seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
