#!/usr/bin/env python3
"""Boot a PatchworkOS image headless under QEMU (TCG) and report what happened.

The image is not rebuilt: a temporary copy gets a boot config with the
requested kernel command line (and, for tests, optionally another kernel
file), and QEMU boots that copy with OVMF. The serial port is read line by
line, with the time each line arrived. The run ends when QEMU exits, when a
line matches --stop-on, when the bootloader reports an error, or at the time
limit; then the outcome is one of:

  pass          the kernel asked QEMU to exit with "pass" (isa-debug-exit)
  fail          the kernel asked QEMU to exit with "tests failed"
  panic         the kernel panicked (its report is printed); under test the
                kernel ends QEMU, otherwise the report's end (or 10 s
                after its start) ends the run
  triple-fault  the CPU reset itself (QEMU logged a triple fault)
  boot-error    the bootloader printed an error and gave up
  stopped       a line matched --stop-on
  timeout       none of the above within --timeout seconds
  qemu-error    QEMU exited for another reason (its status is printed), or
                KVM could not run the guest

The desktop (dwm, the wallpaper and the taskbar, which init starts on a
machine with a screen) is kept off with "desktop=off" added to the command
line, unless --desktop is given: the serial console is what these runs
look at.

Input: with --type-after REGEX TEXT (repeatable), TEXT is typed at the
serial port once the output (partial lines included, so a prompt counts)
matches REGEX; each step looks only at what came after the previous one.

Output: serial lines as "# " diagnostics, except that with --tap the
kernel's own TAP lines ("ok N - ...") pass through unchanged. The last line
is "# outcome: NAME". The exit status is 0 when the outcome is --expect.

usage: qemu_harness.py IMAGE [options]   (see --help)
"""
import argparse
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import machine

OVMF_CODE = machine.OVMF_CODE
OVMF_VARS = machine.OVMF_VARS
ESP_OFFSET = 1024 * 1024  # tools/gpt.py puts the partition at 1 MiB
EXIT_STATUS = {33: "pass", 35: "fail", 37: "panic"}  # see kernel/arch/qemu.h
PANIC_BANNER = "!!! KERNEL PANIC !!!"
PANIC_END = "system halted"  # the report's last line (kernel/panic/panic.c)
PANIC_REPORT_SECONDS = 10
BOOT_ERROR = "boot: error:"
BOOT_GAVE_UP = "returning to the firmware"
TAP_LINE = re.compile(r"^(not )?ok \d+ - ")
ANSI = re.compile(r"\x1b\[[0-9;?=]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")

# Lines that mark boot milestones, for --timings (see ./build.sh bench boot).
MILESTONES = [
    ("bootloader", "boot: PatchworkOS bootloader"),
    ("kernel_entry", "kernel: entered"),
    ("kernel_init", "kernel: init done"),
]


def mtools_copy(image, source, dest):
    subprocess.run(["mcopy", "-o", "-i", "%s@@%d" % (image, ESP_OFFSET), source, "::" + dest],
                   check=True, capture_output=True)


def prepare_image(args, work):
    """A copy of the image with this run's boot config (and kernel)."""
    image = os.path.join(work, "disk.img")
    shutil.copyfile(args.image, image)
    config = os.path.join(work, "boot.cfg")
    with open(config, "w") as f:
        cmdline = args.cmdline if getattr(args, "desktop", False) else (args.cmdline + " desktop=off").strip()
        f.write("# written by tools/qemu_harness.py\ncmdline = %s\n" % cmdline)
        if args.mode:
            f.write("mode = %s\n" % args.mode)
    mtools_copy(image, config, "/boot/boot.cfg")
    if args.kernel:
        mtools_copy(image, args.kernel, "/boot/kernel.elf")
    return image


def qemu_command(args, image, vars_file, qemu_log, qmp_path):
    # The machine (tools/machine.py), then what the harness needs: the exit
    # device the kernel reports through, a log of resets, the QMP socket.
    return machine.machine(args.cpus, args.memory, args.accel) + machine.firmware(vars_file) + machine.disk(image) + \
        machine.headless() + [
        "-no-reboot",
        "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
        "-d", "cpu_reset", "-D", qemu_log,
        "-qmp", "unix:%s,server=on,wait=off" % qmp_path,
    ]


def qmp_commands(qmp_path, commands):
    """Send QMP commands (JSON texts) in order; the reply line of each."""
    replies = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as qmp:
        qmp.settimeout(10)
        qmp.connect(qmp_path)
        stream = qmp.makefile("rw")
        stream.readline()  # greeting
        for command in ['{"execute": "qmp_capabilities"}'] + commands:
            stream.write(command + "\n")
            stream.flush()
            while True:  # skip asynchronous events until the reply
                reply = stream.readline()
                if not reply or '"return"' in reply or '"error"' in reply:
                    break
            if not reply or '"error"' in reply:
                raise RuntimeError("QMP: %s" % reply.strip())
            replies.append(reply)
    return replies[1:]


def screendump(qmp_path, output):
    """Save the screen as a PPM image through QEMU's QMP socket."""
    qmp_commands(qmp_path, ['{"execute": "screendump", "arguments": {"filename": "%s"}}' % output])


# The registers worth a line per CPU when a run hangs: where it is, its
# stack, its privilege level, and whether interrupts are on (RFL bit 9).
CPU_REGISTERS = re.compile(r"\b(RIP|RSP|RFL|CPL)=([0-9a-f]+)")


def dump_cpus(qmp_path):
    """Print each virtual CPU's RIP, RSP, CPL and interrupt flag ("# cpu N: ..."),
    then its local APIC (what is in service, pending, and the timer)."""
    def monitor(line, cpu=None):
        arguments = {"command-line": line}
        if cpu is not None:
            arguments["cpu-index"] = cpu
        reply = qmp_commands(qmp_path, [json.dumps({"execute": "human-monitor-command", "arguments": arguments})])
        return json.loads(reply[0])["return"]
    cpus = {}
    for number, block in re.findall(r"CPU#(\d+)(.*?)(?=CPU#|$)", monitor("info registers -a"), re.S):
        fields = dict(CPU_REGISTERS.findall(block))
        if "RIP" in fields:
            cpus[int(number)] = fields.get("RSP")
            print("# cpu %s: RIP=%s RSP=%s CPL=%s interrupts %s" % (
                number, fields["RIP"], fields.get("RSP", "?"), fields.get("CPL", "?"),
                "on" if int(fields.get("RFL", "0"), 16) & 0x200 else "off"))
    for number, rsp in cpus.items():
        for line in monitor("info lapic", number).splitlines():
            if line.strip():
                print("# cpu %d lapic: %s" % (number, line.strip()))
        # The words on its stack that point into the kernel's code: return
        # addresses, a backtrace to read with addr2line.
        words = re.findall(r"0x([0-9a-f]{16})", monitor("x /96gx 0x%s" % rsp, number)) if rsp else []
        code = [word for word in words if word.startswith("ffffffff8")]
        if code:
            print("# cpu %d stack: %s" % (number, " ".join(code)))


def dump_cpus_safely(qmp_path):
    """dump_cpus, or a line saying why not; True either way (done once)."""
    try:
        dump_cpus(qmp_path)
    except (OSError, RuntimeError, ValueError, KeyError) as error:
        print("# CPU registers unavailable: %s" % error)
    return True


class Run:
    def __init__(self):
        self.lines = []  # (milliseconds since QEMU started, text)
        self.outcome = None
        self.status = None


def emit(line, tap, label=None):
    if tap and TAP_LINE.match(line):
        # "ok 3 - sched/x # reason" becomes "ok 3 - sched/x (label) # reason".
        if label:
            head, hash_, tail = line.partition(" # ")
            line = "%s (%s)%s%s" % (head, label, hash_, tail)
        print(line)
    else:
        print("# " + line if line else "#")
    sys.stdout.flush()


def run_qemu(args, image, vars_file, qemu_log, qmp_path):
    run = Run()
    start = time.monotonic()
    script = [(re.compile(pattern), text.encode().decode("unicode_escape").encode("latin-1"))
              for pattern, text in args.type_after or []]
    process = subprocess.Popen(qemu_command(args, image, vars_file, qemu_log, qmp_path),
                               stdin=subprocess.PIPE if script else subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    stop_on = re.compile(args.stop_on) if args.stop_on else None
    dump_on = re.compile(args.dump_cpus_on) if args.dump_cpus_on else None
    cpus_dumped = False
    pending = b""
    unmatched = ""  # output since the last --type-after step, partial lines too (a prompt has no newline)
    boot_error_seen = False
    panic_seen = False
    deadline = start + args.timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            run.outcome = "panic" if panic_seen else "timeout"
            break
        ready, _, _ = select.select([process.stdout], [], [], min(remaining, 0.5))
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break  # QEMU closed its output: it has exited
            pending += chunk
            unmatched = type_script(process, script, unmatched + ANSI.sub("", chunk.decode("utf-8", "replace")))
            *complete, pending = pending.split(b"\n")
            for raw in complete:
                line = ANSI.sub("", raw.decode("utf-8", "replace"))
                run.lines.append((int((time.monotonic() - start) * 1000), line))
                emit(line, args.tap, args.tap_label)
                if BOOT_ERROR in line:
                    boot_error_seen = True
                if line.startswith(PANIC_BANNER) and not panic_seen:
                    # Outside a test boot the kernel halts rather than ending
                    # QEMU: the report's last line ends the run, or, if the
                    # report itself breaks off, a short wait for the rest.
                    panic_seen = True
                    deadline = min(deadline, time.monotonic() + PANIC_REPORT_SECONDS)
                if panic_seen and line == PANIC_END:
                    run.outcome = "panic"
                if boot_error_seen and BOOT_GAVE_UP in line:
                    run.outcome = "boot-error"
                if dump_on and dump_on.search(line) and not cpus_dumped:
                    cpus_dumped = dump_cpus_safely(qmp_path)
                if stop_on and stop_on.search(line):
                    run.outcome = "stopped"
                if "KVM internal error" in line:
                    run.outcome = "qemu-error"  # the guest is stuck; no point waiting
            if run.outcome:
                break
        elif process.poll() is not None:
            break
    if run.outcome == "timeout" and process.poll() is None and not cpus_dumped:
        # Where each CPU is, for a hang (addr2line -e build/kernel/kernel.elf RIP).
        dump_cpus_safely(qmp_path)
    if args.screendump and process.poll() is None:
        try:
            screendump(qmp_path, os.path.abspath(args.screendump))
        except (OSError, RuntimeError) as error:
            print("# screendump failed: %s" % error)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    run.status = process.wait()
    if pending:
        line = ANSI.sub("", pending.decode("utf-8", "replace"))
        run.lines.append((int((time.monotonic() - start) * 1000), line))
        emit(line, args.tap, args.tap_label)
    if run.outcome is None:
        run.outcome = classify(run.status, qemu_log, boot_error_seen)
    return run


def type_script(process, script, unmatched):
    """Type the next --type-after text once its pattern has appeared; what is left unmatched."""
    while script:
        match = script[0][0].search(unmatched)
        if not match:
            break
        process.stdin.write(script.pop(0)[1])
        process.stdin.flush()
        unmatched = unmatched[match.end():]
    return unmatched[-4096:]


def classify(status, qemu_log, boot_error_seen):
    if status in EXIT_STATUS:
        return EXIT_STATUS[status]
    try:
        with open(qemu_log, errors="replace") as f:
            if "Triple fault" in f.read():
                return "triple-fault"
    except OSError:
        pass
    if boot_error_seen:
        return "boot-error"
    return "qemu-error"


def explain(run, args):
    """What a person needs to see when the outcome is not the expected one."""
    if run.outcome == "panic":
        texts = [text for _, text in run.lines]
        if PANIC_BANNER in texts:
            print("# panic report:")
            for text in texts[texts.index(PANIC_BANNER):]:
                print("#   " + text)
    elif run.outcome == "timeout":
        print("# no result after %d s; the last serial lines were:" % args.timeout)
        for _, text in run.lines[-15:]:
            print("#   " + text)
    elif run.outcome == "triple-fault":
        print("# the CPU reset itself (triple fault); the last serial lines were:")
        for _, text in run.lines[-10:]:
            print("#   " + text)
    elif run.outcome == "qemu-error":
        print("# QEMU exited with status %s" % run.status)


def print_timings(run, milestones=True, marks=()):
    """"timing NAME MS": when each milestone (and each --mark) first appeared after QEMU started."""
    for name, marker in MILESTONES if milestones else []:
        times = [ms for ms, text in run.lines if marker in text]
        if times:
            print("timing %s %d ms" % (name, times[0]))
    for name, pattern in marks:
        times = [ms for ms, text in run.lines if re.search(pattern, text)]
        if times:
            print("timing %s %d ms" % (name, times[0]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("image")
    parser.add_argument("--cmdline", default="test", help="kernel command line (default: test)")
    parser.add_argument("--kernel", help="boot this kernel file instead of the image's")
    parser.add_argument("--desktop", action="store_true", help="let init start the desktop (default: desktop=off)")
    parser.add_argument("--mode", help="screen mode for the boot config (WIDTHxHEIGHT or auto)")
    parser.add_argument("--timeout", type=int, default=120, help="seconds (default 120)")
    parser.add_argument("--memory", type=int, default=machine.PROFILES["test"]["memory"],
                        help="MiB of guest memory (default %d)" % machine.PROFILES["test"]["memory"])
    parser.add_argument("--cpus", type=int, default=machine.PROFILES["test"]["cpus"],
                        help="(default %d)" % machine.PROFILES["test"]["cpus"])
    parser.add_argument("--accel", default="tcg", help="QEMU accelerator (default tcg; tests always use tcg)")
    parser.add_argument("--expect", default="pass", help="the outcome that counts as success")
    parser.add_argument("--stop-on", help="stop when a serial line matches this regular expression")
    parser.add_argument("--type-after", nargs=2, action="append", metavar=("REGEX", "TEXT"),
                        help="once the serial output matches REGEX, type TEXT at the serial port (escapes such "
                             "as \\r work); repeatable, in order")
    parser.add_argument("--tap", action="store_true", help="pass the kernel's TAP lines through")
    parser.add_argument("--tap-label", help="append this to each passed-through test name, in parentheses")
    parser.add_argument("--log", help="also save the serial output to this file")
    parser.add_argument("--timings", action="store_true", help="print when boot milestones appeared")
    parser.add_argument("--mark", nargs=2, action="append", default=[], metavar=("NAME", "REGEX"),
                        help="also print \"timing NAME MS\" for the first serial line matching REGEX")
    parser.add_argument("--qmp", help="put QEMU's QMP socket at this path (another program drives the machine)")
    parser.add_argument("--dump-cpus-on", metavar="REGEX",
                        help="print each CPU's registers and local APIC (once) when a serial line matches; "
                             "a timeout prints them too")
    parser.add_argument("--screendump", help="save the screen (PPM) when the run stops, if QEMU still runs")
    args = parser.parse_args()

    for path, package in ((OVMF_CODE, "ovmf"), (OVMF_VARS, "ovmf")):
        if not os.path.exists(path):
            print("qemu_harness: %s is missing; it is in the Debian package '%s'" % (path, package),
                  file=sys.stderr)
            return 2
    if shutil.which(machine.QEMU) is None:
        print("qemu_harness: qemu-system-x86_64 not found; it is in the Debian package 'qemu-system-x86'",
              file=sys.stderr)
        return 2
    if not os.path.exists(args.image):
        print("qemu_harness: no image %s (./build.sh image builds it)" % args.image, file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="patchwork-qemu-") as work:
        image = prepare_image(args, work)
        vars_file = os.path.join(work, "vars.fd")
        shutil.copyfile(OVMF_VARS, vars_file)
        qmp_path = os.path.abspath(args.qmp) if args.qmp else os.path.join(work, "qmp.sock")
        run = run_qemu(args, image, vars_file, os.path.join(work, "qemu.log"), qmp_path)

    if args.log:
        with open(args.log, "w") as f:
            f.writelines(text + "\n" for _, text in run.lines)
    if args.timings or args.mark:
        print_timings(run, args.timings, args.mark)
    if run.outcome != args.expect:
        explain(run, args)
    print("# outcome: %s" % run.outcome)
    return 0 if run.outcome == args.expect else 1


if __name__ == "__main__":
    sys.exit(main())
