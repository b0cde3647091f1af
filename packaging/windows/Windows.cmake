# Windows: icon and version resource, Qt runtime deployment, NSIS installer with a Start-menu
# entry, an uninstaller and the mqdesk:// URL protocol. Written from CMake's and Qt's
# documentation; not built on the Linux machine this project is developed on (see README).
set(_win_dir "${MQDESK_PACKAGING_DIR}/windows")
set(_out "${MQDESK_PACKAGING_BINARY_DIR}")

# Explorer/taskbar icon and the version shown in the file's properties.
configure_file("${_win_dir}/mqdesk.ico" "${_out}/mqdesk.ico" COPYONLY)
configure_file("${_win_dir}/mqdesk.rc.in" "${_out}/mqdesk.rc" @ONLY)
target_sources(mqdesk PRIVATE "${_out}/mqdesk.rc")

# Qt DLLs and plugins next to the executables (bin/), with a qt.conf.
mqdesk_install_qt_deploy_script([[
qt_deploy_runtime_dependencies(
    EXECUTABLE "${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:mqdesk>"
    ADDITIONAL_EXECUTABLES
        "${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:mqdesk-cli>"
        "${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:mqdesk-emulator>"
    GENERATE_QT_CONF)
]])
# windeployqt copies Qt's own DLLs only: QtKeychain and the compiler runtime come from here.
set(_keychain Qt6Keychain::Qt6Keychain)
get_target_property(_aliased ${_keychain} ALIASED_TARGET)
if(_aliased)
    set(_keychain ${_aliased})
endif()
get_target_property(_keychain_type ${_keychain} TYPE)
if(_keychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS ${_keychain}
            RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" LIBRARY DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# NSIS: per-machine install under Program Files, Start-menu entry from CPACK_PACKAGE_EXECUTABLES,
# uninstaller (Start menu and "Apps & features"), optional run at the end.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_DISPLAY_NAME "mqdesk")
set(CPACK_NSIS_PACKAGE_NAME "mqdesk ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${_win_dir}/mqdesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${_win_dir}/mqdesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mqdesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${MQDESK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "mqdesk.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
# mqdesk://... links open the app: HKCR\mqdesk for all users (SHCTX is HKLM when the installer
# runs elevated, HKCU otherwise), removed again by the uninstaller.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
WriteRegStr SHCTX "Software\Classes\mqdesk" "" "URL:mqdesk link"
WriteRegStr SHCTX "Software\Classes\mqdesk" "URL Protocol" ""
WriteRegStr SHCTX "Software\Classes\mqdesk\DefaultIcon" "" "$INSTDIR\bin\mqdesk.exe,0"
WriteRegStr SHCTX "Software\Classes\mqdesk\shell\open\command" "" '"$INSTDIR\bin\mqdesk.exe" "%1"'
]])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
DeleteRegKey SHCTX "Software\Classes\mqdesk"
]])
