// The line discipline harness's checks, built with the kernel's headers.
// Every byte goes to ldisc_feed and to a model written from the header's
// and the source's description of cooked mode; the two must agree on the
// line, what is echoed and erased, end of file and interrupt. Whatever the
// bytes, the line keeps room for its newline and a finished line holds no
// control characters but tabs and its final newline.
#include "kernel/console/line_discipline.h"

#include <stdbool.h>
#include <string.h>

void fuzz_ldisc(const unsigned char* data, size_t size);
_Noreturn void fuzz_fail(const char* why);

#define CHECK(condition, why) ((condition) ? (void)0 : fuzz_fail(why))

typedef struct
{
    char line[LDISC_LINE_MAX];
    size_t length;
    int escape;
} model_t;

static bool continuation(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

// What the model expects of one byte: the same fields as ldisc_step_t.
static void model_feed(model_t* m, unsigned char byte, ldisc_step_t* want, char* finished)
{
    memset(want, 0, sizeof(*want));
    if (m->escape == 1)
    {
        m->escape = byte == '[' || byte == 'O' ? 2 : 0;
        return;
    }
    if (m->escape == 2)
    {
        m->escape = byte >= 0x40 && byte <= 0x7E ? 0 : 2;
        return;
    }
    size_t columns = 0;
    switch (byte)
    {
    case '\r':
    case '\n':
        m->line[m->length++] = '\n';
        memcpy(finished, m->line, m->length);
        want->line_length = m->length;
        want->line = finished;
        m->length = 0;
        memcpy(want->echo, "\n", 1);
        want->echo_length = 1;
        return;
    case 0x7F:
    case 0x08:
        if (m->length > 0)
        {
            while (m->length > 1 && continuation(m->line[m->length - 1]))
            {
                m->length--;
            }
            m->length--;
            want->erase = 1;
        }
        return;
    case 0x15:
        for (size_t i = 0; i < m->length; i++)
        {
            columns += !continuation(m->line[i]);
        }
        want->erase = columns;
        m->length = 0;
        return;
    case 0x03:
        m->length = 0;
        want->interrupt = true;
        memcpy(want->echo, "^C\n", 3);
        want->echo_length = 3;
        return;
    case 0x04:
        if (m->length == 0)
        {
            want->end_of_file = true;
            return;
        }
        memcpy(finished, m->line, m->length);
        want->line_length = m->length;
        want->line = finished;
        m->length = 0;
        return;
    case 0x1B:
        m->escape = 1;
        return;
    }
    if ((byte < 0x20 && byte != '\t') || m->length + 1 >= LDISC_LINE_MAX)
    {
        return;
    }
    m->line[m->length++] = (char)byte;
    want->echo[0] = (char)byte;
    want->echo_length = 1;
}

void fuzz_ldisc(const unsigned char* data, size_t size)
{
    ldisc_t ldisc;
    memset(&ldisc, 0, sizeof(ldisc));
    model_t model;
    memset(&model, 0, sizeof(model));
    char finished[LDISC_LINE_MAX];
    for (size_t i = 0; i < size; i++)
    {
        ldisc_step_t step, want;
        ldisc_feed(&ldisc, data[i], &step);
        model_feed(&model, data[i], &want, finished);
        CHECK(ldisc.length < LDISC_LINE_MAX, "the line has no room left for its newline");
        CHECK(step.echo_length <= sizeof(step.echo), "an echo longer than its buffer");
        CHECK(step.echo_length == want.echo_length && memcmp(step.echo, want.echo, step.echo_length) == 0,
            "a different echo");
        CHECK(step.erase == want.erase, "a different erase count");
        CHECK(step.end_of_file == want.end_of_file && step.interrupt == want.interrupt, "a different event");
        CHECK((step.line == NULL) == (want.line == NULL), "a line finished or not, unlike the model");
        if (step.line == NULL)
        {
            continue;
        }
        CHECK(step.line_length == want.line_length && memcmp(step.line, finished, step.line_length) == 0,
            "a different line");
        for (size_t j = 0; j < step.line_length; j++)
        {
            unsigned char c = (unsigned char)step.line[j];
            bool last_newline = j == step.line_length - 1 && c == '\n';
            CHECK(c >= 0x20 || c == '\t' || last_newline, "a control character in a finished line");
        }
    }
    CHECK(ldisc.length == model.length && memcmp(ldisc.line, model.line, ldisc.length) == 0,
        "the unfinished line differs from the model's");
}
