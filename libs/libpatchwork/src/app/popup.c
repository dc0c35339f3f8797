// Popups (app.h): a menu or a message in a small window of its own.
#include "internal.h"

#include <patchwork/layout.h>
#include <patchwork/text.h>

static void popup_gone(pw_loop_t* loop, pw_timer_id_t timer, void* data)
{
    (void)loop, (void)timer;
    pw_app_window_t* popup = data;
    popup->closing = 0; // this timer has ended
    pw_app_window_destroy(popup);
}

void pw_popup_close(pw_popup_t* popup)
{
    if (popup != NULL && popup->closing == 0)
    {
        popup->closing = pw_loop_add_timer(popup->loop, 0, 0, popup_gone, popup);
        if (popup->closing == 0)
        {
            pw_app_window_destroy(popup); // no timer to spare: at once
        }
    }
}

pw_popup_t* pw_popup_of(const pw_app_window_t* owner)
{
    return owner->popup;
}

static bool popup_key(pw_ui_t* ui, const pw_key_t* key, void* data)
{
    (void)ui;
    if (key->kind == PW_KEY_ESCAPE)
    {
        pw_popup_close(data);
        return true;
    }
    return false;
}

// A popup window of WIDTH x HEIGHT at (X, Y) in OWNER, kept on the screen.
static pw_popup_t* popup_open(pw_app_window_t* owner, int32_t x, int32_t y, int32_t width, int32_t height)
{
    if (owner->popup != NULL)
    {
        pw_app_window_destroy(owner->popup);
    }
    pw_client_t* client = pw_loop_client(owner->loop);
    int32_t screen_x = owner->x + x, screen_y = owner->y + y;
    int32_t right = (int32_t)pw_screen_width(client) - width, bottom = (int32_t)pw_screen_height(client) - height;
    screen_x = screen_x > right ? right : screen_x;
    screen_y = screen_y > bottom ? bottom : screen_y;
    screen_x = screen_x < 0 ? 0 : screen_x;
    screen_y = screen_y < 0 ? 0 : screen_y;
    pw_popup_t* popup = pw_app_window_create(owner->loop, screen_x, screen_y, (uint32_t)width, (uint32_t)height, NULL,
                                             owner->ui.theme);
    if (popup != NULL)
    {
        popup->owner = owner;
        owner->popup = popup;
        pw_ui_on_key(&popup->ui, popup_key, popup);
    }
    return popup;
}

static void popup_chosen(pw_widget_t* menu, int index, void* data)
{
    pw_popup_t* popup = data;
    if (popup->on_choose != NULL)
    {
        popup->on_choose(menu, index, popup->on_choose_data);
    }
    pw_popup_close(popup);
}

pw_popup_t* pw_popup_menu(pw_app_window_t* owner, int32_t x, int32_t y, const char* const* items, size_t count,
                          pw_menu_handler_t on_choose, void* data)
{
    const pw_theme_t* theme = owner->ui.theme;
    int32_t width = 120;
    for (size_t i = 0; i < count; i++)
    {
        int64_t need = text_width(theme->font, items[i], TEXT_NUL_TERMINATED) + 4 * theme->padding;
        width = need > width ? (need > 600 ? 600 : (int32_t)need) : width;
    }
    int32_t height = pw_menu_height(theme, count);
    pw_popup_t* popup = popup_open(owner, x, y, width, height > 0 ? height : 1);
    pw_widget_t* menu = popup == NULL ? NULL : pw_menu_create(popup->ui.root, items, count, popup_chosen, popup);
    if (menu == NULL)
    {
        pw_app_window_destroy(popup);
        return NULL;
    }
    popup->on_choose = on_choose, popup->on_choose_data = data;
    pw_widget_set_rect(menu, popup->ui.root->rect);
    pw_menu_select(menu, 0);
    pw_ui_focus(&popup->ui, menu);
    pw_app_window_flush(popup);
    return popup;
}

static void popup_ok(pw_widget_t* button, void* data)
{
    (void)button;
    pw_popup_close(data);
}

pw_popup_t* pw_popup_message(pw_app_window_t* owner, int32_t x, int32_t y, const char* text)
{
    const pw_theme_t* theme = owner->ui.theme;
    int64_t text_need = text_width(theme->font, text, TEXT_NUL_TERMINATED) + 4 * theme->padding;
    int32_t width = text_need < 200 ? 200 : text_need > 800 ? 800 : (int32_t)text_need;
    int32_t height = 2 * theme->control_height + theme->spacing + 2 * theme->padding;
    pw_popup_t* popup = popup_open(owner, x, y, width, height);
    pw_widget_t* label = popup == NULL ? NULL : pw_label_create(popup->ui.root, text);
    pw_widget_t* ok = label == NULL ? NULL : pw_button_create(popup->ui.root, "OK", popup_ok, popup);
    if (ok == NULL)
    {
        pw_app_window_destroy(popup);
        return NULL;
    }
    rect_t area = pw_layout_inset(popup->ui.root->rect, theme->padding);
    pw_widget_set_rect(label, pw_layout_row(area, 2, theme->spacing, 0));
    rect_t row = pw_layout_row(area, 2, theme->spacing, 1);
    pw_widget_set_rect(ok, (rect_t){row.x + row.width - 80, row.y, 80, row.height});
    pw_button_set_accent(ok, true);
    pw_ui_focus(&popup->ui, ok);
    pw_app_window_flush(popup);
    return popup;
}
