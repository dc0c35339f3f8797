"""The taskbar as the desktop's QMP drivers see it (tests/desktop/drive.py,
tests/ports/doom_desktop.py): its geometry (programs/taskbar/taskbar.h)
and its start menu, whose entries come from the taskbar's configuration
(root/cfg/taskbar.conf, home:/cfg/taskbar.conf in the OS)."""
import os
import time

BAR_HEIGHT, START_COLOUR, MENU_ITEM, MENU_PAD = 36, 0x3A78C8, 30, 4
CONF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "root", "cfg", "taskbar.conf")


def menu_entries(conf=CONF):
    """The start menu's labels, in order, from the taskbar's configuration."""
    labels, inside = [], False
    with open(conf) as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                inside = line == "[menu]"
            elif inside and "=" in line and not line.startswith("#"):
                labels.append(line.split("=", 1)[0].strip())
    return labels


def menu_top(height, entries):
    """The y of the open menu's top edge on a screen @p height tall."""
    return height - BAR_HEIGHT - (len(entries) * MENU_ITEM + 2 * MENU_PAD)


def menu_entry(height, entries, label):
    """Where to click for the menu entry @p label."""
    return 100, menu_top(height, entries) + MENU_PAD + entries.index(label) * MENU_ITEM + MENU_ITEM // 2


def open_from_menu(qmp, height, entries, label):
    qmp.click(46, height - BAR_HEIGHT // 2)  # Start
    qmp.click(*menu_entry(height, entries, label))


def wait_for(take, test, seconds):
    """Screens from take() once a second until test(screen) is true or
    @p seconds have gone; the last screen and whether it was."""
    deadline = time.time() + seconds
    while True:
        screen = take()
        if test(screen):
            return screen, True
        if time.time() > deadline:
            return screen, False
        time.sleep(1)
