# Linux desktop integration (freedesktop.org): installed under CMAKE_INSTALL_PREFIX, which
# CPack's DEB and RPM generators set to /usr. Included from packaging/Packaging.cmake.

set(_linux_dir "${MQDESK_PACKAGING_DIR}/linux")
set(_out "${MQDESK_PACKAGING_BINARY_DIR}")

# .desktop entry (launcher + mqdesk:// URL handler) and AppStream metainfo, named by the id.
configure_file("${_linux_dir}/mqdesk.desktop.in" "${_out}/${MQDESK_APP_ID}.desktop" @ONLY)
configure_file("${_linux_dir}/mqdesk.metainfo.xml.in" "${_out}/${MQDESK_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${_out}/${MQDESK_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_out}/${MQDESK_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# Icons: the SVG as the scalable icon, the rendered PNGs for every fixed size.
install(FILES "${MQDESK_ICONS_DIR}/mqdesk.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size IN LISTS MQDESK_ICON_SIZES)
    install(FILES "${MQDESK_ICONS_DIR}/png/mqdesk-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME mqdesk.png)
endforeach()

# Man pages and the Debian changelog are installed gzipped (-n: no name or time stamp, so the
# package is reproducible).
find_program(MQDESK_GZIP gzip REQUIRED)
set(_gz_outputs)
foreach(page mqdesk.1 mqdesk-cli.1 mqdesk-emulator.1)
    add_custom_command(OUTPUT "${_out}/${page}.gz"
        COMMAND "${MQDESK_GZIP}" -9nc "${_linux_dir}/../man/${page}" > "${_out}/${page}.gz"
        DEPENDS "${_linux_dir}/../man/${page}"
        COMMENT "Compressing man page ${page}")
    list(APPEND _gz_outputs "${_out}/${page}.gz")
    install(FILES "${_out}/${page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()

# Debian changelog entry for this release, dated by the metainfo's newest <release>.
# Day of week by Zeller's congruence (Debian wants an RFC 5322 date).
string(REGEX MATCHALL "[0-9]+" _ymd "${MQDESK_RELEASE_DATE}")
list(GET _ymd 0 _y)
list(GET _ymd 1 _m)
list(GET _ymd 2 _d)
math(EXPR _m "${_m} + 0")
math(EXPR _d "${_d} + 0")
if(_m LESS 3)
    math(EXPR _zm "${_m} + 12")
    math(EXPR _zy "${_y} - 1")
else()
    set(_zm ${_m})
    set(_zy ${_y})
endif()
math(EXPR _wd "(${_d} + (13 * (${_zm} + 1)) / 5 + ${_zy} + ${_zy} / 4 - ${_zy} / 100 + ${_zy} / 400) % 7")
set(_days Sat Sun Mon Tue Wed Thu Fri)
list(GET _days ${_wd} _wday)
math(EXPR _mi "${_m} - 1")
set(_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(GET _months ${_mi} _mon)
set(MQDESK_CHANGELOG_DATE "${_wday}, ${_d} ${_mon} ${_y} 12:00:00 +0000")
configure_file("${_linux_dir}/changelog.Debian.in" "${_out}/changelog.Debian" @ONLY)
configure_file("${_linux_dir}/copyright.in" "${_out}/copyright" @ONLY)
add_custom_command(OUTPUT "${_out}/changelog.Debian.gz"
    COMMAND "${MQDESK_GZIP}" -9nc "${_out}/changelog.Debian" > "${_out}/changelog.Debian.gz"
    DEPENDS "${_out}/changelog.Debian"
    COMMENT "Compressing the Debian changelog")
add_custom_target(mqdesk_packaging_files ALL DEPENDS ${_gz_outputs} "${_out}/changelog.Debian.gz")

# Debian policy: /usr/share/doc/<package>/{copyright,changelog.Debian.gz}. Own component, so
# that RPMs leave them out (packaging/CPackProjectConfig.cmake.in).
install(FILES "${_out}/copyright" "${_out}/changelog.Debian.gz"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/mqdesk" COMPONENT debian)
install(FILES "${_linux_dir}/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
        RENAME mqdesk COMPONENT debian)
