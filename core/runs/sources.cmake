# Sources of core/runs (paths relative to core/): training runs as the user
# sees them, whatever trained them (the Runs list, run comparisons). Torch-free.
list(APPEND NETSYNTH_BASE_SOURCES
  runs/run_summary.h runs/run_summary.cpp
)
