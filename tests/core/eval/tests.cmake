# Tests of core/eval. The metric tests only need netsynth_base.
foreach(t frechet_distance distribution_metrics manifold_metrics classification_scores series_classifier tree_classifier series_fidelity series_comparison)
  netsynth_add_test(NAME tst_${t} SOURCES core/eval/tst_${t}.cpp LIBS netsynth_base LABELS eval)
endforeach()
netsynth_add_test(NAME tst_evaluator SOURCES core/eval/tst_evaluator.cpp LIBS netsynth_core LABELS eval)
netsynth_add_test(NAME tst_gasf_classifier SOURCES core/eval/tst_gasf_classifier.cpp LIBS netsynth_core LABELS eval)
# Generator comparison in the pipeline (reuse, metrics.json "generators", report table).
foreach(t comparison_report pipeline_state report_html)
  netsynth_add_test(NAME tst_${t} SOURCES core/eval/tst_${t}.cpp LIBS netsynth_base LABELS eval)
endforeach()
netsynth_add_test(NAME tst_evaluation_reference SOURCES core/eval/tst_evaluation_reference.cpp LIBS netsynth_core LABELS eval)
