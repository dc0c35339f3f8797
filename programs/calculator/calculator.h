// The calculator (main.c): what its files share.
#ifndef CALCULATOR_H
#define CALCULATOR_H

#include "engine.h"

#include <patchwork/app.h>

#include <stdio.h>

// One key of the grid: what it shows, what it types, where it goes.
typedef struct
{
    const char* label;  // UTF-8
    char key;           // for calc_key
    const char* name;   // in the report ("7", "*", "back", ...)
    int column, row, column_span;
    bool accent;
} keypad_key_t;

#define KEYPAD_COLUMNS 4
#define KEYPAD_ROWS 5
#define KEYPAD_KEYS 19

extern const keypad_key_t keypad_keys[KEYPAD_KEYS];

typedef struct
{
    calc_t calc;
    pw_app_window_t* window;
    pw_widget_t* expression; // the small line
    pw_widget_t* display;    // the number
    pw_widget_t* buttons[KEYPAD_KEYS];
    const char* report;      // --report FILE, or NULL
    char reported[CALC_DISPLAY_MAX + CALC_EXPRESSION_MAX];
} calculator_t;

// The window's size for THEME.
void keypad_size(const pw_theme_t* theme, uint32_t* width, uint32_t* height);

// Fill the window's ui: the display and the buttons; keys typed go to the
// engine. False when memory is short.
bool keypad_build(calculator_t* calculator);

// Bring the display up to date with the engine.
void keypad_show(calculator_t* calculator);

// --report: write the display, the expression and the buttons' centres
// (screen coordinates) to the file when the display changed (or always
// when FORCE).
void report_write(calculator_t* calculator, bool force);

#endif
