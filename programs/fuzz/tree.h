// Removing a directory tree (the fuzzer's files under home:/tmp/fuzz).
#ifndef FUZZ_TREE_H
#define FUZZ_TREE_H 1

/** Remove @p path and, if it is a directory, everything in it. Returns how many entries could not be removed. */
int tree_remove(const char* path);

#endif
