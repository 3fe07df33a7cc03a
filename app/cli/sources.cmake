list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_inspect.cpp)
