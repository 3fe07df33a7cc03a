# Tests of core/appshot. Torch-free ones link netsynth_base.
foreach(t city_reader netmob23_reader demo_traffic_generator patch_tiler appshot_metrics appshot_baselines
          region_holdout)
  netsynth_add_test(NAME tst_${t} SOURCES core/appshot/tst_${t}.cpp core/appshot/appshot_test_util.h
                    LIBS netsynth_base LABELS appshot)
endforeach()
# The GAN (libtorch): FiLM math, short training, generation for unseen cities.
netsynth_add_test(NAME tst_appshot_networks SOURCES core/appshot/tst_appshot_networks.cpp
                  core/appshot/appshot_toy_city.h LIBS netsynth_core netsynth_torch LABELS appshot)
foreach(t appshot_trainer appshot_generator)
  netsynth_add_test(NAME tst_${t} SOURCES core/appshot/tst_${t}.cpp core/appshot/appshot_test_util.h
                    core/appshot/appshot_toy_city.h LIBS netsynth_core LABELS appshot)
endforeach()
if(TARGET netsynth_widgets)
  netsynth_add_test(NAME tst_appshot_map_pane SOURCES core/appshot/tst_appshot_map_pane.cpp
                    core/appshot/appshot_toy_city.h LIBS netsynth_widgets LABELS appshot gui)
endif()
# The GUI path: AppShotController (app/) running the map pane's requests as jobs.
if(TARGET netsynth_app)
  netsynth_add_test(NAME tst_appshot_controller SOURCES core/appshot/tst_appshot_controller.cpp
                    core/appshot/appshot_toy_city.h core/appshot/appshot_test_util.h LIBS netsynth_app LABELS appshot gui)
endif()
