// Code running in ring 3 that faults must reach the space's owner, with
// the right details, and the kernel must carry on.
#include "cpu.h"
#include "gdt.h"
#include "usermode.h"

#include <kernel/arch/interrupt.h>
#include <kernel/cpu/cpu.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/space.h>
#include <kernel/mem/user_copy.h>
#include <kernel/mem/vmm.h>
#include <kernel/sched/sched.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

#define CODE_VIRT 0x400000ULL
#define STACK_VIRT 0x800000ULL
#define UNMAPPED_VIRT 0x12340000ULL

typedef struct
{
    uint64_t vector;
    uint64_t error_code;
    uint64_t address;
    uint64_t rip;
    uint64_t cs;
} fault_record_t;

static usermode_context_t context;
static fault_record_t record;
static uint8_t ring0_stack[16384] __attribute__((aligned(16)));

static void user_fault_owner(void* owner, const interrupt_frame_t* frame, uint64_t address)
{
    fault_record_t* out = owner;
    *out = (fault_record_t){frame->vector, frame->error_code, address, frame->rip, frame->cs};
    usermode_return(&context, 1);
}

// Run @p code (a few bytes of machine code) in ring 3 in a fresh space;
// returns what usermode_call returned (1: the owner heard of a fault).
static uint64_t user_fault_run(const uint8_t* code, size_t length, uint64_t* leaked_pages)
{
    heap_trim();
    uint64_t before = pmm_free_count();
    space_t* space = space_create();
    uint64_t code_page = vmm_alloc(space, CODE_VIRT, 1, VMM_USER | VMM_EXEC);
    uint64_t stack_page = vmm_alloc(space, STACK_VIRT, 1, VMM_USER | VMM_WRITE);
    if (space == NULL || code_page == 0 || stack_page == 0)
    {
        return 0;
    }
    uint64_t phys = 0;
    vmm_lookup(space, CODE_VIRT, &phys, NULL);
    memcpy(PHYS_TO_VIRT(phys), code, length);
    space_set_fault_handler(space, user_fault_owner, &record);
    memset(&record, 0, sizeof(record));

    // Interrupts off throughout: a thread switch would move this CPU's
    // ring-0 stack (and this thread) elsewhere.
    interrupt_state_t flags = cpu_interrupts_save();
    gdt_set_kernel_stack(&cpu_current()->arch.gdt, (uint64_t)ring0_stack + sizeof(ring0_stack));
    space_load(space);
    uint64_t result = usermode_call(CODE_VIRT, STACK_VIRT + PAGE_SIZE, &context);
    space_load(vmm_kernel_space());
    gdt_set_kernel_stack(&cpu_current()->arch.gdt, sched_current()->stack_top);
    cpu_interrupts_restore(flags);
    space_destroy(space);
    heap_trim();
    *leaked_pages = before - pmm_free_count();
    return result;
}

KTEST(user, page_fault_reported_to_owner)
{
    // mov rax, [0x12340000]; ud2
    static const uint8_t code[] = {0x48, 0x8B, 0x04, 0x25, 0x00, 0x00, 0x34, 0x12, 0x0F, 0x0B};
    uint64_t leaked;
    KTEST_ASSERT_EQ(user_fault_run(code, sizeof(code), &leaked), 1);
    KTEST_ASSERT_EQ(record.vector, VECTOR_PAGE_FAULT);
    KTEST_ASSERT_EQ(record.address, UNMAPPED_VIRT);
    KTEST_ASSERT_EQ(record.error_code, 4); // user-mode read of a page not present
    KTEST_ASSERT_EQ(record.rip, CODE_VIRT);
    KTEST_ASSERT_EQ(record.cs, GDT_USER_CODE);
    KTEST_ASSERT_EQ(leaked, 0);
}

KTEST(user, kernel_memory_is_out_of_reach)
{
    // mov byte [0xFFFFFFFF80000000], al (absolute address through rbx)
    static const uint8_t code[] = {
        0x48, 0xBB, 0x00, 0x00, 0x00, 0x80, 0xFF, 0xFF, 0xFF, 0xFF, // mov rbx, 0xFFFFFFFF80000000
        0x88, 0x03,                                                 // mov [rbx], al
        0x0F, 0x0B};
    uint64_t leaked;
    KTEST_ASSERT_EQ(user_fault_run(code, sizeof(code), &leaked), 1);
    KTEST_ASSERT_EQ(record.vector, VECTOR_PAGE_FAULT);
    KTEST_ASSERT_EQ(record.address, 0xFFFFFFFF80000000ULL);
    KTEST_ASSERT_EQ(record.error_code, 7); // present, write, user: a protection violation
    KTEST_ASSERT_EQ(leaked, 0);
}

KTEST(user, invalid_opcode_reported_to_owner)
{
    static const uint8_t code[] = {0x90, 0x0F, 0x0B}; // nop; ud2
    uint64_t leaked;
    KTEST_ASSERT_EQ(user_fault_run(code, sizeof(code), &leaked), 1);
    KTEST_ASSERT_EQ(record.vector, VECTOR_INVALID_OPCODE);
    KTEST_ASSERT_EQ(record.rip, CODE_VIRT + 1);
    KTEST_ASSERT_EQ(leaked, 0);
}

KTEST(user, divide_error_reported_to_owner)
{
    static const uint8_t code[] = {0x31, 0xC9, 0xF7, 0xF1}; // xor ecx, ecx; div ecx
    uint64_t leaked;
    KTEST_ASSERT_EQ(user_fault_run(code, sizeof(code), &leaked), 1);
    KTEST_ASSERT_EQ(record.vector, VECTOR_DIVIDE_ERROR);
    KTEST_ASSERT_EQ(record.rip, CODE_VIRT + 2);
}

KTEST(user, copy_checks_pointers)
{
    char buffer[16] = "untouched";
    KTEST_ASSERT_EQ(user_copy_from(buffer, NULL, 4), -EFAULT);
    KTEST_ASSERT_EQ(user_copy_from(buffer, (void*)0x10, 4), -EFAULT);
    KTEST_ASSERT_EQ(user_copy_from(buffer, (void*)0xFFFFFFFF80000000ULL, 4), -EFAULT);    // kernel half
    KTEST_ASSERT_EQ(user_copy_from(buffer, (void*)(VMM_USER_END - 2), 4), -EFAULT);       // crosses the end
    KTEST_ASSERT_EQ(user_copy_to((void*)0x7000, buffer, SIZE_MAX), -EFAULT);             // wraps
    // In range but unmapped: the copy faults, the fixup turns it into an error.
    KTEST_ASSERT_EQ(user_copy_from(buffer, (void*)UNMAPPED_VIRT, 4), -EFAULT);
    KTEST_ASSERT_EQ(user_copy_to((void*)UNMAPPED_VIRT, buffer, 4), -EFAULT);
    KTEST_ASSERT(strcmp(buffer, "untouched") == 0);
    KTEST_ASSERT_EQ(user_store_u32((uint32_t*)UNMAPPED_VIRT, 1), -EFAULT);
    KTEST_ASSERT_EQ(user_store_u32((uint32_t*)(UNMAPPED_VIRT + 2), 1), -EINVAL);
    KTEST_ASSERT_EQ(user_store_u32((uint32_t*)0xFFFFFFFF80000000ULL, 1), -EFAULT);
}

// FUTEX_EXIT's store: one write of the whole word.
KTEST(user, store_u32_writes_the_word)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    uint64_t virt = vmm_alloc(space, 0x500000, 1, VMM_USER | VMM_WRITE);
    space_load(space);
    uint32_t* word = (uint32_t*)(virt + 8);
    int first = user_store_u32(word, 0x11223344);
    uint32_t seen = 0;
    user_copy_from(&seen, word, sizeof(seen));
    int second = user_store_u32(word, 0);
    uint32_t zero = 1;
    user_copy_from(&zero, word, sizeof(zero));
    space_load(vmm_kernel_space());
    space_destroy(space);
    KTEST_ASSERT_EQ(first, 0);
    KTEST_ASSERT_EQ(seen, 0x11223344);
    KTEST_ASSERT_EQ(second, 0);
    KTEST_ASSERT_EQ(zero, 0);
}

KTEST(user, copy_moves_bytes)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    uint64_t virt = vmm_alloc(space, 0x500000, 2, VMM_USER | VMM_WRITE);
    char out[] = "across a page boundary";
    char in[sizeof(out)] = {0};
    space_load(space);
    int to = user_copy_to((void*)(virt + PAGE_SIZE - 5), out, sizeof(out));
    int from = user_copy_from(in, (void*)(virt + PAGE_SIZE - 5), sizeof(in));
    bool same = strcmp(in, out) == 0;
    // A range that starts mapped and runs into an unmapped page fails
    // (what was copied before the fault may have landed).
    char scratch[8];
    int partial = user_copy_from(scratch, (void*)(virt + 2 * PAGE_SIZE - 4), 8);
    space_load(vmm_kernel_space());
    space_destroy(space);
    KTEST_ASSERT_EQ(virt, 0x500000);
    KTEST_ASSERT_EQ(to, 0);
    KTEST_ASSERT_EQ(from, 0);
    KTEST_ASSERT(same);
    KTEST_ASSERT_EQ(partial, -EFAULT);
}
