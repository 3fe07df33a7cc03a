# The AppShot Map pane (paths relative to widgets/).
list(APPEND NETSYNTH_WIDGETS_SOURCES
  appshot/appshot_requests.h
  appshot/color_scale.h appshot/color_scale.cpp
  appshot/map_canvas.h appshot/map_canvas.cpp
  appshot/map_grid.h appshot/map_grid.cpp
  appshot/map_legend.h appshot/map_legend.cpp
  appshot/appshot_inspector.h appshot/appshot_inspector.cpp
  appshot/appshot_training_view.h appshot/appshot_training_view.cpp
  appshot/holdout_results_dialog.h appshot/holdout_results_dialog.cpp
  appshot/appshot_map_pane.h appshot/appshot_map_pane.cpp appshot/appshot_map_pane_dialogs.cpp
  appshot/appshot_map_pane_layers.cpp
)
