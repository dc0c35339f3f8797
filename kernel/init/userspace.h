// Starting the first user process (see userspace.c).
#ifndef KERNEL_INIT_USERSPACE_H
#define KERNEL_INIT_USERSPACE_H 1

/** Start the program the command line names; under test, wait and end QEMU with its verdict. */
void userspace_start(void);

#endif
