# Sources of core/eval (paths relative to core/).
list(APPEND NETSYNTH_BASE_SOURCES
  eval/gaussian_stats.h eval/gaussian_stats.cpp
  eval/frechet_distance.h eval/frechet_distance.cpp
  eval/distribution_metrics.h eval/distribution_metrics.cpp
  eval/manifold_metrics.h eval/manifold_metrics.cpp
  eval/classification_scores.h eval/classification_scores.cpp
  eval/series_set.h eval/series_set.cpp
  eval/series_fidelity.h eval/series_fidelity.cpp
  eval/series_comparison.h eval/series_comparison.cpp
  eval/series_classifier.h eval/series_classifier.cpp
  eval/tree_classifier.h eval/tree_classifier.cpp
  eval/report_chart.h eval/report_chart.cpp
  eval/report_html.h eval/report_html.cpp eval/report_html_common.cpp
  eval/report_html_cells_p.h eval/report_html_cells.cpp
  eval/report_kind.h eval/report_kind.cpp
  eval/report_explanations.h eval/report_explanations.cpp
  eval/report_text.h eval/report_text.cpp
  eval/report_warnings.h eval/report_warnings.cpp
  eval/appshot_report_html.cpp
  eval/image_samples.h eval/image_samples.cpp
  eval/evaluation_config.h eval/evaluation_config.cpp
  eval/evaluation_inputs.h eval/evaluation_inputs.cpp
  eval/sample_grid.h eval/sample_grid.cpp
)
list(APPEND NETSYNTH_TORCH_SOURCES
  eval/gasf_classifier.h eval/gasf_classifier_impl.h eval/gasf_classifier.cpp
  eval/evaluator.h eval/evaluator.cpp
  eval/tstr_scenarios.h eval/tstr_scenarios.cpp
)
list(APPEND NETSYNTH_BASE_SOURCES eval/evaluation_loader.cpp)
list(APPEND NETSYNTH_BASE_SOURCES
  eval/pipeline_options.cpp eval/json_field.h
  eval/pipeline_split.h eval/pipeline_split.cpp
  eval/pipeline_state.h eval/pipeline_state.cpp
  eval/comparison_report.h eval/comparison_report.cpp
  eval/comparison_html.h eval/comparison_html.cpp
)
list(APPEND NETSYNTH_TORCH_SOURCES eval/pipeline_runner.h eval/pipeline_runner.cpp)
