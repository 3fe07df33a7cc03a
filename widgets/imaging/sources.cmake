# The Imaging pane (paths relative to widgets/).
list(APPEND NETSYNTH_WIDGETS_SOURCES
  imaging/colour_map.h imaging/colour_map.cpp
  imaging/matrix_image_view.h imaging/matrix_image_view.cpp
  imaging/preview_worker.h imaging/preview_worker.cpp
  imaging/imaging_pane.h imaging/imaging_pane.cpp
)
