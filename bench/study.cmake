# Study tools (not benchmarks): the evaluator's XGBoost judge on decoded CSV sets.
netsynth_add_bench(judge_csv judge_csv.cpp)
