// Turning the bytes a PS/2 keyboard and mouse send into events: pure
// functions, kept apart from the port I/O so the tests can feed them.
#ifndef KERNEL_DRIVERS_PS2_DECODE_H
#define KERNEL_DRIVERS_PS2_DECODE_H 1

#include <stdbool.h>
#include <stdint.h>
#include <sys/input.h>

/** Keyboard decoder state between bytes (scan code set 1). */
typedef struct
{
    bool extended;   /**< a 0xE0 prefix came */
    uint8_t skip;    /**< bytes left of a Pause sequence (0xE1 ...) */
} ps2_kbd_decoder_t;

/** Feed one byte; true when it completed an event (time left 0). */
bool ps2_kbd_decode(ps2_kbd_decoder_t* decoder, uint8_t byte, kbd_event_t* event);

/** Mouse decoder state: a 3-byte packet being collected. */
typedef struct
{
    uint8_t bytes[3];
    uint8_t count;
} ps2_mouse_decoder_t;

/**
 * Feed one byte; true when it completed a packet. A first byte without
 * its always-set bit 3 is dropped, so a lost byte costs one packet only.
 */
bool ps2_mouse_decode(ps2_mouse_decoder_t* decoder, uint8_t byte, mouse_event_t* event);

#endif
