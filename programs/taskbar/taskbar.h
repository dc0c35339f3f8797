// taskbar: the desktop's panel along the bottom of the screen: a start
// button opening a menu of programs (from home:/cfg/taskbar.conf), one
// button per ordinary window (dwm's window-info events: a click shows the
// window, or minimises it when it has the keyboard), and a clock.
#ifndef TASKBAR_H
#define TASKBAR_H 1

#include <patchwork/client.h>
#include <patchwork/grf.h>
#include <patchwork/surface.h>

#include <stdbool.h>
#include <stdint.h>

#define BAR_HEIGHT 36
#define BAR_PAD 4
#define START_WIDTH 84
#define BUTTON_WIDTH 170
#define CLOCK_WIDTH 64
#define MAX_BUTTONS 32
#define MAX_ENTRIES 16
#define MENU_ITEM_HEIGHT 30
#define MENU_WIDTH 200

typedef struct
{
    uint32_t window;
    uint32_t state; // PROTO_STATE_ bits
    char title[PROTO_MAX_TITLE + 1];
} button_t;

typedef struct
{
    char label[48];
    char command[160]; // the program and its arguments, separated by blanks
} entry_t;

typedef struct
{
    pw_client_t* client;
    pw_window_t* bar;
    pw_window_t* menu; // the start menu while it is open
    grf_font_t font;
    bool have_font;
    button_t buttons[MAX_BUTTONS];
    int button_count;
    entry_t entries[MAX_ENTRIES];
    int entry_count;
    int hovered;      // the menu's entry under the pointer, or -1
    char clock[8];    // "HH:MM" as drawn
} taskbar_t;

// buttons.c: the window list.
void buttons_update(taskbar_t* bar, const proto_msg_t* info);
rect_t button_rect(int index);         // in the bar's pixels
int button_at(int32_t x, int32_t y);   // the index, or -1
rect_t start_rect(void);
rect_t clock_rect(uint32_t bar_width);

// paint.c
void paint_bar(taskbar_t* bar);
void paint_menu(taskbar_t* bar);

// menu.c: the start menu.
int menu_load(taskbar_t* bar, const char* path); // the entries; -1 after a message
void menu_open(taskbar_t* bar);
void menu_close(taskbar_t* bar);
void menu_event(taskbar_t* bar, const proto_msg_t* event); // an event for the menu's window

// launch.c: start a program; a thread waits for it to end.
int launch(const char* command);

#endif
