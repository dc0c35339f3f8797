/**
 * @file sys/elf.h
 * @brief The parts of the ELF-64 format PatchworkOS reads: file header,
 * program headers, section headers and symbols. Used by the bootloader
 * (loading the kernel), the kernel (its symbol table, loading programs) and
 * host tools.
 */
#ifndef _SYS_ELF_H
#define _SYS_ELF_H 1

#include <stdint.h>

/** Indexes into Elf64_Ehdr.e_ident. */
#define EI_MAG0 0
#define EI_MAG1 1
#define EI_MAG2 2
#define EI_MAG3 3
#define EI_CLASS 4
#define EI_DATA 5
#define EI_VERSION 6
#define EI_NIDENT 16

#define ELFMAG0 0x7F
#define ELFMAG1 'E'
#define ELFMAG2 'L'
#define ELFMAG3 'F'
#define ELFCLASS64 2
#define ELFDATA2LSB 1 /**< little-endian */
#define EV_CURRENT 1

/** e_type */
#define ET_EXEC 2
#define ET_DYN 3
/** e_machine */
#define EM_X86_64 62

/** The file header, at offset 0. */
typedef struct
{
    uint8_t e_ident[EI_NIDENT];
    uint16_t e_type;
    uint16_t e_machine;
    uint32_t e_version;
    uint64_t e_entry; /**< entry point (virtual address) */
    uint64_t e_phoff; /**< program header table's file offset */
    uint64_t e_shoff; /**< section header table's file offset */
    uint32_t e_flags;
    uint16_t e_ehsize;
    uint16_t e_phentsize;
    uint16_t e_phnum;
    uint16_t e_shentsize;
    uint16_t e_shnum;
    uint16_t e_shstrndx;
} Elf64_Ehdr;

/** p_type */
#define PT_NULL 0
#define PT_LOAD 1
#define PT_TLS 7 /**< the initial image of thread-local storage (__thread) */
#define PT_GNU_STACK 0x6474E551
/** p_flags */
#define PF_X 1
#define PF_W 2
#define PF_R 4

/** A program header: one segment to load. */
typedef struct
{
    uint32_t p_type;
    uint32_t p_flags;
    uint64_t p_offset; /**< where the segment's bytes start in the file */
    uint64_t p_vaddr;
    uint64_t p_paddr;
    uint64_t p_filesz; /**< bytes in the file */
    uint64_t p_memsz;  /**< bytes in memory; the rest is zero */
    uint64_t p_align;
} Elf64_Phdr;

/** sh_type */
#define SHT_SYMTAB 2
#define SHT_STRTAB 3
#define SHT_NOBITS 8

/** A section header. */
typedef struct
{
    uint32_t sh_name;
    uint32_t sh_type;
    uint64_t sh_flags;
    uint64_t sh_addr;
    uint64_t sh_offset;
    uint64_t sh_size;
    uint32_t sh_link; /**< for a symbol table: its string table's index */
    uint32_t sh_info;
    uint64_t sh_addralign;
    uint64_t sh_entsize;
} Elf64_Shdr;

/** A symbol table entry. */
typedef struct
{
    uint32_t st_name; /**< offset into the string table */
    uint8_t st_info;  /**< type (low 4 bits) and binding */
    uint8_t st_other;
    uint16_t st_shndx;
    uint64_t st_value;
    uint64_t st_size;
} Elf64_Sym;

#define ELF64_ST_TYPE(info) ((info) & 0xF)
#define STT_FUNC 2

/** What elf_check_executable finds wrong with a file, in the order it looks. */
typedef enum
{
    ELF_CHECK_OK,
    ELF_CHECK_TRUNCATED, /**< shorter than a file header */
    ELF_CHECK_MAGIC,     /**< not an ELF file */
    ELF_CHECK_CLASS,     /**< not 64-bit little-endian */
    ELF_CHECK_MACHINE,   /**< not for x86-64 */
    ELF_CHECK_TYPE,      /**< not an executable */
    ELF_CHECK_PHDRS,     /**< the program headers are not all inside the file, aligned to be read in place */
} elf_check_t;

/**
 * Whether the @p size bytes at @p file are an x86-64 executable whose
 * program header table can be read in place. The one check of an ELF
 * file's header, for the bootloader (the kernel) and the kernel
 * (programs); each then checks the segments for its own purpose.
 */
static inline elf_check_t elf_check_executable(const void* file, uint64_t size)
{
    const Elf64_Ehdr* header = (const Elf64_Ehdr*)file;
    if (size < sizeof(Elf64_Ehdr))
    {
        return ELF_CHECK_TRUNCATED;
    }
    if (header->e_ident[EI_MAG0] != ELFMAG0 || header->e_ident[EI_MAG1] != ELFMAG1 ||
        header->e_ident[EI_MAG2] != ELFMAG2 || header->e_ident[EI_MAG3] != ELFMAG3)
    {
        return ELF_CHECK_MAGIC;
    }
    if (header->e_ident[EI_CLASS] != ELFCLASS64 || header->e_ident[EI_DATA] != ELFDATA2LSB)
    {
        return ELF_CHECK_CLASS;
    }
    if (header->e_machine != EM_X86_64)
    {
        return ELF_CHECK_MACHINE;
    }
    if (header->e_type != ET_EXEC)
    {
        return ELF_CHECK_TYPE;
    }
    // Computed so that nothing overflows.
    if (header->e_phentsize != sizeof(Elf64_Phdr) || header->e_phoff > size ||
        header->e_phnum > (size - header->e_phoff) / sizeof(Elf64_Phdr) ||
        header->e_phoff % _Alignof(Elf64_Phdr) != 0)
    {
        return ELF_CHECK_PHDRS;
    }
    return ELF_CHECK_OK;
}

#endif
