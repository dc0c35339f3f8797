// sys:/fb/0 (see fb_file.c).
#ifndef KERNEL_DRIVERS_FB_FILE_H
#define KERNEL_DRIVERS_FB_FILE_H 1

#include <boot/boot_info.h>

void fb_file_init(const boot_framebuffer_t* framebuffer);

#endif
