list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_inspect.cpp)
list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_appshot.cpp cli/cmd_appshot.h cli/cmd_appshot_model.cpp
  cli/cmd_appshot_holdout.cpp)
list(APPEND NETSYNTH_CLI_SOURCES cli/cli_application.h cli/cli_application.cpp cli/report_writer.h cli/report_writer.cpp
                                 cli/cmd_report.cpp)
# PDF reports need Qt Gui (QTextDocument, QPdfWriter): the CLI links the
# reports module (reports/) and runs a QGuiApplication on the offscreen
# platform for report commands (see cli_application.h).
if(TARGET netsynth_reports)
  set(NETSYNTH_CLI_PDF ON)
endif()
list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_encode.cpp cli/cmd_decode.cpp cli/cmd_export.cpp cli/encode_spec_options.h cli/encode_spec_options.cpp)
list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_train.cpp cli/cmd_sample.cpp cli/processes_options.h cli/processes_options.cpp)
list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_evaluate.h cli/cmd_evaluate.cpp cli/cmd_pipeline.cpp)
list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_baseline.cpp)
list(APPEND NETSYNTH_CLI_SOURCES cli/cmd_runs.cpp cli/cmd_compare.cpp)
