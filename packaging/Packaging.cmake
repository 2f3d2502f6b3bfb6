# Installation layout and CPack packages of PayAgency Virtual Terminal.
# Included once, at the end of the top-level CMakeLists.txt (after every target exists).
#
#   Linux    DEB and TGZ   checked by scripts/check-packages.sh
#   Windows  NSIS (EXE), WIX (MSI) with windeployqt, OpenSSL DLLs, MSVC runtime, version resource
#   macOS    DragNDrop (DMG) of pavt.app with macdeployqt; pavt-cli and pavt-sim inside the bundle
#
# Signing is not done here: packaging/sign.sh. How to build each package: docs/packaging.md.
include_guard(GLOBAL)

set(PAVT_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(PAVT_PACKAGE_NAME payagency-virtual-terminal)
set(PAVT_PRODUCT_NAME "PayAgency Virtual Terminal")
set(PAVT_APP_ID agency.pay.VirtualTerminal)
set(PAVT_VENDOR "Pay Agency")
set(PAVT_HOMEPAGE "https://pay.agency")
set(PAVT_COPYRIGHT "Copyright (c) 2026 The PayAgency Virtual Terminal authors (MIT licence)")
set(PAVT_PACKAGE_MAINTAINER "Pay Agency <support@pay.agency>" CACHE STRING
    "Maintainer of the packages (Debian Maintainer field: Name <email>)")

# ---------------------------------------------------------------------------------------------
# Install rules
# ---------------------------------------------------------------------------------------------
# pavt and pavt-cli install themselves (src/app, src/cli); the simulator is installed from here
# because it is useful to merchants for their own tests.
if(TARGET pavt-sim)
  if(APPLE)
    # Beside pavt and pavt-cli inside the bundle, so that macdeployqt deploys its libraries too.
    install(TARGETS pavt-sim RUNTIME DESTINATION pavt.app/Contents/MacOS)
  else()
    install(TARGETS pavt-sim RUNTIME DESTINATION bin)
  endif()
endif()

set(PAVT_DOC_FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/CHANGELOG.md")
foreach(doc user-guide.md admin-guide.md cli.md simulator.md)
  if(EXISTS "${PROJECT_SOURCE_DIR}/docs/${doc}")
    list(APPEND PAVT_DOC_FILES "${PROJECT_SOURCE_DIR}/docs/${doc}")
  endif()
endforeach()

if(UNIX AND NOT APPLE)
  include(GNUInstallDirs)
  install(FILES "${PAVT_PACKAGING_DIR}/linux/${PAVT_APP_ID}.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${PAVT_PACKAGING_DIR}/linux/${PAVT_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/pavt.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
          RENAME "${PAVT_APP_ID}.svg")

  # /usr/share/doc/<package>/copyright in Debian's machine-readable format, made from LICENSE.txt.
  file(READ "${PAVT_PACKAGING_DIR}/LICENSE.txt" _pavt_license)
  string(REGEX REPLACE "^MIT License\n\n[^\n]*\n\n" "" _pavt_license_body "${_pavt_license}")
  string(REGEX REPLACE "\n+$" "" _pavt_license_body "${_pavt_license_body}")
  string(REGEX REPLACE "\n\n" "\n.\n" _pavt_license_body "${_pavt_license_body}")
  string(REGEX REPLACE "\n" "\n " _pavt_license_body "${_pavt_license_body}")
  file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/packaging/copyright" CONTENT
"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ${PAVT_PRODUCT_NAME}
Source: ${PAVT_HOMEPAGE}

Files: *
Copyright: 2026 The PayAgency Virtual Terminal authors
License: Expat

License: Expat
 ${_pavt_license_body}
")
  install(FILES ${PAVT_DOC_FILES} "${PROJECT_BINARY_DIR}/packaging/copyright"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${PAVT_PACKAGE_NAME}")
  set(_pavt_doc_dir "${CMAKE_INSTALL_DATADIR}/doc/${PAVT_PACKAGE_NAME}")
elseif(APPLE)
  install(FILES ${PAVT_DOC_FILES} "${PAVT_PACKAGING_DIR}/LICENSE.txt"
          DESTINATION pavt.app/Contents/Resources/doc)
  set(_pavt_doc_dir pavt.app/Contents/Resources/doc)
else()
  install(FILES ${PAVT_DOC_FILES} "${PAVT_PACKAGING_DIR}/LICENSE.txt" DESTINATION doc)
  set(_pavt_doc_dir doc)
endif()
# The guides' screenshots, beside them.
if(EXISTS "${PROJECT_SOURCE_DIR}/docs/images")
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/images" DESTINATION "${_pavt_doc_dir}")
endif()

# ---------------------------------------------------------------------------------------------
# Windows: version resources, icon, Qt / OpenSSL / QtKeychain / MSVC runtime DLLs
# ---------------------------------------------------------------------------------------------
if(WIN32)
  if(NOT CMAKE_RC_COMPILER)
    enable_language(RC)
  endif()
  set(PAVT_RC_ICON "${PAVT_PACKAGING_DIR}/windows/pavt.ico")
  set(_pavt_rc_descriptions
      "pavt=${PAVT_PRODUCT_NAME}"
      "pavt-cli=${PAVT_PRODUCT_NAME} (command line)"
      "pavt-sim=Pay Agency gateway simulator")
  foreach(entry IN LISTS _pavt_rc_descriptions)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 0 PAVT_RC_TARGET)
    list(GET entry 1 PAVT_RC_DESCRIPTION)
    if(TARGET ${PAVT_RC_TARGET})
      set(PAVT_RC_FILE_NAME "${PAVT_RC_TARGET}.exe")
      configure_file("${PAVT_PACKAGING_DIR}/windows/pavt.rc.in"
                     "${PROJECT_BINARY_DIR}/packaging/${PAVT_RC_TARGET}.rc" @ONLY)
      target_sources(${PAVT_RC_TARGET} PRIVATE "${PROJECT_BINARY_DIR}/packaging/${PAVT_RC_TARGET}.rc")
    endif()
  endforeach()

  # The MSVC runtime (msvcp140.dll, vcruntime140*.dll) beside the executables.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
  include(InstallRequiredSystemLibraries)

  # OpenSSL 3: the terminal links libcrypto; Qt's OpenSSL TLS backend loads libssl at run time.
  set(_pavt_openssl_hints)
  foreach(root IN ITEMS "${OPENSSL_ROOT_DIR}" "$ENV{OPENSSL_ROOT_DIR}")
    if(root)
      list(APPEND _pavt_openssl_hints "${root}/bin" "${root}")
    endif()
  endforeach()
  if(OPENSSL_INCLUDE_DIR)
    list(APPEND _pavt_openssl_hints "${OPENSSL_INCLUDE_DIR}/../bin")
  endif()
  find_file(PAVT_OPENSSL_CRYPTO_DLL NAMES libcrypto-3-x64.dll libcrypto-3-arm64.dll libcrypto-3.dll
            HINTS ${_pavt_openssl_hints} NO_DEFAULT_PATH)
  find_file(PAVT_OPENSSL_SSL_DLL NAMES libssl-3-x64.dll libssl-3-arm64.dll libssl-3.dll
            HINTS ${_pavt_openssl_hints} NO_DEFAULT_PATH)
  if(PAVT_OPENSSL_CRYPTO_DLL AND PAVT_OPENSSL_SSL_DLL)
    install(FILES "${PAVT_OPENSSL_CRYPTO_DLL}" "${PAVT_OPENSSL_SSL_DLL}" DESTINATION bin)
  else()
    message(WARNING "OpenSSL 3 DLLs not found under OPENSSL_ROOT_DIR (${_pavt_openssl_hints}); "
                    "installing or packaging will fail. Set OPENSSL_ROOT_DIR to the OpenSSL 3 root.")
    install(CODE "message(FATAL_ERROR \"OpenSSL 3 DLLs were not found at configure time: set OPENSSL_ROOT_DIR\")")
  endif()

  # QtKeychain is not a Qt module, so windeployqt does not copy it.
  find_package(Qt6Keychain QUIET)
  if(TARGET Qt6Keychain::Qt6Keychain)
    get_target_property(_pavt_keychain_type Qt6Keychain::Qt6Keychain TYPE)
    if(_pavt_keychain_type STREQUAL "SHARED_LIBRARY")
      install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION bin)
    endif()
  endif()

  # windeployqt, run at install time (so also inside cpack) on the installed executables: Qt
  # DLLs, the platform, style, image-format, icon-engine, SQL-driver and TLS plugins, translations.
  set(_pavt_qt_bin_hints)
  if(QT6_INSTALL_PREFIX)
    set(_pavt_qt_bin_hints HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
  endif()
  find_program(PAVT_WINDEPLOYQT windeployqt ${_pavt_qt_bin_hints})
  if(TARGET Qt6::windeployqt)
    set(_pavt_windeployqt "$<TARGET_FILE:Qt6::windeployqt>")
  elseif(PAVT_WINDEPLOYQT)
    set(_pavt_windeployqt "${PAVT_WINDEPLOYQT}")
  else()
    message(WARNING "windeployqt not found: installing or packaging will fail")
    set(_pavt_windeployqt "windeployqt-NOTFOUND")
  endif()
  install(CODE "
    set(_prefix \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
    set(_exes)
    foreach(_exe pavt.exe pavt-cli.exe pavt-sim.exe)
      if(EXISTS \"\${_prefix}/bin/\${_exe}\")
        list(APPEND _exes \"bin/\${_exe}\")
      endif()
    endforeach()
    message(STATUS \"windeployqt: \${_exes}\")
    execute_process(
      COMMAND \"${_pavt_windeployqt}\" --no-compiler-runtime --verbose 1 \${_exes}
      WORKING_DIRECTORY \"\${_prefix}\"
      RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR \"windeployqt failed (\${_rc})\")
    endif()
  ")
endif()

# ---------------------------------------------------------------------------------------------
# macOS: bundle properties, icon, macdeployqt
# ---------------------------------------------------------------------------------------------
if(APPLE AND TARGET pavt)
  set(_pavt_icns "${PAVT_PACKAGING_DIR}/macos/pavt.icns")
  target_sources(pavt PRIVATE "${_pavt_icns}")
  set_source_files_properties("${_pavt_icns}" TARGET_DIRECTORY pavt
                              PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  set_target_properties(pavt PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST "${PAVT_PACKAGING_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${PAVT_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "${PAVT_PRODUCT_NAME}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE pavt.icns
    MACOSX_BUNDLE_COPYRIGHT "${PAVT_COPYRIGHT}"
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${PAVT_APP_ID}")

  set(_pavt_qt_bin_hints)
  if(QT6_INSTALL_PREFIX)
    set(_pavt_qt_bin_hints HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
  endif()
  find_program(PAVT_MACDEPLOYQT macdeployqt ${_pavt_qt_bin_hints})
  if(TARGET Qt6::macdeployqt)
    set(_pavt_macdeployqt "$<TARGET_FILE:Qt6::macdeployqt>")
  elseif(PAVT_MACDEPLOYQT)
    set(_pavt_macdeployqt "${PAVT_MACDEPLOYQT}")
  else()
    message(WARNING "macdeployqt not found: installing or packaging will fail")
    set(_pavt_macdeployqt "macdeployqt-NOTFOUND")
  endif()
  # Libraries that are not Qt's (QtKeychain, OpenSSL when shared) are found through -libpath.
  set(_pavt_libpaths)
  find_package(Qt6Keychain QUIET)
  if(TARGET Qt6Keychain::Qt6Keychain)
    get_target_property(_pavt_keychain_lib Qt6Keychain::Qt6Keychain LOCATION)
    if(_pavt_keychain_lib)
      get_filename_component(_pavt_keychain_dir "${_pavt_keychain_lib}" DIRECTORY)
      list(APPEND _pavt_libpaths "-libpath=${_pavt_keychain_dir}")
    endif()
  endif()
  if(OPENSSL_CRYPTO_LIBRARY)
    get_filename_component(_pavt_openssl_dir "${OPENSSL_CRYPTO_LIBRARY}" DIRECTORY)
    list(APPEND _pavt_libpaths "-libpath=${_pavt_openssl_dir}")
  endif()
  install(CODE "
    set(_app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/pavt.app\")
    set(_extra)
    foreach(_exe pavt-cli pavt-sim)
      if(EXISTS \"\${_app}/Contents/MacOS/\${_exe}\")
        list(APPEND _extra \"-executable=\${_app}/Contents/MacOS/\${_exe}\")
      endif()
    endforeach()
    execute_process(
      COMMAND \"${_pavt_macdeployqt}\" \"\${_app}\" -always-overwrite -verbose=1 \${_extra} ${_pavt_libpaths}
      RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR \"macdeployqt failed (\${_rc})\")
    endif()
  ")
endif()

# ---------------------------------------------------------------------------------------------
# CPack
# ---------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "${PAVT_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "${PAVT_VENDOR}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${PAVT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PAVT_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
"A desktop terminal with which call-centre staff key card payments taken over
the phone or by mail, and finance staff issue manual charges, through the Pay
Agency card gateway's server-to-server API: live validation, confirmation,
charges sent exactly once, status, refunds, a journal of every charge, and a
demo mode against a built-in gateway simulator.

The package holds pavt (the window), pavt-cli (the same terminal for scripts)
and pavt-sim (the gateway simulator, for the merchant's own tests).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${PAVT_PRODUCT_NAME}")
set(CPACK_PACKAGE_ICON "")
set(CPACK_RESOURCE_FILE_LICENSE "${PAVT_PACKAGING_DIR}/LICENSE.txt")
set(CPACK_PACKAGE_EXECUTABLES "pavt" "${PAVT_PRODUCT_NAME}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
string(TOLOWER "${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}" _pavt_system)
set(CPACK_PACKAGE_FILE_NAME "${PAVT_PACKAGE_NAME}-${PROJECT_VERSION}-${_pavt_system}")

if(WIN32)
  set(CPACK_GENERATOR NSIS)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB TGZ)
  set(CPACK_STRIP_FILES ON)   # RelWithDebInfo: the packages carry no debug information
endif()

# Windows and macOS: packaging/presign.cmake signs the staged binaries before the installer or
# disk image is made, when PAVT_SIGN=1 is in the environment (packaging/sign.sh).
if(WIN32 OR APPLE)
  set(CPACK_PAVT_SIGN_SCRIPT "${PAVT_PACKAGING_DIR}/sign.sh")
  set(CPACK_PRE_BUILD_SCRIPTS "${PAVT_PACKAGING_DIR}/presign.cmake")
endif()

# DEB ------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "${PAVT_PACKAGE_NAME}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PAVT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PAVT_HOMEPAGE}")
# dpkg-shlibdeps finds the linked libraries (Qt modules, Qt Charts among them: libqt6charts6,
# QtKeychain, libssl3, libstdc++, libc).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What it cannot see, because Qt loads it at run time:
#   libqt6svg6         SVG image-format and icon-engine plugins (the icon, the card-brand marks)
#   qt6-qpa-plugins    extra platform plugins (on Debian 12 the xcb plugin itself is in libqt6gui6)
#   libqt6sql6-sqlite  the QSQLITE driver of the journal
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins, libqt6sql6-sqlite")
#   libqt6sql6-psql    the QPSQL driver, for a journal shared on PostgreSQL
#   gnome-keyring      a Secret Service for the credentials (KWallet works too)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, gnome-keyring")

# TGZ ------------------------------------------------------------------------------------------
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# NSIS (EXE) -----------------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "${PAVT_PRODUCT_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${PAVT_PRODUCT_NAME}")
set(CPACK_NSIS_MUI_ICON "${PAVT_PACKAGING_DIR}/windows/pavt.ico")
set(CPACK_NSIS_MUI_UNIICON "${PAVT_PACKAGING_DIR}/windows/pavt.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\pavt.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_URL_INFO_ABOUT "${PAVT_HOMEPAGE}")
set(CPACK_NSIS_HELP_LINK "${PAVT_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${PAVT_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# A desktop shortcut too (CPACK_CREATE_DESKTOP_LINKS would need the "add to PATH" page).
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut \"$DESKTOP\\${PAVT_PRODUCT_NAME}.lnk\" \"$INSTDIR\\bin\\pavt.exe\"")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete \"$DESKTOP\\${PAVT_PRODUCT_NAME}.lnk\"")

# WIX (MSI, WiX Toolset 3: cpack -G WIX) -------------------------------------------------------
# The upgrade code stays the same for every version, so a newer MSI replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "225149A1-8618-482E-B714-288FF18D4FB6")
set(CPACK_WIX_PRODUCT_ICON "${PAVT_PACKAGING_DIR}/windows/pavt.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${PAVT_PRODUCT_NAME}")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PAVT_HOMEPAGE}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PAVT_HOMEPAGE}")

# DragNDrop (DMG) ------------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "${PAVT_PRODUCT_NAME}")
set(CPACK_DMG_FORMAT UDZO)
# No licence click-through on the disk image: it needs the deprecated Rez tool, and MIT asks for none.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
if(APPLE)
  set(CPACK_PACKAGE_ICON "${PAVT_PACKAGING_DIR}/macos/pavt.icns")   # the volume's icon
endif()

include(CPack)
