// Path text: splitting "label:/a/b?flag&flag" into its parts and
// normalising it, before any file system sees it.
//
// - "label:/a/b" is absolute; "label:" alone is the root of that label.
// - "/a/b" starts at the root of the working directory's label.
// - "a/b" is relative to the working directory ("home:/usr").
// - Empty components ("a//b") and "." vanish; ".." drops the component
//   before it, and at a root stays at the root.
// - A name may not contain ':', '?' or control characters.
// - The whole text, flags included, must be shorter than MAX_PATH, a
//   label or a name shorter than MAX_NAME, and so must the result
//   ("label:" and the normalised path together).
#ifndef KERNEL_FS_PATH_H
#define KERNEL_FS_PATH_H 1

#include <stdbool.h>
#include <stdint.h>
#include <sys/io.h>

typedef struct
{
    char label[MAX_NAME]; /**< without the ':' */
    char inner[MAX_PATH]; /**< "/" or "/a/b": normalised, no trailing '/' */
    uint32_t flags;       /**< FILE_ flags */
} path_t;

/**
 * Parse @p text against @p cwd (an absolute normalised path, or NULL when
 * @p text must be absolute). 0, -EINVAL (malformed, empty, relative
 * without a cwd, unknown flag) or -ENAMETOOLONG.
 */
int path_parse(const char* cwd, const char* text, path_t* out);

/** The FILE_ flags of "nonblock&create" (the text after '?'); -EINVAL for an unknown or empty one. */
int path_flags_parse(const char* text, uint32_t* flags);

/** True if @p name can be one component of a path (not "." or "..", no '/'). */
bool path_name_valid(const char* name);

/** The name of @p path's last component ("" for the root "/"). */
const char* path_last(const char* inner);

/** Write "label:inner" into @p out; -ENAMETOOLONG if it does not fit. */
int path_join_label(const path_t* path, char out[MAX_PATH]);

#endif
