// The boot configuration file, \boot\boot.cfg on the boot volume.
//
// One "key = value" per line; '#' starts a comment. Keys:
//   cmdline   the kernel command line (default: empty)
//   mode      the screen mode, WIDTHxHEIGHT, or "auto" for the largest up
//             to 1920x1080 (default: auto)
//   kernel    the kernel's path (default: \boot\kernel.elf)
// A missing file means all defaults. An unknown key or a bad value is
// reported and ignored, so a typo never stops the machine from booting.
#ifndef BOOT_CONFIG_H
#define BOOT_CONFIG_H 1

#include <boot/boot_info.h>
#include <stdint.h>

#define BOOT_CONFIG_PATH "\\boot\\boot.cfg"
#define BOOT_CONFIG_PATH_MAX 128

typedef struct
{
    char cmdline[BOOT_CMDLINE_MAX];
    char kernel_path[BOOT_CONFIG_PATH_MAX];
    uint32_t mode_width; /**< 0 for automatic */
    uint32_t mode_height;
} boot_config_t;

/** Fill @p config with the defaults, then apply the text of a config file. */
void config_parse(boot_config_t* config, const char* text, uint64_t length);

#endif
