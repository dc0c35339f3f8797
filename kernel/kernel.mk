# The kernel: every .c and .asm file under kernel/, with libstd's kernel
# variant, linked into the top 2 GiB.

# The portable folders, and of kernel/arch/ only the architecture built for
# (KERNEL_ARCH, set in kernel/arch/arch.mk), whose own rules (rules.mk)
# name the assembly files that are not objects (KERNEL_ARCH_ASM_APART).
KERNEL_ARCH_DIR := kernel/arch/$(KERNEL_ARCH)
include $(KERNEL_ARCH_DIR)/rules.mk
kernel_sources = $(shell find kernel -path kernel/arch -prune -o -name '$(1)' -print) \
	$(shell find $(KERNEL_ARCH_DIR) -name '$(1)')
KERNEL_SRC := $(call kernel_sources,*.c)
KERNEL_ASM := $(filter-out $(KERNEL_ARCH_ASM_APART),$(call kernel_sources,*.asm))
KERNEL_OBJ := $(patsubst %.c,$(BUILD)/kernel/%.o,$(KERNEL_SRC)) $(patsubst %.asm,$(BUILD)/kernel/%.o,$(KERNEL_ASM))
KERNEL_LINKER_SCRIPT := $(KERNEL_ARCH_DIR)/linker.ld
KERNEL_ELF := $(BUILD)/kernel/kernel.elf

# The console font: Debian's Terminus 8x16 console font, converted to .grf.
KERNEL_FONT_PSF := /usr/share/consolefonts/Lat15-Terminus16.psf.gz
KERNEL_FONT := $(BUILD)/kernel/console.grf

kernel: $(KERNEL_ELF)

$(KERNEL_FONT): $(KERNEL_FONT_PSF) tools/psf2grf.py
	@mkdir -p $(@D)
	python3 tools/psf2grf.py $< $@

$(BUILD)/kernel/kernel/console/font_data.o: $(KERNEL_FONT) kernel/kernel.mk
$(BUILD)/kernel/kernel/console/font_data.o: NASM_FLAGS := -DFONT_PATH='"$(KERNEL_FONT)"'

$(KERNEL_ELF): $(KERNEL_OBJ) $(LIBSTD_KERNEL_LIB) $(KERNEL_LINKER_SCRIPT)
	$(CC) -nostdlib -static -no-pie -T $(KERNEL_LINKER_SCRIPT) -o $@ $(KERNEL_OBJ) $(LIBSTD_KERNEL_LIB)
