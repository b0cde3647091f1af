# Stands in for Qt's QtDeploySupport.cmake: checks and prints what would be deployed.
set(QT_DEPLOY_BIN_DIR bin)
function(qt_deploy_runtime_dependencies)
    cmake_parse_arguments(PARSE_ARGV 0 arg "GENERATE_QT_CONF" "EXECUTABLE" "ADDITIONAL_EXECUTABLES")
    if(arg_UNPARSED_ARGUMENTS OR NOT arg_EXECUTABLE)
        message(FATAL_ERROR "qt_deploy_runtime_dependencies: bad arguments ${ARGV}")
    endif()
    message(STATUS "deploy: ${arg_EXECUTABLE} + ${arg_ADDITIONAL_EXECUTABLES}")
endfunction()
