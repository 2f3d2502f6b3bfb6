# One INTERFACE target that every target of the project links: language level, warnings,
# Qt safety macros, hardening, and the sanitizer option.
option(PAVT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PAVT_WERROR "Treat warnings as errors" OFF)

add_library(pavt_options INTERFACE)
target_compile_features(pavt_options INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(pavt_options INTERFACE
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CAST_TO_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
  target_compile_options(pavt_options INTERFACE /W4 /permissive- /utf-8 /guard:cf /Zc:__cplusplus)
  target_link_options(pavt_options INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT)
else()
  target_compile_options(pavt_options INTERFACE
    -Wall -Wextra -Wpedantic -Werror=switch -Wshadow=local -Wnon-virtual-dtor
    -fstack-protector-strong)
  if(PAVT_WERROR)
    target_compile_options(pavt_options INTERFACE -Werror)
  endif()
  # _FORTIFY_SOURCE needs optimisation; it is meaningless (and warns) at -O0.
  target_compile_definitions(pavt_options INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(pavt_options INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
  endif()
  if(PAVT_SANITIZE)
    target_compile_options(pavt_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=undefined)
    target_link_options(pavt_options INTERFACE -fsanitize=address,undefined)
  endif()
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
