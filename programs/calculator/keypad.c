// The calculator's window: a two-line display over a grid of buttons;
// buttons and typed keys both go to the engine.
#include "calculator.h"

#include <patchwork/layout.h>

#define BUTTON_WIDTH 64
#define DISPLAY_HEIGHT 84

const keypad_key_t keypad_keys[KEYPAD_KEYS] = {
    {"C", 'C', "C", 0, 0, 1, false},
    {"\xE2\x86\x90", '\b', "back", 1, 0, 1, false}, // ←
    {"\xC2\xB1", '~', "neg", 2, 0, 1, false},       // ±
    {"\xC3\xB7", '/', "/", 3, 0, 1, false},         // ÷
    {"7", '7', "7", 0, 1, 1, false},
    {"8", '8', "8", 1, 1, 1, false},
    {"9", '9', "9", 2, 1, 1, false},
    {"\xC3\x97", '*', "*", 3, 1, 1, false}, // ×
    {"4", '4', "4", 0, 2, 1, false},
    {"5", '5', "5", 1, 2, 1, false},
    {"6", '6', "6", 2, 2, 1, false},
    {"\xE2\x80\x93", '-', "-", 3, 2, 1, false}, // –
    {"1", '1', "1", 0, 3, 1, false},
    {"2", '2', "2", 1, 3, 1, false},
    {"3", '3', "3", 2, 3, 1, false},
    {"+", '+', "+", 3, 3, 1, false},
    {"0", '0', "0", 0, 4, 2, false},
    {".", '.', ".", 2, 4, 1, false},
    {"=", '=', "=", 3, 4, 1, true},
};

static int32_t button_height(const pw_theme_t* theme)
{
    return theme->control_height + 16;
}

void keypad_size(const pw_theme_t* theme, uint32_t* width, uint32_t* height)
{
    *width = (uint32_t)(2 * theme->padding + KEYPAD_COLUMNS * BUTTON_WIDTH + (KEYPAD_COLUMNS - 1) * theme->spacing);
    *height = (uint32_t)(2 * theme->padding + DISPLAY_HEIGHT + theme->spacing + KEYPAD_ROWS * button_height(theme) +
                         (KEYPAD_ROWS - 1) * theme->spacing);
}

void keypad_show(calculator_t* calculator)
{
    pw_label_set_text(calculator->display, calc_display(&calculator->calc));
    pw_label_set_text(calculator->expression, calc_expression(&calculator->calc));
}

static void press(calculator_t* calculator, char key)
{
    calc_key(&calculator->calc, key);
    keypad_show(calculator);
}

static void button_clicked(pw_widget_t* button, void* data)
{
    const keypad_key_t* key = button->user;
    press(data, key->key);
}

// Keys typed anywhere in the window (the keypad types digits too); Tab
// and keys the calculator does not know are left to the widgets.
static bool typed(pw_ui_t* ui, const pw_key_t* key, void* data)
{
    (void)ui;
    char ch = 0;
    switch (key->kind)
    {
    case PW_KEY_ENTER: ch = '='; break;
    case PW_KEY_BACKSPACE: ch = '\b'; break;
    case PW_KEY_ESCAPE:
    case PW_KEY_DELETE: ch = 'C'; break;
    case PW_KEY_CHAR:
        ch = key->ch == ',' ? '.' : key->ch == 'x' || key->ch == 'X' ? '*' : key->ch == 'c' ? 'C' : (char)key->ch;
        break;
    default: return false;
    }
    if (ch == ' ' || !calc_key(&((calculator_t*)data)->calc, ch))
    {
        return false; // Space still clicks the focused button
    }
    keypad_show(data);
    return true;
}

bool keypad_build(calculator_t* calculator)
{
    pw_ui_t* ui = pw_app_window_ui(calculator->window);
    const pw_theme_t* theme = ui->theme;
    rect_t area = pw_layout_inset(ui->root->rect, theme->padding), display, grid;
    pw_layout_split_top(area, DISPLAY_HEIGHT, theme->spacing, &display, &grid);
    calculator->expression = pw_label_create(ui->root, "");
    calculator->display = pw_label_create(ui->root, "0");
    if (calculator->expression == NULL || calculator->display == NULL)
    {
        return false;
    }
    pw_widget_set_rect(calculator->expression, (rect_t){display.x, display.y, display.width, 24});
    pw_widget_set_rect(calculator->display, (rect_t){display.x, display.y + 24, display.width, display.height - 24});
    pw_label_set_style(calculator->expression, PW_FONT_NORMAL, PW_ALIGN_RIGHT, true);
    pw_label_set_style(calculator->display, PW_FONT_LARGE, PW_ALIGN_RIGHT, false);
    for (int i = 0; i < KEYPAD_KEYS; i++)
    {
        const keypad_key_t* key = &keypad_keys[i];
        pw_widget_t* button = pw_button_create(ui->root, key->label, button_clicked, calculator);
        if (button == NULL)
        {
            return false;
        }
        button->user = (void*)key;
        pw_button_set_accent(button, key->accent);
        pw_widget_set_rect(button, pw_layout_cell(grid, KEYPAD_COLUMNS, KEYPAD_ROWS, theme->spacing, key->column,
                                                  key->row, key->column_span, 1));
        calculator->buttons[i] = button;
    }
    pw_ui_on_key(ui, typed, calculator);
    keypad_show(calculator);
    return true;
}
