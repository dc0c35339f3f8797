// The window list: one button per ordinary window dwm tells us about, in
// the order the windows appeared; the bar's layout.
#include "taskbar.h"

#include <string.h>

void buttons_update(taskbar_t* bar, const proto_msg_t* info)
{
    int at = 0;
    while (at < bar->button_count && bar->buttons[at].window != info->info.window)
    {
        at++;
    }
    if (!(info->info.state & PROTO_STATE_OPEN))
    {
        if (at < bar->button_count) // closed: the buttons after it move left
        {
            memmove(&bar->buttons[at], &bar->buttons[at + 1], (size_t)(bar->button_count - at - 1) * sizeof(button_t));
            bar->button_count--;
        }
        return;
    }
    if (at == bar->button_count)
    {
        if (at == MAX_BUTTONS)
        {
            return; // no room: that window has no button
        }
        bar->button_count++;
    }
    button_t* button = &bar->buttons[at];
    button->window = info->info.window;
    button->state = info->info.state;
    memcpy(button->title, info->info.title, info->info.title_length);
    button->title[info->info.title_length] = '\0';
}

rect_t start_rect(void)
{
    return rect_make(BAR_PAD, BAR_PAD, START_WIDTH, BAR_HEIGHT - 2 * BAR_PAD);
}

rect_t button_rect(int index)
{
    int32_t x = BAR_PAD + START_WIDTH + 2 * BAR_PAD + index * (BUTTON_WIDTH + BAR_PAD);
    return rect_make(x, BAR_PAD, BUTTON_WIDTH, BAR_HEIGHT - 2 * BAR_PAD);
}

rect_t clock_rect(uint32_t bar_width)
{
    return rect_make((int32_t)bar_width - CLOCK_WIDTH - BAR_PAD, BAR_PAD, CLOCK_WIDTH, BAR_HEIGHT - 2 * BAR_PAD);
}

int button_at(int32_t x, int32_t y)
{
    for (int i = 0; i < MAX_BUTTONS; i++)
    {
        if (rect_contains(button_rect(i), x, y))
        {
            return i;
        }
    }
    return -1;
}
