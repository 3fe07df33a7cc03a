netsynth_add_test(NAME tst_job_runner SOURCES core/runtime/tst_job_runner.cpp LIBS netsynth_base LABELS base)
netsynth_add_test(NAME tst_npy_io SOURCES core/runtime/tst_npy_io.cpp LIBS netsynth_base LABELS base)
netsynth_add_test(NAME tst_atomic_file SOURCES core/runtime/tst_atomic_file.cpp LIBS netsynth_base LABELS base)
