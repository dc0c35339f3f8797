#!/usr/bin/env python3
"""chocolate-doom on the desktop, as a person uses it, through QEMU's QMP
(tests/ports/chocolate-doom.sh starts the machine): the start menu's Doom
entry opens a window that shows the game (its pixels are the WAD's
palette, whole frames: no flat strip), keys move the game's menu (its
skull, drawn from the WAD's M_SKULL patches, is found beside the first
item, then a line lower), the menu quits the game and its window goes,
and a terminal shows the configuration it saved in home:/cfg on the
serial console. Prints TAP lines ("ok - ports/NAME"); the screens stay in
WORK.

usage: doom_desktop.py QMP_SOCKET WORK WIDTH HEIGHT WAD TASKBAR_CONF
(the harness's output goes to WORK/harness.out: the serial console)"""
import os
import struct
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "desktop"))
from screen import Qmp, Serial, Tap, key  # noqa: E402
from taskbar import BAR_HEIGHT, START_COLOUR, menu_entries, menu_entry, open_from_menu  # noqa: E402
from taskbar import wait_for as wait_for_screen  # noqa: E402

# The taskbar and its menu (programs/taskbar, as tests/desktop/drive.py),
# dwm's decorations (programs/dwm/dwm.h), the terminal (programs/terminal).
TITLE_HEIGHT, BORDER = 24, 1
TERMINAL_X, TERMINAL_Y, TERMINAL_BG = 40, 40, 0x16181D
# Doom's main menu (m_menu.c): items 16 game pixels apart, the skull
# drawn 32 pixels left of x = 97 (its y depends on the game's version).
GAME_W, GAME_H = 320, 200
MENU_X, LINE, SKULL_DX = 97, 16, -32
TOLERANCE = 2

qmp_path, work, width, height, wad_path, conf_path = sys.argv[1:7]
width, height = int(width), int(height)
tap = Tap("ports")
report = tap.report


def lumps():
    with open(wad_path, "rb") as f:
        data = f.read()
    count, offset = struct.unpack_from("<ii", data, 4)
    for i in range(count):
        pos, size, name = struct.unpack_from("<ii8s", data, offset + 16 * i)
        yield name.rstrip(b"\0").decode("ascii", "replace"), data[pos:pos + size]


def patch_pixels(lump, colours_of):
    """A Doom patch's opaque pixels as (x, y, 0xRRGGBB), its offsets applied:
    columns of posts (top, length, a pad byte, the palette indices, a pad)."""
    w, _, left, top = struct.unpack_from("<HHhh", lump, 0)
    pixels = []
    for col in range(w):
        at = struct.unpack_from("<I", lump, 8 + 4 * col)[0]
        while lump[at] != 0xFF:
            row, length = lump[at], lump[at + 1]
            for i in range(length):
                pixels.append((col - left, row + i - top, colours_of[lump[at + 3 + i]]))
            at += length + 4
    return pixels


def skulls():
    """The menu's two skull pictures (it blinks between them)."""
    found = dict(lumps())
    pal = found["PLAYPAL"]
    colours_of = [(pal[3 * c] << 16) | (pal[3 * c + 1] << 8) | pal[3 * c + 2] for c in range(256)]
    return [patch_pixels(found[name], colours_of) for name in ("M_SKULL1", "M_SKULL2")]


def close(a, b):
    return all(abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) <= 40 for s in (0, 8, 16))


def find_skull(screen, content, pictures):
    """The game y at which a skull stands beside the menu's items (the best
    match of the pictures' pixels, scaled into the window), and the share
    of its pixels that matched."""
    x, y, w, h = content
    best = (None, 0.0)
    for gy in range(0, GAME_H - 8):
        for picture in pictures:
            hits = 0
            for px, py, colour in picture:
                sx = x + int((MENU_X + SKULL_DX + px + 0.5) * w / GAME_W)
                sy = y + int((gy + py + 0.5) * h / GAME_H)
                hits += close(screen.pixel(sx, sy), colour)
            share = hits / float(max(len(picture), 1))
            if share > best[1]:
                best = (gy, share)
    return best


def palette():
    """PLAYPAL's first palette: {0xRRGGBB: index} for each colour and for
    the colours within TOLERANCE of it in each channel (SDL's linear
    scaling of the game's frame rounds most pixels by one or two)."""
    with open(wad_path, "rb") as f:
        data = f.read()
    count, offset = struct.unpack_from("<ii", data, 4)
    for i in range(count):
        pos, size, name = struct.unpack_from("<ii8s", data, offset + 16 * i)
        if name.rstrip(b"\0") == b"PLAYPAL":
            near = {}
            steps = range(-TOLERANCE, TOLERANCE + 1)
            for c in range(256):
                r, g, b = data[pos + 3 * c], data[pos + 3 * c + 1], data[pos + 3 * c + 2]
                for dr in steps:
                    for dg in steps:
                        for db in steps:
                            rr, gg, bb = r + dr, g + dg, b + db
                            if 0 <= rr < 256 and 0 <= gg < 256 and 0 <= bb < 256:
                                near.setdefault((rr << 16) | (gg << 8) | bb, c)
            return near
    raise SystemExit("no PLAYPAL in %s" % wad_path)


def shot(qmp, label):
    return qmp.screen(os.path.join(work, "%s.ppm" % label))


def press(qmp, qcode, wait=0.6):
    qmp.events([key(qcode, True)])
    time.sleep(0.15)
    qmp.events([key(qcode, False)])
    time.sleep(wait)


def changed_box(before, after):
    """The smallest rectangle holding every pixel above the taskbar that differs."""
    x0, y0, x1, y1 = width, height, -1, -1
    for y in range(0, height - BAR_HEIGHT, 2):
        row_a = before.pixels[y * width * 3:(y + 1) * width * 3]
        row_b = after.pixels[y * width * 3:(y + 1) * width * 3]
        if row_a == row_b:
            continue
        for x in range(width):
            if row_a[3 * x:3 * x + 3] != row_b[3 * x:3 * x + 3]:
                x0, x1 = min(x0, x), max(x1, x)
        y0, y1 = min(y0, y), max(y1, y)
    return None if x1 < 0 else (x0, y0, x1 + 1, y1 + 2)


def window_content(before, after):
    """The game's pixels: what changed, less dwm's border and title bar."""
    box = changed_box(before, after)
    if box is None:
        return None
    x0, y0, x1, y1 = box
    return x0 + BORDER, y0 + BORDER + TITLE_HEIGHT, x1 - x0 - 2 * BORDER, y1 - y0 - 2 * BORDER - TITLE_HEIGHT


BANDS = 8
SHOWN_IN_A_ROW = 3


def looks_like_doom(screen, content, colours):
    """(ok, why): most pixels the WAD's palette colours (scaling blends
    where neighbours differ), many of them, and no flat part: each of
    BANDS strips across the window, top to bottom, has no colour in 95%
    of its pixels. (A frame drawn over while dwm showed it was the top of
    the game above black.)"""
    x, y, w, h = content
    seen, matched, used, total = {}, 0, set(), 0
    flattest = (0.0, 0, 0)  # (share, band, colour)
    for band in range(BANDS):
        in_band = {}
        for yy in range(y + band * h // BANDS, y + (band + 1) * h // BANDS, 3):
            for xx in range(x, x + w, 3):
                p = screen.pixel(xx, yy)
                in_band[p] = in_band.get(p, 0) + 1
                if p in colours:
                    matched += 1
                    used.add(colours[p])
        for p, n in in_band.items():
            seen[p] = seen.get(p, 0) + n
        count = sum(in_band.values())
        total += count
        if in_band:
            commonest = max(in_band, key=in_band.get)
            share = in_band[commonest] / float(count)
            if share > flattest[0]:
                flattest = (share, band, commonest)
    why = "%dx%d at (%d, %d): %d colours, %d palette entries, %.0f%% of the pixels palette colours, " \
        "the flattest strip %d of %d, %.0f%% %06x" % (w, h, x, y, len(seen), len(used), 100.0 * matched / max(total, 1),
                                                     flattest[1] + 1, BANDS, 100.0 * flattest[0], flattest[2])
    ok = w >= GAME_W and h >= GAME_H and flattest[0] < 0.95 and len(used) >= 32 and matched >= 0.6 * total
    return ok, why


def differs(a, b, zone):
    """The fraction of ZONE's pixels that differ between screens A and B."""
    x, y, w, h = zone
    diff = sum(1 for yy in range(y, y + h) for xx in range(x, x + w) if a.pixel(xx, yy) != b.pixel(xx, yy))
    return diff / float(max(w * h, 1))


def wait_for(qmp, label, test, seconds):
    return wait_for_screen(lambda: shot(qmp, label), test, seconds)


def main():
    qmp = Qmp(qmp_path, wait_s=900)  # the harness may wait for the QEMU lock first
    colours = palette()
    entries = menu_entries(conf_path)
    start_pixel = (8, height - BAR_HEIGHT + 8)
    before, up = wait_for(qmp, "boot", lambda s: s.pixel(*start_pixel) == START_COLOUR, 150)
    if not up:
        report("doom-window-from-start-menu", "no taskbar: %06x at %s" % (before.pixel(*start_pixel), start_pixel))
        qmp.command("quit")
        return
    # The desktop as it will be around the window, the pointer included:
    # where the click on the menu's entry leaves it.
    qmp.point(*menu_entry(height, entries, "Doom"))
    time.sleep(2)
    before = shot(qmp, "before")

    # The window, from the start menu, with the game in it (the title
    # screen or a demo behind it: the attract loop moves on by itself),
    # whole on SHOWN_IN_A_ROW screens running: once the game draws, every
    # screen must show a whole frame, not one that happened to be.
    open_from_menu(qmp, height, entries, "Doom")
    found = {"streak": 0}

    def shows_game(screen):
        content = window_content(before, screen)
        if content is None:
            return False
        found["content"] = content
        found["verdict"] = looks_like_doom(screen, content, colours)
        found["streak"] = found["streak"] + 1 if found["verdict"][0] else 0
        return found["streak"] >= SHOWN_IN_A_ROW
    screen, shown = wait_for(qmp, "window", shows_game, 120)
    screen.save_png(os.path.join(work, "doom-window.png"))
    report("doom-window-from-start-menu", None if shown else
           "no game in a window: %s" % (found["verdict"][1] if "verdict" in found else "nothing changed on the screen"))
    if not shown:
        qmp.command("quit")
        return
    print("# the window: %s" % found["verdict"][1], flush=True)
    content = found["content"]

    # Keys: Escape opens the menu over the attract loop's demos, with the
    # skull beside its first item; Down moves it a line lower.
    pictures = skulls()
    seen = {}

    def skull_at(test):
        def check(screen):
            seen["at"] = find_skull(screen, content, pictures)
            return seen["at"][1] >= 0.6 and test(seen["at"][0])
        return check
    press(qmp, "esc")
    screen, opened = wait_for(qmp, "menu-first-item", skull_at(lambda gy: True), 60)
    first = seen["at"]
    moved = False
    if opened:
        press(qmp, "down")
        screen, moved = wait_for(qmp, "menu-second-item", skull_at(lambda gy: abs(gy - first[0] - LINE) <= 1), 60)
        screen.save_png(os.path.join(work, "doom-menu.png"))
    print("# the skull: at game y %s (%.2f of its pixels) after Escape, then %s (%.2f)" % (
        first[0], first[1], seen["at"][0], seen["at"][1]), flush=True)
    report("doom-keys-move-the-menu", None if opened and moved else
           "the skull was not found after Escape" if not opened else
           "after Down the skull is at game y %s, not %d" % (seen["at"][0], first[0] + LINE))

    # Quit through the menu: Up to the first item, Up again wraps to the
    # last, Quit Game; Enter, 'y'; then a key closes the ENDOOM screen.
    press(qmp, "up")
    wait_for(qmp, "menu-back", skull_at(lambda gy: abs(gy - first[0]) <= 1), 30)
    press(qmp, "up")
    wait_for(qmp, "menu-quit", skull_at(lambda gy: gy > first[0] + LINE), 30)
    press(qmp, "ret", 3)
    press(qmp, "y", 8)
    press(qmp, "esc", 2)
    x, y, w, h = content

    def window_gone(screen):
        return differs(before, screen, (x, y, w, h)) < 0.01
    screen, closed = wait_for(qmp, "after-quit", window_gone, 30)
    report("doom-quits-from-its-menu", None if closed else
           "the window's area still differs from the desktop: %.2f" % differs(before, screen, (x, y, w, h)))

    # The configuration it saved, shown on the serial console.
    open_from_menu(qmp, height, entries, "Terminal")
    inside = (TERMINAL_X + 2, TERMINAL_Y + 2)
    wait_for(qmp, "terminal", lambda s: s.pixel(*inside) == TERMINAL_BG, 30)
    time.sleep(3)
    # (grep, not cat: a few lines; the whole file is 6 KiB)
    serial = Serial(os.path.join(work, "harness.out"))
    cfg = "home:/cfg/chocolate-doom/chocolate-doom.cfg"
    qmp.run_line("grep fullscreen %s > sys:/console\n" % cfg, serial, r"^fullscreen +[0-9]")
    qmp.run_line("grep window %s > sys:/console\n" % cfg, serial, r"^window_width +[0-9]")
    qmp.run_ending("echo doom-desktop-test: done > sys:/console\n", serial, r"^doom-desktop-test: done")


try:
    main()
except Exception as error:  # a broken run is a failure, and must not leave QEMU running to its time limit
    report("doom-desktop-driver", "%s: %s" % (type(error).__name__, error))
    try:
        Qmp(qmp_path, wait_s=5).command("quit")
    except Exception:
        pass
sys.exit(tap.status())
