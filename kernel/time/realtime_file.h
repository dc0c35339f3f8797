// sys:/time/realtime (see realtime_file.c).
#ifndef KERNEL_TIME_REALTIME_FILE_H
#define KERNEL_TIME_REALTIME_FILE_H 1

/** Make sys:/time and the file in it. */
void realtime_file_init(void);

#endif
