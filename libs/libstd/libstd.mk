# libstd: the C library. One code base; each platform adds its own part:
#   src/                 shared by every platform, one folder per header
#   hosted/              user space only, one folder per header: code that
#                        uses floating point (the kernel and bootloader are
#                        built without SIMD registers) or needs a hosted
#                        environment
#   platform/common/     shared by the platforms that have no threads yet
#   platform/user/       system calls, start-up and crt objects (user space);
#                        platform/user/stdio/ holds the FILE streams, which
#                        make system calls and keep a list of streams, so
#                        they cannot be hosted/'s freestanding code
#   (the kernel and the bootloader have no part of their own yet: they
#   build src/ and platform/common/ with their own flags)

LIBSTD := libs/libstd
LIBSTD_HEADERS := $(shell cd $(LIBSTD)/include && find . -name '*.h' | sed 's|^\./||')
LIBSTD_SHARED_SRC := $(wildcard $(LIBSTD)/src/*/*.c) $(wildcard $(LIBSTD)/platform/common/*.c)

LIBSTD_HOSTED_SRC := $(wildcard $(LIBSTD)/hosted/*/*.c)

# User space has threads: its errno is per thread (platform/user/errno.c),
# not platform/common's single one.
# platform/user/<header>/ holds each header's user-space part that makes
# system calls or keeps state: stdio's streams, threads.h, time.h's clocks
# and static buffers, signal.h, setlocale, strtok, the restartable
# multibyte functions' internal states.
LIBSTD_USER_OBJ := $(patsubst %.c,$(BUILD)/user/%.o,$(wildcard $(LIBSTD)/src/*/*.c) $(LIBSTD_HOSTED_SRC) $(wildcard $(LIBSTD)/platform/user/*.c) \
	$(wildcard $(LIBSTD)/platform/user/*/*.c)) \
	$(patsubst %.asm,$(BUILD)/user/%.o,$(wildcard $(LIBSTD)/platform/user/*.asm))
LIBSTD_KERNEL_OBJ := $(patsubst %.c,$(BUILD)/kernel/%.o,$(LIBSTD_SHARED_SRC) $(wildcard $(LIBSTD)/platform/kernel/*.c))
LIBSTD_BOOT_OBJ := $(patsubst %.c,$(BUILD)/boot/%.o,$(LIBSTD_SHARED_SRC) $(wildcard $(LIBSTD)/platform/boot/*.c))
$(LIBSTD_KERNEL_OBJ) $(LIBSTD_BOOT_OBJ): EXTRA_CFLAGS := $(CFLAGS_LIBSTD)
# User space has floating point: _LIBSTD_HOSTED makes the shared formatter
# and scanner (src/stdio) hand their floating-point conversions to hosted/.
# The system calls' generated wrappers and numbers are under $(BUILD)/gen
# (see SYSCALL_GEN in the Makefile).
$(LIBSTD_USER_OBJ): EXTRA_CFLAGS := $(CFLAGS_LIBSTD) -D_LIBSTD_HOSTED -I$(BUILD)/gen
$(LIBSTD_USER_OBJ): NASM_FLAGS := -I$(BUILD)/gen/
$(LIBSTD_USER_OBJ) $(LIBSTD_KERNEL_OBJ) $(LIBSTD_BOOT_OBJ): $(LIBSTD)/libstd.mk

LIBSTD_KERNEL_LIB := $(BUILD)/kernel/libstd.a
LIBSTD_BOOT_LIB := $(BUILD)/boot/libstd.a

# User space: libstd.a and the C runtime objects, installed into the sysroot.
LIBSTD_SYSROOT := \
	$(addprefix $(SYSROOT)/usr/include/,$(LIBSTD_HEADERS)) \
	$(SYSROOT)/usr/lib/libstd.a $(SYSROOT)/usr/lib/libm.a \
	$(SYSROOT)/usr/lib/crt0.o $(SYSROOT)/usr/lib/crti.o $(SYSROOT)/usr/lib/crtn.o

sysroot: $(LIBSTD_SYSROOT)

$(SYSROOT)/usr/include/%.h: $(LIBSTD)/include/%.h
	@mkdir -p $(@D)
	cp $< $@

# Installed only once its SYS_ numbers are known to agree with the list.
$(SYSROOT)/usr/include/sys/syscall.h: $(SYSCALL_GEN_FILES)

# The installed library has no debug information (the objects in build/
# keep theirs): a program linked with it stays small, about 14 KiB for a
# stripped hello world and 100 KiB more unstripped otherwise
# (BENCH hello_static_stripped_bytes, docs/benchmarks.md). Symbols stay.
# (This file is a prerequisite, so that a change to how the library is
# installed reaches sysroots installed before it.)
$(SYSROOT)/usr/lib/libstd.a: $(LIBSTD_USER_OBJ) $(LIBSTD)/libstd.mk
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcsD $@ $(LIBSTD_USER_OBJ)
	$(STRIP) -D --strip-debug $@

# libm.a is empty: math.h's functions are in libstd.a, which every program
# links; the archive only lets "-lm" (and ports' build files) link.
$(SYSROOT)/usr/lib/libm.a: $(TOOLCHAIN_STAMP)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcsD $@

$(SYSROOT)/usr/lib/%.o: $(LIBSTD)/platform/user/crt/%.asm $(TOOLCHAIN_STAMP) $(LIBSTD)/libstd.mk
	@mkdir -p $(@D)
	$(NASM) -f elf64 -o $@ $<

$(LIBSTD_KERNEL_LIB): $(LIBSTD_KERNEL_OBJ)
	rm -f $@
	$(AR) rcsD $@ $^

$(LIBSTD_BOOT_LIB): $(LIBSTD_BOOT_OBJ)
	rm -f $@
	$(AR) rcsD $@ $^
