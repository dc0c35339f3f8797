// libpatchwork's window-manager protocol decoder (libs/libpatchwork/src/
// proto, docs/desktop.md), built freestanding against libstd. Any input,
// as a stream from a client and from the server: framing never claims
// more bytes than there are; an accepted message is exactly as long as its
// header says, its counts are within their limits, and it encodes back to
// exactly its bytes; a rejected one leaves the message zeroed.
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define proto_frame pw_proto_frame
#define proto_decode pw_proto_decode
#define proto_encode pw_proto_encode
#define proto_type_valid pw_proto_type_valid
#define proto_error_string pw_proto_error_string
#define proto_type_name pw_proto_type_name
#define proto_title_valid pw_proto_title_valid
#include <patchwork/proto.h>

FUZZ_FAIL_DEFINITION

static void one_side(const uint8_t* data, size_t size, proto_direction_t from)
{
    size_t at = 0;
    while (at < size)
    {
        proto_header_t header;
        proto_error_t error = proto_frame(data + at, size - at, &header);
        FUZZ_CHECK(proto_error_string(error) != NULL, "no error string");
        if (error != PROTO_OK)
        {
            return;
        }
        FUZZ_CHECK(header.size >= PROTO_HEADER_SIZE && header.size <= PROTO_MESSAGE_MAX &&
                       header.size <= size - at,
                   "framed a message that is not there");
        // An exact copy, so a read past the message is an ASan error.
        uint8_t* copy = malloc(header.size);
        memcpy(copy, data + at, header.size);
        proto_msg_t msg;
        error = proto_decode(copy, header.size, from, &msg);
        if (error == PROTO_OK)
        {
            FUZZ_CHECK(msg.header.size == header.size && msg.header.type == header.type, "header changed");
            FUZZ_CHECK(proto_type_valid(msg.header.type, from), "a misdirected type accepted");
            FUZZ_CHECK(msg.header.type != PROTO_DAMAGE ||
                           (msg.damage.count >= 1 && msg.damage.count <= PROTO_MAX_RECTS),
                       "damage count out of range");
            uint8_t again[PROTO_MESSAGE_MAX];
            size_t length = proto_encode(&msg, again, sizeof(again));
            FUZZ_CHECK(length == header.size && memcmp(again, copy, length) == 0, "not canonical");
        }
        else
        {
            static const proto_msg_t zero;
            FUZZ_CHECK(memcmp(&msg, &zero, sizeof(msg)) == 0, "a rejected message was left filled in");
        }
        free(copy);
        at += header.size;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    one_side(data, size, PROTO_FROM_CLIENT);
    one_side(data, size, PROTO_FROM_SERVER);
    return 0;
}
