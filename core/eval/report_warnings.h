#pragma once
// Sanity checks of an evaluation (metrics.json from Evaluator::run): the
// conditions under which its figures mislead a reader, as a list of
// {"code", "message"} objects stored in metrics.json's "warnings" and shown on
// top of the report, in the CLI summary and in the Reports pane.
//
// Codes:
//   tiny_test_split        fewer than 100 real test biflows, or a class with
//                          fewer than 5 (its F1 is noise)
//   unbalanced_test_split  one class holds more than half the test split
//   majority_rate          a TSTR scenario scores no more than always
//                          predicting the test split's largest class
//   undertrained_generator the generator's checkpoint has fewer training
//                          steps than it needs to draw recognisable samples
//   fid_near_floor         the FID is within 2x of real train vs real test
//   fid_few_images         FID computed on fewer images than its features
//   memorisation           many synthetic images are near-copies of training images
// Torch-free.

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth::ReportWarnings {

// The warnings of an evaluation's figures, their messages in the current
// language (English when no translator is installed: what metrics.json stores).
nlohmann::json check(const nlohmann::json &metrics);

// The warnings a report shows, in the report's language: check(metrics)
// recomputed from the figures, then each warning stored in metrics.json's
// "warnings" whose code check() does not give (written by an older version or
// added elsewhere) as stored. Reports older than the warnings get check()'s.
nlohmann::json forDisplay(const nlohmann::json &metrics);

// The warnings as an HTML box for the top of a report; empty when none.
std::string html(const nlohmann::json &warnings);

} // namespace netsynth::ReportWarnings
