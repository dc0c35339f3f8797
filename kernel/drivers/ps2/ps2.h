// The PS/2 controller (i8042) with its keyboard and mouse, as the files
// sys:/kbd/ps2 and sys:/mouse/ps2 (events as in <sys/input.h>).
#ifndef KERNEL_DRIVERS_PS2_H
#define KERNEL_DRIVERS_PS2_H 1

#include <kernel/fs/sysdev.h>

#include <stdbool.h>
#include <stdint.h>

typedef struct
{
    bool controller; /**< the controller passed its self-test */
    bool keyboard;   /**< a keyboard answered and sends events */
    bool mouse;      /**< a mouse answered and sends events */
    uint8_t config;  /**< the controller configuration byte written last */
} ps2_state_t;

/** Set up the controller and devices and route their IRQs. */
void ps2_init(void);

/** sys:/kbd/ps2 and sys:/mouse/ps2, present when ps2_init found them. */
extern const sysdev_t ps2_keyboard_device;
extern const sysdev_t ps2_mouse_device;

/** What ps2_init found. */
ps2_state_t ps2_state(void);

#endif
