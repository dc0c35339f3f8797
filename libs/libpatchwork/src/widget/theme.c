// The theme (theme.h): defaults, theme.conf, and loading fonts.
#include <patchwork/draw.h>
#include <patchwork/load.h>
#include <patchwork/theme.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

pw_theme_t pw_theme_default(void)
{
    return (pw_theme_t){
        .background = draw_rgb(0xF4, 0xF5, 0xF7),
        .text = draw_rgb(0x1F, 0x23, 0x28),
        .text_dim = draw_rgb(0x6B, 0x72, 0x80),
        .control = draw_rgb(0xE5, 0xE7, 0xEB),
        .control_hover = draw_rgb(0xD9, 0xDC, 0xE1),
        .control_pressed = draw_rgb(0xC4, 0xC8, 0xCF),
        .accent = draw_rgb(0x3A, 0x78, 0xC8),
        .accent_text = draw_rgb(0xFF, 0xFF, 0xFF),
        .field = draw_rgb(0xFF, 0xFF, 0xFF),
        .border = draw_rgb(0xC4, 0xC8, 0xCF),
        .focus = draw_rgb(0x3A, 0x78, 0xC8),
        .caret = draw_rgb(0x1F, 0x23, 0x28),
        .scrollbar = draw_rgb(0xA0, 0xA6, 0xB0),
        .error = draw_rgb(0xC0, 0x39, 0x2B),
        .padding = 8,
        .spacing = 6,
        .border_width = 1,
        .control_height = 32,
        .scrollbar_width = 10,
        .scroll_step = 24,
    };
}

typedef struct
{
    const char* key;
    size_t offset;
} theme_field_t;

#define FIELD(name) {#name, offsetof(pw_theme_t, name)}
static const theme_field_t theme_colors[] = {
    FIELD(background), FIELD(text), FIELD(text_dim), FIELD(control), FIELD(control_hover), FIELD(control_pressed),
    FIELD(accent), FIELD(accent_text), FIELD(field), FIELD(border), FIELD(focus), FIELD(caret),
    FIELD(scrollbar), FIELD(error),
};
static const theme_field_t theme_sizes[] = {
    FIELD(padding), FIELD(spacing), FIELD(border_width), FIELD(control_height), FIELD(scrollbar_width),
    FIELD(scroll_step),
};
#undef FIELD

void pw_theme_apply(pw_theme_t* theme, pw_config_t* config)
{
    for (size_t i = 0; i < sizeof(theme_colors) / sizeof(theme_colors[0]); i++)
    {
        pw_config_color(config, "colors", theme_colors[i].key,
                        (uint32_t*)((char*)theme + theme_colors[i].offset));
    }
    for (size_t i = 0; i < sizeof(theme_sizes) / sizeof(theme_sizes[0]); i++)
    {
        int64_t value;
        if (pw_config_int(config, "sizes", theme_sizes[i].key, 0, 256, &value))
        {
            *(int32_t*)((char*)theme + theme_sizes[i].offset) = (int32_t)value;
        }
    }
}

static void font_name(pw_config_t* config, const char* key, const char* fallback, char* out)
{
    const char* name = fallback;
    pw_config_string(config, "fonts", key, &name);
    if (strlen(name) > PW_CONFIG_NAME_MAX || strchr(name, '/') != NULL || name[0] == '\0')
    {
        name = fallback;
    }
    strcpy(out, name);
}

pw_theme_fonts_t pw_theme_font_names(pw_config_t* config)
{
    pw_theme_fonts_t names;
    font_name(config, "normal", "sans-14", names.normal);
    font_name(config, "large", "sans-20", names.large);
    font_name(config, "mono", "mono-14", names.mono);
    return names;
}

// Read and parse DIR/NAME.grf into FONT; its bytes in *DATA (NULL when
// it fails: the message goes to ERRORS, not pw_font_load's stderr).
static bool font_load(const char* dir, const char* name, grf_font_t* font, void** data, FILE* errors)
{
    char path[256];
    snprintf(path, sizeof(path), "%s/%s.grf", dir, name);
    size_t size = 0;
    bool read = pw_file_read(path, data, &size) == 0;
    grf_error_t error = read ? grf_parse(font, *data, size) : GRF_ERROR_ARGUMENT;
    if (error != GRF_OK)
    {
        if (errors != NULL)
        {
            fprintf(errors, "theme: font %s: %s\n", path, read ? grf_error_string(error) : "cannot be read");
        }
        if (read)
        {
            free(*data);
        }
        *data = NULL;
        return false;
    }
    return true;
}

void pw_theme_load(pw_theme_loaded_t* loaded, const char* path, const char* font_dir, FILE* errors)
{
    *loaded = (pw_theme_loaded_t){.theme = pw_theme_default()};
    path = path == NULL ? PW_THEME_PATH : path;
    font_dir = font_dir == NULL ? PW_THEME_FONT_DIR : font_dir;
    pw_config_t config;
    pw_config_status_t status = pw_config_load(&config, path);
    pw_theme_apply(&loaded->theme, &config);
    pw_theme_fonts_t names = pw_theme_font_names(&config);
    if (status != PW_CONFIG_OK && status != PW_CONFIG_NO_FILE && errors != NULL)
    {
        fprintf(errors, "theme: %s: %s (using the defaults)\n", path, config.error);
    }
    else if (config.error[0] != '\0' && errors != NULL)
    {
        fprintf(errors, "theme: %s: %s\n", path, config.error);
    }
    pw_config_free(&config);
    const char* wanted[3] = {names.normal, names.large, names.mono};
    const grf_font_t** slots[3] = {&loaded->theme.font, &loaded->theme.font_large, &loaded->theme.font_mono};
    for (int i = 0; i < 3; i++)
    {
        if (font_load(font_dir, wanted[i], &loaded->fonts[i], &loaded->font_data[i], errors))
        {
            *slots[i] = &loaded->fonts[i];
        }
    }
    // A missing large or mono font falls back to the normal one.
    loaded->theme.font_large = loaded->theme.font_large != NULL ? loaded->theme.font_large : loaded->theme.font;
    loaded->theme.font_mono = loaded->theme.font_mono != NULL ? loaded->theme.font_mono : loaded->theme.font;
}

void pw_theme_unload(pw_theme_loaded_t* loaded)
{
    for (int i = 0; i < 3; i++)
    {
        free(loaded->font_data[i]);
    }
    *loaded = (pw_theme_loaded_t){0};
}
