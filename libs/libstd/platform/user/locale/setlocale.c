// setlocale: which of the two locales (locale.h) each category is set to.
// They behave alike, so only the names are kept; the state is global, as
// C has it, and lives here in user space's platform code.
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CATEGORIES 5 // LC_CTYPE to LC_MONETARY

static const char* const category_names[CATEGORIES] = {
    "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
};

// The canonical names; a category holds an index into this.
static const char* const locale_names[] = {"C", "C.UTF-8"};

static unsigned char current[CATEGORIES]; // all "C" at start-up

// The index of the locale called @p name, or -1.
static int find_locale(const char* name, size_t length)
{
    static const struct
    {
        const char* name;
        int locale;
    } aliases[] = {{"C", 0}, {"POSIX", 0}, {"C.UTF-8", 1}, {"C.utf8", 1}, {"C.utf-8", 1}, {"C.UTF8", 1}};
    for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
    {
        if (strlen(aliases[i].name) == length && strncmp(name, aliases[i].name, length) == 0)
        {
            return aliases[i].locale;
        }
    }
    return -1;
}

// The environment's choice for @p category (locale.h's order).
static const char* environment_locale(int category)
{
    const char* names[] = {"LC_ALL", category_names[category], "LANG"};
    for (size_t i = 0; i < 3; i++)
    {
        const char* value = getenv(names[i]);
        if (value != NULL && *value != '\0')
        {
            return value;
        }
    }
    return "C.UTF-8";
}

// "LC_CTYPE=C;LC_NUMERIC=C.UTF-8;..." as setlocale(LC_ALL, NULL) gives it:
// fill @p chosen, true if every category is named once.
static bool parse_composite(const char* text, int chosen[CATEGORIES])
{
    for (int c = 0; c < CATEGORIES; c++)
    {
        chosen[c] = -1;
    }
    const char* p = text;
    while (*p != '\0')
    {
        const char* equals = strchr(p, '=');
        if (equals == NULL)
        {
            return false;
        }
        const char* end = strchr(equals, ';');
        if (end == NULL)
        {
            end = equals + strlen(equals);
        }
        int category = -1;
        for (int c = 0; c < CATEGORIES; c++)
        {
            if (strlen(category_names[c]) == (size_t)(equals - p) && strncmp(p, category_names[c], (size_t)(equals - p)) == 0)
            {
                category = c;
            }
        }
        int locale = find_locale(equals + 1, (size_t)(end - equals - 1));
        if (category == -1 || locale == -1 || chosen[category] != -1)
        {
            return false;
        }
        chosen[category] = locale;
        p = *end == ';' ? end + 1 : end;
    }
    for (int c = 0; c < CATEGORIES; c++)
    {
        if (chosen[c] == -1)
        {
            return false;
        }
    }
    return true;
}

// The name setlocale(LC_ALL, NULL) returns.
static char* all_name(void)
{
    static char composite[CATEGORIES * 24];
    bool same = true;
    for (int c = 1; c < CATEGORIES; c++)
    {
        same = same && current[c] == current[0];
    }
    if (same)
    {
        return (char*)locale_names[current[0]];
    }
    size_t used = 0;
    for (int c = 0; c < CATEGORIES; c++)
    {
        used += (size_t)snprintf(composite + used, sizeof(composite) - used, "%s%s=%s", c > 0 ? ";" : "",
            category_names[c], locale_names[current[c]]);
    }
    return composite;
}

char* setlocale(int category, const char* locale)
{
    if (category != LC_ALL && (category < 0 || category >= CATEGORIES))
    {
        return NULL;
    }
    if (locale == NULL)
    {
        return category == LC_ALL ? all_name() : (char*)locale_names[current[category]];
    }
    int chosen[CATEGORIES];
    if (category == LC_ALL && strchr(locale, '=') != NULL)
    {
        if (!parse_composite(locale, chosen))
        {
            return NULL;
        }
    }
    else
    {
        for (int c = 0; c < CATEGORIES; c++)
        {
            if (category != LC_ALL && category != c)
            {
                chosen[c] = current[c];
                continue;
            }
            const char* name = *locale != '\0' ? locale : environment_locale(c);
            chosen[c] = find_locale(name, strlen(name));
            if (chosen[c] == -1)
            {
                return NULL; // nothing changes
            }
        }
    }
    for (int c = 0; c < CATEGORIES; c++)
    {
        current[c] = (unsigned char)chosen[c];
    }
    return category == LC_ALL ? all_name() : (char*)locale_names[current[category]];
}
