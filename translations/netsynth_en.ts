<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ColorScale</name>
    <message>
        <location filename="../widgets/appshot/color_scale.cpp" line="69"/>
        <source>log</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/color_scale.cpp" line="70"/>
        <source>linear</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="118"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="118"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="119"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="119"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="120"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="120"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="121"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="299"/>
        <source>%1 at %2 %3 (hour %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="301"/>
        <location filename="../core/eval/report_chart.cpp" line="69"/>
        <location filename="../core/eval/report_explanations.cpp" line="101"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="306"/>
        <source>generated - real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="329"/>
        <source>mean over the hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="335"/>
        <source>hour index (from Monday 00:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="337"/>
        <source>Temporal profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="338"/>
        <source>city total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="358"/>
        <source>SSIM per service (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="359"/>
        <source>Pearson of cell means per service (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="376"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="47"/>
        <source>EMD / real mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="49"/>
        <source>Pearson (cell means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="50"/>
        <source>Moran&apos;s I error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="51"/>
        <source>temporal profile error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="70"/>
        <source>ridge regression (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="71"/>
        <source>population-proportional (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="171"/>
        <source>AppShot evaluation report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="175"/>
        <source>NetSynth Studio: AppShot evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="180"/>
        <source>SIMULATED traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="181"/>
        <source>The traffic of this evaluation is the project&apos;s seeded procedural demo traffic, not a measurement, and the model was trained on simulated traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="184"/>
        <source>The figures show how well the model reproduces the simulator on an unseen city; they say nothing about real mobile traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="192"/>
        <source>Per-service similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="473"/>
        <source>AppShot city traffic evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="474"/>
        <source>NetSynth AppShot evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="485"/>
        <source>AppShot %1: mean SSIM %2, mean Pearson %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="489"/>
        <source>SIMULATED traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="499"/>
        <source>One report is on simulated traffic, the other is not: the numbers are not comparable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="502"/>
        <location filename="../core/eval/report_html.cpp" line="545"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="503"/>
        <location filename="../core/eval/report_html.cpp" line="547"/>
        <source>difference (B - A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="510"/>
        <source>evaluated city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="511"/>
        <source>hours compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="512"/>
        <source>cross-service correlation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="522"/>
        <source>%1: mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="67"/>
        <source>CDF per generator vs real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="69"/>
        <source>Biflow length distribution per generator vs real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="70"/>
        <source>Mean autocorrelation per generator vs real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="77"/>
        <source>CDF of %1 per generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="115"/>
        <source>TSTR accuracy per generator (1 real-&gt;real, 2 synthetic-&gt;real, 3 mixed-&gt;real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="116"/>
        <location filename="../core/eval/evaluator.cpp" line="416"/>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="116"/>
        <location filename="../core/eval/comparison_report.cpp" line="120"/>
        <location filename="../core/eval/evaluator.cpp" line="319"/>
        <location filename="../core/eval/report_chart.cpp" line="71"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="119"/>
        <source>Early classification, synthetic-&gt;real, per generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="120"/>
        <location filename="../core/eval/evaluator.cpp" line="318"/>
        <source>N (packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="317"/>
        <source>Early classification: accuracy vs first N packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="392"/>
        <source>CNN classifier training loss (seed 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="393"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="394"/>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="415"/>
        <source>TSTR (1 real-&gt;real, 2 synthetic-&gt;real, 3 mixed-&gt;real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="416"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="375"/>
        <source>Diffusion training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="376"/>
        <location filename="../core/eval/pipeline_runner.cpp" line="391"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="377"/>
        <location filename="../core/eval/report_chart.cpp" line="72"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="390"/>
        <source>GAN training: critic&apos;s Wasserstein estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="392"/>
        <source>W estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_chart.cpp" line="69"/>
        <location filename="../core/eval/report_explanations.cpp" line="102"/>
        <source>synthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_chart.cpp" line="70"/>
        <source>real (real-&gt;real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_chart.cpp" line="71"/>
        <source>macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="45"/>
        <source>boosted trees (%1) on the first %2 values, trained on every real training series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="49"/>
        <source>series MLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="67"/>
        <source>Classes the generator fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="69"/>
        <source>None: every class&apos;s synthetic &amp;rarr; real F1 is at least half its real &amp;rarr; real F1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="78"/>
        <source>%1 (%2 against %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="84"/>
        <source>Synthetic &amp;rarr; real F1 below half of real &amp;rarr; real (%1), worst first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="97"/>
        <source>Decoded series per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="98"/>
        <source>The first series of each class, as the classifiers read them (inverted from the images; signed sizes: + upstream, - downstream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="101"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_html_cells.cpp" line="31"/>
        <source>%n knots (in metrics.json)</source>
        <translation>
            <numerusform>%n knot (in metrics.json)</numerusform>
            <numerusform>%n knots (in metrics.json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_html_cells.cpp" line="47"/>
        <source>%n values</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_cells.cpp" line="70"/>
        <source>(reused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_cells.cpp" line="74"/>
        <source>total %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_cells.cpp" line="76"/>
        <source>%1; steps: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="49"/>
        <source>real &amp;rarr; real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="50"/>
        <source>synthetic &amp;rarr; real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="51"/>
        <source>real + synthetic &amp;rarr; real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="508"/>
        <source>evaluation of a synthetic set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="509"/>
        <source>NetSynth evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="524"/>
        <source>FID floor (real test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="525"/>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="526"/>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="527"/>
        <source>memorisation share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="529"/>
        <source>TSTR %1 accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="531"/>
        <source>TSTR %1 macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_warnings.cpp" line="90"/>
        <source>The real test split has only %n biflows: one biflow moves an accuracy by %1. Use more data or a larger test fraction before comparing figures.</source>
        <translation>
            <numerusform>The real test split has only %n biflow: one biflow moves an accuracy by %1. Use more data or a larger test fraction before comparing figures.</numerusform>
            <numerusform>The real test split has only %n biflows: one biflow moves an accuracy by %1. Use more data or a larger test fraction before comparing figures.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="103"/>
        <source>A class has fewer than 5 test biflows, so its per-class F1 is noise: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="106"/>
        <source>Classes have fewer than 5 test biflows, so its per-class F1 is noise: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="110"/>
        <source>The test split is unbalanced: %1 holds %2 % of it, so always predicting it scores %3. Read macro-F1 beside accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="118"/>
        <source>real -&gt; real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="119"/>
        <source>synthetic -&gt; real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="120"/>
        <source>real + synthetic -&gt; real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="127"/>
        <source>The judge trained %1 scores %2, no better than always predicting %3 (%4): it learnt nothing it could use from that training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_warnings.cpp" line="139"/>
        <source>The generator (%1) was trained for only %n steps; below %2 its samples are mostly noise. Train longer before judging the method.</source>
        <translation>
            <numerusform>The generator (%1) was trained for only %n step; below %2 its samples are mostly noise. Train longer before judging the method.</numerusform>
            <numerusform>The generator (%1) was trained for only %n steps; below %2 its samples are mostly noise. Train longer before judging the method.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="148"/>
        <source>The FID (%1) is within 2x of two real samples&apos; FID (%2): the difference is inside what the sampling alone gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_warnings.cpp" line="154"/>
        <source>The FID is computed on %n test images against %1 features: it is biased upwards; compare FIDs only on the same split.</source>
        <translation>
            <numerusform>The FID is computed on %n test image against %1 features: it is biased upwards; compare FIDs only on the same split.</numerusform>
            <numerusform>The FID is computed on %n test images against %1 features: it is biased upwards; compare FIDs only on the same split.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="162"/>
        <source>%1 % of the synthetic images are closer to a training image than 95 % of real test images are (about 5 % expected): the generator copies its training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="185"/>
        <source>Read these figures with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="131"/>
        <source>packet size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="132"/>
        <source>log10 inter-arrival time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="133"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="137"/>
        <source>CDF of %1: real vs synthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="150"/>
        <location filename="../core/eval/series_fidelity.cpp" line="167"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="152"/>
        <source>Histogram of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="166"/>
        <source>Biflow length distribution (packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="167"/>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="172"/>
        <source>Mean autocorrelation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="173"/>
        <source>lag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::AboutDialog</name>
    <message>
        <location filename="../app/about_dialog.cpp" line="14"/>
        <source>&lt;h2&gt;NetSynth Studio %1&lt;/h2&gt;&lt;p&gt;A workbench for generative modelling of network traffic: packet-level synthesis (NetDiffus) and city-scale service-level snapshots (AppShot).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Qt&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;libtorch&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3 (%4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;OpenCV&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Device&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/about_dialog.cpp" line="25"/>
        <source>CUDA build</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/about_dialog.cpp" line="25"/>
        <source>CPU build</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/about_dialog.cpp" line="32"/>
        <source>About NetSynth Studio</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::AppShotController</name>
    <message>
        <location filename="../app/appshot_controller.cpp" line="52"/>
        <source>%1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="121"/>
        <source>Open city %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="149"/>
        <source>Simulate traffic for %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="163"/>
        <source>Showing SIMULATED traffic (procedural demo data, not a measurement).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="176"/>
        <source>Train AppShot (%n step(s))</source>
        <translation>
            <numerusform>Train AppShot (%n step)</numerusform>
            <numerusform>Train AppShot (%n steps)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="207"/>
        <source>Training canceled; the run folder holds a checkpoint to resume from.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="212"/>
        <source>Training finished: %1 (use Generate... with it)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="224"/>
        <source>Generate traffic for %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="252"/>
        <source>Generated %1 hour(s) x %2 service(s) for %3 with %4 patches</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="258"/>
        <source> (model trained on SIMULATED traffic)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="263"/>
        <source>; WARNING: the city lacks %n context layer(s) the model uses (zeros were used): %1</source>
        <translation>
            <numerusform>; WARNING: the city lacks %n context layer the model uses (zeros were used): %1</numerusform>
            <numerusform>; WARNING: the city lacks %n context layers the model uses (zeros were used): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="275"/>
        <source>Load traffic %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="296"/>
        <source>Loaded %1 hour(s) x %2 service(s) of generated traffic</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="308"/>
        <source>Export traffic %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="323"/>
        <source>Exported %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="335"/>
        <source>Evaluate AppShot traffic for %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="359"/>
        <source>Evaluated %n hour(s) of %1</source>
        <translation>
            <numerusform>Evaluated %n hour of %1</numerusform>
            <numerusform>Evaluated %n hours of %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="360"/>
        <source> (SIMULATED traffic)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="361"/>
        <source>, %n baseline(s); report in %1.</source>
        <translation>
            <numerusform>, %n baseline; report in %1.</numerusform>
            <numerusform>, %n baselines; report in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="385"/>
        <source>Hold-out study of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="396"/>
        <source>Hold-out study finished: %n run(s), results in %1.</source>
        <translation>
            <numerusform>Hold-out study finished: %n run, results in %1.</numerusform>
            <numerusform>Hold-out study finished: %n runs, results in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netsynth::AppShotInspector</name>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="23"/>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="23"/>
        <source>Real /
raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="23"/>
        <source>Gen. /
norm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="24"/>
        <source>Services: the real value; context layers: the raw value</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="25"/>
        <source>Services: the generated value; context layers: the normalised value the model sees</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="41"/>
        <source>real</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="44"/>
        <source>generated</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="47"/>
        <source>hour from Monday 00:00</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="48"/>
        <source>traffic</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="67"/>
        <source>Click a cell of a map to inspect it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="100"/>
        <source>Cell row %1, column %2 of %3%4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="104"/>
        <source> (invalid cell)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="140"/>
        <source>service %1: real and generated traffic</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::AppShotMapPane</name>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="58"/>
        <source>no grid shapefile: the grid is not geo-referenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="60"/>
        <source>traffic: SpectraGAN stand-in maps (not a measurement); the first hour is taken as Monday 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="63"/>
        <source>Milan has no public context layers in this layout: maps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="65"/>
        <source>CSV grid: not geo-referenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="67"/>
        <source>NetMob23: no context layers in this layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="70"/>
        <source>cropped from %1: rows %2..%3, cols %4..%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="80"/>
        <source>Generation patches</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="150"/>
        <source>Open city...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="151"/>
        <source>Simulate traffic...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="153"/>
        <source>Train...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="154"/>
        <source>Generate...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="155"/>
        <source>Load generated...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="157"/>
        <source>Export PNG...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="158"/>
        <source>Export traffic...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="160"/>
        <source>Evaluate...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="161"/>
        <source>Hold-out study...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="169"/>
        <source>Layer</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="169"/>
        <source>Opacity</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="169"/>
        <source>Scale</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="425"/>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="179"/>
        <source>Real</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="179"/>
        <source>Generated</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="431"/>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="179"/>
        <source>Generated - real</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="191"/>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="197"/>
        <source>Play</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="194"/>
        <source>Play the hours (Ctrl+Space)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="197"/>
        <source>Pause</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="95"/>
        <source>Cell inspector</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="96"/>
        <source>Training</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="111"/>
        <source>Open a city folder (Ctrl+L): context layers, and traffic maps when the city has them.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="258"/>
        <source>Open it in the Reports pane</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="328"/>
        <source>Cell row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="337"/>
        <source>%1: centre x %2 m, y %3 m (%4); cells %5 x %6 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="340"/>
        <source>%1: centre x %2, y %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="367"/>
        <source>%1: %2 x %3 cells, %4 context layers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="389"/>
        <source>Open the city these maps belong to first: generated maps are shown over a city&apos;s grid.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="393"/>
        <source>The generated maps are %1 x %2 cells but %3 is %4 x %5: not shown (the maps already shown are kept).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="421"/>
        <source>SIMULATED</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="423"/>
        <source>Real: no traffic</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="426"/>
        <source>Real (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="428"/>
        <source>Generated (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="429"/>
        <source>Generated: none</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="502"/>
        <source>%1: generated - real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="96"/>
        <source>Service channels</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="97"/>
        <source>Context layers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="113"/>
        <source>%1: min %2, max %3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="118"/>
        <source>Opacity of %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="127"/>
        <source>linear</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="128"/>
        <source>log</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="439"/>
        <source>no time steps</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="443"/>
        <source>Mon</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="443"/>
        <source>Tue</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="443"/>
        <source>Wed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="443"/>
        <source>Thu</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="444"/>
        <source>Fri</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="444"/>
        <source>Sat</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="444"/>
        <source>Sun</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="447"/>
        <source>step %1/%2, hour %3 (%4 %5:%6)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="47"/>
        <source>Open city folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="57"/>
        <source>Open a city first: simulated traffic is built over its context layers.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="61"/>
        <source>Simulate traffic</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="63"/>
        <source>Builds SIMULATED multi-service traffic over the city&apos;s context layers (procedural demo data, not a measurement). It replaces the real maps in this view and is labelled simulated.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="71"/>
        <source>Services</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="72"/>
        <source>Days</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="73"/>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="114"/>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="174"/>
        <source>Seed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="82"/>
        <source>Train AppShot</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="88"/>
        <source>Add city folder...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="90"/>
        <source>Training city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="94"/>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="106"/>
        <source>Train on SIMULATED demo traffic of each city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="109"/>
        <source>Training cities</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="111"/>
        <source>Run folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="112"/>
        <source>Steps</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="113"/>
        <source>Batch</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="116"/>
        <source>Simulated services</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="123"/>
        <source>Training needs at least one city folder.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="148"/>
        <source>Open the city to generate for first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="152"/>
        <source>Generate traffic for %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="157"/>
        <source>checkpoint.pt of an AppShot training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="158"/>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="236"/>
        <source>Browse...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="160"/>
        <source>AppShot checkpoint</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="162"/>
        <source>Checkpoints (*.pt)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="170"/>
        <source>Hour indices from Monday 00:00, e.g. 0-23, 0-167 or 0,6,12</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="172"/>
        <source>Checkpoint</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="173"/>
        <source>Hours</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="178"/>
        <source>Choose the checkpoint of an AppShot training run (Train... writes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="186"/>
        <source>Generated traffic folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="193"/>
        <source>Export maps as PNG</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="194"/>
        <source>PNG images (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="198"/>
        <source>Saved %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="200"/>
        <source>Export PNG</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="200"/>
        <source>Could not write %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="206"/>
        <source>No generated traffic to export: generate or load some first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="210"/>
        <source>Export generated traffic</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="212"/>
        <source>NumPy folder (*.npy);;CSV (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="220"/>
        <source>Evaluation needs a city with real (or simulated) traffic and generated traffic for it: open, simulate or generate them first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="225"/>
        <source>Evaluate generated traffic for %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="227"/>
        <source>Compares the generated maps with the city&apos;s real traffic at the same hours: per service EMD, SSIM, Pearson of cell means, Moran&apos;s I and temporal profile errors, and the cross-service correlation error, next to the ridge and population baselines of the training run. Writes report.html, report.pdf and metrics.json.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="238"/>
        <source>Folder for the report folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="245"/>
        <source>Report folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="254"/>
        <source>A hold-out study needs a city with traffic: open one (e.g. Aachen of the shared data) or simulate its traffic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="259"/>
        <source>Hold-out study of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="261"/>
        <source>Cuts the city into stripes. For every stripe and seed, AppShot and the ridge and population baselines are trained without the stripe&apos;s traffic (nor the buffer around it), the whole city is generated, and the stripe is scored. Each training takes as long as Train with the same steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="277"/>
        <source>Hours from Monday 00:00 that are generated and scored, e.g. 0-167 or 0,6,12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="278"/>
        <source>Study folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="279"/>
        <source>Stripes (folds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="280"/>
        <source>Buffer (cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="281"/>
        <source>Seeds per fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="282"/>
        <source>Training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="283"/>
        <source>Patch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="284"/>
        <source>Hours scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::AppShotTrainingView</name>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="18"/>
        <source>Sample: real</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="19"/>
        <source>Sample: generated</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="23"/>
        <source>generator</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="23"/>
        <source>D spatial (PatchGAN)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="23"/>
        <source>D composition</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="27"/>
        <source>discriminator loss (chance 1.386)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="33"/>
        <source>step</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="34"/>
        <source>generator loss</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="46"/>
        <source>No training yet: use Train... to train the GAN.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="81"/>
        <source>Step %1 of %2: generator %3, D spatial %4, D composition %5, L1 %6</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="100"/>
        <source>Real %1, %2, hour %3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="101"/>
        <source>Generated at step %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::BiflowTableModel</name>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="96"/>
        <source>%1 bins</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="98"/>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="118"/>
        <source>#</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="119"/>
        <source>Label</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="120"/>
        <source>Initiator</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="121"/>
        <source>Responder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="122"/>
        <source>Proto</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="123"/>
        <source>Packets</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="124"/>
        <source>Bytes up</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="125"/>
        <source>Bytes down</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="126"/>
        <source>Duration (s)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="127"/>
        <source>File</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::ClassPlots</name>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="91"/>
        <source>Packet size by direction</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="92"/>
        <source>Inter-arrival time CDF</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="93"/>
        <source>Biflow length</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="126"/>
        <location filename="../widgets/datasets/class_plots.cpp" line="127"/>
        <source>bytes per bin</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="130"/>
        <source>upstream</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="132"/>
        <source>downstream</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="133"/>
        <source>bytes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="137"/>
        <source>bins</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="137"/>
        <source>packets</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="149"/>
        <source>seconds (log)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="150"/>
        <source>fraction</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="168"/>
        <location filename="../widgets/datasets/class_plots.cpp" line="170"/>
        <source>biflows</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="169"/>
        <source>bins per series</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="169"/>
        <source>packets per biflow</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::ColourBar</name>
    <message>
        <location filename="../widgets/colour_bar.cpp" line="35"/>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::ColourMap</name>
    <message>
        <location filename="../widgets/imaging/colour_map.cpp" line="31"/>
        <source>Viridis</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/colour_map.cpp" line="32"/>
        <source>Inferno</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/colour_map.cpp" line="33"/>
        <source>Grey</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::CompareActions</name>
    <message>
        <location filename="../app/compare_actions.cpp" line="51"/>
        <source>Compare &amp;real and synthetic...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="53"/>
        <source>Decoded real and synthetic series per class side by side, with their distributions overlaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="60"/>
        <location filename="../app/compare_actions.cpp" line="92"/>
        <location filename="../app/compare_actions.cpp" line="123"/>
        <source>Compare real and synthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="62"/>
        <source>Both image sets are decoded into series with their own specs; per class, a few series of each are drawn side by side and their value and length distributions overlaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="71"/>
        <source>Real image set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="71"/>
        <source>Real image set folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="74"/>
        <source>Synthetic image set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="75"/>
        <source>Synthetic image set folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="80"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="90"/>
        <source>%1 is not an image set (it has no manifest.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="106"/>
        <source>Compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::DatasetsPane</name>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="74"/>
        <source>Open file...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="75"/>
        <source>Open a MIRAGE JSON, pcap/pcapng or CSV trace file (Ctrl+O)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="77"/>
        <source>Open folder...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="78"/>
        <source>Open every traffic file of a folder as one dataset (Ctrl+Shift+O)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="80"/>
        <source>Options...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="81"/>
        <source>Open with a chosen format and reader options (Ctrl+Alt+O)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="84"/>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="85"/>
        <source>Close the selected dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="111"/>
        <source>Synthetic demo data: generated by NetSynth from a fixed seed, not real traffic. Open your own data with File &gt; Open dataset.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="127"/>
        <source>Dataset / class</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="127"/>
        <source>Biflows</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="127"/>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="190"/>
        <source>Packets</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="143"/>
        <source>Filter biflows: label, address, port, protocol, file</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="189"/>
        <source>Class statistics</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="191"/>
        <source>Biflow details</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="226"/>
        <source>Dismiss</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="240"/>
        <source>Open dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="241"/>
        <source>Traffic files (*.json *.pcap *.pcapng *.cap *.csv);;MIRAGE JSON (*.json);;Captures (*.pcap *.pcapng *.cap);;CSV traces (*.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="249"/>
        <source>Open dataset folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="268"/>
        <source>Open %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="280"/>
        <source>Could not open %1:
%2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="299"/>
        <source>Opened %1 with warnings:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="313"/>
        <source>%1 [synthetic demo]</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="317"/>
        <source>%1
format: %2, %3 file(s)%4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="320"/>
        <source>
Synthetic demo data generated from a fixed seed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="332"/>
        <source>%1 series</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="397"/>
        <source>All classes of %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="398"/>
        <source>Class %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="399"/>
        <source>: %1 biflows, %2 packets, %3 bytes up, %4 bytes down</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="430"/>
        <source>Label: %1
</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="432"/>
        <source>5-tuple: %1
</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="433"/>
        <source>File: %1 (biflow %2)
</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="435"/>
        <source>Binned series: %1 bins of %2 s
</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="437"/>
        <source>Packets: %1 present</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="438"/>
        <source>, %1 in the source
</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::EvaluationActions</name>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="49"/>
        <source>&amp;Evaluate synthetic images...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="52"/>
        <source>Run full &amp;pipeline...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="61"/>
        <source>Evaluate synthetic images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="64"/>
        <source>Real (training) images:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="64"/>
        <source>Real image set</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="65"/>
        <source>Synthetic images:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="65"/>
        <source>Synthetic image set</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="66"/>
        <source>Real test images (optional):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="66"/>
        <source>Held-out real image set</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="67"/>
        <source>Report folder:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="67"/>
        <source>Report folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="72"/>
        <source>empty: hold out 25% of the real images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="76"/>
        <source>Seeds:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="77"/>
        <source>Train the GASF CNN (FID and NetDiffus TSTR; slower)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="87"/>
        <location filename="../app/evaluation_actions.cpp" line="326"/>
        <source>Evaluate</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="87"/>
        <source>Choose the real and synthetic image sets and a report folder.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="104"/>
        <source>diffusion, DDPM ancestral sampling (same model, slower sampler)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="102"/>
        <source>diffusion, DDIM sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="106"/>
        <source>diffusion, DPM-Solver++(2M) sampling (fewer steps; the primary by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="108"/>
        <source>DoppelGANger-style time-series GAN</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="110"/>
        <source>conditional WGAN-GP on GASF images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="112"/>
        <source>per-class empirical sampler (floor: no temporal structure)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="114"/>
        <source>real training images drawn again (ceiling, not ranked)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="123"/>
        <location filename="../app/evaluation_actions.cpp" line="229"/>
        <location filename="../app/evaluation_actions.cpp" line="233"/>
        <source>preset&apos;s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="191"/>
        <location filename="../app/evaluation_actions.cpp" line="274"/>
        <location filename="../app/evaluation_actions.cpp" line="356"/>
        <source>Run full pipeline</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="194"/>
        <source>Dataset (folder):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="194"/>
        <source>Dataset folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="195"/>
        <source>Output folder:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="195"/>
        <source>Output folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="202"/>
        <source>Preset:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="136"/>
        <source>Generators to compare</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="153"/>
        <source>All train on the same split, sample the same count per class and go through the same evaluation. The first checked is the primary.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="208"/>
        <source>Synthetic images per class, the same for every generator</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="209"/>
        <source>Biflows kept per class before the train/test split</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="220"/>
        <source>Training steps of dg and wgan-gasf</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="221"/>
        <source>Sampling steps of DPM-Solver++ and DDIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="252"/>
        <source>Sampling steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="222"/>
        <source>DDPM sampling steps (respaced); the training schedule&apos;s step count samples with every step</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="210"/>
        <source>Diffusion training steps; the default preset&apos;s: about 100 passes over the training split, 3,000 to 60,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="218"/>
        <source>Share of the training split kept for training, per class; the held-out split stays the same (how much does synthetic data add when real data is scarce?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="230"/>
        <source>Classifier-free guidance of diffusion sampling (1 = plain conditional sampling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="234"/>
        <source>balanced (the same count per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="235"/>
        <source>as the real training split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="236"/>
        <source>How synthetic images are shared among classes, for every generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="166"/>
        <source>Diffusion training in this many processes (data-parallel: this one and netsynth-cli workers, the threads split between them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="244"/>
        <source>Training processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="246"/>
        <source>Class mix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="247"/>
        <source>Synthetic per class:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="248"/>
        <source>Biflows per class:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="249"/>
        <source>Diffusion training steps:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="250"/>
        <source>Training share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="251"/>
        <source>GAN training steps:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="253"/>
        <source>DDPM steps:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="254"/>
        <source>Guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="255"/>
        <source>Seed:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="256"/>
        <source>Redo every step (ignore what the output folder already holds)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="175"/>
        <source>inspect -&gt; encode -&gt; train -&gt; sample -&gt; evaluate -&gt; report. A re-run into the same output folder reuses every finished step whose settings did not change, so adding a generator later costs only its own work. With the default preset diffusion alone takes up to an hour on a CPU; every other generator adds its own training, sampling and evaluation.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="275"/>
        <source>Choose a dataset, an output folder and at least one generator.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="313"/>
        <source>Evaluate %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/evaluation_actions.cpp" line="343"/>
        <source>Pipeline %1 (%n generators)</source>
        <translation>
            <numerusform>Pipeline %1 (%n generator)</numerusform>
            <numerusform>Pipeline %1 (%n generators)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="345"/>
        <source>Pipeline %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::ExportActions</name>
    <message>
        <location filename="../app/export_actions.cpp" line="42"/>
        <source>pcapng: one capture per class (Wireshark, tshark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="43"/>
        <source>pcap: one capture per class (tcpdump, tcpreplay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="44"/>
        <source>MIRAGE JSON: one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="45"/>
        <source>CSV, AppxAct layout: one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="46"/>
        <source>CSV per packet, Alexa layout: one file per biflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="65"/>
        <source>E&amp;xport traffic...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="67"/>
        <source>Write an image set (synthetic or encoded) as pcapng, pcap, MIRAGE JSON or CSV traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="89"/>
        <location filename="../app/export_actions.cpp" line="154"/>
        <location filename="../app/export_actions.cpp" line="185"/>
        <location filename="../app/export_actions.cpp" line="198"/>
        <source>Export traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="91"/>
        <source>Every image is inverted and each value of its series becomes one packet, so reading the export back gives the same series. Addresses are from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="100"/>
        <source>Image set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="100"/>
        <source>Image set folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="106"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="107"/>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="107"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="109"/>
        <source>Reference dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="109"/>
        <source>Reference traffic dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="111"/>
        <source>optional: real traffic lending protocol, port and inter-arrival times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="112"/>
        <source>A traffic dataset with the same classes: its protocol, server port and inter-arrival times (per class and packet position) are used. Without one: TCP to port 443, packets 1 ms apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="118"/>
        <source>Seed of the inter-arrival draws, sequence numbers and payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="119"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="121"/>
        <source>As the set&apos;s spec records (payload when it does not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="122"/>
        <source>IP packet lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="123"/>
        <source>L4 payload sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="124"/>
        <source>Sizes are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="125"/>
        <source>Random payload bytes (seeded) instead of zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="128"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="148"/>
        <source>%1 is not an image set (it has no manifest.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="150"/>
        <source>Choose where to write the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="152"/>
        <source>The export would land inside the image set&apos;s folder; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="175"/>
        <source>Export %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/export_actions.cpp" line="191"/>
        <source>%1 biflows, %2 packets written to %3 (%n file(s)).</source>
        <translation>
            <numerusform>%1 biflows, %2 packets written to %3 (%n file).</numerusform>
            <numerusform>%1 biflows, %2 packets written to %3 (%n files).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="195"/>
        <source>Timestamps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="204"/>
        <source>Open in the Datasets pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::GanLossChart</name>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="18"/>
        <source>step</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="19"/>
        <source>critic estimate</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="23"/>
        <source>W distance</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="27"/>
        <source>W distance, smoothed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="30"/>
        <source>critic loss, smoothed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::GuideDialog</name>
    <message>
        <location filename="../app/guide_dialog.cpp" line="82"/>
        <source>NetSynth Studio guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="100"/>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="105"/>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="115"/>
        <source>Find in page (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="171"/>
        <source>This build has no embedded guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="193"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::HoldoutResultsDialog</name>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="28"/>
        <source>Hold-out study of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="30"/>
        <source>Per-cell correlation of mean traffic (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="31"/>
        <source>SSIM of the mean map (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="32"/>
        <source>Per-cell hourly correlation (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="33"/>
        <source>JSD of cell values (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="34"/>
        <source>Relative EMD (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="39"/>
        <source>AppShot GAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="39"/>
        <source>Ridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="39"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="77"/>
        <source>%1 stripes x %2 seeds (%3 runs done), buffer %4, %5 hours scored per run. Mean ± sd over the runs; the best of each row in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="89"/>
        <source>GAN minus ridge, per-cell correlation of mean traffic: %1 on average, %2 in the worst run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="97"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="104"/>
        <source>Results: %1/holdout.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::ImagingPane</name>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="48"/>
        <source>signed size (bytes, + up / - down)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="48"/>
        <source>size (B, +up/-down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="50"/>
        <source>payload (bytes)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="50"/>
        <source>payload (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="51"/>
        <source>IAT (µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="51"/>
        <source>inter-arrival time (µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="52"/>
        <source>bytes per bin</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="52"/>
        <source>bytes/bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="56"/>
        <source>%1, log-scaled before encoding</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="56"/>
        <source>%1, log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="80"/>
        <source>Could not load the dataset: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="120"/>
        <source>Index of the biflow in the dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="121"/>
        <source>No dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="125"/>
        <source>Signed size</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="126"/>
        <source>Payload size</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="127"/>
        <source>Inter-arrival time</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="128"/>
        <source>Bytes per bin</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="129"/>
        <source>Log</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="130"/>
        <source>Encode sign(v) ln(1 + |v|) instead of v</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="134"/>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="135"/>
        <source>Bin width for bytes per bin</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="138"/>
        <source>First N packets (or bins) of the biflow</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="139"/>
        <source>= size</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="140"/>
        <source>Keep the series length equal to the image size (lossless: no PAA averaging)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="143"/>
        <source>Zeros</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="144"/>
        <source>Mark length</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="147"/>
        <source>GASF</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="148"/>
        <source>GADF</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="149"/>
        <source>MTF</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="152"/>
        <source> px</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="159"/>
        <source>Gamma correction I = A * I_r^gamma (logarithmic slider)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="168"/>
        <source>Amplitude A of the gamma correction</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="169"/>
        <source>Without gamma</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="171"/>
        <source>Show the image before gamma correction</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="180"/>
        <source>&amp;Biflow</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="186"/>
        <source>&amp;Feature</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="189"/>
        <source>&amp;Length</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="191"/>
        <source>&amp;Padding</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="194"/>
        <source>&amp;Encoder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="195"/>
        <source>&amp;Size</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="196"/>
        <source>&amp;Colours</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="200"/>
        <source>&amp;Gamma</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="205"/>
        <source>&amp;A</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="226"/>
        <source>+</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="226"/>
        <source>Zoom in</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="227"/>
        <source>-</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="227"/>
        <source>Zoom out</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="228"/>
        <source>Fit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="228"/>
        <source>Fit the image</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="230"/>
        <source>Export PNG...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="231"/>
        <source>Save the colour-mapped image as PNG (a preview: data is stored as float32)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="237"/>
        <source>Encode dataset...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="238"/>
        <source>Encode every biflow of the dataset with these settings into float32 image shards</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="278"/>
        <source>original</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="282"/>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="288"/>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="293"/>
        <source>|error|</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="291"/>
        <source>packet / bin index</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="305"/>
        <source>raw pixels (I_r)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="310"/>
        <source>gamma-corrected</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="314"/>
        <source>pixel value</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="315"/>
        <source>pixels</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="371"/>
        <source>i = %1, j = %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="459"/>
        <source>Cannot preview: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="466"/>
        <source>%1 of %2: %3, %4 packets</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="478"/>
        <source>not invertible: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="480"/>
        <source>recovered %1 of %2 values, max |error| %3, RMS %4%5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="486"/>
        <source>%1 %2x%3, gamma %4, A %5: image %6 ms, preview %7 ms; %8</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="507"/>
        <source>%1, before gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="507"/>
        <source>%1, after gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="553"/>
        <source>gamma %1, A %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="574"/>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="579"/>
        <source>Export image</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="575"/>
        <source>PNG images (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="579"/>
        <source>Could not write %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::JobsModel</name>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="58"/>
        <source>Queued</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="59"/>
        <source>Running</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="60"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="61"/>
        <source>Finished</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="62"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="63"/>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="64"/>
        <source>Canceled</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="83"/>
        <source>Paused. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="106"/>
        <source>Job</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="107"/>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="108"/>
        <source>Progress</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="109"/>
        <source>Elapsed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="110"/>
        <source>Message</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::JobsPane</name>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="54"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="55"/>
        <source>Cancel the selected jobs (Delete)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="58"/>
        <source>Cancel all</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="60"/>
        <source>Clear finished</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::LoadOptionsDialog</name>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="20"/>
        <source>Open dataset with options</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="22"/>
        <source>File...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="23"/>
        <source>Folder...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="25"/>
        <source>Open dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="30"/>
        <source>Open dataset folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="41"/>
        <source>Detect</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="51"/>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="53"/>
        <source>file name,label per line (optional)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="54"/>
        <source>...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="56"/>
        <source>Label mapping</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="65"/>
        <source>all</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="66"/>
        <source>Label biflows of other apps &quot;background&quot; (tcbench rule)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="67"/>
        <source>Use the dataset cache</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="71"/>
        <source>Path:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="72"/>
        <source>Format:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="73"/>
        <source>CSV series column:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="74"/>
        <source>pcap idle timeout:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="75"/>
        <source>pcap label mapping:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="76"/>
        <source>Packets kept per biflow:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="77"/>
        <source>MIRAGE:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::LossChart</name>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="25"/>
        <source>step</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="26"/>
        <source>loss (log)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="28"/>
        <source>loss</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="32"/>
        <source>smoothed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="51"/>
        <source>NetSynth Studio</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="103"/>
        <source>Datasets</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="114"/>
        <source>Imaging</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="128"/>
        <source>Training</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="135"/>
        <source>AppShot Map</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="137"/>
        <source>Reports</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="148"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="170"/>
        <source>Jobs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="192"/>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="193"/>
        <source>&amp;Open dataset...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="195"/>
        <source>Open dataset &amp;folder...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="198"/>
        <source>Open dataset with &amp;options...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="200"/>
        <source>&amp;Recent datasets</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="210"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="214"/>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="222"/>
        <source>&amp;Reset layout</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="224"/>
        <source>&amp;Tools</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="225"/>
        <source>&amp;Benchmark device</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="242"/>
        <source>&amp;Preferences...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="248"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="249"/>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="258"/>
        <source>&amp;About NetSynth Studio</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="260"/>
        <source>About &amp;Qt</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="254"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="293"/>
        <source>%1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="295"/>
        <source>%1 canceled</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="299"/>
        <source>Ready</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="305"/>
        <source>Device: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="306"/>
        <source>CUDA is available on this machine</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="307"/>
        <source>No CUDA device: computing on the CPU</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main_window.cpp" line="313"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="343"/>
        <source>Preferences</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="354"/>
        <source>Benchmark device</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="360"/>
        <source>Device benchmark: %1 GFLOP/s on %2 (%3 matmuls of %4x%4)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="382"/>
        <source>Folder for the encoded images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="391"/>
        <source>Encode %1 into images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="399"/>
        <source>Encoded %1 images into %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="407"/>
        <source>Encode dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="417"/>
        <source>Stopping running jobs...</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::MapCanvas</name>
    <message>
        <location filename="../widgets/appshot/map_canvas.cpp" line="88"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/map_canvas.cpp" line="88"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/appshot/map_canvas.cpp" line="214"/>
        <source>No map</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::MapLegend</name>
    <message>
        <location filename="../widgets/appshot/map_legend.cpp" line="43"/>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::MatrixImageView</name>
    <message>
        <location filename="../widgets/imaging/matrix_image_view.cpp" line="94"/>
        <source>i = %1, j = %2
value = %3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/imaging/matrix_image_view.cpp" line="116"/>
        <source>No image</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::PacketTableModel</name>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="65"/>
        <source>down</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="83"/>
        <source>↑ up</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="83"/>
        <source>↓ down</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="106"/>
        <source>Bin</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="106"/>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="107"/>
        <source>Time (s)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="108"/>
        <source>Direction</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="109"/>
        <source>Bytes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="109"/>
        <source>IP size</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="110"/>
        <source>Payload</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="111"/>
        <source>IAT (s)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="112"/>
        <source>TCP flags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="113"/>
        <source>Window</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::PathRow</name>
    <message>
        <location filename="../app/path_row.cpp" line="18"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::PreferencesDialog</name>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="22"/>
        <source>Automatic (CUDA when available)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="23"/>
        <source>CPU</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="24"/>
        <source>CUDA GPU</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="29"/>
        <source>All cores (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="33"/>
        <source>System language</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="40"/>
        <source>New runs, reports and encoded image sets are proposed in this folder, never inside an input dataset&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="42"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="44"/>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="53"/>
        <source>Compute &amp;device:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="54"/>
        <source>CPU &amp;threads:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="55"/>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="56"/>
        <source>&amp;Workspace folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="57"/>
        <source>A language change takes effect at the next start.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::PreviewWorker</name>
    <message>
        <location filename="../widgets/imaging/preview_worker.cpp" line="71"/>
        <source>No biflow selected</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>netsynth::ReportText</name>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="223"/>
        <source>Service-level traffic maps generated for &lt;b&gt;%1&lt;/b&gt;, a city the model &lt;b&gt;was trained on&lt;/b&gt; (training cities: %2), compared with the city&apos;s real traffic, next to two baselines fitted on the same cities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="229"/>
        <source>This measures how well the model fits its training data, not how it does on a city it has never seen: evaluate on a held-out city for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="232"/>
        <source>Leave-one-city-out evaluation: service-level traffic maps generated for &lt;b&gt;%1&lt;/b&gt;, a city the model was not trained on (training cities: %2), compared with the city&apos;s real traffic, next to two baselines fitted on the same training cities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="235"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="239"/>
        <location filename="../core/eval/report_html.cpp" line="256"/>
        <source>Created %1 with NetSynth %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="251"/>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="252"/>
        <source>Evaluated city (a training city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="253"/>
        <source>Evaluated city (held out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="256"/>
        <source>Training cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="256"/>
        <location filename="../core/eval/appshot_report_html.cpp" line="257"/>
        <location filename="../core/eval/report_html.cpp" line="568"/>
        <location filename="../core/eval/report_html_common.cpp" line="50"/>
        <location filename="../core/eval/report_html_common.cpp" line="59"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="259"/>
        <source>(%1 training steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="262"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="263"/>
        <location filename="../core/eval/report_html.cpp" line="453"/>
        <source>Seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="263"/>
        <source>training %1, generation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="267"/>
        <source>Hours compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="267"/>
        <source>%1 (hour indices from Monday 00:00: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="274"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="275"/>
        <source>Real traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="277"/>
        <source>Generated traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="278"/>
        <source>Traffic units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="279"/>
        <source>Simulated traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="281"/>
        <source>YES: simulated demo traffic, not a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="283"/>
        <location filename="../core/eval/report_html_common.cpp" line="58"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="286"/>
        <source>Baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="287"/>
        <source>none found (run &apos;appshot generate&apos; with the training run&apos;s baselines.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="293"/>
        <source>Per-service metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="294"/>
        <source>Best value per service and column shaded and in bold (lower is better except SSIM and Pearson).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="297"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="297"/>
        <location filename="../core/eval/appshot_report_html.cpp" line="329"/>
        <location filename="../core/eval/appshot_report_html.cpp" line="350"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="323"/>
        <source>Cross-service correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="324"/>
        <source>Mean absolute difference between the services&apos; Pearson correlation matrices (over valid cells and hours), real vs generated, off-diagonal entries; it shows whether the joint multi-service structure is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="327"/>
        <source>Empty with a single service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="329"/>
        <source>cross-service correlation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="339"/>
        <location filename="../core/eval/report_html.cpp" line="424"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="346"/>
        <source>Temporal profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="347"/>
        <source>Temporal profile error: total-variation distance (0 to 1) between the city totals per hour, real vs generated, each normalised to sum 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="352"/>
        <source>mean over services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="382"/>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="383"/>
        <source>North is up. Grey cells are outside the city&apos;s valid area. Real and generated maps of one service share one colour scale (clipped at the 99th percentile of the valid cells); differences use a blue (generated below real) to red (above) scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="427"/>
        <source>x axis: service number (see Setup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="433"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="434"/>
        <source>Wasserstein-1 distance between the distributions of cell values (valid cells x hours), in traffic units; EMD / real mean divides it by the service&apos;s real mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="436"/>
        <source>Structural similarity of each hour&apos;s map (7 x 7 windows, range of the real service), averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="438"/>
        <source>Pearson (cell means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="439"/>
        <source>Correlation of the per-cell mean maps over the compared hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="440"/>
        <source>Moran&apos;s I error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="441"/>
        <source>|I(real) - I(generated)| of Moran&apos;s I (rook contiguity) of the per-cell mean maps: spatial autocorrelation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="443"/>
        <source>Temporal profile error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="444"/>
        <source>Total-variation distance between the normalised hourly city totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="445"/>
        <source>Cross-service correlation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="446"/>
        <source>Mean |C_real - C_generated| over off-diagonal service pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="62"/>
        <source>generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="96"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="96"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="98"/>
        <location filename="../core/eval/report_html.cpp" line="388"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="130"/>
        <source>Generators compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="131"/>
        <source>Every generator learned from the same real training split and produced the same number of samples per class; every synthetic set went through the same evaluation against the same held-out real test split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="135"/>
        <source>Best value of each column among the generators: &lt;b&gt;bold&lt;/b&gt; on &lt;font color=&quot;#2e7d32&quot;&gt;green&lt;/font&gt; (&amp;uarr; higher is better, &amp;darr; lower is better).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="138"/>
        <source>&lt;i&gt;Italic&lt;/i&gt; rows are references, not ranked: &lt;i&gt;%1&lt;/i&gt; draws real training images again (the ceiling), &lt;i&gt;%2&lt;/i&gt; compares the real test split with the real training split (what sampling noise alone gives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="144"/>
        <source>The summary above and the sections below describe &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="149"/>
        <location filename="../core/eval/report_html.cpp" line="366"/>
        <source>Fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="154"/>
        <source>FID in the domain CNN&apos;s feature space (see the FID notes); precision/recall: k-NN manifold; memorisation: share of samples closer to a training image than real test images are; series distances on the inverted series (JSD, W1 normalised by the real range, KS, autocorrelation error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="159"/>
        <source>Downstream usefulness (TSTR, tested on real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="165"/>
        <source>TSTR: the headline judge (boosted trees on every real training series; in older reports the GASF CNN), synth/real its synthetic&amp;rarr;real accuracy as a share of real&amp;rarr;real, then the GASF CNN and the series classifier; real&amp;rarr;real is the same real training set for every generator, so it differs only by seed noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="169"/>
        <source>Early: series classifier trained on synthetic data, on the first N packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="199"/>
        <location filename="../core/eval/report_html.cpp" line="386"/>
        <source>Per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_chart.cpp" line="241"/>
        <location filename="../reports/report_document.cpp" line="68"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="131"/>
        <source>trained on &amp;rarr; tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="132"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="132"/>
        <source>macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="133"/>
        <source>share of real &amp;rarr; real accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="133"/>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="175"/>
        <source>Rows: true class, columns: predicted class (summed over seeds); shade: share of the row. Class numbers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="192"/>
        <source>confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_html.cpp" line="199"/>
        <source>%n classes, too many for a table: each pixel block is one cell, rows are true classes and columns predicted classes in the order below (summed over seeds); the darker, the larger the share of the row. A good classifier gives a dark diagonal. The exact counts are in metrics.json. Class numbers: %1.</source>
        <translation>
            <numerusform>%n class: each pixel block is one cell, rows are true classes and columns predicted classes in the order below (summed over seeds); the darker, the larger the share of the row. A good classifier gives a dark diagonal. The exact counts are in metrics.json. Class numbers: %1.</numerusform>
            <numerusform>%n classes, too many for a table: each pixel block is one cell, rows are true classes and columns predicted classes in the order below (summed over seeds); the darker, the larger the share of the row. A good classifier gives a dark diagonal. The exact counts are in metrics.json. Class numbers: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="247"/>
        <source>NetSynth evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="251"/>
        <source>NetSynth Studio: evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="268"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="269"/>
        <source>FID (domain CNN features, real train vs synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="270"/>
        <source>FID floor (real train vs real test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="271"/>
        <source>k-NN precision / recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="273"/>
        <source>Memorisation share (expected about 0.05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="276"/>
        <source>Series identical to a training series: synthetic / real test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="280"/>
        <source>TSTR judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="282"/>
        <source>TSTR %1 accuracy / macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="285"/>
        <source>Synthetic &amp;rarr; real as a share of real &amp;rarr; real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="286"/>
        <source>%1 (real + synthetic: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="297"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="298"/>
        <source>Real (training) images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="299"/>
        <source>Real test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="300"/>
        <source>Synthetic images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="301"/>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="302"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="304"/>
        <source>Synthetic provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="306"/>
        <source>Synthetic classes not in the real set (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="314"/>
        <source>Downstream usefulness (TSTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="315"/>
        <source>Every classifier is tested on the held-out real images only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="320"/>
        <source>Boosted trees on every real training series (the judge: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="324"/>
        <source>GASF CNN (NetDiffus downstream classifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="326"/>
        <source>Series classifier (MLP on per-series features of the inverted series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="331"/>
        <source>Confusion matrices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="340"/>
        <source>Early classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="341"/>
        <source>Series classifier on the first N values of each series (series length %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="347"/>
        <source>%1 accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="371"/>
        <source>metric (all classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="371"/>
        <source>synthetic vs real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="372"/>
        <source>real test vs real train (floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="388"/>
        <source>real train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="389"/>
        <source>real test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="389"/>
        <location filename="../core/eval/report_html.cpp" line="425"/>
        <source>synthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="402"/>
        <source>Distances: 0 is identical; JSD in [0, 1] (base 2); W1 normalised by the real range (NetShare); KS in [0, 1]; FID per class needs enough images on both sides (else empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="414"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="424"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="450"/>
        <source>Configuration and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="452"/>
        <source>Evaluation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="454"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="455"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="456"/>
        <source>Durations (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="458"/>
        <source>FID encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="460"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="572"/>
        <source>FID %1 | TSTR accuracy (%5) real-&gt;real %2, synthetic-&gt;real %3 (%6 of real-&gt;real), mixed-&gt;real %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="575"/>
        <source>boosted trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="579"/>
        <source>FID %1 | TSTR accuracy real-&gt;real %2, synthetic-&gt;real %3, mixed-&gt;real %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_common.cpp" line="58"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_common.cpp" line="82"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eval/report_kind.cpp" line="45"/>
        <source>%1 is a %2 and %3 a %4: only their documents are shown side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::ReportsPane</name>
    <message numerus="yes">
        <location filename="../widgets/reports/reports_pane.cpp" line="35"/>
        <source> | %n warning(s), shown on top of the report</source>
        <translation>
            <numerusform> | %n warning, shown on top of the report</numerusform>
            <numerusform> | %n warnings, shown on top of the report</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="68"/>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="71"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="97"/>
        <source>Open folder...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="97"/>
        <source>List the reports found under a folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="98"/>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="98"/>
        <source>Scan the folder again</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="99"/>
        <source>Compare</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="99"/>
        <source>Select two reports in the list to compare them side by side</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="100"/>
        <source>Open HTML</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="100"/>
        <source>Open report.html of the shown report in the web browser</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="101"/>
        <source>Export traffic...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="102"/>
        <source>Write the shown report&apos;s synthetic set as pcapng, pcap, MIRAGE JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="105"/>
        <source>Real vs synthetic...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="106"/>
        <source>The shown report&apos;s real and synthetic series per class, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="120"/>
        <source>&lt;h3&gt;Reports&lt;/h3&gt;&lt;p&gt;Fidelity and TSTR reports of generated traffic, and AppShot leave-one-city-out reports of generated city traffic maps.&lt;/p&gt;&lt;p&gt;Use &lt;i&gt;Open folder...&lt;/i&gt; to list the reports under a folder, or create one with &lt;i&gt;Tools &amp;gt; Evaluate synthetic images&lt;/i&gt;, &lt;i&gt;Tools &amp;gt; Run full pipeline&lt;/i&gt; or &lt;i&gt;Evaluate...&lt;/i&gt; in the AppShot Map pane. Select two reports and press &lt;i&gt;Compare&lt;/i&gt; to see them side by side.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="163"/>
        <source>Folder with reports</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="253"/>
        <source>Cannot show the report in %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="279"/>
        <source>&lt;b&gt;A:&lt;/b&gt; %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="280"/>
        <source>&lt;b&gt;B:&lt;/b&gt; %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="284"/>
        <source>Cannot compare the reports: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="301"/>
        <source>Select exactly two reports to compare (Ctrl+click).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="317"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="322"/>
        <source>No web browser is available to open %1. The report is shown here; the file can be copied to a machine with a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::RunsPane</name>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="54"/>
        <source>Add run...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="55"/>
        <source>Add a training run folder to the list (it is remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="57"/>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="58"/>
        <source>Read the workspace folder and the remembered runs again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="61"/>
        <source>Open in Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="62"/>
        <source>Open the selected run in the Training pane (double-click, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="68"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="69"/>
        <source>Remove the selected run from the list; its folder stays on disk (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Last loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="113"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="114"/>
        <location filename="../widgets/runs/runs_pane.cpp" line="331"/>
        <source>loss (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runs/runs_pane.cpp" line="170"/>
        <source>%n run(s): the workspace %1 and the runs you added or opened.</source>
        <translation>
            <numerusform>%n run: the workspace %1 and the runs you added or opened.</numerusform>
            <numerusform>%n runs: the workspace %1 and the runs you added or opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runs/runs_pane.cpp" line="172"/>
        <source>%n run(s); %1 remembered run(s) could not be read (moved or deleted?).</source>
        <translation>
            <numerusform>%n run; %1 remembered run(s) could not be read (moved or deleted?).</numerusform>
            <numerusform>%n runs; %1 remembered run(s) could not be read (moved or deleted?).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="183"/>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="195"/>
        <source>%1: %2, step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="209"/>
        <source>Removed from the list: %1 (the folder is untouched; a run inside the workspace comes back on Rescan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="248"/>
        <source>Add a training run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="270"/>
        <source>This run has no loss curve (a reference generator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="271"/>
        <source>Overlay this run&apos;s loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runs/runs_pane.cpp" line="274"/>
        <source>%n class(es); trained on %1; device %2</source>
        <translation>
            <numerusform>%n class; trained on %1; device %2</numerusform>
            <numerusform>%n classes; trained on %1; device %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="280"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="330"/>
        <source>%1 (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::SampleDetailsDialog</name>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="41"/>
        <source>%1: sample %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="74"/>
        <source>upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="79"/>
        <source>downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="82"/>
        <source>packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="83"/>
        <source>payload bytes (+ up, - down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/training/sample_details_dialog.cpp" line="94"/>
        <source>Inverted series, %n packet(s)</source>
        <translation>
            <numerusform>Inverted series, %n packet</numerusform>
            <numerusform>Inverted series, %n packets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>IP bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="102"/>
        <source>TCP flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="108"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="108"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="119"/>
        <source>The packets Export... writes for this image: %1 to %2:%3, TCP, packets 1 ms apart (a reference dataset in Export... gives the class&apos;s real inter-arrival times).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::SampleGridView</name>
    <message>
        <location filename="../widgets/training/sample_grid_view.cpp" line="33"/>
        <source>Earlier previews of this run (arrow keys step through them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_grid_view.cpp" line="120"/>
        <location filename="../widgets/training/sample_grid_view.cpp" line="130"/>
        <source>Preview %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::SeriesComparisonDialog</name>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="27"/>
        <source>bytes (+ up, - down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="28"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="29"/>
        <source>inter-arrival time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="30"/>
        <source>bytes per bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="73"/>
        <source>packet (value) index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="112"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="130"/>
        <source>Real vs synthetic: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="133"/>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="136"/>
        <source>Page Up / Page Down: previous / next class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="139"/>
        <source>%1 (%2 real, %3 synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="156"/>
        <source>Values, overlaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="157"/>
        <source>Series lengths, overlaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="164"/>
        <source>Series decoded from the images with each set&apos;s own spec (the inversion Export... uses). Bars are shares of each side&apos;s values, so sets of different sizes overlay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="211"/>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="212"/>
        <source>%1: %n example(s)</source>
        <translation>
            <numerusform>%1: %n example</numerusform>
            <numerusform>%1: %n examples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="215"/>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="216"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="215"/>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="216"/>
        <source>synthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="216"/>
        <source>series length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="217"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 real and %3 synthetic series; mean length %4 real, %5 synthetic. Distance between the value distributions (1-Wasserstein): %6; between the lengths: %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::ShortcutsDialog</name>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="34"/>
        <location filename="../app/shortcuts_dialog.cpp" line="54"/>
        <location filename="../app/shortcuts_dialog.cpp" line="59"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="67"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="67"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="67"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsynth::TrainingPane</name>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="26"/>
        <source>Run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="34"/>
        <source>...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="40"/>
        <source>Image set:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="40"/>
        <source>folder with manifest.json (from Encode)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="41"/>
        <source>Run folder:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="41"/>
        <source>where checkpoints go</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="121"/>
        <source>cpu-small: 32x32, trains in minutes on a CPU. netdiffus: the paper&apos;s 128x128 set-up, for GPUs.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="132"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="71"/>
        <source>Steps between sample grids (0: none)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="44"/>
        <source>Diffusion (NetDiffus)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="46"/>
        <source>DoppelGANger-style GAN (dg)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="47"/>
        <source>WGAN-GP on GASF images (wgan-gasf)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="48"/>
        <source>Empirical per-class sampler (empirical)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="50"/>
        <source>diffusion: the NetDiffus model. dg: a time-series GAN on the series the images invert to. wgan-gasf: a convolutional WGAN-GP on the images. empirical: each packet drawn from its class&apos;s values (a reference without temporal structure; fitted, not trained).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="72"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="151"/>
        <source>Steps</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="73"/>
        <source>Batch</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="74"/>
        <source>Seed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="131"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="75"/>
        <source>Preview every</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="84"/>
        <source>Model:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="85"/>
        <source>Preset:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="94"/>
        <source>&amp;Start</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="96"/>
        <source>Train a new model (Ctrl+Return)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="452"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="97"/>
        <source>&amp;Pause</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="80"/>
        <source>Data-parallel training (diffusion, dg, wgan-gasf): this window&apos;s process and N - 1 netsynth-cli workers, each on its share of every batch (the batch must be a multiple of N). Pause is not available with more than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="83"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="99"/>
        <source>S&amp;top</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="101"/>
        <source>Finish the current step, write a checkpoint and stop (Ctrl+.)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="102"/>
        <source>&amp;Open checkpoint...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="103"/>
        <source>&amp;Continue</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="104"/>
        <source>Resume the run in the run folder up to the step count</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="105"/>
        <source>Hold training between steps (Ctrl+P)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="126"/>
        <source>DDIM</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="127"/>
        <source>DDPM</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="128"/>
        <source>DPM-Solver++ (2M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="138"/>
        <source>Sampling steps (0: every diffusion step)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="143"/>
        <source>Classifier-free guidance: 1 = plain conditional, more = stronger class</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="148"/>
        <source>Sa&amp;mple...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="150"/>
        <source>Sampler</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="152"/>
        <source>Guidance</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="153"/>
        <source>Per class</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="156"/>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="158"/>
        <source>Write the last sampled images as traffic: pcapng, pcap, MIRAGE JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="161"/>
        <source>Real &amp;vs synthetic...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="163"/>
        <source>The last sampled series beside the training set&apos;s, class by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="192"/>
        <source>Step</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="128"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="193"/>
        <source>Loss (smoothed)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="129"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="194"/>
        <source>Learning rate</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="130"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="195"/>
        <source>Images/s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="196"/>
        <source>Elapsed / ETA</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="197"/>
        <source>Device</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="123"/>
        <source>cpu-small: the baselines&apos; default, minutes on 2 CPU cores. tiny: small networks for a quick look.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="128"/>
        <source>W distance (smoothed)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="129"/>
        <source>Critic / generator loss</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="130"/>
        <source>Samples/s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="131"/>
        <source>Checkpoint every</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="133"/>
        <source>Steps between checkpoints, each shown as a sample grid (0: only at the end)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="136"/>
        <source>Samples per class appear here while training.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="215"/>
        <source>Image set folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="222"/>
        <source>Run folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="229"/>
        <location filename="../widgets/training/training_pane.cpp" line="396"/>
        <source>Open checkpoint</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="230"/>
        <source>Checkpoints (checkpoint.pt checkpoint.json);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="349"/>
        <source>Stopped at step %1, smoothed loss %2. Checkpoint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="350"/>
        <source>Done: %1 steps, smoothed loss %2. Checkpoint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="123"/>
        <source>Sample to %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="237"/>
        <source>Write samples to folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="137"/>
        <location filename="../widgets/training/training_pane_live.cpp" line="33"/>
        <source>Samples of each checkpoint appear here while training.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="244"/>
        <source>Error: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="253"/>
        <source>Choose an image set and a run folder first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="291"/>
        <source>Open a checkpoint or choose its run folder first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="341"/>
        <source>Resuming training...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="341"/>
        <source>Loading the image set and building the model...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="343"/>
        <source>Continue diffusion training</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="343"/>
        <source>Train diffusion model</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="63"/>
        <source>Resuming %1 training...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="64"/>
        <source>Loading the image set and building %1...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="66"/>
        <source>Continue %1 training</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="66"/>
        <source>Train %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="66"/>
        <source>Fit %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="72"/>
        <source>Fitted %1 in %2 s. Checkpoint: %3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="77"/>
        <source>Stopped at step %1 (%2), W distance %3, critic loss %4 (means of the last 50 steps). Checkpoint: %5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="79"/>
        <source>Done: %1 steps (%2), W distance %3, critic loss %4 (means of the last 50 steps). Checkpoint: %5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="378"/>
        <source>Training canceled.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="379"/>
        <source>Training canceled; checkpoint at step %1 kept.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="45"/>
        <source>Paused (Ctrl+P resumes).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="45"/>
        <location filename="../widgets/training/training_pane_live.cpp" line="104"/>
        <location filename="../widgets/training/training_pane_live.cpp" line="127"/>
        <source>Training...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="59"/>
        <source>Stopping after this step and writing a checkpoint...</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/training/training_pane_live.cpp" line="93"/>
        <source>%1 x %n process(es), %2 M params</source>
        <translation>
            <numerusform>%1 x %n process, %2 M params</numerusform>
            <numerusform>%1 x %n processes, %2 M params</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="97"/>
        <source>%1, %2 M params</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="432"/>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="116"/>
        <location filename="../widgets/training/training_pane_live.cpp" line="100"/>
        <source>%1 / %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="129"/>
        <source>EMA samples at step %1 (DDIM, fixed seed)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="59"/>
        <source>Preview checkpoint at step %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="69"/>
        <source>Samples of the checkpoint at step %1 (fixed seed)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="437"/>
        <source>Checkpoint at step %1 (%2 preset, %3x%3, classes: %4). Continue to train further or Sample to generate images.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="105"/>
        <source>%1 run (%2x%2, classes: %3). Sample to generate images.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="121"/>
        <source>%1 checkpoint at step %2 (%3x%3, classes: %4). Continue to train further or Sample to generate images.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="90"/>
        <source>Open a checkpoint or train a model first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="157"/>
        <source>Wrote %1 images to %2 in %3 s (%4 images/s).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="163"/>
        <source>No series CSV (%1).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="164"/>
        <source>Series: %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/training/training_pane_sampling.cpp" line="166"/>
        <source>%n contact sheet(s) (contact_*.png).</source>
        <translation>
            <numerusform>%n contact sheet (contact_*.png).</numerusform>
            <numerusform>%n contact sheets (contact_*.png).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="171"/>
        <source>Samples written to %1 (click an image for its series and packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="452"/>
        <source>&amp;Resume</source>
        <translation></translation>
    </message>
</context>
</TS>
