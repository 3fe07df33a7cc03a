# Sources of core/imaging (paths relative to core/).
list(APPEND NETSYNTH_BASE_SOURCES
  imaging/image_dataset.h imaging/image_dataset.cpp
)
