# One INTERFACE target every target of ours links: language level, warnings, strict Qt defines.
add_library(mqdesk_build_options INTERFACE)
target_compile_features(mqdesk_build_options INTERFACE cxx_std_20)
target_compile_definitions(mqdesk_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT QT_USE_QSTRINGBUILDER QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MQDESK_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(mqdesk_build_options INTERFACE /W4 /permissive- /utf-8)
    if(MQDESK_WERROR)
        target_compile_options(mqdesk_build_options INTERFACE /WX)
    endif()
else()
    target_compile_options(mqdesk_build_options INTERFACE
        -Wall -Wextra -pedantic -Wnon-virtual-dtor -Woverloaded-virtual)
    if(MQDESK_WERROR)
        target_compile_options(mqdesk_build_options INTERFACE -Werror)
    endif()
endif()

# Glob helper: every subsystem folder adds its sources without editing a shared list.
function(mqdesk_glob_sources out)
    set(result)
    foreach(dir IN LISTS ARGN)
        file(GLOB_RECURSE found CONFIGURE_DEPENDS
             "${dir}/*.cpp" "${dir}/*.h")
        list(APPEND result ${found})
    endforeach()
    set(${out} ${result} PARENT_SCOPE)
endfunction()
