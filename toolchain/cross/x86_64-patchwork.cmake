# CMake toolchain file for PatchworkOS:
#   cmake -DCMAKE_TOOLCHAIN_FILE=toolchain/local/share/patchwork/cmake/x86_64-patchwork.cmake
# The system name has a platform file next to this one
# (Platform/PatchworkOS.cmake) that makes CMake treat it as a Unix.
set(CMAKE_SYSTEM_NAME PatchworkOS)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")

get_filename_component(PATCHWORK_TOOLCHAIN "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(CMAKE_C_COMPILER "${PATCHWORK_TOOLCHAIN}/bin/x86_64-patchwork-gcc")
set(CMAKE_AR "${PATCHWORK_TOOLCHAIN}/bin/x86_64-patchwork-ar" CACHE FILEPATH "")
set(CMAKE_RANLIB "${PATCHWORK_TOOLCHAIN}/bin/x86_64-patchwork-ranlib" CACHE FILEPATH "")
set(PKG_CONFIG_EXECUTABLE "${PATCHWORK_TOOLCHAIN}/bin/x86_64-patchwork-pkg-config" CACHE FILEPATH "")

# Headers, libraries and packages come from the sysroot only; programs
# that run during the build are the host's.
set(CMAKE_SYSROOT "${PATCHWORK_TOOLCHAIN}/sysroot")
set(CMAKE_FIND_ROOT_PATH "${CMAKE_SYSROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
