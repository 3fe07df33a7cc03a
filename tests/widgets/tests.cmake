# widgets: one Qt Test executable per pane/class.
netsynth_add_test(NAME tst_datasets_pane SOURCES widgets/tst_datasets_pane.cpp LIBS netsynth_widgets netsynth_core LABELS gui data)
netsynth_add_test(NAME tst_imaging_pane SOURCES widgets/tst_imaging_pane.cpp LIBS netsynth_app LABELS gui imaging)
netsynth_add_test(NAME tst_training_pane SOURCES widgets/tst_training_pane.cpp LIBS netsynth_widgets netsynth_core LABELS gui diffusion)
# trainsInTwoProcessesAndStops starts a netsynth-cli worker.
target_compile_definitions(tst_training_pane PRIVATE NETSYNTH_CLI="$<TARGET_FILE:netsynth-cli>")
add_dependencies(tst_training_pane netsynth-cli)
netsynth_add_test(NAME tst_flow_layout SOURCES widgets/tst_flow_layout.cpp LIBS netsynth_widgets LABELS gui)
netsynth_add_test(NAME tst_runs_pane SOURCES widgets/tst_runs_pane.cpp LIBS netsynth_widgets netsynth_core LABELS gui diffusion)
