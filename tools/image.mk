# The bootable disk image (see tools/mkimage.sh for its layout).

IMAGE := $(BUILD)/patchwork.img
IMAGE_CONFIG := boot/boot.cfg
ROOT_FILES := $(shell find root -type f 2>/dev/null)

image: $(IMAGE)

$(IMAGE): $(BOOT_EFI) $(KERNEL_ELF) $(IMAGE_CONFIG) $(ROOT_FILES) tools/mkimage.sh tools/gpt.py
	tools/mkimage.sh $@ $(BOOT_EFI) $(KERNEL_ELF) $(IMAGE_CONFIG) root
