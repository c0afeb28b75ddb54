# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under core/ includes a Qt Widgets header (core must stay free of the GUI).
file(GLOB_RECURSE files ${ROOT}/core/*.h ${ROOT}/core/*.cpp)
set(bad "")
foreach(f ${files})
  file(STRINGS ${f} lines REGEX "#include *[<\"](QtWidgets/|QWidget|QMessageBox|QApplication|QDialog|QMainWindow|QAbstractItemView|QTableView|QLabel|QPushButton)")
  if(lines)
    list(APPEND bad "${f}: ${lines}")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "core/ includes widget headers:\n${bad}")
endif()
message(STATUS "core/ is free of widget headers")
