# Translations (docs/translations.md). English is the source language; every language listed in
# PAVT_TS_FILES is compiled by lrelease at build time and embedded under :/i18n/ (pavt_de.qm, …).
# The .qm files are build products and are never committed.
#
# What lupdate scans: every source of pavt_core, pavt_gui, pavt_app and pavt-cli, and the forms.
# The simulator (src/sim) imitates the gateway and stays English: it is not scanned.
# lupdate needs src/ as an include path to see the namespaces of the classes (contexts such as
# "pavt::gui::MainWindow"); without it the messages land in contexts the program never asks for.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(PAVT_TS_FILES
  ${PROJECT_SOURCE_DIR}/translations/pavt_de.ts
  ${PROJECT_SOURCE_DIR}/translations/pavt_fr.ts
  ${PROJECT_SOURCE_DIR}/translations/pavt_es.ts)

file(GLOB PAVT_I18N_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/src/core/*.cpp ${PROJECT_SOURCE_DIR}/src/core/*.h
  ${PROJECT_SOURCE_DIR}/src/gui/*.cpp ${PROJECT_SOURCE_DIR}/src/gui/*.h
  ${PROJECT_SOURCE_DIR}/src/app/*.cpp ${PROJECT_SOURCE_DIR}/src/app/*.h
  ${PROJECT_SOURCE_DIR}/src/cli/*.cpp ${PROJECT_SOURCE_DIR}/src/cli/*.h
  ${PROJECT_SOURCE_DIR}/ui/*.ui)
list(SORT PAVT_I18N_SOURCES)
set(PAVT_I18N_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src)
# No line numbers in the .ts files: several people change the sources at once, and locations
# would make every .ts change with every edit and conflict on every merge.
set(PAVT_LUPDATE_OPTIONS -no-obsolete -locations none)

# The same list as an lupdate "@file" (one source per line, include paths as -I…), for the
# test that runs lupdate over the current sources (tests/unit/tst_translations.cpp).
set(_pavt_lst "")
foreach(dir ${PAVT_I18N_INCLUDE_DIRS})
  string(APPEND _pavt_lst "-I${dir}\n")
endforeach()
foreach(src ${PAVT_I18N_SOURCES})
  string(APPEND _pavt_lst "${src}\n")
endforeach()
set(PAVT_I18N_SOURCE_LIST ${PROJECT_BINARY_DIR}/i18n/pavt_i18n_sources.lst)
file(CONFIGURE OUTPUT ${PAVT_I18N_SOURCE_LIST} CONTENT "${_pavt_lst}")

# pavt_add_translations(target [LUPDATE]): builds the .qm files for target and embeds them under
# :/i18n/. With LUPDATE the target also gets <target>_lupdate and the global update_translations
# target (lupdate -no-obsolete over PAVT_I18N_SOURCES into the committed .ts files).
function(pavt_add_translations target)
  cmake_parse_arguments(arg "LUPDATE" "" "" ${ARGN})
  if(arg_LUPDATE)
    qt_add_translations(${target}
      TS_FILES ${PAVT_TS_FILES}
      SOURCES ${PAVT_I18N_SOURCES}
      INCLUDE_DIRECTORIES ${PAVT_I18N_INCLUDE_DIRS}
      LUPDATE_OPTIONS ${PAVT_LUPDATE_OPTIONS}
      RESOURCE_PREFIX /i18n)
  else()
    # Each target compiles its own copy (lrelease takes milliseconds) into its own folder.
    set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_i18n)
    set_source_files_properties(${PAVT_TS_FILES} PROPERTIES OUTPUT_LOCATION ${out})
    qt_add_lrelease(${target} TS_FILES ${PAVT_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files
                    NO_GLOBAL_TARGET)
    qt_add_resources(${target} ${target}_translations PREFIX /i18n BASE ${out} FILES ${qm_files})
  endif()
endfunction()
