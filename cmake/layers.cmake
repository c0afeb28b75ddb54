# SPDX-License-Identifier: GPL-3.0-or-later
# The one-way rule, checked when CMake configures: a file in a layer may include only its own
# folder and the layers below it. An upward include stops the configure with file and line.
#
#   pd_check_layer(<dir> <layer> <allowed core folders...>)
# Also runs as a script (cmake -DDIR=... -DLAYER=... -DALLOWED=a;b -P layers.cmake), which the
# tests use on a tree with a deliberate upward include.

function(pd_check_layer dir layer)
  set(allowed ${ARGN})
  get_filename_component(dir "${dir}" ABSOLUTE)
  file(GLOB_RECURSE files ${dir}/*.h ${dir}/*.cpp)
  set(bad "")
  foreach(f ${files})
    file(STRINGS ${f} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"core/[a-z]+/")
    foreach(line ${lines})
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"core/([a-z]+)/.*" "\\1" target "${line}")
      list(FIND allowed ${target} found)
      if(found EQUAL -1)
        file(RELATIVE_PATH rel ${dir} ${f})
        string(APPEND bad "\n  ${layer}/${rel}: ${line}  (${layer} may include: ${allowed})")
      endif()
    endforeach()
  endforeach()
  if(bad)
    message(FATAL_ERROR "Upward include: dependencies run one way (docs/architecture.md).${bad}")
  endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DIR)
  pd_check_layer(${DIR} ${LAYER} ${ALLOWED})
endif()
