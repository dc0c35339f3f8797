# PatchworkOS build. ./build.sh is the front end: it puts the cross
# toolchain (toolchain/local/bin) on PATH before calling make.

TARGET := x86_64-patchwork
CC := $(TARGET)-gcc
AR := $(TARGET)-ar
NASM := nasm

BUILD := build
SYSROOT := sysroot

# Our own code: C17 with GNU extensions, every warning an error.
CFLAGS_WARN := -std=gnu17 -Wall -Wextra -Werror
# A C library must not turn its own loops into calls to itself.
CFLAGS_LIBSTD := -fno-tree-loop-distribute-patterns -fno-builtin

.PHONY: all sysroot clean
all: sysroot

# Everything compiled depends on the toolchain that compiled it:
# toolchain/local/.key changes whenever a different toolchain is installed.
TOOLCHAIN_STAMP := toolchain/local/.key

include libs/libstd/libstd.mk

clean:
	rm -rf $(BUILD) $(SYSROOT)/usr

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
