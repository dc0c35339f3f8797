// What the player's keys and the window manager's events do (app.h).
// dwm repeats no keys, so only presses count and a held key moves once.
#include "app.h"

#include <patchwork/keys.h>

// The action for a key, or -1 when it means nothing to the game.
static int input_action(pw_key_t key)
{
    switch (key.kind)
    {
    case PW_KEY_LEFT:
        return TETRIS_LEFT;
    case PW_KEY_RIGHT:
        return TETRIS_RIGHT;
    case PW_KEY_UP:
        return TETRIS_ROTATE_CW;
    case PW_KEY_DOWN:
        return TETRIS_SOFT_DROP;
    case PW_KEY_CHAR:
        switch (key.ch)
        {
        case ' ':
            return TETRIS_HARD_DROP;
        case 'x':
        case 'X':
            return TETRIS_ROTATE_CW;
        case 'z':
        case 'Z':
            return TETRIS_ROTATE_CCW;
        case 'p':
        case 'P':
            return TETRIS_PAUSE;
        case 'r':
        case 'R':
            return TETRIS_RESTART;
        default:
            return -1;
        }
    default:
        return -1;
    }
}

app_result_t app_handle_event(app_t* app, const proto_msg_t* event)
{
    switch (event->header.type)
    {
    case PROTO_CLOSE_REQUEST:
        return APP_QUIT;
    case PROTO_KEY_EVENT:
    {
        if (event->key.type != PROTO_KEY_PRESS)
        {
            return APP_NOTHING;
        }
        pw_key_t key = pw_key_decode(event->key.code, event->key.modifiers);
        if (key.kind == PW_KEY_ESCAPE)
        {
            return APP_QUIT;
        }
        int action = input_action(key);
        return action >= 0 && tetris_act(&app->game, (tetris_action_t)action) ? APP_REDRAW : APP_NOTHING;
    }
    default:
        return APP_NOTHING;
    }
}
