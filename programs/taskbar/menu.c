// The start menu: its entries come from the [menu] section of the
// configuration ("Label = program arguments", one a line, in order; read
// with config.h, so a label is a key: letters, digits, '_', '-', '.'). It
// opens as a popup above the start button and closes when an entry is
// chosen, Escape is pressed, or it loses the keyboard.
#include "taskbar.h"

#include <patchwork/config.h>
#include <patchwork/keys.h>

#include <stdio.h>

int menu_load(taskbar_t* bar, const char* path)
{
    pw_config_t config;
    pw_config_status_t status = pw_config_load(&config, path);
    if (status != PW_CONFIG_OK)
    {
        fprintf(stderr, "taskbar: %s: %s\n", path,
                status == PW_CONFIG_NO_FILE ? "no such file" : config.error[0] != '\0' ? config.error : "cannot be read");
        pw_config_free(&config);
        return -1;
    }
    size_t cursor = 0;
    const char *label, *command;
    while (pw_config_next(&config, "menu", &cursor, &label, &command))
    {
        if (bar->entry_count == MAX_ENTRIES)
        {
            fprintf(stderr, "taskbar: %s: more than %d entries in [menu]\n", path, MAX_ENTRIES);
            break;
        }
        entry_t* entry = &bar->entries[bar->entry_count++];
        snprintf(entry->label, sizeof(entry->label), "%s", label);
        snprintf(entry->command, sizeof(entry->command), "%s", command);
    }
    pw_config_free(&config);
    return 0;
}

void menu_open(taskbar_t* bar)
{
    if (bar->menu != NULL || bar->entry_count == 0)
    {
        return;
    }
    uint32_t height = (uint32_t)(bar->entry_count * MENU_ITEM_HEIGHT + 2 * BAR_PAD);
    int32_t y = (int32_t)pw_screen_height(bar->client) - BAR_HEIGHT - (int32_t)height;
    bar->menu = pw_window_create_kind(bar->client, 0, y, MENU_WIDTH, height, "", PROTO_WINDOW_POPUP);
    bar->hovered = -1;
    if (bar->menu != NULL)
    {
        paint_menu(bar);
    }
}

void menu_close(taskbar_t* bar)
{
    if (bar->menu != NULL)
    {
        pw_window_close(bar->menu);
        bar->menu = NULL;
    }
}

static int entry_at(int32_t y)
{
    return y < BAR_PAD ? -1 : (y - BAR_PAD) / MENU_ITEM_HEIGHT;
}

void menu_event(taskbar_t* bar, const proto_msg_t* event)
{
    switch (event->header.type)
    {
    case PROTO_MOUSE_EVENT:
    {
        int at = entry_at(event->mouse.y);
        at = at < bar->entry_count ? at : -1;
        if (event->mouse.buttons & PROTO_BUTTON_LEFT && at >= 0)
        {
            menu_close(bar);
            launch(bar->entries[at].command);
        }
        else if (at != bar->hovered)
        {
            bar->hovered = at;
            paint_menu(bar);
        }
        break;
    }
    case PROTO_KEY_EVENT:
    {
        pw_key_t key = pw_key_decode(event->key.code, event->key.modifiers);
        if (event->key.type != PROTO_KEY_PRESS)
        {
            break;
        }
        if (key.kind == PW_KEY_ESCAPE)
        {
            menu_close(bar);
        }
        else if (key.kind == PW_KEY_DOWN || key.kind == PW_KEY_UP)
        {
            int step = key.kind == PW_KEY_DOWN ? 1 : bar->entry_count - 1;
            bar->hovered = bar->hovered < 0 ? 0 : (bar->hovered + step) % bar->entry_count;
            paint_menu(bar);
        }
        else if (key.kind == PW_KEY_ENTER && bar->hovered >= 0)
        {
            int chosen = bar->hovered;
            menu_close(bar);
            launch(bar->entries[chosen].command);
        }
        break;
    }
    case PROTO_FOCUS:
        if (!event->focus.focused)
        {
            menu_close(bar);
        }
        break;
    case PROTO_CLOSE_REQUEST:
        menu_close(bar);
        break;
    default:
        break;
    }
}
