// --report FILE: the calculator's test seam. The file is written again
// whenever the display changes:
//     display TEXT
//     expression TEXT
//     window X Y WIDTH HEIGHT  the content's place on the screen
//     button NAME X Y      one line per button: its centre on the screen
// so a test can click the buttons and read the result without knowing
// the layout. It is written to FILE.new and renamed over FILE, so a
// reader never sees half of it.
#include "calculator.h"

#include <stdio.h>
#include <string.h>
#include <sys/io.h>

void report_write(calculator_t* calculator, bool force)
{
    if (calculator->report == NULL)
    {
        return;
    }
    char now[sizeof(calculator->reported)];
    snprintf(now, sizeof(now), "%s\n%s", calc_display(&calculator->calc), calc_expression(&calculator->calc));
    if (!force && strcmp(now, calculator->reported) == 0)
    {
        return;
    }
    memcpy(calculator->reported, now, sizeof(now));
    char temporary[256];
    snprintf(temporary, sizeof(temporary), "%s.new", calculator->report);
    FILE* file = fopen(temporary, "w");
    if (file == NULL)
    {
        return;
    }
    int32_t x, y;
    pw_app_window_position(calculator->window, &x, &y);
    pw_window_t* window = pw_app_window_window(calculator->window);
    fprintf(file, "display %s\nexpression %s\nwindow %d %d %u %u\n", calc_display(&calculator->calc),
            calc_expression(&calculator->calc), x, y, pw_window_width(window), pw_window_height(window));
    for (int i = 0; i < KEYPAD_KEYS; i++)
    {
        rect_t r = calculator->buttons[i]->rect;
        fprintf(file, "button %s %d %d\n", keypad_keys[i].name, x + r.x + r.width / 2, y + r.y + r.height / 2);
    }
    if (fclose(file) == 0)
    {
        io_rename(temporary, calculator->report);
    }
}
