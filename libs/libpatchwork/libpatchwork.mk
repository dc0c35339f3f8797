# libpatchwork: the desktop's library: the .grf and .fbmp decoders and
# drawing (surfaces, shapes, blits, text, damage) in src/*.c, and the
# window manager's protocol (src/proto/): plain C17 that needs only
# string.h and stdlib.h, so the same sources also build on the host for
# the tests (tests/host/formats, tests/host/draw, tests/host/proto) and
# the fuzz harnesses (tests/fuzz/host); and the client side of the
# protocol (src/client/), which uses libstd's files and shared memory.
# Installed like libstd: headers under sysroot/usr/include/patchwork/,
# sysroot/usr/lib/libpatchwork.a, and a pkg-config file for ports
# (x86_64-patchwork-pkg-config libpatchwork).

LIBPATCHWORK := libs/libpatchwork
LIBPATCHWORK_HEADERS := $(shell cd $(LIBPATCHWORK)/include && find . -name '*.h' | sed 's|^\./||')
LIBPATCHWORK_OBJ := $(patsubst %.c,$(BUILD)/user/%.o,$(wildcard $(LIBPATCHWORK)/src/*.c $(LIBPATCHWORK)/src/*/*.c))
$(LIBPATCHWORK_OBJ): EXTRA_CFLAGS := -std=c17 -pedantic-errors -I$(LIBPATCHWORK)/include
$(LIBPATCHWORK_OBJ): $(LIBPATCHWORK)/libpatchwork.mk

LIBPATCHWORK_SYSROOT := $(addprefix $(SYSROOT)/usr/include/,$(LIBPATCHWORK_HEADERS)) \
	$(SYSROOT)/usr/lib/libpatchwork.a $(SYSROOT)/usr/lib/pkgconfig/libpatchwork.pc

sysroot: $(LIBPATCHWORK_SYSROOT)

# (A shorter stem than libstd's rule for the same folder: this one wins.)
$(SYSROOT)/usr/include/patchwork/%.h: $(LIBPATCHWORK)/include/patchwork/%.h
	@mkdir -p $(@D)
	cp $< $@

$(SYSROOT)/usr/lib/libpatchwork.a: $(LIBPATCHWORK_OBJ) $(LIBPATCHWORK)/libpatchwork.mk
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcsD $@ $(LIBPATCHWORK_OBJ)
	$(STRIP) -D --strip-debug $@

$(SYSROOT)/usr/lib/pkgconfig/libpatchwork.pc: $(LIBPATCHWORK)/libpatchwork.pc
	@mkdir -p $(@D)
	cp $< $@
