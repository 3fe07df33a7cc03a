# The Datasets pane (paths relative to widgets/).
list(APPEND NETSYNTH_WIDGETS_SOURCES
  datasets/loaded_dataset.h
  datasets/biflow_table_model.h datasets/biflow_table_model.cpp
  datasets/packet_table_model.h datasets/packet_table_model.cpp
  datasets/class_plots.h datasets/class_plots.cpp
  datasets/load_options_dialog.h datasets/load_options_dialog.cpp
  datasets/datasets_pane.h datasets/datasets_pane.cpp
)
