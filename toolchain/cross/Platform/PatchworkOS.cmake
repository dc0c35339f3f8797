# CMake's description of PatchworkOS: Unix-like paths and conventions
# (this sets UNIX), static libraries only, no dynamic linker.
include(Platform/UnixPaths)
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)
set(CMAKE_FIND_LIBRARY_SUFFIXES ".a")
set(CMAKE_EXECUTABLE_SUFFIX "")
