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

#endif
