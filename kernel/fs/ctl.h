// Commands written to "ctl" files (sys:/proc/N/ctl, a socket's ctl,
// sys:/consctl): one line of text such as "listen" or "handler 0x401000".
#ifndef KERNEL_FS_CTL_H
#define KERNEL_FS_CTL_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/**
 * Copy the @p count bytes written into @p command (@p size bytes) as a
 * string, without the trailing newline or spaces a shell's echo leaves.
 * 0, or -EINVAL if it does not fit.
 */
int ctl_command(const void* buffer, size_t count, char* command, size_t size);

/**
 * If @p command is @p prefix followed by a number (decimal, or 0x hex),
 * store the number and return true.
 */
bool ctl_number_after(const char* command, const char* prefix, uint64_t* value);

#endif
