#include "io.h"

#include <kernel/arch/qemu.h>

#define QEMU_EXIT_PORT 0xF4

// Off unless the command line says the kernel is under test: on a real
// machine the port may belong to something else.
static bool testing;

void qemu_set_testing(bool value)
{
    testing = value;
}

void qemu_exit_if_testing(int code)
{
    if (testing)
    {
        io_out32(QEMU_EXIT_PORT, (uint32_t)code);
    }
}
