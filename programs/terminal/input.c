// Keys and the mouse in the terminal's window (input.h).
#include "input.h"

#include <errno.h>
#include <patchwork/keys.h>
#include <string.h>
#include <sys/io.h>

void input_queue(input_t* input, const char* bytes, size_t length)
{
    size_t room = INPUT_PENDING_MAX - input->length;
    size_t take = length < room ? length : room;
    memcpy(input->bytes + input->length, bytes, take);
    input->length += take;
    input->dropped += length - take;
}

void input_key(input_t* input, vt_t* vt, const proto_msg_t* event)
{
    if (event->key.type != PROTO_KEY_PRESS)
    {
        return;
    }
    pw_key_t key = pw_key_decode(event->key.code, event->key.modifiers);
    if ((key.kind == PW_KEY_PAGE_UP || key.kind == PW_KEY_PAGE_DOWN) && (key.modifiers & PROTO_MOD_SHIFT))
    {
        int page = vt->rows > 1 ? vt->rows - 1 : 1;
        vt_scroll_view(vt, key.kind == PW_KEY_PAGE_UP ? page : -page);
        return;
    }
    char bytes[PW_KEY_TERMINAL_MAX];
    size_t length = pw_key_terminal(event->key.code, event->key.modifiers, bytes);
    if (length > 0)
    {
        vt_scroll_view(vt, -vt->view); // typing shows the live screen again
        input_queue(input, bytes, length);
    }
}

void input_mouse(vt_t* vt, const proto_msg_t* event)
{
    int32_t wheel = event->mouse.wheel;
    if (wheel != 0 && wheel > -1000 && wheel < 1000)
    {
        vt_scroll_view(vt, wheel * INPUT_WHEEL_LINES);
    }
}

int input_flush(input_t* input, fd_t fd)
{
    while (input->length > 0)
    {
        ssize_t wrote = write(fd, input->bytes, input->length);
        if (wrote <= 0)
        {
            return wrote == -1 && errno == EAGAIN ? 0 : -1;
        }
        input->length -= (size_t)wrote;
        memmove(input->bytes, input->bytes + wrote, input->length);
    }
    return 0;
}
