// The start menu: its entries come from the [menu] section of the
// configuration ("Label = program arguments", one a line, in order); it
// opens as a popup above the start button and closes when an entry is
// chosen, Escape is pressed, or it loses the keyboard.
#include "taskbar.h"

#include <patchwork/keys.h>
#include <patchwork/load.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char* trim(char* text)
{
    while (isspace((unsigned char)*text))
    {
        text++;
    }
    size_t length = strlen(text);
    while (length > 0 && isspace((unsigned char)text[length - 1]))
    {
        text[--length] = '\0';
    }
    return text;
}

int menu_load(taskbar_t* bar, const char* path)
{
    void* data;
    size_t size;
    if (pw_file_read(path, &data, &size) == -1)
    {
        perror(path);
        return -1;
    }
    char* text = realloc(data, size + 1);
    if (text == NULL)
    {
        free(data);
        return -1;
    }
    text[size] = '\0';
    bool in_menu = false;
    int line_number = 0;
    for (char* line = strtok(text, "\n"); line != NULL; line = strtok(NULL, "\n"))
    {
        line_number++;
        char* item = trim(line);
        if (item[0] == '#' || item[0] == '\0')
        {
            continue;
        }
        if (item[0] == '[')
        {
            in_menu = strcmp(item, "[menu]") == 0;
            continue;
        }
        char* equals = strchr(item, '=');
        if (!in_menu)
        {
            continue;
        }
        if (equals == NULL || bar->entry_count == MAX_ENTRIES)
        {
            fprintf(stderr, "taskbar: %s:%d: %s\n", path, line_number,
                    equals == NULL ? "expected 'Label = program'" : "too many entries");
            continue;
        }
        *equals = '\0';
        entry_t* entry = &bar->entries[bar->entry_count++];
        snprintf(entry->label, sizeof(entry->label), "%s", trim(item));
        snprintf(entry->command, sizeof(entry->command), "%s", trim(equals + 1));
    }
    free(text);
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
