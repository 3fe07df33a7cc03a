# core/export: torch-free tests (also run under the sanitizer build).
netsynth_add_test(NAME tst_traffic_export SOURCES core/export/tst_traffic_export.cpp LIBS netsynth_base
                  LABELS base export realdata)
