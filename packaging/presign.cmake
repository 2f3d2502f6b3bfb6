# Run by cpack (CPACK_PRE_BUILD_SCRIPTS, set in packaging/Packaging.cmake) on the staged files,
# before the installer or disk image is made from them: when the environment has PAVT_SIGN=1 it
# signs every binary with packaging/sign.sh (identities from the environment, see that script);
# otherwise it does nothing, so local and unsigned CI builds are unaffected.
if(NOT "$ENV{PAVT_SIGN}" STREQUAL "1")
  return()
endif()
# Git for Windows' bash, not WSL's C:\Windows\System32\bash.exe.
find_program(PAVT_BASH bash HINTS "$ENV{ProgramFiles}/Git/bin" "$ENV{ProgramW6432}/Git/bin" REQUIRED)
message(STATUS "Signing the staged files in ${CPACK_TEMPORARY_DIRECTORY}")
execute_process(COMMAND "${PAVT_BASH}" "${CPACK_PAVT_SIGN_SCRIPT}" tree "${CPACK_TEMPORARY_DIRECTORY}"
                RESULT_VARIABLE _pavt_sign_result)
if(NOT _pavt_sign_result EQUAL 0)
  message(FATAL_ERROR "packaging/sign.sh tree failed (${_pavt_sign_result})")
endif()
