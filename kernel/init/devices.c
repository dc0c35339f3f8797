// The list of sys: devices. A new device is its own file with one sysdev_t
// (docs/devices.md, "Adding a sys: file"), and one line here; sys: lists
// the top-level names in this order. The list sits in init/, with the
// start-up order, because it names every subsystem that has files.
#include "devices.h"

#include <kernel/console/console_file.h>
#include <kernel/console/pty_file.h>
#include <kernel/drivers/fb_file.h>
#include <kernel/drivers/ps2/ps2.h>
#include <kernel/ipc/pipe.h>
#include <kernel/ipc/shm.h>
#include <kernel/ipc/socket.h>
#include <kernel/mem/mem_file.h>
#include <kernel/proc/process.h>
#include <kernel/sched/sched_file.h>
#include <kernel/time/realtime_file.h>

static const sysdev_t* const devices[] = {
    &console_device,      // console
    &consctl_device,      // consctl
    &mem_device,          // stat/mem
    &sched_device,        // stat/sched
    &realtime_device,     // time/realtime
    &fb_device,           // fb/0
    &ps2_keyboard_device, // kbd/ps2
    &ps2_mouse_device,    // mouse/ps2
    &pipe_device,         // pipe
    &shm_device,          // shm
    &socket_device,       // net/local
    &pty_device,          // pty
    &proc_device,         // proc
};

const sysdev_table_t kernel_devices = {devices, sizeof(devices) / sizeof(devices[0])};
