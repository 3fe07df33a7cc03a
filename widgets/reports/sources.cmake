list(APPEND NETSYNTH_WIDGETS_SOURCES
  reports/reports_pane.h reports/reports_pane.cpp
  reports/series_comparison_dialog.h reports/series_comparison_dialog.cpp
)
