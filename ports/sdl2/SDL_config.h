/* SDL's configuration for PatchworkOS (x86_64-patchwork), written for
 * this port: it replaces the tree's include/SDL_config.h (which would
 * fall back to SDL_config_minimal.h) and is installed with the headers.
 * Only what the port implements is on: video through dwm (our driver in
 * src/video/patchwork), events, timers on clock_gettime/nanosleep, threads
 * on libstd's pthreads (our SDL_systhread.c, SDL's pthread mutexes,
 * conditions and TLS, and SDL's generic semaphores), the filesystem paths
 * (our driver), the software renderer, and SDL's dummy audio and video
 * drivers (video only when asked for: SDL_VIDEODRIVER=dummy). No
 * joystick, haptic, sensor, HIDAPI or shared objects: the OS has none. */
#ifndef SDL_config_h_
#define SDL_config_h_

#include "SDL_platform.h"

/* The C library: libstd (docs/posix.md). What is not listed here SDL
 * does with its own code. */
#define HAVE_GCC_ATOMICS 1
#define HAVE_LIBC 1
#define STDC_HEADERS 1
#define HAVE_CTYPE_H 1
#define HAVE_FLOAT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_LIMITS_H 1
#define HAVE_MATH_H 1
#define HAVE_SIGNAL_H 1
#define HAVE_STDARG_H 1
#define HAVE_STDDEF_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDIO_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_WCHAR_H 1

#define HAVE_MALLOC 1
#define HAVE_CALLOC 1
#define HAVE_REALLOC 1
#define HAVE_FREE 1
#define HAVE_GETENV 1
#define HAVE_SETENV 1
#define HAVE_UNSETENV 1
#define HAVE_QSORT 1
#define HAVE_BSEARCH 1
#define HAVE_ABS 1
#define HAVE_MEMSET 1
#define HAVE_MEMCPY 1
#define HAVE_MEMMOVE 1
#define HAVE_MEMCMP 1
#define HAVE_WCSLEN 1
#define HAVE_WCSSTR 1
#define HAVE_WCSCMP 1
#define HAVE_WCSNCMP 1
#define HAVE_STRLEN 1
#define HAVE_STRCHR 1
#define HAVE_STRRCHR 1
#define HAVE_STRSTR 1
#define HAVE_STRTOL 1
#define HAVE_STRTOUL 1
#define HAVE_STRTOLL 1
#define HAVE_STRTOULL 1
#define HAVE_STRTOD 1
#define HAVE_ATOI 1
#define HAVE_ATOF 1
#define HAVE_STRCMP 1
#define HAVE_STRNCMP 1
#define HAVE_STRCASECMP 1
#define HAVE_STRNCASECMP 1
#define HAVE_VSSCANF 1
#define HAVE_VSNPRINTF 1
#define HAVE_ACOS 1
#define HAVE_ACOSF 1
#define HAVE_ASIN 1
#define HAVE_ASINF 1
#define HAVE_ATAN 1
#define HAVE_ATANF 1
#define HAVE_ATAN2 1
#define HAVE_ATAN2F 1
#define HAVE_CEIL 1
#define HAVE_CEILF 1
#define HAVE_COPYSIGN 1
#define HAVE_COPYSIGNF 1
#define HAVE_COS 1
#define HAVE_COSF 1
#define HAVE_EXP 1
#define HAVE_EXPF 1
#define HAVE_FABS 1
#define HAVE_FABSF 1
#define HAVE_FLOOR 1
#define HAVE_FLOORF 1
#define HAVE_FMOD 1
#define HAVE_FMODF 1
#define HAVE_LOG 1
#define HAVE_LOGF 1
#define HAVE_LOG10 1
#define HAVE_LOG10F 1
#define HAVE_LROUND 1
#define HAVE_LROUNDF 1
#define HAVE_POW 1
#define HAVE_POWF 1
#define HAVE_ROUND 1
#define HAVE_ROUNDF 1
#define HAVE_SCALBN 1
#define HAVE_SCALBNF 1
#define HAVE_SIN 1
#define HAVE_SINF 1
#define HAVE_SQRT 1
#define HAVE_SQRTF 1
#define HAVE_TAN 1
#define HAVE_TANF 1
#define HAVE_TRUNC 1
#define HAVE_TRUNCF 1
#define HAVE_FSEEKO 1
#define HAVE_NANOSLEEP 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_POLL 1

/* Subsystems the OS has no devices or loader for: SDL's stubs answer
 * "none" (these are SDL's *_DISABLED switches, not dummy drivers). */
#define SDL_JOYSTICK_DISABLED 1
#define SDL_HAPTIC_DISABLED 1
#define SDL_HIDAPI_DISABLED 1
#define SDL_SENSOR_DISABLED 1
#define SDL_LOADSO_DISABLED 1

/* Audio: no sound device yet; the dummy driver accepts and drops. */
#define SDL_AUDIO_DRIVER_DUMMY 1

/* Threads: libstd's pthreads; recursive mutexes are native. */
#define SDL_THREAD_PTHREAD 1
#define SDL_THREAD_PTHREAD_RECURSIVE_MUTEX 1

/* Timers: SDL's unix timer (clock_gettime(CLOCK_MONOTONIC), nanosleep). */
#define SDL_TIMER_UNIX 1

/* Video: windows of the desktop window manager dwm. */
#define SDL_VIDEO_DRIVER_PATCHWORK 1
/* SDL's dummy video driver: frames drawn into memory and shown nowhere.
 * SDL takes it only when SDL_VIDEODRIVER=dummy names it, so a program
 * (Doom's timedemo in bench/doom.sh) can run without a desktop, and run
 * the same way as on Linux. */
#define SDL_VIDEO_DRIVER_DUMMY 1
#define SDL_VIDEO_RENDER_SW 1 /* the software renderer, always built */
#define SDL_VIDEO_OPENGL 0
#define SDL_VIDEO_OPENGL_ES 0
#define SDL_VIDEO_OPENGL_ES2 0
#define SDL_VIDEO_VULKAN 0
#define SDL_VIDEO_METAL 0

/* SDL_GetBasePath and SDL_GetPrefPath (home:/cfg/ORG/APP/). */
#define SDL_FILESYSTEM_PATCHWORK 1

#endif /* SDL_config_h_ */
