/**
 * @file bits/page_size.h
 * @brief PAGE_SIZE, the size of a page of memory, defined once for the
 * bootloader and the kernel (through boot/paging_bits.h) and for
 * programs (through sys/proc.h, whose mem_map works in pages). Private:
 * include one of those.
 */
#ifndef _BITS_PAGE_SIZE_H
#define _BITS_PAGE_SIZE_H 1

#define PAGE_SIZE 4096ULL

#endif
