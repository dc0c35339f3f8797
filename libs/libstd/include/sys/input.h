/**
 * @file sys/input.h
 * @brief Keyboard and mouse events, as the kernel's device files give them.
 *
 * sys:/kbd/ps2 and sys:/mouse/ps2 are read in whole events (a read
 * shorter than one event fails with EINVAL); a read waits for the first
 * event unless the file was opened with "?nonblock" (then EAGAIN), and
 * returns as many as are queued and fit. poll reports POLL_READ when
 * events wait. Events that are not read are dropped, oldest first, once
 * the queue (256 events) is full.
 */
#ifndef _SYS_INPUT_H
#define _SYS_INPUT_H 1

#include <stdint.h>

/** kbd_event_t.type */
#define KBD_PRESS 1
#define KBD_RELEASE 2

/** Extended keys (arrows, right Ctrl, ...) have this added to their code. */
#define KBD_EXTENDED 0xE000

/**
 * A key went down or up. code is the key's PS/2 scan code set 1 "make"
 * code (the same whether pressed or released), plus KBD_EXTENDED for
 * keys sent with the 0xE0 prefix: 0x1E is A, 0x1C Enter, 0xE048 the up
 * arrow. Turning codes into characters is user space's business.
 */
typedef struct
{
    uint64_t time; /**< uptime in nanoseconds */
    uint32_t type; /**< KBD_PRESS or KBD_RELEASE */
    uint32_t code;
} kbd_event_t;

/** mouse_event_t.buttons */
#define MOUSE_LEFT 0x1
#define MOUSE_RIGHT 0x2
#define MOUSE_MIDDLE 0x4

/** The mouse moved or a button changed. */
typedef struct
{
    uint64_t time;    /**< uptime in nanoseconds */
    uint32_t buttons; /**< MOUSE_ bits held down now */
    int32_t dx;       /**< rightwards */
    int32_t dy;       /**< downwards (screen direction) */
    uint32_t reserved;
} mouse_event_t;

#endif
