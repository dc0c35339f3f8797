// Names for errors and message types, for logs and test reports.
#include <patchwork/proto.h>

const char* proto_error_string(proto_error_t error)
{
    switch (error)
    {
    case PROTO_OK: return "ok";
    case PROTO_NEED_MORE: return "incomplete message";
    case PROTO_ERROR_ARGUMENT: return "bad argument";
    case PROTO_ERROR_VERSION: return "wrong protocol version";
    case PROTO_ERROR_SIZE: return "message size out of range";
    case PROTO_ERROR_TYPE: return "unknown or misdirected message type";
    case PROTO_ERROR_LENGTH: return "message length does not match its fields";
    case PROTO_ERROR_RESERVED: return "reserved field not zero";
    case PROTO_ERROR_FIELD: return "field out of range";
    }
    return "unknown error";
}

const char* proto_type_name(uint32_t type)
{
    switch (type)
    {
    case PROTO_HELLO: return "hello";
    case PROTO_CREATE_WINDOW: return "create-window";
    case PROTO_ATTACH: return "attach";
    case PROTO_DAMAGE: return "damage";
    case PROTO_MOVE: return "move";
    case PROTO_RESIZE: return "resize";
    case PROTO_SET_TITLE: return "set-title";
    case PROTO_CLOSE_WINDOW: return "close-window";
    case PROTO_SYNC: return "sync";
    case PROTO_SYNC_DONE: return "sync-done";
    case PROTO_WATCH: return "watch";
    case PROTO_ACTIVATE: return "activate";
    case PROTO_WINDOW_INFO: return "window-info";
    case PROTO_RESIZE_REQUEST: return "resize-request";
    case PROTO_TEST_KEY: return "test-key";
    case PROTO_TEST_MOUSE: return "test-mouse";
    case PROTO_TEST_PROBE: return "test-probe";
    case PROTO_WELCOME: return "welcome";
    case PROTO_WINDOW_CREATED: return "window-created";
    case PROTO_KEY_EVENT: return "key";
    case PROTO_MOUSE_EVENT: return "mouse";
    case PROTO_FOCUS: return "focus";
    case PROTO_WINDOW_RESIZED: return "window-resized";
    case PROTO_CLOSE_REQUEST: return "close-request";
    case PROTO_ERROR: return "error";
    case PROTO_PROBE_RESULT: return "probe-result";
    }
    return "unknown";
}
