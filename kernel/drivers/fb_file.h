// sys:/fb/0, the boot framebuffer as files (see fb_file.c).
#ifndef KERNEL_DRIVERS_FB_FILE_H
#define KERNEL_DRIVERS_FB_FILE_H 1

#include <boot/boot_info.h>
#include <kernel/fs/sysdev.h>

/** sys:/fb/0/{info,buffer}; present once fb_file_init was given a framebuffer. */
extern const sysdev_t fb_device;

/** Keep the bootloader's framebuffer for the files (none: no sys:/fb). */
void fb_file_init(const boot_framebuffer_t* framebuffer);

#endif
