# The Runs pane (paths relative to widgets/).
list(APPEND NETSYNTH_WIDGETS_SOURCES
  runs/runs_pane.h runs/runs_pane.cpp
)
