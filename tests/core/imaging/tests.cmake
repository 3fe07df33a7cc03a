# core/imaging: torch-free tests (also run under the sanitizer build).
foreach(name encode_spec series_extraction image_kernels image_encoder image_inversion imaging_preview)
  netsynth_add_test(NAME tst_${name} SOURCES core/imaging/tst_${name}.cpp LIBS netsynth_base LABELS base imaging)
endforeach()
