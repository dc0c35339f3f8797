// The i8042 controller. Set-up runs with the devices' interrupts off and
// polls the status register; afterwards one handler serves both IRQ 1
// (keyboard) and IRQ 12 (mouse), telling their bytes apart by the status
// register's "from the second port" bit.
#include "ps2.h"

#include "ps2_decode.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/interrupt.h>
#include <kernel/arch/io.h>
#include <kernel/console/console_input.h>
#include <kernel/console/fbcon.h>
#include <kernel/console/keymap.h>
#include <kernel/drivers/event_queue.h>
#include <kernel/log/log.h>

#include <errno.h>

#define PS2_DATA 0x60
#define PS2_STATUS 0x64
#define PS2_COMMAND 0x64
#define STATUS_OUTPUT_FULL 0x01
#define STATUS_INPUT_FULL 0x02
#define STATUS_FROM_MOUSE 0x20

#define CMD_READ_CONFIG 0x20
#define CMD_WRITE_CONFIG 0x60
#define CMD_DISABLE_MOUSE 0xA7
#define CMD_ENABLE_MOUSE 0xA8
#define CMD_SELF_TEST 0xAA
#define CMD_DISABLE_KEYBOARD 0xAD
#define CMD_ENABLE_KEYBOARD 0xAE
#define CMD_TO_MOUSE 0xD4
#define SELF_TEST_PASSED 0x55

#define CONFIG_KEYBOARD_IRQ 0x01
#define CONFIG_MOUSE_IRQ 0x02
#define CONFIG_KEYBOARD_CLOCK_OFF 0x10 // the port is disabled (what CMD_DISABLE_KEYBOARD sets)
#define CONFIG_MOUSE_CLOCK_OFF 0x20
#define CONFIG_TRANSLATE 0x40 // the controller turns set 2 into set 1

#define DEVICE_SET_DEFAULTS 0xF6
#define DEVICE_ENABLE_REPORTING 0xF4
#define DEVICE_ACK 0xFA

#define KEYBOARD_IRQ 1
#define MOUSE_IRQ 12
#define PS2_TIMEOUT_NS (50 * CLOCK_NS_PER_MS)

static ps2_state_t state;
static event_queue_t keyboard_events;
static event_queue_t mouse_events;
static ps2_kbd_decoder_t keyboard_decoder;
static ps2_mouse_decoder_t mouse_decoder;
static keymap_state_t keymap; // the console's view of the modifier keys

static bool ps2_wait(uint8_t mask, bool set)
{
    uint64_t deadline = clock_uptime_ns() + PS2_TIMEOUT_NS;
    while (((io_in8(PS2_STATUS) & mask) != 0) != set)
    {
        if (clock_uptime_ns() > deadline)
        {
            return false;
        }
    }
    return true;
}

static bool ps2_command(uint8_t command)
{
    if (!ps2_wait(STATUS_INPUT_FULL, false))
    {
        return false;
    }
    io_out8(PS2_COMMAND, command);
    return true;
}

static bool ps2_write(uint8_t value)
{
    if (!ps2_wait(STATUS_INPUT_FULL, false))
    {
        return false;
    }
    io_out8(PS2_DATA, value);
    return true;
}

static int ps2_read(void)
{
    return ps2_wait(STATUS_OUTPUT_FULL, true) ? io_in8(PS2_DATA) : -1;
}

static void ps2_flush(void)
{
    while (io_in8(PS2_STATUS) & STATUS_OUTPUT_FULL)
    {
        io_in8(PS2_DATA);
    }
}

// Send a byte to a device and expect its acknowledgement.
static bool ps2_device_send(bool mouse, uint8_t value)
{
    if ((mouse && !ps2_command(CMD_TO_MOUSE)) || !ps2_write(value))
    {
        return false;
    }
    return ps2_read() == DEVICE_ACK;
}

static void ps2_interrupt(interrupt_frame_t* frame)
{
    (void)frame;
    uint8_t status;
    while ((status = io_in8(PS2_STATUS)) & STATUS_OUTPUT_FULL)
    {
        uint8_t byte = io_in8(PS2_DATA);
        uint64_t now = clock_uptime_ns();
        if (status & STATUS_FROM_MOUSE)
        {
            mouse_event_t event;
            if (ps2_mouse_decode(&mouse_decoder, byte, &event))
            {
                event.time = now;
                event_queue_push(&mouse_events, &event);
            }
        }
        else
        {
            kbd_event_t event;
            if (ps2_kbd_decode(&keyboard_decoder, byte, &event))
            {
                event.time = now;
                event_queue_push(&keyboard_events, &event);
                // The keys also type at the console, as the serial port does,
                // unless a program (the window manager) has the screen.
                char typed[KEYMAP_BYTES_MAX];
                size_t length = console_screen_shown() ? keymap_translate(&keymap, &event, typed) : 0;
                if (length > 0)
                {
                    console_input_push(typed, length);
                }
            }
        }
    }
}

static bool ps2_controller_init(uint8_t* config)
{
    if (!ps2_command(CMD_DISABLE_KEYBOARD) || !ps2_command(CMD_DISABLE_MOUSE))
    {
        return false; // no controller answers
    }
    ps2_flush();
    int value;
    if (!ps2_command(CMD_READ_CONFIG) || (value = ps2_read()) < 0)
    {
        return false;
    }
    *config = ((uint8_t)value & ~(CONFIG_KEYBOARD_IRQ | CONFIG_MOUSE_IRQ)) | CONFIG_TRANSLATE;
    if (!ps2_command(CMD_SELF_TEST) || ps2_read() != SELF_TEST_PASSED)
    {
        return false;
    }
    // The self-test may reset the configuration: write ours after it.
    return ps2_command(CMD_WRITE_CONFIG) && ps2_write(*config);
}

static ssize_t ps2_keyboard_read(file_t* file, void* buffer, size_t count)
{
    return event_queue_read(&keyboard_events, buffer, count, file_flags(file) & FILE_NONBLOCK);
}

static uint16_t ps2_keyboard_poll(file_t* file)
{
    (void)file;
    return event_queue_poll(&keyboard_events);
}

static ssize_t ps2_mouse_read(file_t* file, void* buffer, size_t count)
{
    return event_queue_read(&mouse_events, buffer, count, file_flags(file) & FILE_NONBLOCK);
}

static uint16_t ps2_mouse_poll(file_t* file)
{
    (void)file;
    return event_queue_poll(&mouse_events);
}

static const file_ops_t keyboard_ops = {.read = ps2_keyboard_read, .poll = ps2_keyboard_poll};
static const file_ops_t mouse_ops = {.read = ps2_mouse_read, .poll = ps2_mouse_poll};

static bool ps2_keyboard_present(void)
{
    return state.keyboard;
}

static bool ps2_mouse_present(void)
{
    return state.mouse;
}

const sysdev_t ps2_keyboard_device = {.path = "kbd/ps2", .file = &keyboard_ops, .present = ps2_keyboard_present};
const sysdev_t ps2_mouse_device = {.path = "mouse/ps2", .file = &mouse_ops, .present = ps2_mouse_present};

void ps2_init(void)
{
    event_queue_init(&keyboard_events, sizeof(kbd_event_t));
    event_queue_init(&mouse_events, sizeof(mouse_event_t));
    uint8_t config = 0;
    state.controller = ps2_controller_init(&config);
    if (!state.controller)
    {
        log_info("ps2: no working controller; no keyboard or mouse");
        return;
    }
    ps2_command(CMD_ENABLE_KEYBOARD);
    state.keyboard = ps2_device_send(false, DEVICE_ENABLE_REPORTING);
    ps2_command(CMD_ENABLE_MOUSE);
    state.mouse = ps2_device_send(true, DEVICE_SET_DEFAULTS) && ps2_device_send(true, DEVICE_ENABLE_REPORTING);
    config |= (state.keyboard ? CONFIG_KEYBOARD_IRQ : 0) | (state.mouse ? CONFIG_MOUSE_IRQ : 0);
    // The configuration was read while both ports were disabled: writing
    // it back as it was would disable them again, and no key or movement
    // would ever arrive.
    config &= (uint8_t)~((state.keyboard ? CONFIG_KEYBOARD_CLOCK_OFF : 0) | (state.mouse ? CONFIG_MOUSE_CLOCK_OFF : 0));
    ps2_flush();
    interrupt_set_handler(VECTOR_IRQ_BASE + KEYBOARD_IRQ, ps2_interrupt);
    interrupt_set_handler(VECTOR_IRQ_BASE + MOUSE_IRQ, ps2_interrupt);
    ps2_command(CMD_WRITE_CONFIG);
    ps2_write(config);
    state.config = config;
    if (state.keyboard)
    {
        interrupt_route_irq(KEYBOARD_IRQ, VECTOR_IRQ_BASE + KEYBOARD_IRQ);
    }
    if (state.mouse)
    {
        interrupt_route_irq(MOUSE_IRQ, VECTOR_IRQ_BASE + MOUSE_IRQ);
    }
    log_info("ps2: keyboard %s, mouse %s", state.keyboard ? "on" : "absent", state.mouse ? "on" : "absent");
}

ps2_state_t ps2_state(void)
{
    return state;
}
