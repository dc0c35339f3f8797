# The kernel: every .c and .asm file under kernel/, with libstd's kernel
# variant, linked into the top 2 GiB.

KERNEL_SRC := $(shell find kernel -name '*.c')
KERNEL_ASM := $(shell find kernel -name '*.asm')
KERNEL_OBJ := $(patsubst %.c,$(BUILD)/kernel/%.o,$(KERNEL_SRC)) $(patsubst %.asm,$(BUILD)/kernel/%.o,$(KERNEL_ASM))
KERNEL_LINKER_SCRIPT := kernel/arch/x86_64/linker.ld
KERNEL_ELF := $(BUILD)/kernel/kernel.elf

# The console font: Debian's Terminus 8x16 console font, converted to .grf.
KERNEL_FONT_PSF := /usr/share/consolefonts/Lat15-Terminus16.psf.gz
KERNEL_FONT := $(BUILD)/kernel/console.grf

kernel: $(KERNEL_ELF)

$(KERNEL_FONT): $(KERNEL_FONT_PSF) tools/psf2grf.py
	@mkdir -p $(@D)
	python3 tools/psf2grf.py $< $@

$(BUILD)/kernel/kernel/console/font_data.o: $(KERNEL_FONT)
$(BUILD)/kernel/kernel/console/font_data.o: NASM_FLAGS := -DFONT_PATH='"$(KERNEL_FONT)"'

$(KERNEL_ELF): $(KERNEL_OBJ) $(LIBSTD_KERNEL_LIB) $(KERNEL_LINKER_SCRIPT)
	$(CC) -nostdlib -static -no-pie -T $(KERNEL_LINKER_SCRIPT) -o $@ $(KERNEL_OBJ) $(LIBSTD_KERNEL_LIB)
