// Shared by the files of src/proto.
#ifndef PATCHWORK_PROTO_INTERNAL_H
#define PATCHWORK_PROTO_INTERNAL_H

#include "wire.h"

#include <patchwork/proto.h>

// Move @p msg's payload (not its header) through @p wire: written from
// *msg when @p writing, else read into it. Counts (title lengths, damage
// counts) are checked against their limits before the bytes they count
// move; a count too large gives PROTO_ERROR_FIELD and moves nothing more.
proto_error_t proto_payload(wire_t* wire, proto_msg_t* msg, bool writing);

// Check the fields of a decoded (or to be encoded) payload: ranges,
// reserved values, titles.
proto_error_t proto_check(const proto_msg_t* msg);

// The header's fields, little-endian: type (u16), version (u8), flags
// (u8, zero), size (u32), sequence (u32), reserved (u32, zero).
void proto_put_header(wire_t* wire, const proto_header_t* header);

#endif
