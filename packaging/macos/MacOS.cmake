# macOS: mqdesk.app with Info.plist (bundle id, version, icon, mqdesk:// URL scheme), the
# command-line tools inside the bundle, Qt frameworks by macdeployqt, a drag-and-drop DMG.
# Written from CMake's and Qt's documentation; not built on the Linux machine this project is
# developed on (see README). The top-level CMakeLists.txt points CMAKE_INSTALL_BINDIR at
# mqdesk.app/Contents/MacOS on macOS, so mqdesk-cli and mqdesk-emulator install there.
set(_mac_dir "${MQDESK_PACKAGING_DIR}/macos")
set(_out "${MQDESK_PACKAGING_BINARY_DIR}")

# CMake configures the ${MACOSX_BUNDLE_...} placeholders from the properties below.
configure_file("${_mac_dir}/Info.plist.in" "${_out}/Info.plist.in" @ONLY)
set_target_properties(mqdesk PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${_out}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${MQDESK_APP_ID}"
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${MQDESK_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "mqdesk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "mqdesk.icns"
    MACOSX_BUNDLE_COPYRIGHT "© ${MQDESK_RELEASE_YEAR} ${MQDESK_PACKAGE_VENDOR}")
target_sources(mqdesk PRIVATE "${_mac_dir}/mqdesk.icns")
set_source_files_properties("${_mac_dir}/mqdesk.icns" TARGET_DIRECTORY mqdesk
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# Qt frameworks and plugins into the bundle; the CLI tools inside it are fixed up too.
mqdesk_install_qt_deploy_script([[
qt_deploy_runtime_dependencies(
    EXECUTABLE "$<TARGET_FILE_NAME:mqdesk>.app"
    ADDITIONAL_EXECUTABLES
        "$<TARGET_FILE_NAME:mqdesk>.app/Contents/MacOS/$<TARGET_FILE_NAME:mqdesk-cli>"
        "$<TARGET_FILE_NAME:mqdesk>.app/Contents/MacOS/$<TARGET_FILE_NAME:mqdesk-emulator>")
]])

set(CPACK_DMG_VOLUME_NAME "mqdesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON "${_mac_dir}/mqdesk.icns")
