# PatchworkOS build. ./build.sh is the front end: it puts the cross
# toolchain (toolchain/local/bin) on PATH before calling make.
#
# Code is compiled in three variants, each into its own folder:
#   build/user    user space: libstd.a and crt objects for the sysroot
#   build/kernel  the kernel and the kernel's libstd
#   build/boot    the UEFI bootloader and the bootloader's libstd

TARGET := x86_64-patchwork
CC := $(TARGET)-gcc
AR := $(TARGET)-ar
LD := $(TARGET)-ld
OBJCOPY := $(TARGET)-objcopy
STRIP := $(TARGET)-strip
NASM := nasm

BUILD := build
SYSROOT := sysroot
# The RAM disk's files, staged for the image (tools/image.mk).
IMAGE_ROOT := $(BUILD)/root

# Our own code: C17 with GNU extensions, every warning an error.
CFLAGS_WARN := -std=gnu17 -Wall -Wextra -Werror
# A C library must not turn its own loops into calls to itself.
CFLAGS_LIBSTD := -fno-tree-loop-distribute-patterns -fno-builtin
# Kernel and bootloader see only the compiler's freestanding headers and
# libstd's own, never the sysroot's installed copies.
# (GCC keeps limits.h in include-fixed.)
# Asked once per make run (:=), not once per compile.
GCC_INCLUDE := -isystem $(shell $(CC) -print-file-name=include) -isystem $(shell $(CC) -print-file-name=include-fixed)
CFLAGS_FREESTANDING := -ffreestanding -nostdinc $(GCC_INCLUDE) -Ilibs/libstd/include -Iboot/include

USER_CFLAGS := $(CFLAGS_WARN) -O2 -g -Ilibs/libstd/include

# The architecture the kernel is built for (KERNEL_ARCH); its code is
# kernel/arch/$(KERNEL_ARCH)/, its inline half is found through the
# include path below (kernel/arch/arch.mk). The path names the
# architecture, so changing it changes the kernel's flags and rebuilds
# every object.
include kernel/arch/arch.mk
KERNEL_ARCH_INCLUDE := $(call kernel_arch_include,$(BUILD)/arch/$(KERNEL_ARCH))
# Frame pointers for stack traces; no SIMD, so interrupts need not save it.
KERNEL_CFLAGS := $(CFLAGS_WARN) $(CFLAGS_FREESTANDING) -O2 -g -I. -I$(BUILD)/gen -I$(KERNEL_ARCH_INCLUDE) -fno-pic -fno-pie -mcmodel=kernel \
	-mno-red-zone -mgeneral-regs-only -fno-stack-protector -fno-omit-frame-pointer \
	-fno-asynchronous-unwind-tables
# What gnu-efi needs: position independent, 16-bit wchar_t, Microsoft ABI
# for calls into the firmware.
BOOT_CFLAGS := $(CFLAGS_WARN) $(CFLAGS_FREESTANDING) -O2 -fpic -fshort-wchar -mno-red-zone \
	-fno-stack-protector -DGNU_EFI_USE_MS_ABI -I/usr/include/efi -I/usr/include/efi/x86_64

# A recipe that fails must not leave a half-written target that looks up to date.
.DELETE_ON_ERROR:

.PHONY: all sysroot boot kernel programs image clean
all: sysroot image

# Everything compiled depends on the toolchain that compiled it:
# toolchain/local/.key changes whenever a different toolchain is installed.
TOOLCHAIN_STAMP := toolchain/local/.key

# ... and on its flags: $(call flags_stamp,NAME,FLAGS) is a file under
# build/flags that is rewritten (and so newer than the objects) only when
# FLAGS differ from the last run's, e.g. after an edit here or
# "make KERNEL_CFLAGS+=-DX". Flags given per object (EXTRA_CFLAGS,
# NASM_FLAGS) are set in a .mk file, on which those objects depend.
flags_stamp = $(shell mkdir -p $(BUILD)/flags && printf '%s\n' '$(strip $(2))' | \
	cmp -s - $(BUILD)/flags/$(1) || printf '%s\n' '$(strip $(2))' >$(BUILD)/flags/$(1))$(BUILD)/flags/$(1)
USER_FLAGS_STAMP := $(call flags_stamp,user,$(USER_CFLAGS))
KERNEL_FLAGS_STAMP := $(call flags_stamp,kernel,$(KERNEL_CFLAGS))
BOOT_FLAGS_STAMP := $(call flags_stamp,boot,$(BOOT_CFLAGS))

# The system calls' generated code (tools/syscalls.py) from their one list,
# kernel/syscall/syscalls.list. <sys/syscall.h> is a prerequisite because
# the generator first checks that its SYS_ numbers agree with the list.
# Every object may include these files: they are made before any is
# compiled (order-only); after that the objects' .d files say which
# include them, so those are rebuilt when they change.
SYSCALL_GEN := $(BUILD)/gen/syscalls
SYSCALL_GEN_FILES := $(addprefix $(SYSCALL_GEN)/,kernel_handlers.h kernel_table.h user_calls.h numbers.inc)
$(SYSCALL_GEN_FILES) &: kernel/syscall/syscalls.list tools/syscalls.py libs/libstd/include/sys/syscall.h
	python3 tools/syscalls.py generate $(SYSCALL_GEN)

$(BUILD)/user/%.o: %.c $(TOOLCHAIN_STAMP) $(USER_FLAGS_STAMP) | $(SYSCALL_GEN_FILES)
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) $(EXTRA_CFLAGS) -MMD -MP -c $< -o $@

# NASM 2.16.01 leaves %include files out of the .d file that -MD writes
# while assembling; its dependency-only mode (-M) lists them, so the
# assembly rules run that first.
$(BUILD)/user/%.o: %.asm $(TOOLCHAIN_STAMP) | $(SYSCALL_GEN_FILES)
	@mkdir -p $(@D)
	$(NASM) -f elf64 $(NASM_FLAGS) -M -MP -MT $@ -MF $(@:.o=.d) $<
	$(NASM) -f elf64 -g $(NASM_FLAGS) -o $@ $<

$(BUILD)/kernel/%.o: %.c $(TOOLCHAIN_STAMP) $(KERNEL_FLAGS_STAMP) | $(SYSCALL_GEN_FILES)
	@mkdir -p $(@D)
	$(CC) $(KERNEL_CFLAGS) $(EXTRA_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/kernel/%.o: %.asm $(TOOLCHAIN_STAMP)
	@mkdir -p $(@D)
	$(NASM) -f elf64 $(NASM_FLAGS) -M -MP -MT $@ -MF $(@:.o=.d) $<
	$(NASM) -f elf64 -g $(NASM_FLAGS) -o $@ $<

$(BUILD)/boot/%.o: %.c $(TOOLCHAIN_STAMP) $(BOOT_FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(BOOT_CFLAGS) $(EXTRA_CFLAGS) -MMD -MP -c $< -o $@

include libs/libstd/libstd.mk
include libs/libpatchwork/libpatchwork.mk
include boot/boot.mk
include kernel/kernel.mk
include tools/programs.mk
include tools/desktop.mk
include tools/image.mk

clean:
	rm -rf $(BUILD) $(SYSROOT)/usr

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
