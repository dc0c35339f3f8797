// The toolkit's pure part (widget.h, controls.h, layout.h, theme.h) on
// the host with a plain surface_t (tests/host/widgets/run.sh).
// usage: widget_test SANS.grf
#include "../host_check.h"

#include <patchwork/controls.h>
#include <patchwork/layout.h>
#include <patchwork/proto.h>

#include <stdlib.h>
#include <string.h>

#define KEY_A 0x1E
#define KEY_B 0x30
#define KEY_TAB 0x0F
#define KEY_ENTER 0x1C
#define KEY_BACKSPACE 0x0E
#define KEY_LEFT 0xE04B
#define KEY_RIGHT 0xE04D
#define KEY_HOME 0xE047
#define KEY_END 0xE04F
#define KEY_DELETE 0xE053
#define KEY_UP 0xE048
#define KEY_DOWN 0xE050

static pw_theme_t theme;
static surface_t surface;
static pw_ui_t ui;
static int clicks;
static int chosen = -1;

static void fresh(void)
{
    surface_destroy(&surface);
    surface_create(&surface, 320, 240);
    ui.root != NULL ? pw_ui_destroy(&ui) : (void)0;
    pw_ui_init(&ui, &surface, &theme);
    clicks = 0, chosen = -1;
}

static void clicked(pw_widget_t* widget, void* data)
{
    (void)widget, (void)data;
    clicks++;
}

static void key(uint32_t code, uint32_t modifiers)
{
    pw_ui_key(&ui, PROTO_KEY_PRESS, code, modifiers);
    pw_ui_key(&ui, PROTO_KEY_RELEASE, code, modifiers);
}

static bool rect_equal(rect_t a, rect_t b)
{
    return a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height;
}

static void test_layout(void)
{
    rect_t area = {10, 20, 300, 200};
    rect_t first = pw_layout_cell(area, 4, 5, 6, 0, 0, 1, 1);
    expect(rect_equal(first, (rect_t){10, 20, 70, 35}), "cell 0,0: %d %d %d %d", first.x, first.y, first.width,
           first.height);
    rect_t last = pw_layout_cell(area, 4, 5, 6, 3, 4, 1, 1);
    expect(last.x + last.width == 310 && last.y + last.height == 220, "the last cell does not reach the edge");
    rect_t span = pw_layout_cell(area, 4, 5, 6, 0, 4, 2, 1);
    expect(span.width == 2 * 70 + 6, "a span of two: %d", span.width);
    rect_t inset = pw_layout_inset(area, 8);
    expect(rect_equal(inset, (rect_t){18, 28, 284, 184}), "inset");
    expect(rect_empty(pw_layout_inset((rect_t){0, 0, 10, 10}, 8)), "an inset past empty");
    rect_t top, rest;
    pw_layout_split_top(area, 50, 4, &top, &rest);
    expect(top.height == 50 && rest.y == 74 && rest.height == 146, "split");
    fresh();
    pw_widget_t* box = pw_container_create(ui.root);
    pw_widget_t* a = pw_label_create(box, "a");
    pw_widget_t* b = pw_label_create(box, "b");
    pw_widget_t* c = pw_label_create(box, "c");
    pw_widget_set_hidden(b, true);
    pw_layout_stack(box, (rect_t){0, 0, 100, 62}, 2, true);
    expect(rect_equal(a->rect, (rect_t){0, 0, 100, 30}) && rect_equal(c->rect, (rect_t){0, 32, 100, 30}),
           "stack: a %d+%d, c %d+%d", a->rect.y, a->rect.height, c->rect.y, c->rect.height);
    pw_widget_set_rect(box, (rect_t){5, 5, 100, 62});
    expect(a->rect.x == 5 && c->rect.y == 37, "children did not move with their parent");
    report("ui/layout");
}

static void test_hit_testing(void)
{
    fresh();
    pw_widget_t* a = pw_button_create(ui.root, "a", NULL, NULL);
    pw_widget_t* b = pw_button_create(ui.root, "b", NULL, NULL);
    pw_widget_set_rect(a, (rect_t){10, 10, 50, 20});
    pw_widget_set_rect(b, (rect_t){40, 10, 50, 20}); // overlaps a, later: on top
    expect(pw_ui_widget_at(&ui, 15, 15) == a, "a");
    expect(pw_ui_widget_at(&ui, 45, 15) == b, "b is on top");
    expect(pw_ui_widget_at(&ui, 5, 5) == ui.root, "the root");
    expect(pw_ui_widget_at(&ui, -1, 5) == NULL && pw_ui_widget_at(&ui, 320, 0) == NULL, "outside");
    pw_widget_set_hidden(b, true);
    expect(pw_ui_widget_at(&ui, 45, 15) == a, "a hidden widget was hit");
    pw_widget_t* scroll = pw_scroll_create(ui.root);
    pw_widget_set_rect(scroll, (rect_t){100, 100, 100, 50});
    pw_scroll_set_content_height(scroll, 200);
    pw_widget_t* inside = pw_button_create(pw_scroll_content(scroll), "in", NULL, NULL);
    pw_widget_set_rect(inside, (rect_t){100, 160, 80, 20}); // below the view
    expect(pw_ui_widget_at(&ui, 110, 165) != inside, "a widget clipped away was hit");
    pw_ui_mouse(&ui, 120, 120, 0, 2); // two wheel steps down: 48 pixels
    expect(pw_scroll_offset(scroll) == 48 && inside->rect.y == 112, "wheel: offset %d, y %d", pw_scroll_offset(scroll),
           inside->rect.y);
    expect(pw_ui_widget_at(&ui, 110, 115) == inside, "the scrolled-in widget is not hit");
    pw_ui_mouse(&ui, 120, 120, 0, 100);
    expect(pw_scroll_offset(scroll) == 150, "scrolled past the end: %d", pw_scroll_offset(scroll));
    pw_ui_mouse(&ui, 120, 120, 0, -100);
    expect(pw_scroll_offset(scroll) == 0 && inside->rect.y == 160, "back to the top");
    report("ui/hit-testing-and-scrolling");
}

static void test_clicks(void)
{
    fresh();
    pw_widget_t* a = pw_button_create(ui.root, "a", clicked, NULL);
    pw_widget_set_rect(a, (rect_t){10, 10, 50, 20});
    pw_ui_mouse(&ui, 20, 20, PROTO_BUTTON_LEFT, 0);
    expect(a->pressed && a->hovered && clicks == 0, "press");
    pw_ui_mouse(&ui, 21, 20, 0, 0);
    expect(clicks == 1 && !a->pressed, "a click: %d", clicks);
    pw_ui_mouse(&ui, 20, 20, PROTO_BUTTON_LEFT, 0);
    pw_ui_mouse(&ui, 200, 200, PROTO_BUTTON_LEFT, 0);
    expect(!a->hovered && a->pressed, "dragged off: still pressed, not hovered");
    pw_ui_mouse(&ui, 200, 200, 0, 0);
    expect(clicks == 1, "a release elsewhere clicked");
    expect(ui.focus == a, "a press did not focus the button");
    key(KEY_ENTER, 0);
    key(0x39, 0); // space
    expect(clicks == 3, "Enter and Space on the focused button: %d clicks", clicks);
    report("ui/clicks");
}

static void test_focus_order(void)
{
    fresh();
    pw_widget_t* one = pw_button_create(ui.root, "1", NULL, NULL);
    pw_label_create(ui.root, "not focusable");
    pw_widget_t* box = pw_container_create(ui.root);
    pw_widget_t* field = pw_field_create(box, "");
    pw_widget_t* hidden = pw_button_create(box, "hidden", NULL, NULL);
    pw_widget_t* two = pw_button_create(ui.root, "2", NULL, NULL);
    pw_widget_set_hidden(hidden, true);
    pw_widget_t* order[] = {one, field, two, one};
    for (int i = 0; i < 4; i++)
    {
        key(KEY_TAB, 0);
        expect(ui.focus == order[i], "Tab %d went to %s", i + 1, ui.focus ? ui.focus->class->name : "nothing");
    }
    key(KEY_TAB, PROTO_MOD_SHIFT);
    expect(ui.focus == two, "Shift+Tab did not go back");
    pw_widget_destroy(two);
    expect(ui.focus == NULL, "focus on a destroyed widget");
    report("ui/focus-order");
}

static void test_field_editing(void)
{
    fresh();
    pw_widget_t* field = pw_field_create(ui.root, "");
    pw_widget_set_rect(field, (rect_t){10, 10, 200, 30});
    pw_ui_focus(&ui, field);
    key(KEY_A, 0);
    key(KEY_B, PROTO_MOD_SHIFT);
    key(KEY_A, 0);
    expect(strcmp(pw_field_text(field), "aBa") == 0 && pw_field_caret(field) == 3, "typing: '%s'",
           pw_field_text(field));
    key(KEY_LEFT, 0);
    key(KEY_BACKSPACE, 0);
    expect(strcmp(pw_field_text(field), "aa") == 0 && pw_field_caret(field) == 1, "Backspace: '%s' caret %zu",
           pw_field_text(field), pw_field_caret(field));
    key(KEY_HOME, 0);
    key(KEY_BACKSPACE, 0); // nothing before the caret
    key(KEY_DELETE, 0);
    expect(strcmp(pw_field_text(field), "a") == 0 && pw_field_caret(field) == 0, "Delete: '%s'", pw_field_text(field));
    key(KEY_END, 0);
    key(KEY_DELETE, 0); // nothing after it
    key(KEY_RIGHT, 0);
    key(KEY_B, 0);
    expect(strcmp(pw_field_text(field), "ab") == 0 && pw_field_caret(field) == 2, "End: '%s'", pw_field_text(field));
    for (int i = 0; i < PW_FIELD_MAX + 10; i++)
    {
        key(KEY_A, 0);
    }
    expect(strlen(pw_field_text(field)) == PW_FIELD_MAX, "a full field grew");
    pw_field_set_text(field, "hello");
    pw_ui_mouse(&ui, 11, 20, PROTO_BUTTON_LEFT, 0); // left of the text
    pw_ui_mouse(&ui, 11, 20, 0, 0);
    expect(pw_field_caret(field) == 0, "a press at the left: caret %zu", pw_field_caret(field));
    pw_ui_mouse(&ui, 205, 20, PROTO_BUTTON_LEFT, 0);
    expect(pw_field_caret(field) == 5, "a press at the right: caret %zu", pw_field_caret(field));
    report("ui/field-editing");
}

static void menu_chosen(pw_widget_t* menu, int index, void* data)
{
    (void)menu, (void)data;
    chosen = index;
}

static void test_menu(void)
{
    fresh();
    const char* items[] = {"Open", "Save", "Quit"};
    pw_widget_t* menu = pw_menu_create(ui.root, items, 3, menu_chosen, NULL);
    pw_widget_set_rect(menu, (rect_t){0, 0, 100, pw_menu_height(&theme, 3)});
    pw_ui_focus(&ui, menu);
    expect(pw_menu_selected(menu) == -1, "a selection at first");
    key(KEY_DOWN, 0);
    key(KEY_DOWN, 0);
    expect(pw_menu_selected(menu) == 1, "Down twice: %d", pw_menu_selected(menu));
    key(KEY_UP, 0);
    key(KEY_UP, 0);
    expect(pw_menu_selected(menu) == 2, "Up wraps: %d", pw_menu_selected(menu));
    key(KEY_ENTER, 0);
    expect(chosen == 2, "Enter chose %d", chosen);
    int32_t y = theme.border_width + theme.control_height + 5; // in "Save"
    pw_ui_mouse(&ui, 50, y, 0, 0);
    expect(pw_menu_selected(menu) == 1 && chosen == 2, "hover selects without choosing");
    pw_ui_mouse(&ui, 50, y, PROTO_BUTTON_LEFT, 0);
    pw_ui_mouse(&ui, 50, y, 0, 0);
    expect(chosen == 1, "a click chose %d", chosen);
    report("ui/menu");
}

static void test_damage(void)
{
    fresh();
    pw_widget_t* a = pw_button_create(ui.root, "a", NULL, NULL);
    pw_widget_t* b = pw_button_create(ui.root, "b", NULL, NULL);
    pw_widget_t* label = pw_label_create(ui.root, "same");
    pw_widget_set_rect(a, (rect_t){10, 10, 50, 20});
    pw_widget_set_rect(b, (rect_t){100, 10, 50, 20});
    pw_widget_set_rect(label, (rect_t){10, 100, 200, 30});
    damage_t done;
    expect(pw_ui_render(&ui, &done) && rect_equal(damage_bounds(&done), ui.root->rect), "the first frame is not whole");
    expect(surface_pixel(&surface, 12, 12) == theme.control && surface_pixel(&surface, 5, 5) == theme.background,
           "button face %#x, background %#x", surface_pixel(&surface, 12, 12), surface_pixel(&surface, 5, 5));
    expect(!pw_ui_render(&ui, &done), "damage without a change");
    pw_ui_mouse(&ui, 20, 20, 0, 0);
    expect(pw_ui_render(&ui, &done) && done.count == 1 && rect_equal(done.rects[0], a->rect),
           "hovering a damaged %u rectangles, bounds %d,%d %dx%d", done.count, damage_bounds(&done).x,
           damage_bounds(&done).y, damage_bounds(&done).width, damage_bounds(&done).height);
    expect(surface_pixel(&surface, 12, 12) == theme.control_hover, "the hover is not drawn");
    pw_label_set_text(label, "same");
    expect(!pw_ui_render(&ui, &done), "the same text damaged the label");
    pw_label_set_text(label, "other");
    expect(pw_ui_render(&ui, &done) && rect_equal(damage_bounds(&done), label->rect), "a new text");
    pw_ui_mouse(&ui, 120, 20, 0, 0);
    expect(pw_ui_render(&ui, &done) && done.count == 2 && damage_area(&done) == 2 * 50 * 20,
           "hover from a to b: %u rectangles, %llu pixels", done.count, (unsigned long long)damage_area(&done));
    expect(surface_pixel(&surface, 12, 12) == theme.control, "a still looks hovered");
    const char* items[] = {"x", "y", "z", "w"};
    pw_widget_t* menu = pw_menu_create(ui.root, items, 4, NULL, NULL);
    pw_widget_set_rect(menu, (rect_t){200, 50, 100, pw_menu_height(&theme, 4)});
    pw_menu_select(menu, 0);
    pw_ui_render(&ui, &done);
    pw_menu_select(menu, 3);
    expect(pw_ui_render(&ui, &done) && damage_area(&done) == 2 * (uint64_t)(100 - 2 * theme.border_width) *
                                                                 (uint64_t)theme.control_height,
           "a new selection damaged %llu pixels", (unsigned long long)damage_area(&done));
    pw_widget_destroy(b);
    expect(pw_ui_render(&ui, &done) && rect_equal(damage_bounds(&done), (rect_t){100, 10, 50, 20}) &&
               surface_pixel(&surface, 110, 12) == theme.background,
           "a destroyed widget is not cleared");
    pw_ui_window_focus(&ui, false);
    expect(!pw_ui_render(&ui, &done), "the window's focus damaged without a focused widget");
    report("ui/damage-only-for-changes");
}

static void test_theme(const char* folder)
{
    pw_config_t config;
    const char* text = "[colors]\naccent = #102030\ntext = bad\n[sizes]\npadding = 3\nspacing = 9999\n";
    pw_config_parse(&config, text, strlen(text));
    pw_theme_t t = pw_theme_default();
    uint32_t default_text = t.text;
    pw_theme_apply(&t, &config);
    expect(t.accent == 0xFF102030u && t.padding == 3, "applied: accent %#x padding %d", t.accent, t.padding);
    expect(t.text == default_text && t.spacing == pw_theme_default().spacing, "bad values were used");
    expect(config.error_line == 3, "the bad colour's line: %s", config.error);
    pw_config_free(&config);
    pw_theme_loaded_t loaded;
    char path[512];
    snprintf(path, sizeof(path), "%s/no-theme.conf", folder);
    pw_theme_load(&loaded, path, folder, NULL);
    expect(loaded.theme.font != NULL && loaded.theme.font_large == loaded.theme.font, "font fallback");
    pw_theme_unload(&loaded);
    report("ui/theme");
}

int main(int argc, char** argv)
{
    theme = pw_theme_default();
    static uint8_t data[1 << 20];
    FILE* file = argc > 1 ? fopen(argv[1], "rb") : NULL;
    size_t size = file != NULL ? fread(data, 1, sizeof(data), file) : 0;
    static grf_font_t font;
    if (grf_parse(&font, data, size) == GRF_OK)
    {
        theme.font = theme.font_large = theme.font_mono = &font;
    }
    test_layout();
    test_hit_testing();
    test_clicks();
    test_focus_order();
    test_field_editing();
    test_menu();
    test_damage();
    test_theme(argc > 2 ? argv[2] : ".");
    pw_ui_destroy(&ui);
    surface_destroy(&surface);
    return failures;
}
