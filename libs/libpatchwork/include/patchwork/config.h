// Configuration files: a small INI-like text format (docs/formats/config.md).
//
//     # a comment: a line whose first non-blank character is '#'
//     [section]
//     key = value
//
// Blank lines and comments are skipped. A section header is a name in
// brackets; keys before the first header belong to the section "". A key
// is letters, digits, '_', '-' and '.'; the value is everything after the
// '=' with the blanks around it removed (it may be empty and may hold '#',
// so colours such as #3a78c8 need no quotes). Lines are at most
// PW_CONFIG_LINE_MAX bytes (without the newline); names at most
// PW_CONFIG_NAME_MAX. A key given twice in a section is an error, as is a
// NUL byte.
//
// Parsing is pure (no system calls): pw_config_parse reads a buffer;
// pw_config_load reads a file with stdio first. A program reads
// home:/cfg/NAME.conf when it exists and uses its defaults otherwise.
#ifndef PATCHWORK_CONFIG_H
#define PATCHWORK_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PW_CONFIG_LINE_MAX 255
#define PW_CONFIG_NAME_MAX 31
#define PW_CONFIG_ERROR_MAX 128

// The folder programs' configuration files live in.
#define PW_CONFIG_DIR "home:/cfg"

typedef struct pw_config_entry pw_config_entry_t;

typedef struct
{
    pw_config_entry_t* entries;
    size_t count;
    size_t capacity;
    // The first problem: a parse error, or a value a getter could not
    // read ("line 3: ..."); "" while none.
    char error[PW_CONFIG_ERROR_MAX];
    unsigned error_line; // its line, 0 when none
} pw_config_t;

typedef enum
{
    PW_CONFIG_OK = 0,
    PW_CONFIG_NO_FILE,  // pw_config_load: the file does not exist (use the defaults)
    PW_CONFIG_IO,       // pw_config_load: it exists but could not be read
    PW_CONFIG_SYNTAX,   // a bad line: config->error and error_line say which and why
    PW_CONFIG_NO_MEMORY,
} pw_config_status_t;

// Parse LENGTH bytes of TEXT into CONFIG (which it initialises). On an
// error CONFIG holds no entries, but its error is set; free it either way.
pw_config_status_t pw_config_parse(pw_config_t* config, const char* text, size_t length);

// Read the file at PATH and parse it. PW_CONFIG_NO_FILE (CONFIG empty,
// no error) when there is none.
pw_config_status_t pw_config_load(pw_config_t* config, const char* path);

// Free the entries (CONFIG is then empty and may be parsed into again).
void pw_config_free(pw_config_t* config);

// The value of KEY in SECTION ("" for keys before any section), or NULL.
const char* pw_config_get(const pw_config_t* config, const char* section, const char* key);

// Walk SECTION's keys in the order of the file, for a section that is a
// list (the taskbar's [menu]): set *CURSOR to 0, then each call stores the
// next key and its value and returns true, false after the last.
bool pw_config_next(const pw_config_t* config, const char* section, size_t* cursor, const char** key,
                    const char** value);

// The getters below store the value in *VALUE and return true when the key
// is there and well formed. A missing key returns false and leaves *VALUE
// alone (so it may hold the default beforehand); a malformed one does the
// same and records "line N: why" as CONFIG's error (if none is yet).

// A string (the value as written).
bool pw_config_string(pw_config_t* config, const char* section, const char* key, const char** value);

// A decimal integer, optionally signed, between MIN and MAX.
bool pw_config_int(pw_config_t* config, const char* section, const char* key, int64_t min, int64_t max,
                   int64_t* value);

// true/false, yes/no, on/off or 1/0 (any case).
bool pw_config_bool(pw_config_t* config, const char* section, const char* key, bool* value);

// A colour #rrggbb (opaque) or #rrggbbaa (straight alpha), stored as a
// premultiplied 0xAARRGGBB pixel (draw.h).
bool pw_config_color(pw_config_t* config, const char* section, const char* key, uint32_t* value);

// The path of program NAME's file, PW_CONFIG_DIR "/NAME.conf", into
// BUFFER; false when it does not fit.
bool pw_config_path(const char* name, char* buffer, size_t size);

#endif
