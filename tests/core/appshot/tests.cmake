# Tests of core/appshot. Torch-free ones link netsynth_base.
foreach(t city_reader netmob23_reader demo_traffic_generator patch_tiler appshot_metrics appshot_baselines)
  netsynth_add_test(NAME tst_${t} SOURCES core/appshot/tst_${t}.cpp core/appshot/appshot_test_util.h
                    LIBS netsynth_base LABELS appshot)
endforeach()
