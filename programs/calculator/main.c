// calculator: a desktop calculator (docs/desktop.md, "The calculator").
//
// usage: calculator [--dwm NAME] [--report FILE] [--config FILE]
//   --dwm NAME     the dwm to connect to (default "dwm")
//   --report FILE  write the display and the buttons' places to FILE
//                  after every change (report.c; for the tests)
//   --config FILE  read FILE instead of home:/cfg/calculator.conf
// Settings (home:/cfg/calculator.conf, all optional):
//   [window] x, y              where the window opens
//   [calculator] precedence    true: 2 + 3 × 4 = 14; false: left to right, 20
// Buttons or keys: digits, + - * / (x also multiplies), . or , , Enter or
// = , Backspace, Escape or Delete or c (clear); the keypad types too.
// Closing the window ends it.
#include "calculator.h"

#include <patchwork/config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define USAGE "usage: calculator [--dwm NAME] [--report FILE] [--config FILE]\n"

typedef struct
{
    const char* dwm;
    const char* report;
    const char* config;
} options_t;

static bool options_parse(int argc, char** argv, options_t* options)
{
    for (int i = 1; i < argc; i++)
    {
        const char** slot = strcmp(argv[i], "--dwm") == 0      ? &options->dwm
                            : strcmp(argv[i], "--report") == 0 ? &options->report
                            : strcmp(argv[i], "--config") == 0 ? &options->config
                                                               : NULL;
        if (slot == NULL || i + 1 >= argc || argv[i + 1][0] == '\0')
        {
            return false;
        }
        *slot = argv[++i];
    }
    return true;
}

typedef struct
{
    int64_t x, y;
    bool precedence;
} settings_t;

static settings_t settings_read(const char* path)
{
    settings_t settings = {120, 120, true};
    char default_path[64];
    if (path == NULL && pw_config_path("calculator", default_path, sizeof(default_path)))
    {
        path = default_path;
    }
    pw_config_t config;
    pw_config_status_t status = pw_config_load(&config, path);
    pw_config_int(&config, "window", "x", -4096, 4096, &settings.x);
    pw_config_int(&config, "window", "y", -4096, 4096, &settings.y);
    pw_config_bool(&config, "calculator", "precedence", &settings.precedence);
    if (config.error[0] != '\0')
    {
        fprintf(stderr, "calculator: %s: %s%s\n", path, config.error,
                status == PW_CONFIG_OK ? "" : " (using the defaults)");
    }
    pw_config_free(&config);
    return settings;
}

static void updated(pw_app_window_t* window, void* data)
{
    (void)window;
    report_write(data, false);
}

int main(int argc, char** argv)
{
    options_t options = {0};
    if (argc == 2 && strcmp(argv[1], "--help") == 0)
    {
        fputs(USAGE, stdout);
        return 0;
    }
    if (!options_parse(argc, argv, &options))
    {
        fputs(USAGE, stderr);
        return 2;
    }
    settings_t settings = settings_read(options.config);
    pw_theme_loaded_t theme;
    pw_theme_load(&theme, NULL, NULL, stderr);
    static calculator_t calculator;
    calc_init(&calculator.calc, settings.precedence ? CALC_PRECEDENCE : CALC_LEFT_TO_RIGHT);
    calculator.report = options.report;
    int status = 1;
    pw_client_t* client = pw_connect(options.dwm);
    pw_loop_t* loop = client != NULL ? pw_loop_create(client) : NULL;
    uint32_t width, height;
    keypad_size(&theme.theme, &width, &height);
    calculator.window = loop != NULL ? pw_app_window_create(loop, (int32_t)settings.x, (int32_t)settings.y, width,
                                                            height, "Calculator", &theme.theme)
                                     : NULL;
    if (calculator.window == NULL)
    {
        fprintf(stderr, "calculator: cannot open a window on '%s': %s\n",
                options.dwm != NULL ? options.dwm : PROTO_SOCKET_NAME, strerror(errno));
    }
    else if (!keypad_build(&calculator))
    {
        fprintf(stderr, "calculator: out of memory\n");
    }
    else
    {
        pw_app_window_on_update(calculator.window, updated, &calculator);
        pw_app_window_flush(calculator.window);
        report_write(&calculator, true);
        status = pw_loop_run(loop) == 0 ? 0 : 1;
    }
    pw_app_window_destroy(calculator.window);
    if (loop != NULL)
    {
        pw_loop_destroy(loop);
    }
    if (client != NULL)
    {
        pw_disconnect(client);
    }
    pw_theme_unload(&theme);
    return status;
}
