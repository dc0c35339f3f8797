# The bootable disk image (see tools/mkimage.sh for its layout).
#
# The RAM disk (home:) is packed from a staging folder, $(IMAGE_ROOT): a
# copy of root/ plus the programs built for the image (tools/programs.mk).
# The desktop's fonts and images (tools/desktop.mk) are staged there too.
# A list of what belongs there is rewritten only when it changes, so adding
# or removing a file rebuilds the image, and anything staged earlier that
# is no longer on the list is deleted before packing.

IMAGE := $(BUILD)/patchwork.img
IMAGE_CONFIG := boot/boot.cfg
ROOT_FILES := $(shell find root -type f 2>/dev/null)
ROOT_COPIES := $(patsubst root/%,$(IMAGE_ROOT)/%,$(ROOT_FILES))
# What installed ports put in build/ports/root (ports/port.sh), when there
# is anything: the image takes ports' files but never builds ports.
PORTS_ROOT := $(BUILD)/ports/root
PORT_FILES := $(shell find $(PORTS_ROOT) -type f 2>/dev/null)
PORT_COPIES := $(patsubst $(PORTS_ROOT)/%,$(IMAGE_ROOT)/%,$(PORT_FILES))
# Scripts that tests and benchmarks of ports run in the OS:
#   tests/ports/NAME/FILE   home:/test/ports/NAME/FILE
#   bench/lua/FILE          home:/bench/lua/FILE
PORT_TEST_FILES := $(shell find tests/ports -mindepth 2 -type f 2>/dev/null) $(wildcard bench/lua/*)
PORT_TEST_COPIES := $(patsubst tests/ports/%,$(IMAGE_ROOT)/test/ports/%,$(patsubst bench/lua/%,$(IMAGE_ROOT)/bench/lua/%,$(PORT_TEST_FILES)))
IMAGE_ROOT_FILES := $(ROOT_COPIES) $(PORT_COPIES) $(PORT_TEST_COPIES) $(PROGRAMS) $(DESKTOP_FILES)
IMAGE_ROOT_LIST := $(BUILD)/root.list

.PHONY: image-root-list
image: $(IMAGE)

$(ROOT_COPIES): $(IMAGE_ROOT)/%: root/%
	@mkdir -p $(@D)
	cp $< $@

$(PORT_COPIES): $(IMAGE_ROOT)/%: $(PORTS_ROOT)/%
	@mkdir -p $(@D)
	cp $< $@

$(IMAGE_ROOT)/test/ports/%: tests/ports/%
	@mkdir -p $(@D)
	cp $< $@

$(IMAGE_ROOT)/bench/lua/%: bench/lua/%
	@mkdir -p $(@D)
	cp $< $@

$(IMAGE_ROOT_LIST): image-root-list
	@mkdir -p $(@D)
	@printf '%s\n' $(sort $(IMAGE_ROOT_FILES)) >$@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi

$(IMAGE): $(BOOT_EFI) $(KERNEL_ELF) $(IMAGE_CONFIG) $(IMAGE_ROOT_FILES) $(IMAGE_ROOT_LIST) tools/mkimage.sh tools/gpt.py
	@mkdir -p $(IMAGE_ROOT)
	find $(IMAGE_ROOT) -type f | grep -vxF -f $(IMAGE_ROOT_LIST) | xargs -r rm -f --
	find $(IMAGE_ROOT) -mindepth 1 -type d -empty -delete
	tools/mkimage.sh $@ $(BOOT_EFI) $(KERNEL_ELF) $(IMAGE_CONFIG) $(IMAGE_ROOT)
