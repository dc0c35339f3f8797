// The toolkit's widgets (widget.h): label, button, text field, menu and
// scroll view. Each *_create adds the widget as PARENT's last child with
// an empty rectangle (place it with pw_widget_set_rect or layout.h) and
// returns NULL when memory is short. Text is copied; UTF-8 is drawn as
// text.h says, but editing and sizes count bytes.
#ifndef PATCHWORK_CONTROLS_H
#define PATCHWORK_CONTROLS_H

#include <patchwork/widget.h>

#include <stddef.h>

typedef enum
{
    PW_ALIGN_LEFT,
    PW_ALIGN_CENTER,
    PW_ALIGN_RIGHT,
} pw_align_t;

typedef enum
{
    PW_FONT_NORMAL, // theme->font
    PW_FONT_LARGE,  // theme->font_large
    PW_FONT_MONO,   // theme->font_mono
} pw_font_t;

// The theme's font of that kind.
const grf_font_t* pw_theme_font(const pw_theme_t* theme, pw_font_t font);

// Text drawn in RECT, vertically centred, aligned, in COLOR; cut to RECT.
void pw_draw_text_in(surface_t* surface, const grf_font_t* font, rect_t rect, const char* text, pw_align_t align,
                     uint32_t color);

// Labels: a line of text, not focusable.
pw_widget_t* pw_label_create(pw_widget_t* parent, const char* text);
// Change the text (damages the label only when it differs).
void pw_label_set_text(pw_widget_t* label, const char* text);
const char* pw_label_text(const pw_widget_t* label);
void pw_label_set_style(pw_widget_t* label, pw_font_t font, pw_align_t align, bool dim);

// Buttons: a label in a box that shows hover and press; a click or
// Enter/Space while focused calls on_click. An accent button (the
// default action) is drawn in the theme's accent colour.
pw_widget_t* pw_button_create(pw_widget_t* parent, const char* text, pw_widget_handler_t on_click, void* data);
void pw_button_set_text(pw_widget_t* button, const char* text);
void pw_button_set_accent(pw_widget_t* button, bool accent);

// Text fields: one line of editable text (up to PW_FIELD_MAX bytes) with
// a caret: printable characters insert, Backspace and Delete remove,
// Left/Right/Home/End move; a press puts the caret at the nearest gap.
// on_change is called after each edit, on_submit on Enter.
#define PW_FIELD_MAX 255
pw_widget_t* pw_field_create(pw_widget_t* parent, const char* text);
const char* pw_field_text(const pw_widget_t* field);
void pw_field_set_text(pw_widget_t* field, const char* text);
size_t pw_field_caret(const pw_widget_t* field);
void pw_field_on_change(pw_widget_t* field, pw_widget_handler_t handler, void* data);
void pw_field_on_submit(pw_widget_t* field, pw_widget_handler_t handler, void* data);

// Menus: a vertical list of items, one high-lighted (the selection, -1:
// none). The pointer selects the item under it; Up/Down/Home/End move the
// selection; a click on an item or Enter chooses it: on_choose is called
// with the menu and the item's index.
typedef void (*pw_menu_handler_t)(pw_widget_t* menu, int index, void* data);
pw_widget_t* pw_menu_create(pw_widget_t* parent, const char* const* items, size_t count, pw_menu_handler_t on_choose,
                            void* data);
int pw_menu_selected(const pw_widget_t* menu);
void pw_menu_select(pw_widget_t* menu, int index);
size_t pw_menu_count(const pw_widget_t* menu);
// The height COUNT items need with THEME.
int32_t pw_menu_height(const pw_theme_t* theme, size_t count);

// Scroll views: a viewport onto a taller content container
// (pw_scroll_content) with a vertical scrollbar at the right. Put the
// content's children in it laid out from the content's top-left corner
// (they move with it) and say how tall it is; the wheel and dragging the
// scrollbar's thumb scroll it.
pw_widget_t* pw_scroll_create(pw_widget_t* parent);
pw_widget_t* pw_scroll_content(const pw_widget_t* scroll);
void pw_scroll_set_content_height(pw_widget_t* scroll, int32_t height);
// Scroll so the content's row OFFSET is at the view's top (clamped).
void pw_scroll_to(pw_widget_t* scroll, int32_t offset);
int32_t pw_scroll_offset(const pw_widget_t* scroll);

#endif
