# Tests of core/runs: run folders written by the real trainers.
netsynth_add_test(NAME tst_run_summary SOURCES core/runs/tst_run_summary.cpp LIBS netsynth_core LABELS diffusion)
