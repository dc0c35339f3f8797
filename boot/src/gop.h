// Choosing and setting the screen mode through the Graphics Output Protocol.
#ifndef BOOT_GOP_H
#define BOOT_GOP_H 1

#include <boot/boot_info.h>

#include "config.h"

/** The largest mode picked when the config says "auto". */
#define GOP_AUTO_MAX_WIDTH 1920
#define GOP_AUTO_MAX_HEIGHT 1080

/**
 * Set the mode the config asks for (or the largest up to 1920x1080) and
 * describe it in @p framebuffer. Without a usable framebuffer (no GOP, or a
 * blit-only display) framebuffer->base stays NULL and booting goes on with
 * the serial console only.
 */
void gop_setup(const boot_config_t* config, boot_framebuffer_t* framebuffer);

#endif
