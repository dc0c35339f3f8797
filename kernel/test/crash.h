// Deliberate crashes for testing the panic path, chosen on the command
// line: panic_test=page_fault|invalid_opcode|divide_error|panic|double_free|
// use_after_free|double_unlock|lock_stuck|triple_fault|hang.
// Never used outside tests.
#ifndef KERNEL_TEST_CRASH_H
#define KERNEL_TEST_CRASH_H 1

/** If the command line asks for a crash, cause it (does not return then). */
void crash_if_requested(void);

/** The address the page-fault trigger writes to; the tests look for it in CR2. */
#define CRASH_FAULT_ADDRESS 0xFFFFC0DEDEAD0000ULL

#endif
