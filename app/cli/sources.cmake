list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_inspect.cpp)
list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_appshot.cpp cli/cmd_appshot.h cli/cmd_appshot_model.cpp)
