# netsynth-cli, run as a child process (tests/cli_runner.h): one test per
# command or family of commands, with the exit codes and outputs a user sees.
netsynth_add_cli_test(NAME tst_cli SOURCES cli/tst_cli.cpp LIBS Qt6::Core LABELS cli)
target_compile_definitions(tst_cli PRIVATE NETSYNTH_VERSION="${PROJECT_VERSION}")
netsynth_add_cli_test(NAME tst_cmd_inspect SOURCES cli/tst_cmd_inspect.cpp LIBS Qt6::Core LABELS cli data)
netsynth_add_cli_test(NAME tst_imaging_cli SOURCES cli/tst_imaging_cli.cpp LIBS netsynth_base LABELS cli imaging)
netsynth_add_cli_test(NAME tst_diffusion_cli SOURCES cli/tst_diffusion_cli.cpp LIBS netsynth_base LABELS diffusion cli)
netsynth_add_cli_test(NAME tst_baseline_cli SOURCES cli/tst_baseline_cli.cpp LIBS netsynth_base LABELS baselines cli)
netsynth_add_cli_test(NAME tst_cmd_evaluate SOURCES cli/tst_cmd_evaluate.cpp LIBS netsynth_core LABELS eval cli)
netsynth_add_cli_test(NAME tst_cmd_report SOURCES cli/tst_cmd_report.cpp LIBS netsynth_core LABELS eval cli)
netsynth_add_cli_test(NAME tst_cmd_compare SOURCES cli/tst_cmd_compare.cpp LIBS Qt6::Core LABELS eval cli realdata)
netsynth_add_cli_test(NAME tst_cmd_pipeline SOURCES cli/tst_cmd_pipeline.cpp LIBS netsynth_core LABELS eval cli)
netsynth_add_cli_test(NAME tst_appshot_cli SOURCES cli/tst_appshot_cli.cpp LIBS netsynth_base LABELS appshot cli)
# Robustness: killed and starved runs leave their outputs whole.
netsynth_add_cli_test(NAME tst_crash_safety SOURCES cli/tst_crash_safety.cpp LIBS netsynth_base LABELS cli robustness)
netsynth_add_cli_test(NAME tst_disk_full SOURCES cli/tst_disk_full.cpp LIBS Qt6::Core LABELS cli robustness realdata)
