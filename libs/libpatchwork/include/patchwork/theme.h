// The toolkit's look: colours, fonts and sizes in one struct, with
// defaults (a light, flat look) that home:/cfg/theme.conf may change
// (docs/desktop.md, "Theme"). Widgets draw only with what is here.
#ifndef PATCHWORK_THEME_H
#define PATCHWORK_THEME_H

#include <patchwork/config.h>
#include <patchwork/grf.h>

#include <stdint.h>
#include <stdio.h>

#define PW_THEME_PATH PW_CONFIG_DIR "/theme.conf"
#define PW_THEME_FONT_DIR "home:/usr/share/fonts"

typedef struct
{
    // Colours, premultiplied 0xAARRGGBB ([colors] in theme.conf).
    uint32_t background;     // the window behind the widgets
    uint32_t text;           // labels, buttons, fields
    uint32_t text_dim;       // secondary text
    uint32_t control;        // a button's face
    uint32_t control_hover;  // ... with the pointer over it
    uint32_t control_pressed;// ... held down
    uint32_t accent;         // default buttons, the selected menu item
    uint32_t accent_text;    // text on the accent colour
    uint32_t field;          // a text field's or menu's inside
    uint32_t border;         // outlines of fields, menus, popups
    uint32_t focus;          // the ring around the focused widget
    uint32_t caret;          // a text field's caret
    uint32_t scrollbar;      // a scroll view's thumb
    uint32_t error;          // text that reports a problem
    // Fonts ([fonts]: names of home:/usr/share/fonts/NAME.grf); NULL when
    // not loaded, which draws no text but lays out the same.
    const grf_font_t* font;       // most text
    const grf_font_t* font_large; // displays, headings
    const grf_font_t* font_mono;  // numbers, code
    // Sizes in pixels ([sizes]).
    int32_t padding;        // inside a widget, around its content
    int32_t spacing;        // between widgets
    int32_t border_width;   // outlines and the focus ring
    int32_t control_height; // a button's, field's or menu item's height
    int32_t scrollbar_width;
    int32_t scroll_step;    // pixels one wheel step scrolls
} pw_theme_t;

// The defaults, with no fonts.
pw_theme_t pw_theme_default(void);

// Apply CONFIG's [colors] and [sizes] to THEME (the [fonts] are loaded by
// pw_theme_load); values missing or malformed keep THEME's (a malformed
// one is recorded in config->error).
void pw_theme_apply(pw_theme_t* theme, pw_config_t* config);

// The font names theme.conf gives (or the defaults "sans-14", "sans-20",
// "mono-14"): [fonts] normal, large and mono.
typedef struct
{
    char normal[PW_CONFIG_NAME_MAX + 1];
    char large[PW_CONFIG_NAME_MAX + 1];
    char mono[PW_CONFIG_NAME_MAX + 1];
} pw_theme_fonts_t;
pw_theme_fonts_t pw_theme_font_names(pw_config_t* config);

// A loaded theme: the struct and the fonts' memory. theme's font pointers
// point into this struct: keep it in one place (do not copy it).
typedef struct
{
    pw_theme_t theme;
    void* font_data[3];
    grf_font_t fonts[3];
} pw_theme_loaded_t;

// The defaults, then PATH's file applied (PW_THEME_PATH when NULL; a
// missing file is no error), then the fonts read from FONT_DIR
// (PW_THEME_FONT_DIR when NULL). Problems (a bad file, a missing font) are
// written to ERRORS when it is not NULL (stdio), and the defaults are used
// for what was wrong. Free with pw_theme_unload.
void pw_theme_load(pw_theme_loaded_t* loaded, const char* path, const char* font_dir, FILE* errors);
void pw_theme_unload(pw_theme_loaded_t* loaded);

#endif
