# User programs that go into the image, built like any program for the
# OS: the cross compiler against the installed sysroot (headers, crt
# objects, libstd.a), symbols kept. Where each source lands in the RAM
# disk (home:) follows from its name:
#   tests/user/NAME_test.c      home:/test/NAME_test   (linked with the
#   tests/user/runner.c         home:/test/runner       shared test code)
#   tests/user/helpers/NAME.c   home:/test/helpers/NAME
#   bench/user/NAME.c           home:/bench/NAME
#   programs/utils/NAME.c       home:/bin/NAME          (one-file programs)
#   programs/NAME/*.c           home:/bin/NAME          (the others: shell,
#                                                        init, ...)

PROGRAM_CFLAGS := $(CFLAGS_WARN) -O2 -g
PROGRAM_FLAGS_STAMP := $(call flags_stamp,programs,$(PROGRAM_CFLAGS))
# Objects apart from build/user, whose flags point at libstd's sources.
PROGRAM_OBJ := $(BUILD)/programs

USER_TESTS := $(patsubst tests/user/%.c,$(IMAGE_ROOT)/test/%,$(wildcard tests/user/*_test.c) tests/user/runner.c)
USER_TEST_HELPERS := $(patsubst tests/user/helpers/%.c,$(IMAGE_ROOT)/test/helpers/%,$(wildcard tests/user/helpers/*.c))
USER_BENCHES := $(patsubst bench/user/%.c,$(IMAGE_ROOT)/bench/%,$(wildcard bench/user/*.c))
# The test programs' shared code: the TAP library, reading files as text,
# joining threads, running a program with its output captured.
USER_TEST_SHARED := $(PROGRAM_OBJ)/tests/user/tap.o $(PROGRAM_OBJ)/tests/user/file_text.o \
	$(PROGRAM_OBJ)/tests/user/thread_join.o $(PROGRAM_OBJ)/tests/user/capture.o

UTILS := $(patsubst programs/utils/%.c,$(IMAGE_ROOT)/bin/%,$(wildcard programs/utils/*.c))
BIG_PROGRAM_DIRS := $(filter-out utils,$(notdir $(patsubst %/,%,$(wildcard programs/*/))))
BIG_PROGRAMS := $(addprefix $(IMAGE_ROOT)/bin/,$(BIG_PROGRAM_DIRS))

PROGRAMS := $(USER_TESTS) $(USER_TEST_HELPERS) $(USER_BENCHES) $(UTILS) $(BIG_PROGRAMS)

programs: $(PROGRAMS)

# -MD, not -MMD: the sysroot's headers are system headers to the compiler,
# and a change to one must rebuild the programs too. The installed headers
# are needed before the first compile; after it the .d files list them.
$(PROGRAM_OBJ)/%.o: %.c $(TOOLCHAIN_STAMP) $(PROGRAM_FLAGS_STAMP) | $(filter $(SYSROOT)/usr/include/%,$(LIBSTD_SYSROOT) $(LIBPATCHWORK_SYSROOT))
	@mkdir -p $(@D)
	$(CC) $(PROGRAM_CFLAGS) -MD -MP -c $< -o $@

# The driver adds crt0.o, crti.o, crtn.o and -lstd from the sysroot, so a
# program is relinked whenever one of those changes. A test of a library
# of the sysroot's names it in TEST_LIBS.
$(IMAGE_ROOT)/test/desktop_files_test $(IMAGE_ROOT)/test/draw_test: TEST_LIBS := -lpatchwork
# The desktop's tests share dwm_harness.o (driving dwm) and dwm_memory.o
# (its memory check), which need libpatchwork and two of the fuzzer's
# objects: its bounded process wait and reading of sys:/stat/mem
# (procinfo.o) and its rule for pages that may be missing (pages_verdict.o).
DWM_HARNESS := $(addprefix $(PROGRAM_OBJ)/,tests/user/dwm_harness.o tests/user/dwm_memory.o \
	programs/fuzz/procinfo.o programs/fuzz/pages_verdict.o)
DESKTOP_TESTS := $(addprefix $(IMAGE_ROOT)/test/,dwm_test dwm_roles_test terminal_test calculator_test \
	tetris_test clock_test)
$(DESKTOP_TESTS): $(DWM_HARNESS)
$(DESKTOP_TESTS): TEST_LIBS := $(DWM_HARNESS) -lpatchwork
$(USER_TESTS): $(IMAGE_ROOT)/test/%: $(PROGRAM_OBJ)/tests/user/%.o $(USER_TEST_SHARED) $(LIBSTD_SYSROOT) \
	$(LIBPATCHWORK_SYSROOT)
	@mkdir -p $(@D)
	$(CC) -o $@ $< $(USER_TEST_SHARED) $(TEST_LIBS)

# The stack tests' helpers say what their stack must be, whatever the
# linker's default: one asks for an executable stack, one forbids it.
$(IMAGE_ROOT)/test/helpers/stack_exec: HELPER_LDFLAGS := -Wl,-z,execstack
$(IMAGE_ROOT)/test/helpers/stack_noexec: HELPER_LDFLAGS := -Wl,-z,noexecstack

$(IMAGE_ROOT)/test/helpers/dwm_client: HELPER_LIBS := -lpatchwork
$(USER_TEST_HELPERS): $(IMAGE_ROOT)/test/helpers/%: $(PROGRAM_OBJ)/tests/user/helpers/%.o $(LIBSTD_SYSROOT) \
	$(LIBPATCHWORK_SYSROOT)
	@mkdir -p $(@D)
	$(CC) $(HELPER_LDFLAGS) -o $@ $< $(HELPER_LIBS)

# A benchmark of a library of the sysroot's names it in BENCH_LIBS.
$(IMAGE_ROOT)/bench/draw $(IMAGE_ROOT)/bench/desktop: BENCH_LIBS := -lpatchwork
$(USER_BENCHES): $(IMAGE_ROOT)/bench/%: $(PROGRAM_OBJ)/bench/user/%.o $(LIBSTD_SYSROOT) $(LIBPATCHWORK_SYSROOT)
	@mkdir -p $(@D)
	$(CC) -o $@ $< $(BENCH_LIBS)

$(UTILS): $(IMAGE_ROOT)/bin/%: $(PROGRAM_OBJ)/programs/utils/%.o $(LIBSTD_SYSROOT)
	@mkdir -p $(@D)
	$(CC) -o $@ $<

# A program made of several files: every .c file in its folder. One that
# uses a library of the sysroot names it in PROGRAM_LIBS.
$(addprefix $(IMAGE_ROOT)/bin/,calculator clock dwm taskbar terminal tetris wallpaper): PROGRAM_LIBS := -lpatchwork
define BIG_PROGRAM_RULE
$(IMAGE_ROOT)/bin/$(1): $(patsubst %.c,$(PROGRAM_OBJ)/%.o,$(wildcard programs/$(1)/*.c)) $(LIBSTD_SYSROOT) \
	$(LIBPATCHWORK_SYSROOT)
	@mkdir -p $$(@D)
	$(CC) -o $$@ $$(filter $(PROGRAM_OBJ)/%.o,$$^) $$(PROGRAM_LIBS)
endef
$(foreach program,$(BIG_PROGRAM_DIRS),$(eval $(call BIG_PROGRAM_RULE,$(program))))
