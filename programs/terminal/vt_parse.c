// The terminal model's parser (vt.h): UTF-8 text, C0 controls, ESC
// sequences, and the collection of CSI parameters (vt_csi.c acts on them).
// A state machine in the spirit of the DEC VT500 one: any byte in any
// state leads somewhere defined, so no input can wedge or break it.
#include "vt.h"

#include <string.h>

#define VT_REPLACEMENT 0xFFFDu

// Put the cursor at (@p row, @p col), clamped to the grid.
void vt_move_to(vt_t* vt, int row, int col)
{
    row = row < 0 ? 0 : row >= vt->rows ? vt->rows - 1 : row;
    col = col < 0 ? 0 : col >= vt->cols ? vt->cols - 1 : col;
    vt_dirty_span(vt, vt->row, vt->col, vt->col + 1); // the cursor's old cell
    vt->row = row;
    vt->col = col;
    vt->wrap_pending = false;
    vt_dirty_span(vt, row, col, col + 1);
}

// Line feed: down a line, scrolling the region when at its bottom.
void vt_newline(vt_t* vt)
{
    if (vt->row == vt->bottom)
    {
        vt_scroll_up(vt, vt->top, vt->bottom, 1);
        vt->wrap_pending = false;
    }
    else
    {
        vt_move_to(vt, vt->row + 1, vt->col);
    }
}

// Reverse index: up a line, scrolling the region down when at its top.
void vt_reverse_index(vt_t* vt)
{
    if (vt->row == vt->top)
    {
        vt_scroll_down(vt, vt->top, vt->bottom, 1);
        vt->wrap_pending = false;
    }
    else
    {
        vt_move_to(vt, vt->row - 1, vt->col);
    }
}

// Write a printable character at the cursor and advance it.
void vt_put(vt_t* vt, uint32_t ch)
{
    if (vt->wrap_pending && vt->autowrap)
    {
        vt_newline(vt);
        vt_move_to(vt, vt->row, 0);
    }
    vt_cell_t* line = vt_line(vt, vt->row);
    line[vt->col] = (vt_cell_t){.ch = ch, .fg = vt->fg, .bg = vt->bg, .attrs = vt->attrs};
    vt_dirty_span(vt, vt->row, vt->col, vt->col + 1);
    if (vt->col + 1 < vt->cols)
    {
        vt_move_to(vt, vt->row, vt->col + 1);
    }
    else
    {
        vt->wrap_pending = true;
    }
}

void vt_save(vt_t* vt)
{
    vt->saved = (vt_saved_t){vt->row, vt->col, vt->fg, vt->bg, vt->attrs, vt->wrap_pending};
}

void vt_restore(vt_t* vt)
{
    vt_move_to(vt, vt->saved.row, vt->saved.col); // clamped: the grid may have shrunk since
    vt->fg = vt->saved.fg;
    vt->bg = vt->saved.bg;
    vt->attrs = vt->saved.attrs;
    vt->wrap_pending = vt->saved.wrap_pending && vt->col == vt->cols - 1;
}

// C0 controls act in every state but the string one (as on a VT100);
// the ones without a meaning here are ignored.
static void vt_control(vt_t* vt, uint8_t byte)
{
    switch (byte)
    {
    case '\a':
        vt->bells++;
        break;
    case '\b':
        vt_move_to(vt, vt->row, vt->col - (vt->col > 0));
        break;
    case '\t':
    {
        int next = (vt->col / 8 + 1) * 8;
        vt_move_to(vt, vt->row, next >= vt->cols ? vt->cols - 1 : next);
        break;
    }
    case '\n':
    case '\v':
    case '\f':
        vt_newline(vt);
        break;
    case '\r':
        vt_move_to(vt, vt->row, 0);
        break;
    case 0x18: // CAN and SUB cancel a sequence
    case 0x1A:
        vt->state = VT_STATE_GROUND;
        break;
    default:
        break;
    }
}

static void vt_escape_dispatch(vt_t* vt, uint8_t byte)
{
    vt->state = VT_STATE_GROUND;
    switch (byte)
    {
    case '[':
        memset(vt->params, 0, sizeof(vt->params));
        vt->param_count = 0;
        vt->param_overflow = false;
        vt->private_marker = 0;
        vt->intermediate = 0;
        vt->state = VT_STATE_CSI;
        break;
    case ']': // OSC
    case 'P': // DCS
    case '_': // APC
    case '^': // PM
    case 'X': // SOS
        vt->state = VT_STATE_STRING;
        break;
    case '7':
        vt_save(vt);
        break;
    case '8':
        vt_restore(vt);
        break;
    case 'D':
        vt_newline(vt);
        break;
    case 'E':
        vt_newline(vt);
        vt_move_to(vt, vt->row, 0);
        break;
    case 'M':
        vt_reverse_index(vt);
        break;
    case 'c':
        vt_reset(vt);
        break;
    default:
        if (byte >= 0x20 && byte <= 0x2F)
        {
            vt->state = VT_STATE_ESCAPE_INTER; // ESC ( B and friends: one more byte
        }
        break; // anything else: an escape we do not know, dropped
    }
}

static void vt_csi_byte(vt_t* vt, uint8_t byte)
{
    if (byte >= '0' && byte <= '9')
    {
        if (vt->param_count == 0)
        {
            vt->param_count = 1;
        }
        if (vt->param_count <= VT_MAX_PARAMS)
        {
            uint32_t* p = &vt->params[vt->param_count - 1];
            *p = *p * 10 + (byte - '0');
            *p = *p > VT_PARAM_MAX ? VT_PARAM_MAX : *p; // saturate: never overflows
        }
    }
    else if (byte == ';' || byte == ':')
    {
        if (vt->param_count == 0)
        {
            vt->param_count = 1; // the empty first parameter
        }
        if (vt->param_count < VT_MAX_PARAMS)
        {
            vt->param_count++;
        }
        else
        {
            vt->param_overflow = true;
        }
    }
    else if (byte >= '<' && byte <= '?')
    {
        if (vt->param_count == 0 && vt->private_marker == 0)
        {
            vt->private_marker = (char)byte;
        }
        else
        {
            vt->param_overflow = true; // a marker in the middle: malformed
        }
    }
    else if (byte >= 0x20 && byte <= 0x2F)
    {
        vt->intermediate = (char)byte;
    }
    else if (byte >= 0x40 && byte <= 0x7E)
    {
        vt->state = VT_STATE_GROUND;
        if (!vt->param_overflow)
        {
            vt_csi_dispatch(vt, byte);
        }
    }
    else
    {
        vt->state = VT_STATE_GROUND; // DEL or a byte above 0x7F: give up on the sequence
    }
}

// One byte of UTF-8 text. A malformed sequence gives U+FFFD, and the byte
// that broke it is read again on its own.
static void vt_text_byte(vt_t* vt, uint8_t byte)
{
    if (vt->utf8_left > 0)
    {
        if ((byte & 0xC0) == 0x80)
        {
            vt->utf8_code = vt->utf8_code << 6 | (byte & 0x3F);
            if (--vt->utf8_left == 0)
            {
                uint32_t ch = vt->utf8_code;
                bool bad = ch < vt->utf8_min || ch > 0x10FFFF || (ch >= 0xD800 && ch <= 0xDFFF);
                vt_put(vt, bad ? VT_REPLACEMENT : ch);
            }
            return;
        }
        vt->utf8_left = 0;
        vt_put(vt, VT_REPLACEMENT);
        // and fall through: this byte starts something new
    }
    if (byte < 0x80)
    {
        vt_put(vt, byte);
    }
    else if (byte >= 0xC2 && byte <= 0xDF)
    {
        vt->utf8_code = byte & 0x1F, vt->utf8_left = 1, vt->utf8_min = 0x80;
    }
    else if (byte >= 0xE0 && byte <= 0xEF)
    {
        vt->utf8_code = byte & 0x0F, vt->utf8_left = 2, vt->utf8_min = 0x800;
    }
    else if (byte >= 0xF0 && byte <= 0xF4)
    {
        vt->utf8_code = byte & 0x07, vt->utf8_left = 3, vt->utf8_min = 0x10000;
    }
    else
    {
        vt_put(vt, VT_REPLACEMENT); // a stray continuation byte, C0, C1, F5-FF
    }
}

static void vt_byte(vt_t* vt, uint8_t byte)
{
    if (vt->state == VT_STATE_STRING || vt->state == VT_STATE_STRING_ESC)
    {
        // Swallowed up to BEL or ST (ESC \); ESC followed by anything else
        // ends the string and is taken as the start of a new sequence.
        if (byte == '\a' || byte == 0x18 || byte == 0x1A)
        {
            vt->state = VT_STATE_GROUND;
        }
        else if (vt->state == VT_STATE_STRING_ESC)
        {
            vt->state = VT_STATE_GROUND;
            if (byte != '\\')
            {
                vt->state = VT_STATE_ESCAPE;
                vt_byte(vt, byte);
            }
        }
        else if (byte == 0x1B)
        {
            vt->state = VT_STATE_STRING_ESC;
        }
        return;
    }
    if (byte == 0x1B)
    {
        if (vt->utf8_left > 0)
        {
            vt->utf8_left = 0;
            vt_put(vt, VT_REPLACEMENT);
        }
        vt->state = VT_STATE_ESCAPE;
        return;
    }
    if (byte < 0x20 || byte == 0x7F)
    {
        if (vt->utf8_left > 0)
        {
            vt->utf8_left = 0;
            vt_put(vt, VT_REPLACEMENT);
        }
        if (byte != 0x7F)
        {
            vt_control(vt, byte);
        }
        return;
    }
    switch (vt->state)
    {
    case VT_STATE_ESCAPE:
        vt_escape_dispatch(vt, byte);
        break;
    case VT_STATE_ESCAPE_INTER:
        vt->state = byte >= 0x20 && byte <= 0x2F ? VT_STATE_ESCAPE_INTER : VT_STATE_GROUND;
        break;
    case VT_STATE_CSI:
        vt_csi_byte(vt, byte);
        break;
    default:
        vt_text_byte(vt, byte);
        break;
    }
}

void vt_write(vt_t* vt, const void* data, size_t length)
{
    const uint8_t* bytes = data;
    for (size_t i = 0; i < length; i++)
    {
        vt_byte(vt, bytes[i]);
    }
}
