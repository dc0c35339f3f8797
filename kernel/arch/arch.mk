# Which architecture the kernel is built for, and how portable code finds
# its inline half (docs/architecture.md, "The architecture interface").
#
# Portable code includes only the interface headers <kernel/arch/NAME.h>.
# An interface whose functions are inline includes the architecture's half
# as <kernel/arch/current/NAME.h>: $(call kernel_arch_include,DIR) makes
# DIR/kernel/arch/current a link to kernel/arch/$(KERNEL_ARCH) (once per
# make run, like the flags stamps) and expands to DIR, for an -I option.
# Every build of kernel code uses it: the kernel (Makefile) and the host
# fuzzers (tests/fuzz/host/fuzz.mk).
KERNEL_ARCH := x86_64
kernel_arch_include = $(shell mkdir -p $(1)/kernel/arch && \
	ln -sfn $(CURDIR)/kernel/arch/$(KERNEL_ARCH) $(1)/kernel/arch/current)$(1)
