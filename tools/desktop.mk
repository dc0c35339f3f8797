# The desktop's fonts and images, made at build time by host tools from
# what Debian ships (tools/deps.sh installs it) and put on the RAM disk:
#   home:/usr/share/fonts/NAME.grf    .grf v2 fonts (docs/formats/grf.md),
#                                     DejaVu rendered by tools/ttf2grf
#   home:/usr/share/images/NAME.fbmp  .fbmp images (docs/formats/fbmp.md),
#                                     PNGs drawn by tools/mkpng.py and
#                                     converted by tools/png2fbmp
# The converters are host programs (gcc, FreeType, libpng), in build/host.

HOST_CC := gcc
HOST_TOOL_CFLAGS := -std=c17 -Wall -Wextra -Werror -O2 -g
HOST_TOOLS := $(BUILD)/host
TTF2GRF := $(HOST_TOOLS)/ttf2grf
PNG2FBMP := $(HOST_TOOLS)/png2fbmp
DEJAVU := /usr/share/fonts/truetype/dejavu
DESKTOP_OUT := $(BUILD)/desktop

.PHONY: host-tools
host-tools: $(TTF2GRF) $(PNG2FBMP)

$(TTF2GRF): tools/ttf2grf.c tools/desktop.mk
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_TOOL_CFLAGS) $$(pkg-config --cflags freetype2) $< -o $@ $$(pkg-config --libs freetype2)

$(PNG2FBMP): tools/png2fbmp.c tools/desktop.mk
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_TOOL_CFLAGS) $$(pkg-config --cflags libpng) $< -o $@ $$(pkg-config --libs libpng)

# Fonts: NAME-SIZE.grf from the TrueType file FONT_NAME names.
FONT_sans := DejaVuSans.ttf
FONT_mono := DejaVuSansMono.ttf
DESKTOP_FONTS := sans-14 sans-20 mono-14
define FONT_RULE
$(DESKTOP_OUT)/fonts/$(1).grf: $(DEJAVU)/$(FONT_$(word 1,$(subst -, ,$(1)))) $(TTF2GRF)
	@mkdir -p $$(@D)
	$(TTF2GRF) $$< $(word 2,$(subst -, ,$(1))) $$@
endef
$(foreach font,$(DESKTOP_FONTS),$(eval $(call FONT_RULE,$(font))))

# Images: each drawn by mkpng.py with these arguments.
PNG_wallpaper := wallpaper 640 400
PNG_disc := disc 32
DESKTOP_IMAGES := wallpaper disc
$(DESKTOP_OUT)/png/%.png: tools/mkpng.py
	@mkdir -p $(@D)
	python3 tools/mkpng.py $(PNG_$*) $@

$(DESKTOP_OUT)/images/%.fbmp: $(DESKTOP_OUT)/png/%.png $(PNG2FBMP)
	@mkdir -p $(@D)
	$(PNG2FBMP) $< $@

# Kept after the image is staged: the host tests read them.
.SECONDARY: $(patsubst %,$(DESKTOP_OUT)/png/%.png,$(DESKTOP_IMAGES)) \
	$(patsubst %,$(DESKTOP_OUT)/images/%.fbmp,$(DESKTOP_IMAGES))

DESKTOP_FILES := $(patsubst %,$(IMAGE_ROOT)/usr/share/fonts/%.grf,$(DESKTOP_FONTS)) \
	$(patsubst %,$(IMAGE_ROOT)/usr/share/images/%.fbmp,$(DESKTOP_IMAGES))

$(IMAGE_ROOT)/usr/share/fonts/%.grf: $(DESKTOP_OUT)/fonts/%.grf
	@mkdir -p $(@D)
	cp $< $@

$(IMAGE_ROOT)/usr/share/images/%.fbmp: $(DESKTOP_OUT)/images/%.fbmp
	@mkdir -p $(@D)
	cp $< $@
