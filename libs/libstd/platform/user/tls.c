#include "tls.h"

#include <stdint.h>
#include <string.h>
#include <sys/elf.h>

// The linker defines this at the program's ELF header, which the first
// loaded segment covers; the program headers follow from it.
extern const Elf64_Ehdr __ehdr_start;

static const void* tls_image;  // initialised part, in the loaded program
static size_t tls_file_size;
static size_t tls_memory_size; // 0: the program has no thread-local data
static size_t tls_align = 1;

static size_t tls_round_up(size_t value, size_t align)
{
    return (value + align - 1) & ~(align - 1);
}

void _tls_init(void)
{
    const Elf64_Phdr* headers = (const Elf64_Phdr*)((const char*)&__ehdr_start + __ehdr_start.e_phoff);
    for (uint16_t i = 0; i < __ehdr_start.e_phnum; i++)
    {
        if (headers[i].p_type == PT_TLS)
        {
            tls_image = (const void*)headers[i].p_vaddr;
            tls_file_size = headers[i].p_filesz;
            tls_memory_size = headers[i].p_memsz;
            tls_align = headers[i].p_align > 1 ? headers[i].p_align : 1;
        }
    }
}

// The control block must be aligned for both itself and the TLS block.
static size_t tls_block_align(void)
{
    return tls_align > 16 ? tls_align : 16;
}

size_t _tls_area_size(void)
{
    return tls_round_up(tls_memory_size, tls_align) + sizeof(_tcb_t) + tls_block_align();
}

_tcb_t* _tls_setup(void* top)
{
    uintptr_t tcb_address = ((uintptr_t)top - sizeof(_tcb_t)) & ~(uintptr_t)(tls_block_align() - 1);
    // The offsets the linker gave the variables count back from the
    // control block over the block's size rounded up to its alignment.
    char* block = (char*)tcb_address - tls_round_up(tls_memory_size, tls_align);
    memcpy(block, tls_image, tls_file_size);
    memset(block + tls_file_size, 0, (size_t)((char*)tcb_address - block) - tls_file_size);
    _tcb_t* tcb = (_tcb_t*)tcb_address;
    *tcb = (_tcb_t){.self = tcb};
    return tcb;
}
