// What the configuration files' sources share (config.h).
#ifndef PATCHWORK_CONFIG_INTERNAL_H
#define PATCHWORK_CONFIG_INTERNAL_H

#include <patchwork/config.h>

struct pw_config_entry
{
    char section[PW_CONFIG_NAME_MAX + 1];
    char key[PW_CONFIG_NAME_MAX + 1];
    char value[PW_CONFIG_LINE_MAX + 1];
    unsigned line;
};

// Record "line LINE: ..." as CONFIG's error unless one is recorded.
void config_error(pw_config_t* config, unsigned line, const char* format, ...)
    __attribute__((format(printf, 3, 4)));

const pw_config_entry_t* config_find(const pw_config_t* config, const char* section, const char* key);

#endif
