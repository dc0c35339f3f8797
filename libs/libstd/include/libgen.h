/**
 * @file libgen.h
 * @brief POSIX's path splitting: basename and dirname. Both may modify
 * the string they are given (they write a terminator into it) and return a
 * pointer into it, or to a constant "." for NULL or "" (which must not be
 * modified). Pure functions: no state, usable in the kernel too.
 *
 * Paths here may start with a root: "/" or a label's root such as
 * "home:/" (see sys/io.h). A root behaves like POSIX's "/": it is never
 * split and extra slashes after it are one.
 *
 *   path          dirname     basename
 *   "home:/a/b"   "home:/a"   "b"
 *   "home:/a"     "home:/"    "a"
 *   "home:/"      "home:/"    "home:/"
 *   "home://a//"  "home:/"    "a"
 *   "/a/b/"       "/a"        "b"
 *   "/" or "//"   "/"         "/"
 *   "a/b"         "a"         "b"
 *   "a"           "."         "a"
 *   "" or NULL    "."         "."
 *
 * A name with a ':' that is not followed by '/' ("home:") is an ordinary
 * name.
 */
#ifndef _LIBGEN_H
#define _LIBGEN_H 1

/** The last component of @p path, without trailing slashes (see above). */
char* basename(char* path);
/** Everything before the last component of @p path, without trailing slashes (see above). */
char* dirname(char* path);

#endif
