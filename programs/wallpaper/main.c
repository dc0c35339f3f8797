// wallpaper: the desktop's background, a window of dwm's background kind
// covering the screen, showing an image scaled to fill it (cut to the
// screen's proportions, never stretched).
//
// usage: wallpaper [--dwm NAME] [--image FILE]
//   --dwm NAME    the window manager's socket (default "dwm")
//   --image FILE  an .fbmp image (default home:/usr/share/images/wallpaper.fbmp)
// Without a usable image it fills the screen with a gradient. It waits for
// dwm to come up, and exits when dwm goes away.
#include <patchwork/client.h>
#include <patchwork/draw.h>
#include <patchwork/load.h>
#include <patchwork/surface.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define USAGE "usage: wallpaper [--dwm NAME] [--image FILE]\n"
#define TOP 0xFF1E2A50u
#define BOTTOM 0xFF147070u

// Fill @p surface from @p image, scaled by the same factor both ways so
// that it covers the surface, centred; each pixel samples the nearest one.
static void cover(surface_t* surface, const fbmp_image_t* image)
{
    // The scale is surface/image on the axis that needs more; in 16.16
    // fixed point, source steps per screen pixel.
    uint64_t step_x = ((uint64_t)image->width << 16) / (uint64_t)surface->width;
    uint64_t step_y = ((uint64_t)image->height << 16) / (uint64_t)surface->height;
    uint64_t step = step_x < step_y ? step_x : step_y;
    uint64_t used_w = (uint64_t)surface->width * step, used_h = (uint64_t)surface->height * step;
    uint64_t origin_x = (((uint64_t)image->width << 16) - used_w) / 2;
    uint64_t origin_y = (((uint64_t)image->height << 16) - used_h) / 2;
    for (int32_t y = 0; y < surface->height; y++)
    {
        uint32_t source_y = (uint32_t)((origin_y + (uint64_t)y * step) >> 16);
        uint32_t* row = surface->pixels + (size_t)y * (size_t)surface->stride;
        for (int32_t x = 0; x < surface->width; x++)
        {
            uint32_t source_x = (uint32_t)((origin_x + (uint64_t)x * step) >> 16);
            row[x] = fbmp_pixel(image, source_x, source_y) | 0xFF000000u;
        }
    }
}

int main(int argc, char** argv)
{
    const char* name = PROTO_SOCKET_NAME;
    const char* path = PW_IMAGE_DIR "/wallpaper.fbmp";
    for (int i = 1; i < argc; i++)
    {
        if (strcmp(argv[i], "--dwm") == 0 && i + 1 < argc)
        {
            name = argv[++i];
        }
        else if (strcmp(argv[i], "--image") == 0 && i + 1 < argc)
        {
            path = argv[++i];
        }
        else
        {
            fputs(USAGE, stderr);
            return 2;
        }
    }
    fbmp_image_t image;
    bool have_image = pw_image_load(path, &image) == 0 && image.width > 0 && image.height > 0;
    pw_client_t* client = pw_connect_wait(name, TIMEOUT_NEVER);
    if (client == NULL)
    {
        fprintf(stderr, "wallpaper: cannot connect to '%s': %s\n", name, strerror(errno));
        return 1;
    }
    uint32_t width = pw_screen_width(client), height = pw_screen_height(client);
    pw_window_t* window = pw_window_create_kind(client, 0, 0, width, height, "wallpaper", PROTO_WINDOW_BACKGROUND);
    surface_t surface;
    if (!pw_window_surface(window, &surface))
    {
        fprintf(stderr, "wallpaper: no window: %s\n", strerror(errno));
        return 1;
    }
    if (have_image)
    {
        cover(&surface, &image);
        pw_image_free(&image);
    }
    else
    {
        draw_gradient_v(&surface, surface_bounds(&surface), TOP, BOTTOM);
    }
    pw_window_damage(window, &(proto_rect_t){0, 0, width, height}, 1);
    for (;;) // nothing to do but stay, until dwm goes
    {
        proto_msg_t event;
        if (pw_next_event(client, &event, TIMEOUT_NEVER) == -1)
        {
            return errno == EPIPE ? 0 : 1;
        }
    }
}
