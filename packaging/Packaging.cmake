# Desktop integration and packages, driven by the install rules of the three executables.
#   Linux:   .desktop (mqdesk:// handler), AppStream metainfo, hicolor icons, man pages,
#            Debian copyright/changelog; CPack DEB and RPM against the system's Qt.
#   Windows: icon + version resource, Qt deploy script (windeployqt), NSIS installer.
#   macOS:   app bundle Info.plist + .icns, Qt deploy script (macdeployqt), DragNDrop DMG.
# Included last from the top-level CMakeLists.txt, when every target exists.
# packaging/README.md says what was verified on which platform.

# One reverse-DNS id for the desktop file, the AppStream component and the macOS bundle:
# the project homepage's domain reversed. Change both together.
set(MQDESK_APP_ID "invalid.example.mqdesk" CACHE STRING "Reverse-DNS application id")
# No licence has been chosen for the project yet; SPDX "LicenseRef-proprietary" says so.
set(MQDESK_PROJECT_LICENSE "LicenseRef-proprietary" CACHE STRING "SPDX licence of mqdesk")
set(MQDESK_PACKAGE_VENDOR "The mqdesk developers")
set(MQDESK_PACKAGE_CONTACT "The mqdesk developers <mqdesk@example.invalid>"
    CACHE STRING "Package maintainer (name <email>)")

set(MQDESK_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
cmake_path(SET MQDESK_ICONS_DIR NORMALIZE "${CMAKE_CURRENT_LIST_DIR}/../resources/icons")
set(MQDESK_PACKAGING_BINARY_DIR "${CMAKE_BINARY_DIR}/packaging")

# The newest <release> of the AppStream file is the release being built: its date feeds the
# Debian changelog, and a version bump without a release entry fails here, not in a store.
file(READ "${MQDESK_PACKAGING_DIR}/linux/mqdesk.metainfo.xml.in" _mqdesk_metainfo)
if(NOT _mqdesk_metainfo MATCHES "<release version=\"([^\"]+)\" date=\"([0-9]+)-([0-9]+)-([0-9]+)\"")
    message(FATAL_ERROR "packaging/linux/mqdesk.metainfo.xml.in has no <release version date> entry")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "The newest <release> in packaging/linux/mqdesk.metainfo.xml.in is "
                        "${CMAKE_MATCH_1}, the project is ${PROJECT_VERSION}: add a release entry.")
endif()
set(MQDESK_RELEASE_DATE "${CMAKE_MATCH_2}-${CMAKE_MATCH_3}-${CMAKE_MATCH_4}")
set(MQDESK_RELEASE_YEAR "${CMAKE_MATCH_2}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             "${MQDESK_PACKAGING_DIR}/linux/mqdesk.metainfo.xml.in")

# The application icon as a Qt resource, for QWidget/QApplication::setWindowIcon():
# :/icons/mqdesk.svg and :/icons/png/mqdesk-<size>.png (16 ... 256).
set(MQDESK_ICON_SIZES 16 22 24 32 48 64 128 256)
set(_mqdesk_icon_files mqdesk.svg)
foreach(size IN LISTS MQDESK_ICON_SIZES)
    list(APPEND _mqdesk_icon_files png/mqdesk-${size}.png)
endforeach()
list(TRANSFORM _mqdesk_icon_files PREPEND "${MQDESK_ICONS_DIR}/")
qt_add_resources(mqdesk_gui "mqdesk_app_icon"
    PREFIX "/icons"
    BASE "${MQDESK_ICONS_DIR}"
    FILES ${_mqdesk_icon_files})
# QGuiApplication::setDesktopFileName(MQDESK_APP_ID) ties windows to the .desktop file.
target_compile_definitions(mqdesk_gui PUBLIC MQDESK_APP_ID="${MQDESK_APP_ID}")

# Windows and macOS ship their own Qt: an install(SCRIPT) runs Qt's deploy tool (windeployqt,
# macdeployqt) over the installed executables. All three go to one tool run, since
# qt_generate_deploy_app_script() deploys only one executable's Qt modules and plugins and
# the CLI and the emulator need others (QtHttpServer, QtSql and its SQLite driver).
# Qt 6.4 has no qt_generate_deploy_script() (6.5+), so the script is generated the way 6.4's
# own qt_generate_deploy_app_script() does it. Linux packages use the system's Qt.
function(mqdesk_install_qt_deploy_script content)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5 AND COMMAND qt_generate_deploy_script)
        qt_generate_deploy_script(TARGET mqdesk OUTPUT_SCRIPT deploy_script CONTENT "${content}")
    elseif(QT_DEPLOY_SUPPORT)
        set(deploy_script "${MQDESK_PACKAGING_BINARY_DIR}/deploy-mqdesk.cmake")
        get_cmake_property(multi_config GENERATOR_IS_MULTI_CONFIG)
        if(multi_config)
            set(deploy_script "${MQDESK_PACKAGING_BINARY_DIR}/deploy-mqdesk-$<CONFIG>.cmake")
        endif()
        file(GENERATE OUTPUT "${deploy_script}" CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")\n${content}")
    else()
        message(WARNING "This Qt has no deploy support: the package will not contain Qt")
        return()
    endif()
    install(SCRIPT "${deploy_script}")
endfunction()

if(WIN32)
    include("${MQDESK_PACKAGING_DIR}/windows/Windows.cmake")
elseif(APPLE)
    include("${MQDESK_PACKAGING_DIR}/macos/MacOS.cmake")
else()
    include("${MQDESK_PACKAGING_DIR}/linux/Linux.cmake")
endif()

# ---- CPack, common part ----------------------------------------------------------------
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "mqdesk")
set(CPACK_PACKAGE_VENDOR "${MQDESK_PACKAGE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${MQDESK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for Huawei Cloud DMS for RocketMQ")
set(CPACK_PACKAGE_DESCRIPTION [=[
mqdesk is a native Qt desktop console for Huawei Cloud Distributed Message
Service (DMS) for RocketMQ: instances, topics, consumer groups, users and
messages through the service's signed REST API, with access keys kept in the
system keychain.

The package also contains mqdesk-cli, a command-line client for every API
operation, and mqdesk-emulator, a local, persistent, signature-checking
emulator of the service that the console uses as its sandbox.]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "mqdesk")
set(CPACK_PACKAGE_EXECUTABLES "mqdesk" "mqdesk")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/node_modules/")

# DEB (Debian 12 and later). Qt plugins (platform, SQL driver, SVG icon engine) and the
# libsecret that QtKeychain dlopen()s are invisible to dpkg-shlibdeps: name them.
set(CPACK_DEBIAN_PACKAGE_NAME "mqdesk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# RPM (Fedora names; automatic soname requirements cover Qt's libraries and QtKeychain).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "${MQDESK_PROJECT_LICENSE}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg, libsecret")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Directories other packages own (filesystem, hicolor-icon-theme) stay out of our file list.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS MQDESK_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# Per-generator adjustments at cpack time (e.g. the Debian-only documents stay out of RPMs).
configure_file("${MQDESK_PACKAGING_DIR}/CPackProjectConfig.cmake.in"
               "${MQDESK_PACKAGING_BINARY_DIR}/CPackProjectConfig.cmake" @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${MQDESK_PACKAGING_BINARY_DIR}/CPackProjectConfig.cmake")

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR NSIS)
    elseif(APPLE)
        set(CPACK_GENERATOR DragNDrop)
    else()
        set(CPACK_GENERATOR DEB)
    endif()
endif()
include(CPack)
