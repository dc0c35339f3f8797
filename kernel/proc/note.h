// Notes: short text messages sent to a process through
// sys:/proc/[pid]/note (Plan 9's signals, as text).
//
// A note waits in its process's queue until one of its threads is on its
// way back to user mode (threads blocked in the kernel are woken for it:
// their system call fails with EINTR). Then:
//   "kill"                     the process ends (EXIT_KILLED); it cannot
//                              be handled
//   with a handler registered  the thread's registers and SIMD state are
//                              saved, and it continues in the handler with
//                              the note's text on its stack (rdi points at
//                              it); the handler ends by writing "noted" to
//                              the process's ctl file, which resumes the
//                              interrupted code exactly
//   "interrupt", "terminate"   without a handler, the process ends
//                              (EXIT_KILLED)
//   anything else              without a handler, dropped
// A process registers its handler by writing "handler 0xADDRESS" to its
// own ctl file ("handler 0" removes it); libstd does this (sys/proc.h).
#ifndef KERNEL_PROC_NOTE_H
#define KERNEL_PROC_NOTE_H 1

#include "process.h"

#include <kernel/arch/interrupt.h>

/** Longest note, terminator included; notes waiting per process. */
#define NOTE_MAX PROCESS_NOTE_MAX
#define NOTE_QUEUE PROCESS_NOTE_QUEUE

/** Queue @p text (@p length bytes) for @p process; -EINVAL if too long or empty, -EAGAIN if the queue is full. */
int note_post(process_t* process, const char* text, size_t length);

/**
 * On the way back to user mode with @p frame: deliver a waiting note.
 * True if the frame was changed (it must then be restored in full, with
 * iretq).
 */
bool note_deliver(interrupt_frame_t* frame);

/**
 * The ctl command "noted": the calling thread's handler is done; its saved
 * state replaces the system call's frame. 0, or -EINVAL if it is in no
 * handler.
 */
int note_return(void);

/** Free the thread's saved note state (it is being reaped). */
void note_forget(thread_t* thread);

/** The ctl command "handler ADDRESS" for the calling process; 0 or -EINVAL/-EPERM. */
int note_set_handler(process_t* process, uint64_t address);

#endif
