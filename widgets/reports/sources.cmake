list(APPEND NETSYNTH_WIDGETS_SOURCES
  reports/report_document.h reports/report_document.cpp
  reports/reports_pane.h reports/reports_pane.cpp
  reports/series_comparison_dialog.h reports/series_comparison_dialog.cpp
)
