// A ui in a dwm window (app.h): events to the ui, redraws to dwm.
#include "internal.h"

#include <errno.h>
#include <stdlib.h>

static bool surface_wrap(pw_app_window_t* app)
{
    uint32_t stride;
    uint32_t* pixels = pw_window_pixels(app->window, &stride);
    return surface_init(&app->surface, pixels, (int32_t)pw_window_width(app->window),
                        (int32_t)pw_window_height(app->window), (int32_t)stride);
}

int pw_app_window_flush(pw_app_window_t* app)
{
    damage_t done;
    if (!pw_ui_render(&app->ui, &done))
    {
        return 0;
    }
    proto_rect_t rects[DAMAGE_MAX_RECTS];
    for (uint32_t i = 0; i < done.count; i++)
    {
        rect_t r = done.rects[i];
        rects[i] = (proto_rect_t){r.x, r.y, (uint32_t)r.width, (uint32_t)r.height};
    }
    return pw_window_damage(app->window, rects, done.count);
}

static void app_event(pw_loop_t* loop, const proto_msg_t* event, void* data)
{
    (void)loop;
    pw_app_window_t* app = data;
    pw_app_window_t* popup = app->popup != NULL && app->popup->closing == 0 ? app->popup : NULL;
    switch (event->header.type)
    {
    case PROTO_KEY_EVENT:
        // The popup has no keyboard of its own while its owner has it.
        pw_ui_key(popup != NULL ? &popup->ui : &app->ui, event->key.type, event->key.code, event->key.modifiers);
        break;
    case PROTO_MOUSE_EVENT:
        if (popup != NULL && (event->mouse.buttons & ~app->ui.buttons) != 0)
        {
            pw_popup_close(popup); // a click elsewhere dismisses it
        }
        pw_ui_mouse(&app->ui, event->mouse.x, event->mouse.y, event->mouse.buttons, event->mouse.wheel);
        break;
    case PROTO_FOCUS:
        pw_ui_window_focus(&app->ui, event->focus.focused != 0);
        if (app->owner != NULL && event->focus.focused == 0)
        {
            pw_popup_close(app);
        }
        break;
    case PROTO_CLOSE_REQUEST:
        if (app->owner != NULL)
        {
            pw_popup_close(app);
        }
        else if (app->on_close != NULL)
        {
            app->on_close(app, app->on_close_data);
            return; // the handler may have destroyed the window
        }
        else
        {
            pw_loop_stop(app->loop);
        }
        break;
    case PROTO_WINDOW_RESIZED:
        if (surface_wrap(app))
        {
            pw_ui_set_surface(&app->ui, &app->surface);
        }
        break;
    default: break;
    }
    if (app->on_update != NULL)
    {
        app->on_update(app, app->on_update_data);
    }
    pw_app_window_flush(app);
    if (popup != NULL && popup->closing == 0)
    {
        pw_app_window_flush(popup); // keys passed on changed it
    }
}

pw_app_window_t* pw_app_window_create(pw_loop_t* loop, int32_t x, int32_t y, uint32_t width, uint32_t height,
                                      const char* title, const pw_theme_t* theme)
{
    pw_app_window_t* app = calloc(1, sizeof(*app));
    if (app == NULL)
    {
        errno = ENOMEM;
        return NULL;
    }
    app->loop = loop, app->x = x, app->y = y;
    app->window = pw_window_create(pw_loop_client(loop), x, y, width, height, title);
    if (app->window == NULL || !surface_wrap(app) || !pw_ui_init(&app->ui, &app->surface, theme) ||
        pw_loop_watch_window(loop, pw_window_id(app->window), app_event, app) == -1)
    {
        int error = errno != 0 ? errno : ENOMEM;
        if (app->ui.root != NULL)
        {
            pw_ui_destroy(&app->ui);
        }
        if (app->window != NULL)
        {
            pw_window_close(app->window);
        }
        free(app);
        errno = error;
        return NULL;
    }
    app->ui.user = app;
    return app;
}

void pw_app_window_destroy(pw_app_window_t* app)
{
    if (app == NULL)
    {
        return;
    }
    if (app->popup != NULL)
    {
        pw_app_window_destroy(app->popup);
    }
    if (app->owner != NULL && app->owner->popup == app)
    {
        app->owner->popup = NULL;
    }
    pw_loop_cancel_timer(app->loop, app->closing);
    pw_loop_watch_window(app->loop, pw_window_id(app->window), NULL, NULL);
    pw_ui_destroy(&app->ui);
    pw_window_close(app->window);
    free(app);
}

pw_ui_t* pw_app_window_ui(pw_app_window_t* app)
{
    return &app->ui;
}

pw_window_t* pw_app_window_window(pw_app_window_t* app)
{
    return app->window;
}

pw_loop_t* pw_app_window_loop(pw_app_window_t* app)
{
    return app->loop;
}

void pw_app_window_position(const pw_app_window_t* app, int32_t* x, int32_t* y)
{
    *x = app->x, *y = app->y;
}

void pw_app_window_on_close(pw_app_window_t* app, pw_app_handler_t handler, void* data)
{
    app->on_close = handler, app->on_close_data = data;
}

void pw_app_window_on_update(pw_app_window_t* app, pw_app_handler_t handler, void* data)
{
    app->on_update = handler, app->on_update_data = data;
}
