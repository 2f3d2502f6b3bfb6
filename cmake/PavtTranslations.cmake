# Translations (docs/translations.md). English is the source language; every language listed in
# PAVT_TS_FILES is compiled by lrelease at build time and embedded under :/i18n/ (pavt_de.qm, …).
# The .qm files are build products and are never committed.
#
# What lupdate scans: every source of the core's layers, pavt_gui, pavt_app, pavt and pavt-cli,
# and the forms.
# The simulator (src/sim) imitates the gateway and stays English: it is not scanned.
# lupdate needs src/ as an include path to see the namespaces of the classes (contexts such as
# "pavt::gui::MainWindow"); without it the messages land in contexts the program never asks for.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(PAVT_TS_FILES
  ${PROJECT_SOURCE_DIR}/translations/pavt_de.ts
  ${PROJECT_SOURCE_DIR}/translations/pavt_fr.ts
  ${PROJECT_SOURCE_DIR}/translations/pavt_es.ts)

# What lupdate scans comes from the targets themselves (pavt_i18n_sources() in src/CMakeLists.txt,
# once they all exist): no second list of files to keep up to date.
set(PAVT_I18N_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src)
# No line numbers in the .ts files: several people change the sources at once, and locations
# would make every .ts change with every edit and conflict on every merge.
set(PAVT_LUPDATE_OPTIONS -no-obsolete -locations none)
set(PAVT_I18N_SOURCE_LIST ${PROJECT_BINARY_DIR}/i18n/pavt_i18n_sources.lst)

# pavt_i18n_sources(TARGET...): PAVT_I18N_SOURCES (in the caller's scope) = the sources and forms
# (the target property PAVT_FORMS) of these targets that are in the source tree, sorted; and the same list as an lupdate "@file" (one
# source per line, include paths as -I…) at PAVT_I18N_SOURCE_LIST, for the test that runs lupdate
# over the current sources (tests/unit/tst_translations.cpp).
function(pavt_i18n_sources)
  set(all "")
  foreach(target ${ARGN})
    get_target_property(dir ${target} SOURCE_DIR)
    get_target_property(sources ${target} SOURCES)
    get_target_property(forms ${target} PAVT_FORMS)
    if(forms)
      list(APPEND sources ${forms})
    endif()
    foreach(src ${sources})
      cmake_path(ABSOLUTE_PATH src BASE_DIRECTORY ${dir} NORMALIZE OUTPUT_VARIABLE path)
      cmake_path(IS_PREFIX PROJECT_SOURCE_DIR ${path} NORMALIZE inside)
      if(inside AND path MATCHES "\\.(cpp|h|ui)$")
        list(APPEND all ${path})
      endif()
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES all)
  list(SORT all)
  set(lst "")
  foreach(dir ${PAVT_I18N_INCLUDE_DIRS})
    string(APPEND lst "-I${dir}\n")
  endforeach()
  foreach(src ${all})
    string(APPEND lst "${src}\n")
  endforeach()
  file(CONFIGURE OUTPUT ${PAVT_I18N_SOURCE_LIST} CONTENT "${lst}")
  set(PAVT_I18N_SOURCES ${all} PARENT_SCOPE)
endfunction()

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
