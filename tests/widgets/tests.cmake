# widgets: one Qt Test executable per pane/class.
netsynth_add_test(NAME tst_datasets_pane SOURCES widgets/tst_datasets_pane.cpp LIBS netsynth_widgets netsynth_core LABELS gui data)
netsynth_add_test(NAME tst_imaging_pane SOURCES widgets/tst_imaging_pane.cpp LIBS netsynth_app LABELS gui imaging)
# trainsInTwoProcessesAndStops starts netsynth-cli workers.
netsynth_add_cli_test(NAME tst_training_pane SOURCES widgets/tst_training_pane.cpp LIBS netsynth_widgets netsynth_core
                      LABELS gui diffusion)
netsynth_add_test(NAME tst_flow_layout SOURCES widgets/tst_flow_layout.cpp LIBS netsynth_widgets LABELS gui)
netsynth_add_test(NAME tst_runs_pane SOURCES widgets/tst_runs_pane.cpp LIBS netsynth_widgets netsynth_core LABELS gui diffusion)
if(NETSYNTH_BUILD_GUI)
  netsynth_add_test(NAME tst_reports_pane SOURCES widgets/tst_reports_pane.cpp LIBS netsynth_widgets netsynth_core LABELS eval gui)
endif()
