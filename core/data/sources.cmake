# Sources of core/data (paths relative to core/).
list(APPEND NETSYNTH_BASE_SOURCES
  data/biflow.h data/biflow.cpp
)
