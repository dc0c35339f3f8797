# libstd: the C library. One code base; each platform (user space now; the
# kernel and the bootloader later) adds its own part from platform/NAME.

LIBSTD := libs/libstd
LIBSTD_HEADERS := $(shell cd $(LIBSTD)/include && find . -name '*.h' | sed 's|^\./||')
LIBSTD_COMMON_SRC := $(wildcard $(LIBSTD)/src/*/*.c)

# User space: libstd.a and the C runtime objects, installed into the sysroot.
LIBSTD_USER_SRC := $(LIBSTD_COMMON_SRC) $(wildcard $(LIBSTD)/platform/user/*.c)
LIBSTD_USER_OBJ := $(patsubst %.c,$(BUILD)/user/%.o,$(LIBSTD_USER_SRC))
LIBSTD_USER_CFLAGS := $(CFLAGS_WARN) $(CFLAGS_LIBSTD) -O2 -g -I$(LIBSTD)/include

LIBSTD_SYSROOT := \
	$(addprefix $(SYSROOT)/usr/include/,$(LIBSTD_HEADERS)) \
	$(SYSROOT)/usr/lib/libstd.a \
	$(SYSROOT)/usr/lib/crt0.o $(SYSROOT)/usr/lib/crti.o $(SYSROOT)/usr/lib/crtn.o

sysroot: $(LIBSTD_SYSROOT)

$(SYSROOT)/usr/include/%.h: $(LIBSTD)/include/%.h
	@mkdir -p $(@D)
	cp $< $@

$(BUILD)/user/%.o: %.c $(TOOLCHAIN_STAMP)
	@mkdir -p $(@D)
	$(CC) $(LIBSTD_USER_CFLAGS) -MMD -MP -c $< -o $@

$(SYSROOT)/usr/lib/libstd.a: $(LIBSTD_USER_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $^

$(SYSROOT)/usr/lib/%.o: $(LIBSTD)/platform/user/crt/%.asm $(TOOLCHAIN_STAMP)
	@mkdir -p $(@D)
	$(NASM) -f elf64 -g -o $@ $<
