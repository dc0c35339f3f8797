# The UEFI bootloader: our code and libstd's boot variant, linked with
# gnu-efi's start-up code (crt0, self-relocation) into a PE32+ application.

GNUEFI_LIB := /usr/lib
BOOT_SRC := $(wildcard boot/src/*.c)
BOOT_OBJ := $(patsubst %.c,$(BUILD)/boot/%.o,$(BOOT_SRC))
BOOT_EFI := $(BUILD)/boot/BOOTX64.EFI

boot: $(BOOT_EFI)

$(BUILD)/boot/bootx64.so: $(BOOT_OBJ) $(LIBSTD_BOOT_LIB)
	$(LD) -nostdlib -znocombreloc -shared -Bsymbolic -T $(GNUEFI_LIB)/elf_x86_64_efi.lds \
		$(GNUEFI_LIB)/crt0-efi-x86_64.o $(BOOT_OBJ) $(LIBSTD_BOOT_LIB) $(GNUEFI_LIB)/libgnuefi.a -o $@

$(BOOT_EFI): $(BUILD)/boot/bootx64.so
	$(OBJCOPY) -j .text -j .sdata -j .data -j .dynamic -j .dynsym -j .rel -j .rela -j .reloc \
		--target=efi-app-x86_64 $< $@
