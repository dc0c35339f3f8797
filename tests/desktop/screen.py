"""Screens, input and results for the desktop tests: QEMU's QMP
(screendump, input-send-event), PPM screen dumps read into memory and
written as PNG for people to look at, and the drivers' TAP lines."""
import json
import os
import re
import socket
import struct
import time
import zlib


class Tap:
    """A QMP driver's results as TAP lines, "ok - SUITE/NAME" or
    "not ok - SUITE/NAME # REASON", counting the failures."""

    def __init__(self, suite):
        self.suite = suite
        self.failures = 0

    def report(self, name, reason):
        """NAME passed if REASON is None, else failed for REASON."""
        if reason is None:
            print("ok - %s/%s" % (self.suite, name), flush=True)
        else:
            self.failures += 1
            print("not ok - %s/%s # %s" % (self.suite, name, reason), flush=True)

    def status(self):
        """The driver's exit status: 1 if anything failed."""
        return 1 if self.failures else 0


class Qmp:
    """A QMP connection to a running QEMU."""

    def __init__(self, path, wait_s=60):
        deadline = time.time() + wait_s
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.sock.connect(path)
                break
            except OSError:
                self.sock.close()
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        self.stream = self.sock.makefile("rw")
        self.stream.readline()  # the greeting
        self.command("qmp_capabilities")

    def command(self, name, arguments=None):
        message = {"execute": name}
        if arguments is not None:
            message["arguments"] = arguments
        self.stream.write(json.dumps(message) + "\n")
        self.stream.flush()
        while True:
            reply = json.loads(self.stream.readline())
            if "return" in reply:
                return reply["return"]
            if "error" in reply:
                raise RuntimeError("QMP %s: %s" % (name, reply["error"]))

    def screen(self, path):
        if os.path.exists(path):
            os.remove(path)  # so an older dump of the same name is never read
        self.command("screendump", {"filename": os.path.abspath(path)})
        return Screen(path)

    def events(self, events):
        self.command("input-send-event", {"events": events})

    # The PS/2 mouse moves relatively: go to the top-left corner first (dwm
    # stops the pointer at the edges), then to (x, y). One PS/2 packet
    # carries at most 127 each way, and QEMU's queue is short: a big move
    # must go as many small ones, or its bytes are lost and the packets
    # after them misread.
    def move(self, dx, dy):
        while dx != 0 or dy != 0:
            step_x = max(-MOUSE_STEP, min(MOUSE_STEP, dx))
            step_y = max(-MOUSE_STEP, min(MOUSE_STEP, dy))
            self.events([rel("x", step_x), rel("y", step_y)])
            dx, dy = dx - step_x, dy - step_y
            time.sleep(0.02)

    def point(self, x, y):
        self.move(-4000, -4000)
        self.move(x, y)
        time.sleep(0.3)

    def click(self, x, y):
        self.point(x, y)
        self.events([button(True)])
        time.sleep(0.15)
        self.events([button(False)])
        time.sleep(0.3)

    def type(self, text):
        for ch in text:
            code, shifted = KEYS[ch]
            down = [key("shift", True)] if shifted else []
            self.events(down + [key(code, True)])
            self.events([key(code, False)] + ([key("shift", False)] if shifted else []))
            time.sleep(0.05)  # the PS/2 queue is short: do not outrun a busy guest

    def chord(self, modifier, qcode):
        """A key pressed with a modifier held (Ctrl-C: "ctrl", "c")."""
        self.events([key(modifier, True), key(qcode, True)])
        self.events([key(qcode, False), key(modifier, False)])
        time.sleep(0.05)

    def run_line(self, text, serial, pattern, seconds=20, tries=3):
        """Type a command line and wait for PATTERN on the serial console.
        On a busy host QEMU can put keys into the guest's short PS/2 queue
        faster than its held-up CPUs take them out, and keys are lost: a
        line whose output does not come is cancelled (Ctrl-C ends a command
        that runs, or empties the line) and typed again. Whether it ran."""
        for _ in range(tries):
            serial.skip()
            self.type(text)
            if serial.wait_for(pattern, seconds):
                return True
            print("# no /%s/ on the serial console %d s after typing %r: ^C, again" % (pattern, seconds, text),
                  flush=True)
            self.chord("ctrl", "c")
            time.sleep(1)
        return False

    def run_ending(self, text, serial, pattern, seconds=20, tries=3):
        """run_line for the run's last line. The harness stops QEMU as soon
        as the line has run, which can be before its last key is let go of:
        the connection going away then is the expected end, not an error (a
        line that never ran shows as the harness's time-out instead)."""
        try:
            self.run_line(text, serial, pattern, seconds, tries)
        except (OSError, ValueError):  # reset or closed socket; EOF where a reply was due
            pass


class Serial:
    """The guest's serial console while it runs, read from the harness's
    output (tools/qemu_harness.py prints each line as "# LINE")."""

    def __init__(self, path):
        self.path = path
        self.offset = 0

    def _new_lines(self):
        try:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                data = f.read()
        except OSError:
            return []
        complete = data[:data.rfind(b"\n") + 1]
        self.offset += len(complete)
        return [line[2:] if line.startswith("# ") else line
                for line in complete.decode("utf-8", "replace").splitlines()]

    def skip(self):
        """Forget what has been printed so far."""
        self._new_lines()

    def wait_for(self, pattern, seconds):
        """Whether a line printed from now on matches PATTERN (a regular
        expression) within SECONDS."""
        wanted = re.compile(pattern)
        deadline = time.time() + seconds
        while True:
            if any(wanted.search(line) for line in self._new_lines()):
                return True
            if time.time() > deadline:
                return False
            time.sleep(0.2)


MOUSE_STEP = 100


def rel(axis, value):
    return {"type": "rel", "data": {"axis": axis, "value": value}}


def button(down):
    return {"type": "btn", "data": {"down": down, "button": "left"}}


def key(qcode, down):
    return {"type": "key", "data": {"down": down, "key": {"type": "qcode", "data": qcode}}}


# Characters to QEMU key codes (US layout): (qcode, with Shift).
KEYS = {c: (c, False) for c in "abcdefghijklmnopqrstuvwxyz0123456789"}
KEYS.update({c.upper(): (c, True) for c in "abcdefghijklmnopqrstuvwxyz"})
KEYS.update({" ": ("spc", False), "\n": ("ret", False), "-": ("minus", False), "/": ("slash", False),
             ".": ("dot", False), ">": ("dot", True), ":": ("semicolon", True), "*": ("kp_multiply", False),
             "+": ("kp_add", False), "=": ("equal", False), "\x1b": ("esc", False)})


class Screen:
    """A PPM (P6) screen dump."""

    def __init__(self, path):
        for _ in range(50):  # QEMU writes the file when the command returns; be patient with the disk
            if os.path.exists(path) and os.path.getsize(path) > 0:
                break
            time.sleep(0.1)
        with open(path, "rb") as f:
            data = f.read()
        header = []
        at = 0
        while len(header) < 4:
            end = data.index(b"\n", at) if data[at:at + 1] != b"#" else data.index(b"\n", at)
            line = data[at:end]
            at = end + 1
            if line.startswith(b"#"):
                continue
            header.extend(line.split())
        self.width, self.height = int(header[1]), int(header[2])
        self.pixels = data[at:at + self.width * self.height * 3]
        self.path = path

    def pixel(self, x, y):
        """0xRRGGBB at (x, y); -1 outside the screen (the firmware's mode, before the OS set its own)."""
        if not (0 <= x < self.width and 0 <= y < self.height) or len(self.pixels) < self.width * self.height * 3:
            return -1
        i = (y * self.width + x) * 3
        r, g, b = self.pixels[i], self.pixels[i + 1], self.pixels[i + 2]
        return (r << 16) | (g << 8) | b

    def region(self, x, y, width, height):
        if x + width > self.width or y + height > self.height:
            return None
        return [self.pixels[((y + row) * self.width + x) * 3:((y + row) * self.width + x + width) * 3]
                for row in range(height)]

    def count(self, x, y, width, height, test):
        return sum(1 for yy in range(y, y + height) for xx in range(x, x + width) if test(self.pixel(xx, yy)))

    def save_png(self, path):
        rows = b"".join(b"\x00" + self.pixels[y * self.width * 3:(y + 1) * self.width * 3]
                        for y in range(self.height))

        def chunk(kind, body):
            return (struct.pack(">I", len(body)) + kind + body +
                    struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" +
                    chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)) +
                    chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
