// The processor as the portable kernel uses it: interrupts on and off,
// waiting and halting, spinning politely, and a cycle counter.
//
// Every function here is a few instructions, so each architecture defines
// them inline in its half of this header, <kernel/arch/current/cpu.h>
// (the Makefile maps "current" to kernel/arch/$(KERNEL_ARCH)). What the
// portable kernel may use from it is exactly this list:
//
//   interrupt_state_t       whether interrupts were on, as saved by
//                           cpu_interrupts_save (opaque: test it with
//                           cpu_interrupts_were_on)
//   cpu_interrupts_save()   interrupts off; returns the state before
//   cpu_interrupts_restore(state)
//                           interrupts back on if they were on in state
//   cpu_interrupts_were_on(state)
//   cpu_enable_interrupts(), cpu_disable_interrupts()
//   cpu_interrupts_enabled()
//   cpu_wait_for_interrupt()
//                           with interrupts off: turn them on, wait for
//                           one, turn them off again, with no wake-up lost
//                           in between
//   cpu_halt_forever()      interrupts off, stop this CPU for good
//   cpu_pause()             the hint a spin-wait loop gives the CPU
//   cpu_cycles()            a counter that only goes up, cheap to read
//                           (x86-64: the TSC); for benchmarks, converted
//                           with kbench_ns
//
// Anything else the architecture's half declares (model-specific
// registers, control registers, ...) is for kernel/arch/ alone.
#ifndef KERNEL_ARCH_CPU_H
#define KERNEL_ARCH_CPU_H 1

#include <kernel/arch/current/cpu.h>

#endif
