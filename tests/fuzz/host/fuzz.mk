# Host builds of the fuzz harnesses (docs/fuzzing.md, "Host fuzzing").
# Two modes:
#   MODE=fuzz    clang, libFuzzer, ASan and UBSan (tools/fuzz_host.sh)
#   MODE=replay  gcc, ASan and UBSan, with replay_main.c instead of
#                libFuzzer: runs saved inputs (tests/host/run.sh)
#
# The code under test is the project's own: the parser's sources (a
# "unit") and libstd, compiled freestanding against libstd's headers as
# the OS compiles them. So that none of it clashes with the host's C
# library, which the harness itself uses, every symbol the unit defines
# gets a "pw_" prefix (objcopy), as tests/libstd/run.sh does. Whatever
# the unit still needs from outside must be on UNIT_EXTERNAL: anything
# else would be the host's function silently standing in for ours.
#
#   make -f tests/fuzz/host/fuzz.mk MODE=... OUT=DIR TARGETS="..." [CC=...]

MODE ?= fuzz
OUT ?= build/fuzz-host
TARGETS ?= ctl elf ldisc path printf scanf shell strtod grf fbmp draw proto
HERE := tests/fuzz/host

ifeq ($(MODE),fuzz)
CC := clang
SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=undefined
COMPILE_SANITIZE := $(SANITIZE) -fsanitize=fuzzer-no-link
LINK_SANITIZE := $(SANITIZE) -fsanitize=fuzzer
DRIVER :=
OPT := -O1 -g
# clang's stdint.h spells WCHAR_MIN differently from libstd's wchar.h.
UNIT_WARN := -Wno-macro-redefined
else
CC := gcc
SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=undefined
COMPILE_SANITIZE := $(SANITIZE)
LINK_SANITIZE := $(SANITIZE)
DRIVER := $(OUT)/replay_main.o
OPT := -O0 -g
endif

WARN := -std=gnu17 -Wall -Wextra -Werror
# The compiler's own freestanding headers and libstd's; never the host's.
# Kernel code finds its architecture's inline half as the kernel build does.
include kernel/arch/arch.mk
FREESTANDING := -ffreestanding -fno-builtin -nostdinc -isystem $(shell $(CC) -print-file-name=include) \
	-D_LIBC_LIMITS_H_ -Ilibs/libstd/include -Iboot/include -Ilibs/libpatchwork/include -I. \
	-I$(call kernel_arch_include,$(OUT)/arch)
UNIT_CFLAGS := $(WARN) $(UNIT_WARN) $(OPT) $(FREESTANDING) $(COMPILE_SANITIZE) -fno-omit-frame-pointer
HOST_CFLAGS := $(WARN) $(OPT) $(COMPILE_SANITIZE) -fno-omit-frame-pointer -I$(HERE) -Ilibs/libpatchwork/include

# libstd in two flavours, as the OS has them: "plain" (kernel and
# bootloader: no floating point) and "hosted" (user space). Only the
# directories the parsers draw on are built (a unit that needs more says
# which symbol it misses), and from an archive, so only what they use is
# linked.
LIBSTD_plain := $(wildcard $(patsubst %,libs/libstd/src/%/*.c,ctype stdio stdlib string wchar))
LIBSTD_hosted := $(LIBSTD_plain) $(wildcard $(patsubst %,libs/libstd/hosted/%/*.c,stdio stdlib))
plain_FLAGS :=
hosted_FLAGS := -D_LIBSTD_HOSTED

# Each target: its libstd flavour, its sources (the unit), the libstd
# functions it tests directly (ROOTS), and what the unit may take from
# outside (the harness's fuzz_fail, the host's allocator).
ctl_FLAVOUR := plain
ctl_SRC := kernel/fs/ctl.c $(HERE)/unit_ctl.c
elf_FLAVOUR := plain
elf_SRC := kernel/proc/load.c boot/src/kernel_load.c $(HERE)/unit_elf.c
ldisc_FLAVOUR := plain
ldisc_SRC := kernel/console/line_discipline.c $(HERE)/unit_ldisc.c
path_FLAVOUR := plain
path_SRC := kernel/fs/path.c $(HERE)/unit_path.c
printf_FLAVOUR := hosted
printf_SRC :=
printf_ROOTS := snprintf sprintf _format
scanf_FLAVOUR := hosted
scanf_SRC :=
scanf_ROOTS := sscanf
shell_FLAVOUR := hosted
shell_SRC := $(patsubst %,programs/shell/%.c,lexer parser expand arena buffer memory session input) $(HERE)/unit_shell.c
strtod_FLAVOUR := hosted
strtod_SRC :=
strtod_ROOTS := strtod strtof strtold
grf_FLAVOUR := plain
grf_SRC := libs/libpatchwork/src/grf.c
fbmp_FLAVOUR := plain
fbmp_SRC := libs/libpatchwork/src/fbmp.c
draw_FLAVOUR := plain
draw_SRC := $(patsubst %,libs/libpatchwork/src/%.c,surface draw text damage grf fbmp)
proto_FLAVOUR := plain
proto_SRC := $(wildcard libs/libpatchwork/src/proto/*.c)
UNIT_EXTERNAL := fuzz_fail malloc free realloc calloc exit

# The bootloader's files are built as for UEFI (gnu-efi's headers).
EFI_FLAGS := -fshort-wchar -DGNU_EFI_USE_MS_ABI -I/usr/include/efi -I/usr/include/efi/x86_64

obj = $(OUT)/obj/$(1)/$(subst /,_,$(basename $(2))).o

all: $(patsubst %,$(OUT)/fuzz_%,$(TARGETS))

define flavour_rules
$(OUT)/libstd-$(1).a: $(foreach s,$(LIBSTD_$(1)) tests/libstd/errno_shim.c,$(call obj,$(1),$(s)))
	rm -f $$@
	ar rcs $$@ $$^
endef
$(foreach f,plain hosted,$(eval $(call flavour_rules,$(f))))

$(OUT)/obj/plain/%.o:
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) $(plain_FLAGS) -MMD -MP -c $(SRC_OF) -o $@
$(OUT)/obj/hosted/%.o:
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) $(hosted_FLAGS) -MMD -MP -c $(SRC_OF) -o $@

# Each object's source, found back from its name.
define source_rule
$(call obj,$(1),$(2)): $(2)
$(call obj,$(1),$(2)): SRC_OF := $(2)
endef
$(foreach f,plain hosted,$(foreach s,$(LIBSTD_$(f)) tests/libstd/errno_shim.c,$(eval $(call source_rule,$(f),$(s)))))
$(foreach t,$(TARGETS),$(foreach s,$($(t)_SRC),$(eval $(call source_rule,$($(t)_FLAVOUR),$(s)))))
$(call obj,plain,boot/src/kernel_load.c): UNIT_CFLAGS += $(EFI_FLAGS)

# A unit: its sources and the libstd they use in one object, renamed.
define target_rules
$(OUT)/$(1)/unit.o: $(foreach s,$($(1)_SRC),$(call obj,$($(1)_FLAVOUR),$(s))) $(OUT)/libstd-$($(1)_FLAVOUR).a
	@mkdir -p $$(@D)
	ld -r $(patsubst %,-u %,$($(1)_ROOTS)) -o $$(@D)/unit-raw.o $$^
	nm -g --defined-only $$(@D)/unit-raw.o | awk '$$$$3 !~ /^__/ { print $$$$3, "pw_" $$$$3 }' >$$(@D)/rename.txt
	objcopy --redefine-syms=$$(@D)/rename.txt $$(@D)/unit-raw.o $$@
	@printf '%s\n' $(UNIT_EXTERNAL) >$$(@D)/external.txt
	@outside=$$$$(nm -u $$@ | awk '$$$$2 !~ /^__/ { print $$$$2 }' | grep -vxF -f $$(@D)/external.txt || true); \
	 [ -z "$$$$outside" ] || { echo "$(1): the unit uses undefined symbols: $$$$outside" >&2; rm -f $$@; exit 1; }

$(OUT)/$(1)/fuzz_$(1).o: $(HERE)/fuzz_$(1).c $(HERE)/fuzz.h
	@mkdir -p $$(@D)
	$$(CC) $$(HOST_CFLAGS) -MMD -MP -c $$< -o $$@

$(OUT)/fuzz_$(1): $(OUT)/$(1)/fuzz_$(1).o $(OUT)/$(1)/unit.o $(DRIVER)
	$$(CC) $$(LINK_SANITIZE) -o $$@ $$^ -lm
endef
$(foreach t,$(TARGETS),$(eval $(call target_rules,$(t))))

$(OUT)/replay_main.o: $(HERE)/replay_main.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -c $< -o $@

-include $(shell find $(OUT) -name '*.d' 2>/dev/null)

.PHONY: all
.DELETE_ON_ERROR:
