# core/imaging: torch-free tests (also run under the sanitizer build).
foreach(name encode_spec series_extraction image_kernels image_encoder image_inversion imaging_preview colour_maps)
  netsynth_add_test(NAME tst_${name} SOURCES core/imaging/tst_${name}.cpp LIBS netsynth_base LABELS base imaging)
endforeach()
netsynth_add_test(NAME tst_imaging_real_data SOURCES core/imaging/tst_imaging_real_data.cpp LIBS netsynth_base
                  LABELS base imaging realdata)
