#!/usr/bin/env python3
"""The desktop as a person uses it, through QEMU's QMP while the OS runs
(tests/desktop/run.sh starts it): the taskbar is there, the start menu
opens, a terminal started from it shows the shell, runs a typed command
and shows its output, and the calculator computes 12 x 12 by clicks.
Screen dumps are read back and looked at where it matters. Prints TAP
lines ("ok - desktop/NAME"); the screens stay in WORK for a person.

usage: drive.py QMP_SOCKET WORK WIDTH HEIGHT (the harness's output goes to
WORK/harness.out: the serial console)"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from screen import Qmp, Serial, Tap  # noqa: E402
from taskbar import BAR_HEIGHT, START_COLOUR, menu_entries, menu_entry, menu_top, open_from_menu  # noqa: E402
from taskbar import wait_for as wait_for_screen  # noqa: E402

# Where things are (programs/taskbar/taskbar.h, programs/terminal,
# programs/calculator with home:/cfg/theme.conf and calculator.conf).
BUTTON_FOCUSED = 0x5A6C80
MENU_ENTRIES = menu_entries()
TERMINAL_X, TERMINAL_Y, TERMINAL_BG = 40, 40, 0x16181D
CALC_X, CALC_Y, CALC_PAD, CALC_SPACING, CALC_BUTTON_W, CALC_BUTTON_H = 120, 120, 8, 6, 64, 48
CALC_DISPLAY_H = 84

qmp_path, work, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
tap = Tap("desktop")
report = tap.report


def shot(qmp, label):
    """A screen dump, kept as WORK/LABEL.ppm (the last one of each label)."""
    return qmp.screen(os.path.join(work, "%s.ppm" % label))


def wait_for(qmp, label, test, seconds):
    """Screens until test(screen) is true; the last screen and whether it was."""
    return wait_for_screen(lambda: shot(qmp, label), test, seconds)


def text_bands(screen, x, y, w, h, background):
    """Groups of rows holding something other than the background: lines of text."""
    bands, inside = 0, False
    for row in range(y, y + h):
        used = any(screen.pixel(col, row) != background for col in range(x, x + w, 1))
        if used and not inside:
            bands += 1
        inside = used
    return bands


def calc_button(column, row):
    x = CALC_X + CALC_PAD + column * (CALC_BUTTON_W + CALC_SPACING) + CALC_BUTTON_W // 2
    grid_y = CALC_Y + CALC_PAD + CALC_DISPLAY_H + CALC_SPACING
    return x, grid_y + row * (CALC_BUTTON_H + CALC_SPACING) + CALC_BUTTON_H // 2


CALC_KEYS = {"C": (0, 0), "*": (3, 1), "=": (3, 4), "1": (0, 3), "2": (1, 3), "4": (0, 2)}


def calc_value_line(screen):
    display_w = 4 * CALC_BUTTON_W + 3 * CALC_SPACING
    return screen.region(CALC_X + CALC_PAD, CALC_Y + CALC_PAD + 24, display_w, CALC_DISPLAY_H - 24)


def main():
    qmp = Qmp(qmp_path, wait_s=120)
    start_pixel = (8, height - BAR_HEIGHT + 8)
    screen, up = wait_for(qmp, "boot", lambda s: s.pixel(*start_pixel) == START_COLOUR, 150)
    report("taskbar-shown", None if up else "no start button at %s: %06x" % (start_pixel, screen.pixel(*start_pixel)))
    if not up:
        qmp.command("quit")
        return
    top = menu_top(height, MENU_ENTRIES)
    qmp.click(46, height - BAR_HEIGHT // 2)
    screen, opened = wait_for(qmp, "menu", lambda s: s.pixel(0, top) == START_COLOUR, 20)
    report("start-menu-opens", None if opened else
           "no menu's edge at (0, %d): %06x" % (top, screen.pixel(0, top)))
    qmp.click(*menu_entry(height, MENU_ENTRIES, "Terminal"))
    inside = (TERMINAL_X + 2, TERMINAL_Y + 2)
    screen, shown = wait_for(qmp, "terminal", lambda s: s.pixel(*inside) == TERMINAL_BG, 30)
    report("terminal-opens-from-menu", None if shown else "no terminal at %s: %06x" % (inside, screen.pixel(*inside)))
    button = (100, height - BAR_HEIGHT + 8)
    screen, listed = wait_for(qmp, "button", lambda s: s.pixel(*button) == BUTTON_FOCUSED, 20)
    report("taskbar-has-its-button", None if listed else "the taskbar's first button is %06x" % screen.pixel(*button))
    area = (TERMINAL_X + 4, TERMINAL_Y + 4, 600, 200)
    prompt, ready = wait_for(qmp, "prompt", lambda s: s.pixel(*inside) == TERMINAL_BG and
                             text_bands(s, *area, TERMINAL_BG) >= 1, 30)
    report("terminal-shows-prompt", None if ready else "nothing written in the terminal")
    serial = Serial(os.path.join(work, "harness.out"))
    qmp.run_line("echo hello from the desktop > sys:/console\n", serial, "^hello from the desktop")
    qmp.type("echo hello-screen\n")
    # The prompt and two commands, the second's output and a new prompt: four lines.
    screen, four = wait_for(qmp, "typed", lambda s: text_bands(s, *area, TERMINAL_BG) >= 4, 30)
    report("terminal-shows-command-output", None if four else
           "%d lines of text in the terminal" % text_bands(screen, *area, TERMINAL_BG))
    screen.save_png(os.path.join(work, "desktop-terminal.png"))

    open_from_menu(qmp, height, MENU_ENTRIES, "Calculator")
    corner = (CALC_X + 2, CALC_Y + 2)
    screen, shown = wait_for(qmp, "calculator", lambda s: s.pixel(*corner) == 0xF4F5F7, 30)
    report("calculator-opens-from-menu", None if shown else "no calculator at %s: %06x" % (corner, screen.pixel(*corner)))
    before = calc_value_line(screen)
    for key in "12*12=":
        qmp.click(*calc_button(*CALC_KEYS[key]))
    # The display once it has settled: the same on two screens in a row.
    seen = []
    screen, _ = wait_for(qmp, "product", lambda s: seen.append(calc_value_line(s)) or
                         (len(seen) > 1 and seen[-1] == seen[-2] and seen[-1] != before), 20)
    product = seen[-1]
    for key in "C144":
        qmp.click(*calc_button(*CALC_KEYS[key]))
    typed, same = wait_for(qmp, "typed-144", lambda s: product is not None and calc_value_line(s) == product, 20)
    typed.save_png(os.path.join(work, "desktop-calculator.png"))
    report("calculator-computes-12x12-by-clicks", None if same and product != before else
           "the display after 12 x 12 = does not show what typing 144 shows")

    # Back to the terminal (its part left of the calculator) to end the run.
    qmp.click(TERMINAL_X + 20, TERMINAL_Y + 300)
    qmp.run_ending("echo desktop-test: done > sys:/console\n", serial, "^desktop-test: done")


qmp_connection = None
try:
    main()
except Exception as error:  # a broken run is a failure, and must not leave QEMU running to its time limit
    report("driver", "%s: %s" % (type(error).__name__, error))
    try:
        Qmp(qmp_path, wait_s=5).command("quit")
    except Exception:
        pass
sys.exit(tap.status())
