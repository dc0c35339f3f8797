# x86-64's own build rules, included by kernel/kernel.mk.

# The application processors' start-up code, trampoline.asm, is a flat
# real-mode binary, not an ELF object: assembled on its own and embedded
# by smp_image.asm. It takes its register numbers and bits from
# registers.h, turned into NASM %defines.
KERNEL_ARCH_ASM_APART := $(KERNEL_ARCH_DIR)/trampoline.asm
KERNEL_TRAMPOLINE := $(BUILD)/kernel/trampoline.bin
KERNEL_REGISTERS_INC := $(BUILD)/gen/arch/$(KERNEL_ARCH)/registers.inc

$(KERNEL_REGISTERS_INC): $(KERNEL_ARCH_DIR)/registers.h $(KERNEL_ARCH_DIR)/rules.mk
	@mkdir -p $(@D)
	sed -n 's|^#define \([A-Z][A-Z0-9_]*\) \(0x[0-9A-Fa-f]*\).*|%define \1 \2|p' $< >$@

$(KERNEL_TRAMPOLINE): $(KERNEL_ARCH_DIR)/trampoline.asm $(KERNEL_REGISTERS_INC) $(TOOLCHAIN_STAMP)
	@mkdir -p $(@D)
	$(NASM) -f bin -I$(dir $(KERNEL_REGISTERS_INC)) -o $@ $<

$(BUILD)/kernel/$(KERNEL_ARCH_DIR)/smp_image.o: $(KERNEL_TRAMPOLINE) $(KERNEL_ARCH_DIR)/rules.mk
$(BUILD)/kernel/$(KERNEL_ARCH_DIR)/smp_image.o: NASM_FLAGS := -DTRAMPOLINE_PATH='"$(KERNEL_TRAMPOLINE)"'
