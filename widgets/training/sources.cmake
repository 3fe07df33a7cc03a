# The Training pane (paths relative to widgets/).
list(APPEND NETSYNTH_WIDGETS_SOURCES
  training/training_backend.h
  training/loss_chart.h training/loss_chart.cpp
  training/gan_loss_chart.h training/gan_loss_chart.cpp
  training/sample_grid_view.h training/sample_grid_view.cpp
  training/sample_details_dialog.h training/sample_details_dialog.cpp
  training/training_pane.h training/training_pane.cpp training/training_pane_layout.cpp
  training/training_pane_p.h training/training_pane_live.cpp
  training/training_pane_baselines.cpp training/training_pane_sampling.cpp
)
