<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ColorScale</name>
    <message>
        <location filename="../widgets/appshot/color_scale.cpp" line="69"/>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/color_scale.cpp" line="70"/>
        <source>linear</source>
        <translation>lineare</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="118"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="118"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="119"/>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="119"/>
        <source>Thu</source>
        <translation>gio</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="120"/>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="120"/>
        <source>Sat</source>
        <translation>sab</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="121"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="299"/>
        <source>%1 at %2 %3 (hour %4)</source>
        <translation>%1, %2 %3 (ora %4)</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="301"/>
        <location filename="../core/eval/report_chart.cpp" line="69"/>
        <location filename="../core/eval/report_explanations.cpp" line="101"/>
        <source>real</source>
        <translation>reale</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="306"/>
        <source>generated - real</source>
        <translation>generato - reale</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="329"/>
        <source>mean over the hours: %1</source>
        <translation>media sulle ore: %1</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="335"/>
        <source>hour index (from Monday 00:00)</source>
        <translation>indice orario (da lunedì 00:00)</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="337"/>
        <source>Temporal profile: %1</source>
        <translation>Profilo temporale: %1</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="338"/>
        <source>city total (%1)</source>
        <translation>totale cittadino (%1)</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="358"/>
        <source>SSIM per service (higher is better)</source>
        <translation>SSIM per servizio (più alto è meglio)</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="359"/>
        <source>Pearson of cell means per service (higher is better)</source>
        <translation>Pearson delle medie per cella per servizio (più alto è meglio)</translation>
    </message>
    <message>
        <location filename="../core/appshot/appshot_report.cpp" line="376"/>
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="47"/>
        <source>EMD / real mean</source>
        <translation>EMD / media reale</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="49"/>
        <source>Pearson (cell means)</source>
        <translation>Pearson (medie per cella)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="50"/>
        <source>Moran&apos;s I error</source>
        <translation>Errore di I di Moran</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="51"/>
        <source>temporal profile error</source>
        <translation>errore del profilo temporale</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="70"/>
        <source>ridge regression (baseline)</source>
        <translation>regressione ridge (baseline)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="71"/>
        <source>population-proportional (baseline)</source>
        <translation>proporzionale alla popolazione (baseline)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="171"/>
        <source>AppShot evaluation report: %1</source>
        <translation>Rapporto di valutazione AppShot: %1</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="175"/>
        <source>NetSynth Studio: AppShot evaluation report</source>
        <translation>NetSynth Studio: rapporto di valutazione AppShot</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="180"/>
        <source>SIMULATED traffic.</source>
        <translation>Traffico SIMULATO.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="181"/>
        <source>The traffic of this evaluation is the project&apos;s seeded procedural demo traffic, not a measurement, and the model was trained on simulated traffic.</source>
        <translation>Il traffico di questa valutazione è il traffico dimostrativo procedurale del progetto, generato da un seme fisso, non una misura, e il modello è stato addestrato su traffico simulato.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="184"/>
        <source>The figures show how well the model reproduces the simulator on an unseen city; they say nothing about real mobile traffic.</source>
        <translation>I valori mostrano quanto bene il modello riproduce il simulatore su una città mai vista; non dicono nulla sul traffico mobile reale.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="192"/>
        <source>Per-service similarity</source>
        <translation>Similarità per servizio</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="473"/>
        <source>AppShot city traffic evaluation</source>
        <translation>valutazione AppShot del traffico di una città</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="474"/>
        <source>NetSynth AppShot evaluation report</source>
        <translation>Rapporto di valutazione AppShot di NetSynth</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="485"/>
        <source>AppShot %1: mean SSIM %2, mean Pearson %3</source>
        <translation>AppShot %1: SSIM medio %2, Pearson medio %3</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="489"/>
        <source>SIMULATED traffic</source>
        <translation>traffico SIMULATO</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="499"/>
        <source>One report is on simulated traffic, the other is not: the numbers are not comparable.</source>
        <translation>Un rapporto riguarda traffico simulato, l&apos;altro no: i numeri non sono confrontabili.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="502"/>
        <location filename="../core/eval/report_html.cpp" line="545"/>
        <source>metric</source>
        <translation>metrica</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="503"/>
        <location filename="../core/eval/report_html.cpp" line="547"/>
        <source>difference (B - A)</source>
        <translation>differenza (B - A)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="510"/>
        <source>evaluated city</source>
        <translation>città valutata</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="511"/>
        <source>hours compared</source>
        <translation>ore confrontate</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="512"/>
        <source>cross-service correlation error</source>
        <translation>errore di correlazione tra servizi</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="522"/>
        <source>%1: mean %2</source>
        <translation>%1: media %2</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="67"/>
        <source>CDF per generator vs real</source>
        <translation>CDF per generatore rispetto al reale</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="69"/>
        <source>Biflow length distribution per generator vs real</source>
        <translation>Distribuzione della lunghezza dei biflow per generatore rispetto al reale</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="70"/>
        <source>Mean autocorrelation per generator vs real</source>
        <translation>Autocorrelazione media per generatore rispetto al reale</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="77"/>
        <source>CDF of %1 per generator</source>
        <translation>CDF di %1 per generatore</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="115"/>
        <source>TSTR accuracy per generator (1 real-&gt;real, 2 synthetic-&gt;real, 3 mixed-&gt;real)</source>
        <translation>Accuratezza TSTR per generatore (1 real-&gt;real, 2 synthetic-&gt;real, 3 mixed-&gt;real)</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="116"/>
        <location filename="../core/eval/evaluator.cpp" line="416"/>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="116"/>
        <location filename="../core/eval/comparison_report.cpp" line="120"/>
        <location filename="../core/eval/evaluator.cpp" line="319"/>
        <location filename="../core/eval/report_chart.cpp" line="71"/>
        <source>accuracy</source>
        <translation>accuratezza</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="119"/>
        <source>Early classification, synthetic-&gt;real, per generator</source>
        <translation>Classificazione precoce, synthetic-&gt;real, per generatore</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_report.cpp" line="120"/>
        <location filename="../core/eval/evaluator.cpp" line="318"/>
        <source>N (packets)</source>
        <translation>N (pacchetti)</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="317"/>
        <source>Early classification: accuracy vs first N packets</source>
        <translation>Classificazione precoce: accuratezza rispetto ai primi N pacchetti</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="392"/>
        <source>CNN classifier training loss (seed 0)</source>
        <translation>Loss di addestramento del classificatore CNN (seme 0)</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="393"/>
        <source>epoch</source>
        <translation>epoca</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="394"/>
        <source>cross-entropy</source>
        <translation>entropia incrociata</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="415"/>
        <source>TSTR (1 real-&gt;real, 2 synthetic-&gt;real, 3 mixed-&gt;real)</source>
        <translation>TSTR (1 real-&gt;real, 2 synthetic-&gt;real, 3 mixed-&gt;real)</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluator.cpp" line="416"/>
        <source>score</source>
        <translation>punteggio</translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="375"/>
        <source>Diffusion training loss</source>
        <translation>Loss di addestramento della diffusione</translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="376"/>
        <location filename="../core/eval/pipeline_runner.cpp" line="391"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="377"/>
        <location filename="../core/eval/report_chart.cpp" line="72"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="390"/>
        <source>GAN training: critic&apos;s Wasserstein estimate</source>
        <translation>Addestramento GAN: stima di Wasserstein del critico</translation>
    </message>
    <message>
        <location filename="../core/eval/pipeline_runner.cpp" line="392"/>
        <source>W estimate</source>
        <translation>stima di W</translation>
    </message>
    <message>
        <location filename="../core/eval/report_chart.cpp" line="69"/>
        <location filename="../core/eval/report_explanations.cpp" line="102"/>
        <source>synthetic</source>
        <translation>sintetico</translation>
    </message>
    <message>
        <location filename="../core/eval/report_chart.cpp" line="70"/>
        <source>real (real-&gt;real)</source>
        <translation>reale (real-&gt;real)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_chart.cpp" line="71"/>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="45"/>
        <source>boosted trees (%1) on the first %2 values, trained on every real training series</source>
        <translation>alberi con boosting (%1) sui primi %2 valori, addestrati su ogni serie reale di addestramento</translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="49"/>
        <source>series MLP</source>
        <translation>MLP sulle serie</translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="67"/>
        <source>Classes the generator fails</source>
        <translation>Classi in cui il generatore fallisce</translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="69"/>
        <source>None: every class&apos;s synthetic &amp;rarr; real F1 is at least half its real &amp;rarr; real F1.</source>
        <translation>Nessuna: per ogni classe l&apos;F1 sintetico &amp;rarr; reale è almeno la metà del suo F1 reale &amp;rarr; reale.</translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="78"/>
        <source>%1 (%2 against %3)</source>
        <translation>%1 (%2 contro %3)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="84"/>
        <source>Synthetic &amp;rarr; real F1 below half of real &amp;rarr; real (%1), worst first: %2.</source>
        <translation>F1 sintetico &amp;rarr; reale sotto la metà di quello reale &amp;rarr; reale (%1), dalla peggiore: %2.</translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="97"/>
        <source>Decoded series per class</source>
        <translation>Serie decodificate per classe</translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="98"/>
        <source>The first series of each class, as the classifiers read them (inverted from the images; signed sizes: + upstream, - downstream).</source>
        <translation>La prima serie di ogni classe, come la leggono i classificatori (invertita dalle immagini; dimensioni con segno: + upstream, - downstream).</translation>
    </message>
    <message>
        <location filename="../core/eval/report_explanations.cpp" line="101"/>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_html_cells.cpp" line="31"/>
        <source>%n knots (in metrics.json)</source>
        <translation>
            <numerusform>%n nodo (in metrics.json)</numerusform>
            <numerusform>%n nodi (in metrics.json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_html_cells.cpp" line="47"/>
        <source>%n values</source>
        <translation>
            <numerusform>%n valore</numerusform>
            <numerusform>%n valori</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_cells.cpp" line="70"/>
        <source>(reused)</source>
        <translation>(riusato)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_cells.cpp" line="74"/>
        <source>total %1 s</source>
        <translation>totale %1 s</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_cells.cpp" line="76"/>
        <source>%1; steps: %2</source>
        <translation>%1; passi: %2</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="49"/>
        <source>real &amp;rarr; real</source>
        <translation>reale &amp;rarr; reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="50"/>
        <source>synthetic &amp;rarr; real</source>
        <translation>sintetico &amp;rarr; reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="51"/>
        <source>real + synthetic &amp;rarr; real</source>
        <translation>reale + sintetico &amp;rarr; reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="508"/>
        <source>evaluation of a synthetic set</source>
        <translation>valutazione di un insieme sintetico</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="509"/>
        <source>NetSynth evaluation report</source>
        <translation>Rapporto di valutazione NetSynth</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="524"/>
        <source>FID floor (real test)</source>
        <translation>Limite inferiore della FID (test reale)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="525"/>
        <source>precision</source>
        <translation>precisione</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="526"/>
        <source>recall</source>
        <translation>richiamo</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="527"/>
        <source>memorisation share</source>
        <translation>quota di memorizzazione</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="529"/>
        <source>TSTR %1 accuracy</source>
        <translation>Accuratezza TSTR %1</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="531"/>
        <source>TSTR %1 macro-F1</source>
        <translation>macro-F1 TSTR %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_warnings.cpp" line="90"/>
        <source>The real test split has only %n biflows: one biflow moves an accuracy by %1. Use more data or a larger test fraction before comparing figures.</source>
        <translation>
            <numerusform>La parte di test reale ha solo %n biflow: un biflow sposta un&apos;accuratezza di %1. Usa più dati o una quota di test più ampia prima di confrontare i valori.</numerusform>
            <numerusform>La parte di test reale ha solo %n biflow: un biflow sposta un&apos;accuratezza di %1. Usa più dati o una quota di test più ampia prima di confrontare i valori.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="103"/>
        <source>A class has fewer than 5 test biflows, so its per-class F1 is noise: %1.</source>
        <translation>Una classe ha meno di 5 biflow di test, quindi il suo F1 per classe è rumore: %1.</translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="106"/>
        <source>Classes have fewer than 5 test biflows, so its per-class F1 is noise: %1.</source>
        <translation>Alcune classi hanno meno di 5 biflow di test, quindi il loro F1 per classe è rumore: %1.</translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="110"/>
        <source>The test split is unbalanced: %1 holds %2 % of it, so always predicting it scores %3. Read macro-F1 beside accuracy.</source>
        <translation>La parte di test è sbilanciata: %1 ne contiene il %2 %, quindi predire sempre quella classe ottiene %3. Leggi macro-F1 accanto all&apos;accuratezza.</translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="118"/>
        <source>real -&gt; real</source>
        <translation>reale -&gt; reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="119"/>
        <source>synthetic -&gt; real</source>
        <translation>sintetico -&gt; reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="120"/>
        <source>real + synthetic -&gt; real</source>
        <translation>reale + sintetico -&gt; reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="127"/>
        <source>The judge trained %1 scores %2, no better than always predicting %3 (%4): it learnt nothing it could use from that training data.</source>
        <translation>Il giudice addestrato nello scenario %1 ottiene %2, non meglio che predire sempre %3 (%4): non ha imparato nulla di utilizzabile da quei dati di addestramento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_warnings.cpp" line="139"/>
        <source>The generator (%1) was trained for only %n steps; below %2 its samples are mostly noise. Train longer before judging the method.</source>
        <translation>
            <numerusform>Il generatore (%1) è stato addestrato per solo %n passo; sotto i %2 passi i suoi campioni sono per lo più rumore. Addestralo più a lungo prima di giudicare il metodo.</numerusform>
            <numerusform>Il generatore (%1) è stato addestrato per soli %n passi; sotto i %2 passi i suoi campioni sono per lo più rumore. Addestralo più a lungo prima di giudicare il metodo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="148"/>
        <source>The FID (%1) is within 2x of two real samples&apos; FID (%2): the difference is inside what the sampling alone gives.</source>
        <translation>La FID (%1) non supera il doppio della FID tra due campioni reali (%2): la differenza rientra in ciò che dà il solo campionamento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_warnings.cpp" line="154"/>
        <source>The FID is computed on %n test images against %1 features: it is biased upwards; compare FIDs only on the same split.</source>
        <translation>
            <numerusform>La FID è calcolata su %n immagine di test a fronte di %1 caratteristiche: è distorta verso l&apos;alto; confronta le FID solo sulla stessa suddivisione.</numerusform>
            <numerusform>La FID è calcolata su %n immagini di test a fronte di %1 caratteristiche: è distorta verso l&apos;alto; confronta le FID solo sulla stessa suddivisione.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="162"/>
        <source>%1 % of the synthetic images are closer to a training image than 95 % of real test images are (about 5 % expected): the generator copies its training data.</source>
        <translation>Il %1 % delle immagini sintetiche è più vicino a un&apos;immagine di addestramento di quanto lo sia il 95 % delle immagini reali di test (atteso circa il 5 %): il generatore copia i suoi dati di addestramento.</translation>
    </message>
    <message>
        <location filename="../core/eval/report_warnings.cpp" line="185"/>
        <source>Read these figures with care</source>
        <translation>Leggi questi valori con cautela</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="131"/>
        <source>packet size (bytes)</source>
        <translation>dimensione del pacchetto (byte)</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="132"/>
        <source>log10 inter-arrival time (s)</source>
        <translation>log10 del tempo di interarrivo (s)</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="133"/>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="137"/>
        <source>CDF of %1: real vs synthetic</source>
        <translation>CDF di %1: reale vs sintetico</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="150"/>
        <location filename="../core/eval/series_fidelity.cpp" line="167"/>
        <source>share</source>
        <translation>quota</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="152"/>
        <source>Histogram of %1</source>
        <translation>Istogramma di %1</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="166"/>
        <source>Biflow length distribution (packets)</source>
        <translation>Distribuzione della lunghezza dei biflow (pacchetti)</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="167"/>
        <source>length</source>
        <translation>lunghezza</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="172"/>
        <source>Mean autocorrelation</source>
        <translation>Autocorrelazione media</translation>
    </message>
    <message>
        <location filename="../core/eval/series_fidelity.cpp" line="173"/>
        <source>lag</source>
        <translation>ritardo</translation>
    </message>
</context>
<context>
    <name>netsynth::AboutDialog</name>
    <message>
        <location filename="../app/about_dialog.cpp" line="14"/>
        <source>&lt;h2&gt;NetSynth Studio %1&lt;/h2&gt;&lt;p&gt;A workbench for generative modelling of network traffic: packet-level synthesis (NetDiffus) and city-scale service-level snapshots (AppShot).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Qt&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;libtorch&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3 (%4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;OpenCV&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Device&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h2&gt;NetSynth Studio %1&lt;/h2&gt;&lt;p&gt;Un ambiente di lavoro per la modellazione generativa del traffico di rete: sintesi a livello di pacchetto (NetDiffus) e snapshot a livello di servizio su scala cittadina (AppShot).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Qt&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;libtorch&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3 (%4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;OpenCV&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Dispositivo&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../app/about_dialog.cpp" line="25"/>
        <source>CUDA build</source>
        <translation>Build CUDA</translation>
    </message>
    <message>
        <location filename="../app/about_dialog.cpp" line="25"/>
        <source>CPU build</source>
        <translation>Build CPU</translation>
    </message>
    <message>
        <location filename="../app/about_dialog.cpp" line="32"/>
        <source>About NetSynth Studio</source>
        <translation>Informazioni su NetSynth Studio</translation>
    </message>
</context>
<context>
    <name>netsynth::AppShotController</name>
    <message>
        <location filename="../app/appshot_controller.cpp" line="52"/>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscito: %2</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="121"/>
        <source>Open city %1</source>
        <translation>Apri città %1</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="149"/>
        <source>Simulate traffic for %1</source>
        <translation>Simula traffico per %1</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="163"/>
        <source>Showing SIMULATED traffic (procedural demo data, not a measurement).</source>
        <translation>Traffico SIMULATO (dati dimostrativi procedurali, non una misura).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="176"/>
        <source>Train AppShot (%n step(s))</source>
        <translation>
            <numerusform>Addestra AppShot (%n passo)</numerusform>
            <numerusform>Addestra AppShot (%n passi)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="207"/>
        <source>Training canceled; the run folder holds a checkpoint to resume from.</source>
        <translation>Addestramento annullato; la cartella della sessione contiene un checkpoint da cui riprendere.</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="212"/>
        <source>Training finished: %1 (use Generate... with it)</source>
        <translation>Addestramento terminato: %1 (usalo con Genera...)</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="224"/>
        <source>Generate traffic for %1</source>
        <translation>Genera traffico per %1</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="252"/>
        <source>Generated %1 hour(s) x %2 service(s) for %3 with %4 patches</source>
        <translation>Generate %1 ore x %2 servizi per %3 con %4 riquadri</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="258"/>
        <source> (model trained on SIMULATED traffic)</source>
        <translation> (modello addestrato su traffico SIMULATO)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="263"/>
        <source>; WARNING: the city lacks %n context layer(s) the model uses (zeros were used): %1</source>
        <translation>
            <numerusform>; ATTENZIONE: alla città manca %n livello di contesto usato dal modello (sostituito da zeri): %1</numerusform>
            <numerusform>; ATTENZIONE: alla città mancano %n livelli di contesto usati dal modello (sostituiti da zeri): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="275"/>
        <source>Load traffic %1</source>
        <translation>Carica traffico %1</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="296"/>
        <source>Loaded %1 hour(s) x %2 service(s) of generated traffic</source>
        <translation>Caricate %1 ore x %2 servizi di traffico generato</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="308"/>
        <source>Export traffic %1</source>
        <translation>Esporta traffico %1</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="323"/>
        <source>Exported %1</source>
        <translation>Esportato %1</translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="335"/>
        <source>Evaluate AppShot traffic for %1</source>
        <translation>Valuta il traffico AppShot di %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="359"/>
        <source>Evaluated %n hour(s) of %1</source>
        <translation>
            <numerusform>Valutata %n ora di %1</numerusform>
            <numerusform>Valutate %n ore di %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="360"/>
        <source> (SIMULATED traffic)</source>
        <translation> (traffico SIMULATO)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="361"/>
        <source>, %n baseline(s); report in %1.</source>
        <translation>
            <numerusform>, %n baseline; report in %1.</numerusform>
            <numerusform>, %n baseline; report in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/appshot_controller.cpp" line="385"/>
        <source>Hold-out study of %1</source>
        <translation>Studio su regioni escluse di %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appshot_controller.cpp" line="396"/>
        <source>Hold-out study finished: %n run(s), results in %1.</source>
        <translation>
            <numerusform>Studio su regioni escluse terminato: %n esecuzione, risultati in %1.</numerusform>
            <numerusform>Studio su regioni escluse terminato: %n esecuzioni, risultati in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netsynth::AppShotInspector</name>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="23"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="23"/>
        <source>Real /
raw</source>
        <translation>Reale /
grezzo</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="23"/>
        <source>Gen. /
norm.</source>
        <translation>Gen. /
norm.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="24"/>
        <source>Services: the real value; context layers: the raw value</source>
        <translation>Servizi: il valore reale; livelli di contesto: il valore grezzo</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="25"/>
        <source>Services: the generated value; context layers: the normalised value the model sees</source>
        <translation>Servizi: il valore generato; livelli di contesto: il valore normalizzato visto dal modello</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="41"/>
        <source>real</source>
        <translation>reale</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="44"/>
        <source>generated</source>
        <translation>generato</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="47"/>
        <source>hour from Monday 00:00</source>
        <translation>ora da lunedì 00:00</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="48"/>
        <source>traffic</source>
        <translation>traffico</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="67"/>
        <source>Click a cell of a map to inspect it.</source>
        <translation>Fai clic su una cella della mappa per ispezionarla.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="100"/>
        <source>Cell row %1, column %2 of %3%4</source>
        <translation>Cella riga %1, colonna %2 di %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="104"/>
        <source> (invalid cell)</source>
        <translation> (cella non valida)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_inspector.cpp" line="140"/>
        <source>service %1: real and generated traffic</source>
        <translation>servizio %1: traffico reale e generato</translation>
    </message>
</context>
<context>
    <name>netsynth::AppShotMapPane</name>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="58"/>
        <source>no grid shapefile: the grid is not geo-referenced</source>
        <translation>nessuno shapefile della griglia: la griglia non è georeferenziata</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="60"/>
        <source>traffic: SpectraGAN stand-in maps (not a measurement); the first hour is taken as Monday 00:00</source>
        <translation>traffico: mappe sostitutive di SpectraGAN (non una misura); la prima ora è presa come lunedì 00:00</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="63"/>
        <source>Milan has no public context layers in this layout: maps only</source>
        <translation>Milano non ha livelli di contesto pubblici in questo formato: solo mappe</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="65"/>
        <source>CSV grid: not geo-referenced</source>
        <translation>griglia CSV: non georeferenziata</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="67"/>
        <source>NetMob23: no context layers in this layout</source>
        <translation>NetMob23: nessun livello di contesto in questo formato</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="70"/>
        <source>cropped from %1: rows %2..%3, cols %4..%5</source>
        <translation>ritagliata da %1: righe %2..%3, colonne %4..%5</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="80"/>
        <source>Generation patches</source>
        <translation>Riquadri di generazione</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="150"/>
        <source>Open city...</source>
        <translation>Apri città...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="151"/>
        <source>Simulate traffic...</source>
        <translation>Simula traffico...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="153"/>
        <source>Train...</source>
        <translation>Addestra...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="154"/>
        <source>Generate...</source>
        <translation>Genera...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="155"/>
        <source>Load generated...</source>
        <translation>Carica generato...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="157"/>
        <source>Export PNG...</source>
        <translation>Esporta PNG...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="158"/>
        <source>Export traffic...</source>
        <translation>Esporta traffico...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="160"/>
        <source>Evaluate...</source>
        <translation>Valuta...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="161"/>
        <source>Hold-out study...</source>
        <translation>Regioni escluse...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="169"/>
        <source>Layer</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="169"/>
        <source>Opacity</source>
        <translation>Opacità</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="169"/>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="425"/>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="179"/>
        <source>Real</source>
        <translation>Reale</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="179"/>
        <source>Generated</source>
        <translation>Generato</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="431"/>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="179"/>
        <source>Generated - real</source>
        <translation>Generato - reale</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="191"/>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="197"/>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="194"/>
        <source>Play the hours (Ctrl+Space)</source>
        <translation>Riproduci le ore (Ctrl+Spazio)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="197"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="95"/>
        <source>Cell inspector</source>
        <translation>Cella</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="96"/>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="111"/>
        <source>Open a city folder (Ctrl+L): context layers, and traffic maps when the city has them.</source>
        <translation>Apri la cartella di una città (Ctrl+L): livelli di contesto e, se presenti, mappe di traffico.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="258"/>
        <source>Open it in the Reports pane</source>
        <translation>Aprilo nel pannello Report</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="328"/>
        <source>Cell row %1, column %2</source>
        <translation>Cella riga %1, colonna %2</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="337"/>
        <source>%1: centre x %2 m, y %3 m (%4); cells %5 x %6 m</source>
        <translation>%1: centro x %2 m, y %3 m (%4); celle %5 x %6 m</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="340"/>
        <source>%1: centre x %2, y %3 (%4)</source>
        <translation>%1: centro x %2, y %3 (%4)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="367"/>
        <source>%1: %2 x %3 cells, %4 context layers</source>
        <translation>%1: %2 x %3 celle, %4 livelli di contesto</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="389"/>
        <source>Open the city these maps belong to first: generated maps are shown over a city&apos;s grid.</source>
        <translation>Apri prima la città a cui appartengono queste mappe: le mappe generate si mostrano sulla griglia di una città.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="393"/>
        <source>The generated maps are %1 x %2 cells but %3 is %4 x %5: not shown (the maps already shown are kept).</source>
        <translation>Le mappe generate sono di %1 x %2 celle ma %3 è di %4 x %5: non mostrate (le mappe già visibili restano).</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="421"/>
        <source>SIMULATED</source>
        <translation>SIMULATO</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="423"/>
        <source>Real: no traffic</source>
        <translation>Reale: nessun traffico</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="426"/>
        <source>Real (%1)</source>
        <translation>Reale (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="428"/>
        <source>Generated (%1)</source>
        <translation>Generato (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="429"/>
        <source>Generated: none</source>
        <translation>Generato: nessuno</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="502"/>
        <source>%1: generated - real</source>
        <translation>%1: generato - reale</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="96"/>
        <source>Service channels</source>
        <translation>Canali di servizio</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="97"/>
        <source>Context layers</source>
        <translation>Livelli di contesto</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="113"/>
        <source>%1: min %2, max %3</source>
        <translation>%1: min %2, max %3</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="118"/>
        <source>Opacity of %1</source>
        <translation>Opacità di %1</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="127"/>
        <source>linear</source>
        <translation>lineare</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_layers.cpp" line="128"/>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="439"/>
        <source>no time steps</source>
        <translation>nessun istante</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="443"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="443"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="443"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="443"/>
        <source>Thu</source>
        <translation>Gio</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="444"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="444"/>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="444"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane.cpp" line="447"/>
        <source>step %1/%2, hour %3 (%4 %5:%6)</source>
        <translation>istante %1/%2, ora %3 (%4 %5:%6)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="47"/>
        <source>Open city folder</source>
        <translation>Apri cartella della città</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="57"/>
        <source>Open a city first: simulated traffic is built over its context layers.</source>
        <translation>Apri prima una città: il traffico simulato si costruisce sui suoi livelli di contesto.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="61"/>
        <source>Simulate traffic</source>
        <translation>Simula traffico</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="63"/>
        <source>Builds SIMULATED multi-service traffic over the city&apos;s context layers (procedural demo data, not a measurement). It replaces the real maps in this view and is labelled simulated.</source>
        <translation>Costruisce traffico multi-servizio SIMULATO sui livelli di contesto della città (dati dimostrativi procedurali, non una misura). Sostituisce le mappe reali in questa vista ed è etichettato come simulato.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="71"/>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="72"/>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="73"/>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="114"/>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="174"/>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="82"/>
        <source>Train AppShot</source>
        <translation>Addestra AppShot</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="88"/>
        <source>Add city folder...</source>
        <translation>Aggiungi cartella città...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="90"/>
        <source>Training city</source>
        <translation>Città di addestramento</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="94"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="106"/>
        <source>Train on SIMULATED demo traffic of each city</source>
        <translation>Addestra sul traffico dimostrativo SIMULATO di ogni città</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="109"/>
        <source>Training cities</source>
        <translation>Città di addestramento</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="111"/>
        <source>Run folder</source>
        <translation>Cartella della sessione</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="112"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="113"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="116"/>
        <source>Simulated services</source>
        <translation>Servizi simulati</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="123"/>
        <source>Training needs at least one city folder.</source>
        <translation>L&apos;addestramento richiede almeno una cartella di città.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="148"/>
        <source>Open the city to generate for first.</source>
        <translation>Apri prima la città per cui generare.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="152"/>
        <source>Generate traffic for %1</source>
        <translation>Genera traffico per %1</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="157"/>
        <source>checkpoint.pt of an AppShot training run</source>
        <translation>checkpoint.pt di un addestramento AppShot</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="158"/>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="236"/>
        <source>Browse...</source>
        <translation>Sfoglia...</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="160"/>
        <source>AppShot checkpoint</source>
        <translation>Checkpoint AppShot</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="162"/>
        <source>Checkpoints (*.pt)</source>
        <translation>Checkpoint (*.pt)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="170"/>
        <source>Hour indices from Monday 00:00, e.g. 0-23, 0-167 or 0,6,12</source>
        <translation>Indici orari da lunedì 00:00, ad es. 0-23, 0-167 o 0,6,12</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="172"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="173"/>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="178"/>
        <source>Choose the checkpoint of an AppShot training run (Train... writes one).</source>
        <translation>Scegli il checkpoint di un addestramento AppShot (Addestra... ne scrive uno).</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="186"/>
        <source>Generated traffic folder</source>
        <translation>Cartella del traffico generato</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="193"/>
        <source>Export maps as PNG</source>
        <translation>Esporta mappe come PNG</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="194"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="198"/>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="200"/>
        <source>Export PNG</source>
        <translation>Esporta PNG</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="200"/>
        <source>Could not write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="206"/>
        <source>No generated traffic to export: generate or load some first.</source>
        <translation>Nessun traffico generato da esportare: generane o caricane prima.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="210"/>
        <source>Export generated traffic</source>
        <translation>Esporta traffico generato</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="212"/>
        <source>NumPy folder (*.npy);;CSV (*.csv)</source>
        <translation>Cartella NumPy (*.npy);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="220"/>
        <source>Evaluation needs a city with real (or simulated) traffic and generated traffic for it: open, simulate or generate them first.</source>
        <translation>La valutazione richiede una città con traffico reale (o simulato) e il traffico generato per essa: prima aprili, simulali o generali.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="225"/>
        <source>Evaluate generated traffic for %1</source>
        <translation>Valuta il traffico generato per %1</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="227"/>
        <source>Compares the generated maps with the city&apos;s real traffic at the same hours: per service EMD, SSIM, Pearson of cell means, Moran&apos;s I and temporal profile errors, and the cross-service correlation error, next to the ridge and population baselines of the training run. Writes report.html, report.pdf and metrics.json.</source>
        <translation>Confronta le mappe generate con il traffico reale della città nelle stesse ore: per servizio EMD, SSIM, Pearson delle medie per cella, errori di I di Moran e del profilo temporale, e l&apos;errore di correlazione tra servizi, accanto alle baseline ridge e di popolazione dell&apos;addestramento. Scrive report.html, report.pdf e metrics.json.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="238"/>
        <source>Folder for the report folder</source>
        <translation>Cartella in cui creare la cartella del report</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="245"/>
        <source>Report folder</source>
        <translation>Cartella del report</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="254"/>
        <source>A hold-out study needs a city with traffic: open one (e.g. Aachen of the shared data) or simulate its traffic first.</source>
        <translation>Uno studio su regioni escluse richiede una città con traffico: aprirne una (ad es. Aachen dei dati condivisi) o simularne prima il traffico.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="259"/>
        <source>Hold-out study of %1</source>
        <translation>Studio su regioni escluse di %1</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="261"/>
        <source>Cuts the city into stripes. For every stripe and seed, AppShot and the ridge and population baselines are trained without the stripe&apos;s traffic (nor the buffer around it), the whole city is generated, and the stripe is scored. Each training takes as long as Train with the same steps.</source>
        <translation>Divide la città in strisce. Per ogni striscia e seme, AppShot e le baseline ridge e popolazione sono addestrati senza il traffico della striscia (né della fascia attorno), si genera l&apos;intera città e si valuta la striscia. Ogni addestramento dura quanto Addestra con gli stessi passi.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="277"/>
        <source>Hours from Monday 00:00 that are generated and scored, e.g. 0-167 or 0,6,12</source>
        <translation>Ore dal lunedì 00:00 generate e valutate, ad es. 0-167 o 0,6,12</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="278"/>
        <source>Study folder</source>
        <translation>Cartella dello studio</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="279"/>
        <source>Stripes (folds)</source>
        <translation>Strisce (fold)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="280"/>
        <source>Buffer (cells)</source>
        <translation>Fascia (celle)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="281"/>
        <source>Seeds per fold</source>
        <translation>Semi per fold</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="282"/>
        <source>Training steps</source>
        <translation>Passi di addestramento</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="283"/>
        <source>Patch size</source>
        <translation>Dimensione della patch</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_map_pane_dialogs.cpp" line="284"/>
        <source>Hours scored</source>
        <translation>Ore valutate</translation>
    </message>
</context>
<context>
    <name>netsynth::AppShotTrainingView</name>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="18"/>
        <source>Sample: real</source>
        <translation>Campione: reale</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="19"/>
        <source>Sample: generated</source>
        <translation>Campione: generato</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="23"/>
        <source>generator</source>
        <translation>generatore</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="23"/>
        <source>D spatial (PatchGAN)</source>
        <translation>D spaziale (PatchGAN)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="23"/>
        <source>D composition</source>
        <translation>D composizione</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="27"/>
        <source>discriminator loss (chance 1.386)</source>
        <translation>perdita del discriminatore (caso 1,386)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="33"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="34"/>
        <source>generator loss</source>
        <translation>perdita del generatore</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="46"/>
        <source>No training yet: use Train... to train the GAN.</source>
        <translation>Nessun addestramento: usa Addestra... per addestrare la GAN.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="81"/>
        <source>Step %1 of %2: generator %3, D spatial %4, D composition %5, L1 %6</source>
        <translation>Passo %1 di %2: generatore %3, D spaziale %4, D composizione %5, L1 %6</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="100"/>
        <source>Real %1, %2, hour %3</source>
        <translation>Reale %1, %2, ora %3</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/appshot_training_view.cpp" line="101"/>
        <source>Generated at step %1</source>
        <translation>Generato al passo %1</translation>
    </message>
</context>
<context>
    <name>netsynth::BiflowTableModel</name>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="96"/>
        <source>%1 bins</source>
        <translation>%1 bin</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="98"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="118"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="119"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="120"/>
        <source>Initiator</source>
        <translation>Iniziatore</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="121"/>
        <source>Responder</source>
        <translation>Risponditore</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="122"/>
        <source>Proto</source>
        <translation>Proto</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="123"/>
        <source>Packets</source>
        <translation>Pacchetti</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="124"/>
        <source>Bytes up</source>
        <translation>Byte in upload</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="125"/>
        <source>Bytes down</source>
        <translation>Byte in download</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="126"/>
        <source>Duration (s)</source>
        <translation>Durata (s)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="127"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>netsynth::ClassPlots</name>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="91"/>
        <source>Packet size by direction</source>
        <translation>Dimensione dei pacchetti per direzione</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="92"/>
        <source>Inter-arrival time CDF</source>
        <translation>CDF del tempo di interarrivo</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="93"/>
        <source>Biflow length</source>
        <translation>Lunghezza del biflow</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="126"/>
        <location filename="../widgets/datasets/class_plots.cpp" line="127"/>
        <source>bytes per bin</source>
        <translation>byte per bin</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="130"/>
        <source>upstream</source>
        <translation>upstream</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="132"/>
        <source>downstream</source>
        <translation>downstream</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="133"/>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="137"/>
        <source>bins</source>
        <translation>bin</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="137"/>
        <source>packets</source>
        <translation>pacchetti</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="149"/>
        <source>seconds (log)</source>
        <translation>secondi (log)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="150"/>
        <source>fraction</source>
        <translation>frazione</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="168"/>
        <location filename="../widgets/datasets/class_plots.cpp" line="170"/>
        <source>biflows</source>
        <translation>biflow</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="169"/>
        <source>bins per series</source>
        <translation>bin per serie</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="169"/>
        <source>packets per biflow</source>
        <translation>pacchetti per biflow</translation>
    </message>
</context>
<context>
    <name>netsynth::ColourBar</name>
    <message>
        <location filename="../widgets/colour_bar.cpp" line="35"/>
        <source>%1: %2 to %3</source>
        <translation>%1: da %2 a %3</translation>
    </message>
</context>
<context>
    <name>netsynth::ColourMap</name>
    <message>
        <location filename="../widgets/imaging/colour_map.cpp" line="31"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/colour_map.cpp" line="32"/>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/colour_map.cpp" line="33"/>
        <source>Grey</source>
        <translation>Grigio</translation>
    </message>
</context>
<context>
    <name>netsynth::CompareActions</name>
    <message>
        <location filename="../app/compare_actions.cpp" line="51"/>
        <source>Compare &amp;real and synthetic...</source>
        <translation>Confronta &amp;reale e sintetico...</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="53"/>
        <source>Decoded real and synthetic series per class side by side, with their distributions overlaid</source>
        <translation>Serie reali e sintetiche decodificate, classe per classe, affiancate e con le distribuzioni sovrapposte</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="60"/>
        <location filename="../app/compare_actions.cpp" line="92"/>
        <location filename="../app/compare_actions.cpp" line="123"/>
        <source>Compare real and synthetic</source>
        <translation>Confronta reale e sintetico</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="62"/>
        <source>Both image sets are decoded into series with their own specs; per class, a few series of each are drawn side by side and their value and length distributions overlaid.</source>
        <translation>I due insiemi di immagini sono decodificati in serie con le proprie specifiche; per ogni classe alcune serie di ciascuno sono disegnate affiancate e le distribuzioni dei valori e delle lunghezze sovrapposte.</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="71"/>
        <source>Real image set</source>
        <translation>Insieme di immagini reali</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="71"/>
        <source>Real image set folder</source>
        <translation>Cartella dell&apos;insieme di immagini reali</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="74"/>
        <source>Synthetic image set</source>
        <translation>Insieme di immagini sintetiche</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="75"/>
        <source>Synthetic image set folder</source>
        <translation>Cartella dell&apos;insieme di immagini sintetiche</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="80"/>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="90"/>
        <source>%1 is not an image set (it has no manifest.json).</source>
        <translation>%1 non è un insieme di immagini (manca manifest.json).</translation>
    </message>
    <message>
        <location filename="../app/compare_actions.cpp" line="106"/>
        <source>Compare %1 with %2</source>
        <translation>Confronto di %1 con %2</translation>
    </message>
</context>
<context>
    <name>netsynth::DatasetsPane</name>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="74"/>
        <source>Open file...</source>
        <translation>Apri file...</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="75"/>
        <source>Open a MIRAGE JSON, pcap/pcapng or CSV trace file (Ctrl+O)</source>
        <translation>Apri un file di traccia MIRAGE JSON, pcap/pcapng o CSV (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="77"/>
        <source>Open folder...</source>
        <translation>Apri cartella...</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="78"/>
        <source>Open every traffic file of a folder as one dataset (Ctrl+Shift+O)</source>
        <translation>Apri tutti i file di traffico di una cartella come un unico dataset (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="80"/>
        <source>Options...</source>
        <translation>Opzioni...</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="81"/>
        <source>Open with a chosen format and reader options (Ctrl+Alt+O)</source>
        <translation>Apri con un formato e opzioni di lettura scelti (Ctrl+Alt+O)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="84"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="85"/>
        <source>Close the selected dataset</source>
        <translation>Chiudi il dataset selezionato</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="111"/>
        <source>Synthetic demo data: generated by NetSynth from a fixed seed, not real traffic. Open your own data with File &gt; Open dataset.</source>
        <translation>Dati demo sintetici: generati da NetSynth a partire da un seed fisso, non traffico reale. Apri i tuoi dati con File &gt; Apri dataset.</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="127"/>
        <source>Dataset / class</source>
        <translation>Dataset / classe</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="127"/>
        <source>Biflows</source>
        <translation>Biflow</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="127"/>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="190"/>
        <source>Packets</source>
        <translation>Pacchetti</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="143"/>
        <source>Filter biflows: label, address, port, protocol, file</source>
        <translation>Filtra i biflow: etichetta, indirizzo, porta, protocollo, file</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="189"/>
        <source>Class statistics</source>
        <translation>Statistiche della classe</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="191"/>
        <source>Biflow details</source>
        <translation>Dettagli del biflow</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="226"/>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="240"/>
        <source>Open dataset</source>
        <translation>Apri dataset</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="241"/>
        <source>Traffic files (*.json *.pcap *.pcapng *.cap *.csv);;MIRAGE JSON (*.json);;Captures (*.pcap *.pcapng *.cap);;CSV traces (*.csv);;All files (*)</source>
        <translation>File di traffico (*.json *.pcap *.pcapng *.cap *.csv);;MIRAGE JSON (*.json);;Catture (*.pcap *.pcapng *.cap);;Tracce CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="249"/>
        <source>Open dataset folder</source>
        <translation>Apri cartella del dataset</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="268"/>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="280"/>
        <source>Could not open %1:
%2</source>
        <translation>Impossibile aprire %1:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="299"/>
        <source>Opened %1 with warnings:
%2</source>
        <translation>Aperto %1 con avvisi:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="313"/>
        <source>%1 [synthetic demo]</source>
        <translation>%1 [demo sintetica]</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="317"/>
        <source>%1
format: %2, %3 file(s)%4</source>
        <translation>%1
formato: %2, %3 file%4</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="320"/>
        <source>
Synthetic demo data generated from a fixed seed</source>
        <translation>
Dati demo sintetici generati da un seed fisso</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="332"/>
        <source>%1 series</source>
        <translation>%1 serie</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="397"/>
        <source>All classes of %1</source>
        <translation>Tutte le classi di %1</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="398"/>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="399"/>
        <source>: %1 biflows, %2 packets, %3 bytes up, %4 bytes down</source>
        <translation>: %1 biflow, %2 pacchetti, %3 byte in upload, %4 byte in download</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="430"/>
        <source>Label: %1
</source>
        <translation>Etichetta: %1
</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="432"/>
        <source>5-tuple: %1
</source>
        <translation>5-tupla: %1
</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="433"/>
        <source>File: %1 (biflow %2)
</source>
        <translation>File: %1 (biflow %2)
</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="435"/>
        <source>Binned series: %1 bins of %2 s
</source>
        <translation>Serie a bin: %1 bin da %2 s
</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="437"/>
        <source>Packets: %1 present</source>
        <translation>Pacchetti: %1 presenti</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="438"/>
        <source>, %1 in the source
</source>
        <translation>, %1 nella sorgente
</translation>
    </message>
</context>
<context>
    <name>netsynth::EvaluationActions</name>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="49"/>
        <source>&amp;Evaluate synthetic images...</source>
        <translation>&amp;Valuta immagini sintetiche...</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="52"/>
        <source>Run full &amp;pipeline...</source>
        <translation>Esegui &amp;pipeline completa...</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="61"/>
        <source>Evaluate synthetic images</source>
        <translation>Valuta immagini sintetiche</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="64"/>
        <source>Real (training) images:</source>
        <translation>Immagini reali (addestramento):</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="64"/>
        <source>Real image set</source>
        <translation>Insieme di immagini reali</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="65"/>
        <source>Synthetic images:</source>
        <translation>Immagini sintetiche:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="65"/>
        <source>Synthetic image set</source>
        <translation>Insieme di immagini sintetiche</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="66"/>
        <source>Real test images (optional):</source>
        <translation>Immagini reali di test (facoltativo):</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="66"/>
        <source>Held-out real image set</source>
        <translation>Insieme di immagini reali tenute da parte</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="67"/>
        <source>Report folder:</source>
        <translation>Cartella dei report:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="67"/>
        <source>Report folder</source>
        <translation>Cartella del report</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="72"/>
        <source>empty: hold out 25% of the real images</source>
        <translation>vuoto: tiene da parte il 25% delle immagini reali</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="76"/>
        <source>Seeds:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="77"/>
        <source>Train the GASF CNN (FID and NetDiffus TSTR; slower)</source>
        <translation>Addestra la CNN GASF (FID e TSTR di NetDiffus; più lento)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="87"/>
        <location filename="../app/evaluation_actions.cpp" line="326"/>
        <source>Evaluate</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="87"/>
        <source>Choose the real and synthetic image sets and a report folder.</source>
        <translation>Scegli gli insiemi di immagini reali e sintetiche e una cartella per i report.</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="104"/>
        <source>diffusion, DDPM ancestral sampling (same model, slower sampler)</source>
        <translation>diffusione, campionamento ancestrale DDPM (stesso modello, campionatore più lento)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="102"/>
        <source>diffusion, DDIM sampling</source>
        <translation>diffusione, campionamento DDIM</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="106"/>
        <source>diffusion, DPM-Solver++(2M) sampling (fewer steps; the primary by default)</source>
        <translation>diffusione, campionamento DPM-Solver++(2M) (meno passi; il principale per impostazione predefinita)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="108"/>
        <source>DoppelGANger-style time-series GAN</source>
        <translation>GAN per serie temporali stile DoppelGANger</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="110"/>
        <source>conditional WGAN-GP on GASF images</source>
        <translation>WGAN-GP condizionale su immagini GASF</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="112"/>
        <source>per-class empirical sampler (floor: no temporal structure)</source>
        <translation>campionatore empirico per classe (limite inferiore: nessuna struttura temporale)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="114"/>
        <source>real training images drawn again (ceiling, not ranked)</source>
        <translation>immagini reali di addestramento ripescate (limite superiore, non classificato)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="123"/>
        <location filename="../app/evaluation_actions.cpp" line="229"/>
        <location filename="../app/evaluation_actions.cpp" line="233"/>
        <source>preset&apos;s</source>
        <translation>del preset</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="191"/>
        <location filename="../app/evaluation_actions.cpp" line="274"/>
        <location filename="../app/evaluation_actions.cpp" line="356"/>
        <source>Run full pipeline</source>
        <translation>Esegui pipeline completa</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="194"/>
        <source>Dataset (folder):</source>
        <translation>Dataset (cartella):</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="194"/>
        <source>Dataset folder</source>
        <translation>Cartella del dataset</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="195"/>
        <source>Output folder:</source>
        <translation>Cartella di output:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="195"/>
        <source>Output folder</source>
        <translation>Cartella di output</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="202"/>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="136"/>
        <source>Generators to compare</source>
        <translation>Generatori da confrontare</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="153"/>
        <source>All train on the same split, sample the same count per class and go through the same evaluation. The first checked is the primary.</source>
        <translation>Tutti si addestrano sulla stessa suddivisione, generano lo stesso numero per classe e passano per la stessa valutazione. Il primo selezionato è il principale.</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="208"/>
        <source>Synthetic images per class, the same for every generator</source>
        <translation>Immagini sintetiche per classe, uguali per ogni generatore</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="209"/>
        <source>Biflows kept per class before the train/test split</source>
        <translation>Biflussi tenuti per classe prima della suddivisione addestramento/test</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="210"/>
        <source>Diffusion training steps; the default preset&apos;s: about 100 passes over the training split, 3,000 to 60,000</source>
        <translation>Passi di addestramento della diffusione; quelli del preset default: circa 100 passate sulla parte di addestramento, da 3.000 a 60.000</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="218"/>
        <source>Share of the training split kept for training, per class; the held-out split stays the same (how much does synthetic data add when real data is scarce?)</source>
        <translation>Quota della parte di addestramento usata per addestrare, per classe; la parte di test resta la stessa (quanto aggiungono i dati sintetici quando i dati reali scarseggiano?)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="220"/>
        <source>Training steps of dg and wgan-gasf</source>
        <translation>Passi di addestramento di dg e wgan-gasf</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="221"/>
        <source>Sampling steps of DPM-Solver++ and DDIM</source>
        <translation>Passi di campionamento di DPM-Solver++ e DDIM</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="252"/>
        <source>Sampling steps:</source>
        <translation>Passi di campionamento:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="222"/>
        <source>DDPM sampling steps (respaced); the training schedule&apos;s step count samples with every step</source>
        <translation>Passi di campionamento DDPM (ridistribuiti); il numero di passi dello schedule di addestramento li usa tutti</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="230"/>
        <source>Classifier-free guidance of diffusion sampling (1 = plain conditional sampling)</source>
        <translation>Guida senza classificatore del campionamento di diffusione (1 = campionamento condizionato semplice)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="234"/>
        <source>balanced (the same count per class)</source>
        <translation>bilanciata (lo stesso numero per classe)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="235"/>
        <source>as the real training split</source>
        <translation>come la parte reale di addestramento</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="236"/>
        <source>How synthetic images are shared among classes, for every generator</source>
        <translation>Come le immagini sintetiche sono ripartite tra le classi, per ogni generatore</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="166"/>
        <source>Diffusion training in this many processes (data-parallel: this one and netsynth-cli workers, the threads split between them)</source>
        <translation>Addestramento di diffusione in questo numero di processi (in parallelo sui dati: questo e processi netsynth-cli, con i thread divisi tra loro)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="244"/>
        <source>Training processes:</source>
        <translation>Processi di addestramento:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="246"/>
        <source>Class mix:</source>
        <translation>Ripartizione per classe:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="247"/>
        <source>Synthetic per class:</source>
        <translation>Sintetici per classe:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="248"/>
        <source>Biflows per class:</source>
        <translation>Biflussi per classe:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="249"/>
        <source>Diffusion training steps:</source>
        <translation>Passi di addestramento diffusione:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="250"/>
        <source>Training share:</source>
        <translation>Quota di addestramento:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="251"/>
        <source>GAN training steps:</source>
        <translation>Passi di addestramento GAN:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="253"/>
        <source>DDPM steps:</source>
        <translation>Passi DDPM:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="254"/>
        <source>Guidance:</source>
        <translation>Guida:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="255"/>
        <source>Seed:</source>
        <translation>Seme:</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="256"/>
        <source>Redo every step (ignore what the output folder already holds)</source>
        <translation>Rifai ogni passo (ignora ciò che la cartella di output contiene già)</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="175"/>
        <source>inspect -&gt; encode -&gt; train -&gt; sample -&gt; evaluate -&gt; report. A re-run into the same output folder reuses every finished step whose settings did not change, so adding a generator later costs only its own work. With the default preset diffusion alone takes up to an hour on a CPU; every other generator adds its own training, sampling and evaluation.</source>
        <translation>ispeziona -&gt; codifica -&gt; addestra -&gt; campiona -&gt; valuta -&gt; rapporto. Una nuova esecuzione nella stessa cartella di output riusa ogni passo concluso con le stesse impostazioni, così aggiungere un generatore in seguito costa solo il suo lavoro. Con il preset predefinito la sola diffusione richiede fino a un&apos;ora su CPU; ogni altro generatore aggiunge il proprio addestramento, campionamento e valutazione.</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="275"/>
        <source>Choose a dataset, an output folder and at least one generator.</source>
        <translation>Scegli un dataset, una cartella di output e almeno un generatore.</translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="313"/>
        <source>Evaluate %1</source>
        <translation>Valuta %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/evaluation_actions.cpp" line="343"/>
        <source>Pipeline %1 (%n generators)</source>
        <translation>
            <numerusform>Pipeline %1 (%n generatore)</numerusform>
            <numerusform>Pipeline %1 (%n generatori)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="345"/>
        <source>Pipeline %1</source>
        <translation>Pipeline %1</translation>
    </message>
</context>
<context>
    <name>netsynth::ExportActions</name>
    <message>
        <location filename="../app/export_actions.cpp" line="42"/>
        <source>pcapng: one capture per class (Wireshark, tshark)</source>
        <translation>pcapng: una cattura per classe (Wireshark, tshark)</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="43"/>
        <source>pcap: one capture per class (tcpdump, tcpreplay)</source>
        <translation>pcap: una cattura per classe (tcpdump, tcpreplay)</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="44"/>
        <source>MIRAGE JSON: one file</source>
        <translation>MIRAGE JSON: un file</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="45"/>
        <source>CSV, AppxAct layout: one file</source>
        <translation>CSV, formato AppxAct: un file</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="46"/>
        <source>CSV per packet, Alexa layout: one file per biflow</source>
        <translation>CSV per pacchetto, formato Alexa: un file per biflusso</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="65"/>
        <source>E&amp;xport traffic...</source>
        <translation>E&amp;sporta traffico...</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="67"/>
        <source>Write an image set (synthetic or encoded) as pcapng, pcap, MIRAGE JSON or CSV traffic</source>
        <translation>Scrive un insieme di immagini (sintetico o codificato) come traffico pcapng, pcap, MIRAGE JSON o CSV</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="89"/>
        <location filename="../app/export_actions.cpp" line="154"/>
        <location filename="../app/export_actions.cpp" line="185"/>
        <location filename="../app/export_actions.cpp" line="198"/>
        <source>Export traffic</source>
        <translation>Esporta traffico</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="91"/>
        <source>Every image is inverted and each value of its series becomes one packet, so reading the export back gives the same series. Addresses are from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24).</source>
        <translation>Ogni immagine viene invertita e ogni valore della sua serie diventa un pacchetto, quindi rileggendo l&apos;esportazione si ottiene la stessa serie. Gli indirizzi sono quelli riservati alla documentazione (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24).</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="100"/>
        <source>Image set</source>
        <translation>Insieme di immagini</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="100"/>
        <source>Image set folder</source>
        <translation>Cartella dell&apos;insieme di immagini</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="106"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="107"/>
        <source>Write to</source>
        <translation>Scrivi in</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="107"/>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="109"/>
        <source>Reference dataset</source>
        <translation>Dataset di riferimento</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="109"/>
        <source>Reference traffic dataset</source>
        <translation>Dataset di traffico di riferimento</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="111"/>
        <source>optional: real traffic lending protocol, port and inter-arrival times</source>
        <translation>facoltativo: traffico reale da cui prendere protocollo, porta e tempi di interarrivo</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="112"/>
        <source>A traffic dataset with the same classes: its protocol, server port and inter-arrival times (per class and packet position) are used. Without one: TCP to port 443, packets 1 ms apart.</source>
        <translation>Un dataset di traffico con le stesse classi: se ne usano protocollo, porta del server e tempi di interarrivo (per classe e posizione del pacchetto). Senza: TCP verso la porta 443, pacchetti a 1 ms di distanza.</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="118"/>
        <source>Seed of the inter-arrival draws, sequence numbers and payload bytes</source>
        <translation>Seme delle estrazioni dei tempi di interarrivo, dei numeri di sequenza e dei byte del payload</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="119"/>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="121"/>
        <source>As the set&apos;s spec records (payload when it does not)</source>
        <translation>Come indica la specifica dell&apos;insieme (payload se non lo indica)</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="122"/>
        <source>IP packet lengths</source>
        <translation>Lunghezze dei pacchetti IP</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="123"/>
        <source>L4 payload sizes</source>
        <translation>Dimensioni del payload L4</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="124"/>
        <source>Sizes are</source>
        <translation>Le dimensioni sono</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="125"/>
        <source>Random payload bytes (seeded) instead of zeros</source>
        <translation>Byte del payload casuali (con seme) invece di zeri</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="128"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="148"/>
        <source>%1 is not an image set (it has no manifest.json).</source>
        <translation>%1 non è un insieme di immagini (non ha manifest.json).</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="150"/>
        <source>Choose where to write the export.</source>
        <translation>Scegli dove scrivere l&apos;esportazione.</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="152"/>
        <source>The export would land inside the image set&apos;s folder; choose another place.</source>
        <translation>L&apos;esportazione finirebbe nella cartella dell&apos;insieme di immagini; scegli un altro posto.</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="175"/>
        <source>Export %1 as %2</source>
        <translation>Esporta %1 come %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/export_actions.cpp" line="191"/>
        <source>%1 biflows, %2 packets written to %3 (%n file(s)).</source>
        <translation>
            <numerusform>%1 biflussi, %2 pacchetti scritti in %3 (%n file).</numerusform>
            <numerusform>%1 biflussi, %2 pacchetti scritti in %3 (%n file).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="195"/>
        <source>Timestamps: %1</source>
        <translation>Istanti dei pacchetti: %1</translation>
    </message>
    <message>
        <location filename="../app/export_actions.cpp" line="204"/>
        <source>Open in the Datasets pane</source>
        <translation>Apri nel pannello Dataset</translation>
    </message>
</context>
<context>
    <name>netsynth::GanLossChart</name>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="18"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="19"/>
        <source>critic estimate</source>
        <translation>stima del critico</translation>
    </message>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="23"/>
        <source>W distance</source>
        <translation>distanza W</translation>
    </message>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="27"/>
        <source>W distance, smoothed</source>
        <translation>distanza W, smussata</translation>
    </message>
    <message>
        <location filename="../widgets/training/gan_loss_chart.cpp" line="30"/>
        <source>critic loss, smoothed</source>
        <translation>perdita del critico, smussata</translation>
    </message>
</context>
<context>
    <name>netsynth::GuideDialog</name>
    <message>
        <location filename="../app/guide_dialog.cpp" line="82"/>
        <source>NetSynth Studio guide</source>
        <translation>Guida di NetSynth Studio</translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="100"/>
        <source>Back (Alt+Left)</source>
        <translation>Indietro (Alt+Sinistra)</translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="105"/>
        <source>Forward (Alt+Right)</source>
        <translation>Avanti (Alt+Destra)</translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="115"/>
        <source>Find in page (Ctrl+F)</source>
        <translation>Trova nella pagina (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="171"/>
        <source>This build has no embedded guide.</source>
        <translation>Questa build non contiene la guida.</translation>
    </message>
    <message>
        <location filename="../app/guide_dialog.cpp" line="193"/>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
</context>
<context>
    <name>netsynth::HoldoutResultsDialog</name>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="28"/>
        <source>Hold-out study of %1</source>
        <translation>Studio su regioni escluse di %1</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="30"/>
        <source>Per-cell correlation of mean traffic (higher is better)</source>
        <translation>Correlazione per cella del traffico medio (più alta è meglio)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="31"/>
        <source>SSIM of the mean map (higher is better)</source>
        <translation>SSIM della mappa media (più alto è meglio)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="32"/>
        <source>Per-cell hourly correlation (higher is better)</source>
        <translation>Correlazione oraria per cella (più alta è meglio)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="33"/>
        <source>JSD of cell values (lower is better)</source>
        <translation>JSD dei valori delle celle (più bassa è meglio)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="34"/>
        <source>Relative EMD (lower is better)</source>
        <translation>EMD relativa (più bassa è meglio)</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="39"/>
        <source>AppShot GAN</source>
        <translation>GAN AppShot</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="39"/>
        <source>Ridge</source>
        <translation>Ridge</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="39"/>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="77"/>
        <source>%1 stripes x %2 seeds (%3 runs done), buffer %4, %5 hours scored per run. Mean ± sd over the runs; the best of each row in bold.</source>
        <translation>%1 strisce x %2 semi (%3 esecuzioni completate), fascia %4, %5 ore valutate per esecuzione. Media ± dev. std. sulle esecuzioni; il migliore di ogni riga in grassetto.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="89"/>
        <source>GAN minus ridge, per-cell correlation of mean traffic: %1 on average, %2 in the worst run.</source>
        <translation>GAN meno ridge, correlazione per cella del traffico medio: %1 in media, %2 nell&apos;esecuzione peggiore.</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="97"/>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/holdout_results_dialog.cpp" line="104"/>
        <source>Results: %1/holdout.json</source>
        <translation>Risultati: %1/holdout.json</translation>
    </message>
</context>
<context>
    <name>netsynth::ImagingPane</name>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="48"/>
        <source>signed size (bytes, + up / - down)</source>
        <translation>dimensione con segno (byte, + up / - down)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="48"/>
        <source>size (B, +up/-down)</source>
        <translation>dim. (B, +su/-giù)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="50"/>
        <source>payload (bytes)</source>
        <translation>payload (byte)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="50"/>
        <source>payload (B)</source>
        <translation>payload (B)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="51"/>
        <source>IAT (µs)</source>
        <translation>IAT (µs)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="51"/>
        <source>inter-arrival time (µs)</source>
        <translation>tempo di interarrivo (µs)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="52"/>
        <source>bytes per bin</source>
        <translation>byte per bin</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="52"/>
        <source>bytes/bin</source>
        <translation>byte/bin</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="56"/>
        <source>%1, log-scaled before encoding</source>
        <translation>%1, in scala logaritmica prima della codifica</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="56"/>
        <source>%1, log</source>
        <translation>%1, log</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="80"/>
        <source>Could not load the dataset: %1</source>
        <translation>Impossibile caricare il dataset: %1</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="120"/>
        <source>Index of the biflow in the dataset</source>
        <translation>Indice del biflow nel dataset</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="121"/>
        <source>No dataset</source>
        <translation>Nessun dataset</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="125"/>
        <source>Signed size</source>
        <translation>Dimensione con segno</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="126"/>
        <source>Payload size</source>
        <translation>Dimensione del payload</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="127"/>
        <source>Inter-arrival time</source>
        <translation>Tempo di interarrivo</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="128"/>
        <source>Bytes per bin</source>
        <translation>Byte per bin</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="129"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="130"/>
        <source>Encode sign(v) ln(1 + |v|) instead of v</source>
        <translation>Codifica sign(v) ln(1 + |v|) invece di v</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="134"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="135"/>
        <source>Bin width for bytes per bin</source>
        <translation>Larghezza del bin per i byte per bin</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="138"/>
        <source>First N packets (or bins) of the biflow</source>
        <translation>Primi N pacchetti (o bin) del biflow</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="139"/>
        <source>= size</source>
        <translation>= dimensione</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="140"/>
        <source>Keep the series length equal to the image size (lossless: no PAA averaging)</source>
        <translation>Mantieni la lunghezza della serie uguale alla dimensione dell&apos;immagine (senza perdita: nessuna media PAA)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="143"/>
        <source>Zeros</source>
        <translation>Zeri</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="144"/>
        <source>Mark length</source>
        <translation>Marca lunghezza</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="147"/>
        <source>GASF</source>
        <translation>GASF</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="148"/>
        <source>GADF</source>
        <translation>GADF</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="149"/>
        <source>MTF</source>
        <translation>MTF</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="152"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="159"/>
        <source>Gamma correction I = A * I_r^gamma (logarithmic slider)</source>
        <translation>Correzione gamma I = A * I_r^gamma (cursore logaritmico)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="168"/>
        <source>Amplitude A of the gamma correction</source>
        <translation>Ampiezza A della correzione gamma</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="169"/>
        <source>Without gamma</source>
        <translation>Senza gamma</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="171"/>
        <source>Show the image before gamma correction</source>
        <translation>Mostra l&apos;immagine prima della correzione gamma</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="180"/>
        <source>&amp;Biflow</source>
        <translation>&amp;Biflow</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="186"/>
        <source>&amp;Feature</source>
        <translation>&amp;Caratteristica</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="189"/>
        <source>&amp;Length</source>
        <translation>&amp;Lunghezza</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="191"/>
        <source>&amp;Padding</source>
        <translation>Ri&amp;empimento</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="194"/>
        <source>&amp;Encoder</source>
        <translation>C&amp;odificatore</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="195"/>
        <source>&amp;Size</source>
        <translation>&amp;Dimensione</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="196"/>
        <source>&amp;Colours</source>
        <translation>Colo&amp;ri</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="200"/>
        <source>&amp;Gamma</source>
        <translation>&amp;Gamma</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="205"/>
        <source>&amp;A</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="226"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="226"/>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="227"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="227"/>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="228"/>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="228"/>
        <source>Fit the image</source>
        <translation>Adatta l&apos;immagine</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="230"/>
        <source>Export PNG...</source>
        <translation>Esporta PNG...</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="231"/>
        <source>Save the colour-mapped image as PNG (a preview: data is stored as float32)</source>
        <translation>Salva l&apos;immagine con mappa colori come PNG (un&apos;anteprima: i dati sono memorizzati come float32)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="237"/>
        <source>Encode dataset...</source>
        <translation>Codifica dataset...</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="238"/>
        <source>Encode every biflow of the dataset with these settings into float32 image shards</source>
        <translation>Codifica ogni biflow del dataset con queste impostazioni in shard di immagini float32</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="278"/>
        <source>original</source>
        <translation>originale</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="282"/>
        <source>recovered</source>
        <translation>ricostruita</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="288"/>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="293"/>
        <source>|error|</source>
        <translation>|errore|</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="291"/>
        <source>packet / bin index</source>
        <translation>indice pacchetto / bin</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="305"/>
        <source>raw pixels (I_r)</source>
        <translation>pixel grezzi (I_r)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="310"/>
        <source>gamma-corrected</source>
        <translation>con correzione gamma</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="314"/>
        <source>pixel value</source>
        <translation>valore del pixel</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="315"/>
        <source>pixels</source>
        <translation>pixel</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="371"/>
        <source>i = %1, j = %2: %3</source>
        <translation>i = %1, j = %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="459"/>
        <source>Cannot preview: %1</source>
        <translation>Impossibile mostrare l&apos;anteprima: %1</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="466"/>
        <source>%1 of %2: %3, %4 packets</source>
        <translation>%1 di %2: %3, %4 pacchetti</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="478"/>
        <source>not invertible: %1</source>
        <translation>non invertibile: %1</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="480"/>
        <source>recovered %1 of %2 values, max |error| %3, RMS %4%5</source>
        <translation>ricostruiti %1 di %2 valori, |errore| max %3, RMS %4%5</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="486"/>
        <source>%1 %2x%3, gamma %4, A %5: image %6 ms, preview %7 ms; %8</source>
        <translation>%1 %2x%3, gamma %4, A %5: immagine %6 ms, anteprima %7 ms; %8</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="507"/>
        <source>%1, before gamma</source>
        <translation>%1, prima della gamma</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="507"/>
        <source>%1, after gamma</source>
        <translation>%1, dopo la gamma</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="553"/>
        <source>gamma %1, A %2</source>
        <translation>gamma %1, A %2</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="574"/>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="579"/>
        <source>Export image</source>
        <translation>Esporta immagine</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="575"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="579"/>
        <source>Could not write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
</context>
<context>
    <name>netsynth::JobsModel</name>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="58"/>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="59"/>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="60"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="61"/>
        <source>Finished</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="62"/>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="63"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="64"/>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="83"/>
        <source>Paused. %1</source>
        <translation>In pausa. %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="106"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="107"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="108"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="109"/>
        <source>Elapsed</source>
        <translation>Trascorso</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="110"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>netsynth::JobsPane</name>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="55"/>
        <source>Cancel the selected jobs (Delete)</source>
        <translation>Annulla i job selezionati (Canc)</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="58"/>
        <source>Cancel all</source>
        <translation>Annulla tutti</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="60"/>
        <source>Clear finished</source>
        <translation>Rimuovi completati</translation>
    </message>
</context>
<context>
    <name>netsynth::LoadOptionsDialog</name>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="20"/>
        <source>Open dataset with options</source>
        <translation>Apri dataset con opzioni</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="22"/>
        <source>File...</source>
        <translation>File...</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="23"/>
        <source>Folder...</source>
        <translation>Cartella...</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="25"/>
        <source>Open dataset</source>
        <translation>Apri dataset</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="30"/>
        <source>Open dataset folder</source>
        <translation>Apri cartella del dataset</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="41"/>
        <source>Detect</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="51"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="53"/>
        <source>file name,label per line (optional)</source>
        <translation>nome file,etichetta per riga (facoltativo)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="54"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="56"/>
        <source>Label mapping</source>
        <translation>Mappatura etichette</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="65"/>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="66"/>
        <source>Label biflows of other apps &quot;background&quot; (tcbench rule)</source>
        <translation>Etichetta &quot;background&quot; i biflussi di altre app (regola tcbench)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="67"/>
        <source>Use the dataset cache</source>
        <translation>Usa la cache dei dataset</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="71"/>
        <source>Path:</source>
        <translation>Percorso:</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="72"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="73"/>
        <source>CSV series column:</source>
        <translation>Colonna serie CSV:</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="74"/>
        <source>pcap idle timeout:</source>
        <translation>Timeout di inattività pcap:</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="75"/>
        <source>pcap label mapping:</source>
        <translation>Mappatura etichette pcap:</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="76"/>
        <source>Packets kept per biflow:</source>
        <translation>Pacchetti tenuti per biflusso:</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/load_options_dialog.cpp" line="77"/>
        <source>MIRAGE:</source>
        <translation>MIRAGE:</translation>
    </message>
</context>
<context>
    <name>netsynth::LossChart</name>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="25"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="26"/>
        <source>loss (log)</source>
        <translation>loss (log)</translation>
    </message>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="28"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="32"/>
        <source>smoothed</source>
        <translation>smussata</translation>
    </message>
</context>
<context>
    <name>netsynth::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="51"/>
        <source>NetSynth Studio</source>
        <translation>NetSynth Studio</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="103"/>
        <source>Datasets</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="114"/>
        <source>Imaging</source>
        <translation>Imaging</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="128"/>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="135"/>
        <source>AppShot Map</source>
        <translation>Mappa AppShot</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="137"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="148"/>
        <source>Runs</source>
        <translation>Esecuzioni</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="170"/>
        <source>Jobs</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="192"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="193"/>
        <source>&amp;Open dataset...</source>
        <translation>&amp;Apri dataset...</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="195"/>
        <source>Open dataset &amp;folder...</source>
        <translation>Apri &amp;cartella dataset...</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="198"/>
        <source>Open dataset with &amp;options...</source>
        <translation>Apri dataset con &amp;opzioni...</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="200"/>
        <source>&amp;Recent datasets</source>
        <translation>Dataset &amp;recenti</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="214"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="222"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Ripristina layout</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="224"/>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="225"/>
        <source>&amp;Benchmark device</source>
        <translation>&amp;Benchmark del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="242"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferenze...</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="248"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="249"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guida (in inglese)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="258"/>
        <source>&amp;About NetSynth Studio</source>
        <translation>&amp;Informazioni su NetSynth Studio</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="260"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="254"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="293"/>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscito: %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="295"/>
        <source>%1 canceled</source>
        <translation>%1 annullato</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="299"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="305"/>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="306"/>
        <source>CUDA is available on this machine</source>
        <translation>CUDA è disponibile su questa macchina</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="307"/>
        <source>No CUDA device: computing on the CPU</source>
        <translation>Nessun dispositivo CUDA: calcolo sulla CPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main_window.cpp" line="313"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job in esecuzione</numerusform>
            <numerusform>%n job in esecuzione</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="343"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="354"/>
        <source>Benchmark device</source>
        <translation>Benchmark del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="360"/>
        <source>Device benchmark: %1 GFLOP/s on %2 (%3 matmuls of %4x%4)</source>
        <translation>Benchmark del dispositivo: %1 GFLOP/s su %2 (%3 moltiplicazioni di matrici %4x%4)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="382"/>
        <source>Folder for the encoded images</source>
        <translation>Cartella per le immagini codificate</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="391"/>
        <source>Encode %1 into images</source>
        <translation>Codifica %1 in immagini</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="399"/>
        <source>Encoded %1 images into %2</source>
        <translation>Codificate %1 immagini in %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="407"/>
        <source>Encode dataset</source>
        <translation>Codifica dataset</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="417"/>
        <source>Stopping running jobs...</source>
        <translation>Arresto dei job in esecuzione...</translation>
    </message>
</context>
<context>
    <name>netsynth::MapCanvas</name>
    <message>
        <location filename="../widgets/appshot/map_canvas.cpp" line="88"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/map_canvas.cpp" line="88"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../widgets/appshot/map_canvas.cpp" line="214"/>
        <source>No map</source>
        <translation>Nessuna mappa</translation>
    </message>
</context>
<context>
    <name>netsynth::MapLegend</name>
    <message>
        <location filename="../widgets/appshot/map_legend.cpp" line="43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>netsynth::MatrixImageView</name>
    <message>
        <location filename="../widgets/imaging/matrix_image_view.cpp" line="94"/>
        <source>i = %1, j = %2
value = %3</source>
        <translation>i = %1, j = %2
valore = %3</translation>
    </message>
    <message>
        <location filename="../widgets/imaging/matrix_image_view.cpp" line="116"/>
        <source>No image</source>
        <translation>Nessuna immagine</translation>
    </message>
</context>
<context>
    <name>netsynth::PacketTableModel</name>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="65"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="83"/>
        <source>↑ up</source>
        <translation>↑ up</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="83"/>
        <source>↓ down</source>
        <translation>↓ down</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="106"/>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="106"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="107"/>
        <source>Time (s)</source>
        <translation>Tempo (s)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="108"/>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="109"/>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="109"/>
        <source>IP size</source>
        <translation>Dimensione IP</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="110"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="111"/>
        <source>IAT (s)</source>
        <translation>IAT (s)</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="112"/>
        <source>TCP flags</source>
        <translation>Flag TCP</translation>
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="113"/>
        <source>Window</source>
        <translation>Finestra</translation>
    </message>
</context>
<context>
    <name>netsynth::PathRow</name>
    <message>
        <location filename="../app/path_row.cpp" line="18"/>
        <source>Browse...</source>
        <translation>Sfoglia...</translation>
    </message>
</context>
<context>
    <name>netsynth::PreferencesDialog</name>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="22"/>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatico (CUDA se disponibile)</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="23"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="24"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="29"/>
        <source>All cores (%1)</source>
        <translation>Tutti i core (%1)</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="33"/>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="40"/>
        <source>New runs, reports and encoded image sets are proposed in this folder, never inside an input dataset&apos;s folder</source>
        <translation>Nuove esecuzioni, report e insiemi di immagini codificate vengono proposti in questa cartella, mai dentro la cartella di un dataset di ingresso</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="42"/>
        <source>Browse...</source>
        <translation>Sfoglia...</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="44"/>
        <source>Workspace folder</source>
        <translation>Cartella di lavoro</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="53"/>
        <source>Compute &amp;device:</source>
        <translation>&amp;Dispositivo di calcolo:</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="54"/>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Thread CPU:</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="56"/>
        <source>&amp;Workspace folder:</source>
        <translation>Cartella di la&amp;voro:</translation>
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="57"/>
        <source>A language change takes effect at the next start.</source>
        <translation>Il cambio di lingua avrà effetto al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>netsynth::PreviewWorker</name>
    <message>
        <location filename="../widgets/imaging/preview_worker.cpp" line="71"/>
        <source>No biflow selected</source>
        <translation>Nessun biflow selezionato</translation>
    </message>
</context>
<context>
    <name>netsynth::ReportText</name>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="223"/>
        <source>Service-level traffic maps generated for &lt;b&gt;%1&lt;/b&gt;, a city the model &lt;b&gt;was trained on&lt;/b&gt; (training cities: %2), compared with the city&apos;s real traffic, next to two baselines fitted on the same cities.</source>
        <translation>Mappe di traffico a livello di servizio generate per &lt;b&gt;%1&lt;/b&gt;, una città su cui il modello &lt;b&gt;è stato addestrato&lt;/b&gt; (città di addestramento: %2), confrontate con il traffico reale della città, accanto a due baseline stimate sulle stesse città.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="229"/>
        <source>This measures how well the model fits its training data, not how it does on a city it has never seen: evaluate on a held-out city for that.</source>
        <translation>Questo misura quanto il modello si adatta ai suoi dati di addestramento, non come si comporta su una città mai vista: per questo, valuta su una città esclusa dall&apos;addestramento.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="232"/>
        <source>Leave-one-city-out evaluation: service-level traffic maps generated for &lt;b&gt;%1&lt;/b&gt;, a city the model was not trained on (training cities: %2), compared with the city&apos;s real traffic, next to two baselines fitted on the same training cities.</source>
        <translation>Valutazione leave-one-city-out: mappe di traffico a livello di servizio generate per &lt;b&gt;%1&lt;/b&gt;, una città su cui il modello non è stato addestrato (città di addestramento: %2), confrontate con il traffico reale della città, accanto a due baseline stimate sulle stesse città di addestramento.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="235"/>
        <source>not recorded</source>
        <translation>non registrate</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="239"/>
        <location filename="../core/eval/report_html.cpp" line="256"/>
        <source>Created %1 with NetSynth %2.</source>
        <translation>Creato il %1 con NetSynth %2.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="251"/>
        <source>Setup</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="252"/>
        <source>Evaluated city (a training city)</source>
        <translation>Città valutata (una città di addestramento)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="253"/>
        <source>Evaluated city (held out)</source>
        <translation>Città valutata (esclusa dall&apos;addestramento)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="256"/>
        <source>Training cities</source>
        <translation>Città di addestramento</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="256"/>
        <location filename="../core/eval/appshot_report_html.cpp" line="257"/>
        <location filename="../core/eval/report_html.cpp" line="568"/>
        <location filename="../core/eval/report_html_common.cpp" line="50"/>
        <location filename="../core/eval/report_html_common.cpp" line="59"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="259"/>
        <source>(%1 training steps)</source>
        <translation>(%1 passi di addestramento)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="262"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="263"/>
        <location filename="../core/eval/report_html.cpp" line="453"/>
        <source>Seeds</source>
        <translation>Semi</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="263"/>
        <source>training %1, generation %2</source>
        <translation>addestramento %1, generazione %2</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="267"/>
        <source>Hours compared</source>
        <translation>Ore confrontate</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="267"/>
        <source>%1 (hour indices from Monday 00:00: %2)</source>
        <translation>%1 (indici orari da lunedì 00:00: %2)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="274"/>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="275"/>
        <source>Real traffic</source>
        <translation>Traffico reale</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="277"/>
        <source>Generated traffic</source>
        <translation>Traffico generato</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="278"/>
        <source>Traffic units</source>
        <translation>Unità di traffico</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="279"/>
        <source>Simulated traffic</source>
        <translation>Traffico simulato</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="281"/>
        <source>YES: simulated demo traffic, not a measurement</source>
        <translation>SÌ: traffico dimostrativo simulato, non una misura</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="283"/>
        <location filename="../core/eval/report_html_common.cpp" line="58"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="286"/>
        <source>Baselines</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="287"/>
        <source>none found (run &apos;appshot generate&apos; with the training run&apos;s baselines.json)</source>
        <translation>nessuna trovata (esegui &apos;appshot generate&apos; con il baselines.json dell&apos;addestramento)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="293"/>
        <source>Per-service metrics</source>
        <translation>Metriche per servizio</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="294"/>
        <source>Best value per service and column shaded and in bold (lower is better except SSIM and Pearson).</source>
        <translation>Il valore migliore per servizio e colonna è evidenziato e in grassetto (più basso è meglio, tranne per SSIM e Pearson).</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="297"/>
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="297"/>
        <location filename="../core/eval/appshot_report_html.cpp" line="329"/>
        <location filename="../core/eval/appshot_report_html.cpp" line="350"/>
        <source>method</source>
        <translation>metodo</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="323"/>
        <source>Cross-service correlation</source>
        <translation>Correlazione tra servizi</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="324"/>
        <source>Mean absolute difference between the services&apos; Pearson correlation matrices (over valid cells and hours), real vs generated, off-diagonal entries; it shows whether the joint multi-service structure is kept.</source>
        <translation>Differenza assoluta media tra le matrici di correlazione di Pearson dei servizi (su celle valide e ore), reale vs generato, elementi fuori dalla diagonale; mostra se la struttura congiunta multi-servizio è preservata.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="327"/>
        <source>Empty with a single service.</source>
        <translation>Vuota con un solo servizio.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="329"/>
        <source>cross-service correlation error</source>
        <translation>errore di correlazione tra servizi</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="339"/>
        <location filename="../core/eval/report_html.cpp" line="424"/>
        <source>real</source>
        <translation>reale</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="346"/>
        <source>Temporal profiles</source>
        <translation>Profili temporali</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="347"/>
        <source>Temporal profile error: total-variation distance (0 to 1) between the city totals per hour, real vs generated, each normalised to sum 1.</source>
        <translation>Errore del profilo temporale: distanza di variazione totale (da 0 a 1) tra i totali cittadini per ora, reale vs generato, ciascuno normalizzato a somma 1.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="352"/>
        <source>mean over services</source>
        <translation>media sui servizi</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="382"/>
        <source>Maps</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="383"/>
        <source>North is up. Grey cells are outside the city&apos;s valid area. Real and generated maps of one service share one colour scale (clipped at the 99th percentile of the valid cells); differences use a blue (generated below real) to red (above) scale.</source>
        <translation>Il nord è in alto. Le celle grigie sono fuori dall&apos;area valida della città. Le mappe reali e generate di un servizio condividono una stessa scala di colori (troncata al 99° percentile delle celle valide); le differenze usano una scala dal blu (generato sotto il reale) al rosso (sopra).</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="427"/>
        <source>x axis: service number (see Setup).</source>
        <translation>asse x: numero del servizio (vedi Configurazione).</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="433"/>
        <source>Metrics</source>
        <translation>Metriche</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="434"/>
        <source>Wasserstein-1 distance between the distributions of cell values (valid cells x hours), in traffic units; EMD / real mean divides it by the service&apos;s real mean.</source>
        <translation>Distanza di Wasserstein-1 tra le distribuzioni dei valori delle celle (celle valide x ore), in unità di traffico; EMD / media reale la divide per la media reale del servizio.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="436"/>
        <source>Structural similarity of each hour&apos;s map (7 x 7 windows, range of the real service), averaged.</source>
        <translation>Similarità strutturale della mappa di ogni ora (finestre 7 x 7, intervallo del servizio reale), in media.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="438"/>
        <source>Pearson (cell means)</source>
        <translation>Pearson (medie per cella)</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="439"/>
        <source>Correlation of the per-cell mean maps over the compared hours.</source>
        <translation>Correlazione delle mappe delle medie per cella sulle ore confrontate.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="440"/>
        <source>Moran&apos;s I error</source>
        <translation>Errore di I di Moran</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="441"/>
        <source>|I(real) - I(generated)| of Moran&apos;s I (rook contiguity) of the per-cell mean maps: spatial autocorrelation.</source>
        <translation>|I(real) - I(generated)| della I di Moran (contiguità di tipo torre) delle mappe delle medie per cella: autocorrelazione spaziale.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="443"/>
        <source>Temporal profile error</source>
        <translation>Errore del profilo temporale</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="444"/>
        <source>Total-variation distance between the normalised hourly city totals.</source>
        <translation>Distanza di variazione totale tra i totali orari cittadini normalizzati.</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="445"/>
        <source>Cross-service correlation error</source>
        <translation>Errore di correlazione tra servizi</translation>
    </message>
    <message>
        <location filename="../core/eval/appshot_report_html.cpp" line="446"/>
        <source>Mean |C_real - C_generated| over off-diagonal service pairs.</source>
        <translation>Media di |C_real - C_generated| sulle coppie di servizi fuori dalla diagonale.</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="62"/>
        <source>generator</source>
        <translation>generatore</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="96"/>
        <source>higher is better</source>
        <translation>più alto è meglio</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="96"/>
        <source>lower is better</source>
        <translation>più basso è meglio</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="98"/>
        <location filename="../core/eval/report_html.cpp" line="388"/>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="130"/>
        <source>Generators compared</source>
        <translation>Generatori a confronto</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="131"/>
        <source>Every generator learned from the same real training split and produced the same number of samples per class; every synthetic set went through the same evaluation against the same held-out real test split.</source>
        <translation>Ogni generatore ha appreso dalla stessa parte di addestramento reale e ha prodotto lo stesso numero di campioni per classe; ogni insieme sintetico è passato per la stessa valutazione sulla stessa parte di test reale, esclusa dall&apos;addestramento.</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="135"/>
        <source>Best value of each column among the generators: &lt;b&gt;bold&lt;/b&gt; on &lt;font color=&quot;#2e7d32&quot;&gt;green&lt;/font&gt; (&amp;uarr; higher is better, &amp;darr; lower is better).</source>
        <translation>Valore migliore di ogni colonna tra i generatori: &lt;b&gt;grassetto&lt;/b&gt; su &lt;font color=&quot;#2e7d32&quot;&gt;verde&lt;/font&gt; (&amp;uarr; più alto è meglio, &amp;darr; più basso è meglio).</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="138"/>
        <source>&lt;i&gt;Italic&lt;/i&gt; rows are references, not ranked: &lt;i&gt;%1&lt;/i&gt; draws real training images again (the ceiling), &lt;i&gt;%2&lt;/i&gt; compares the real test split with the real training split (what sampling noise alone gives).</source>
        <translation>Le righe in &lt;i&gt;corsivo&lt;/i&gt; sono riferimenti, fuori classifica: &lt;i&gt;%1&lt;/i&gt; ripesca immagini reali di addestramento (il limite superiore), &lt;i&gt;%2&lt;/i&gt; confronta la parte di test reale con la parte di addestramento reale (ciò che dà il solo rumore di campionamento).</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="144"/>
        <source>The summary above and the sections below describe &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Il riepilogo qui sopra e le sezioni seguenti descrivono &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="149"/>
        <location filename="../core/eval/report_html.cpp" line="366"/>
        <source>Fidelity</source>
        <translation>Fedeltà</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="154"/>
        <source>FID in the domain CNN&apos;s feature space (see the FID notes); precision/recall: k-NN manifold; memorisation: share of samples closer to a training image than real test images are; series distances on the inverted series (JSD, W1 normalised by the real range, KS, autocorrelation error).</source>
        <translation>FID nello spazio delle caratteristiche della CNN di dominio (vedi le note sulla FID); precisione/richiamo: varietà k-NN; memorizzazione: quota di campioni più vicini a un&apos;immagine di addestramento di quanto lo siano le immagini reali di test; distanze tra serie calcolate sulle serie invertite (JSD, W1 normalizzata sull&apos;intervallo reale, KS, errore di autocorrelazione).</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="159"/>
        <source>Downstream usefulness (TSTR, tested on real)</source>
        <translation>Utilità a valle (TSTR, testato su dati reali)</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="165"/>
        <source>TSTR: the headline judge (boosted trees on every real training series; in older reports the GASF CNN), synth/real its synthetic&amp;rarr;real accuracy as a share of real&amp;rarr;real, then the GASF CNN and the series classifier; real&amp;rarr;real is the same real training set for every generator, so it differs only by seed noise.</source>
        <translation>TSTR: il giudice principale (alberi con boosting su ogni serie reale di addestramento; nei rapporti meno recenti la CNN GASF), synth/real la sua accuratezza sintetico&amp;rarr;reale come quota di quella reale&amp;rarr;reale, poi la CNN GASF e il classificatore di serie; reale&amp;rarr;reale usa lo stesso insieme di addestramento reale per ogni generatore, quindi differisce solo per il rumore dovuto al seme.</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="169"/>
        <source>Early: series classifier trained on synthetic data, on the first N packets.</source>
        <translation>early: classificatore di serie addestrato su dati sintetici, sui primi N pacchetti.</translation>
    </message>
    <message>
        <location filename="../core/eval/comparison_html.cpp" line="199"/>
        <location filename="../core/eval/report_html.cpp" line="386"/>
        <source>Per class</source>
        <translation>Per classe</translation>
    </message>
    <message>
        <location filename="../core/eval/report_chart.cpp" line="241"/>
        <location filename="../reports/report_document.cpp" line="68"/>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="131"/>
        <source>trained on &amp;rarr; tested on</source>
        <translation>addestrato su &amp;rarr; testato su</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="132"/>
        <source>accuracy</source>
        <translation>accuratezza</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="132"/>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="133"/>
        <source>share of real &amp;rarr; real accuracy</source>
        <translation>quota dell&apos;accuratezza reale &amp;rarr; reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="133"/>
        <source>runs</source>
        <translation>esecuzioni</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="175"/>
        <source>Rows: true class, columns: predicted class (summed over seeds); shade: share of the row. Class numbers: %1.</source>
        <translation>Righe: classe vera, colonne: classe predetta (sommate sui semi); tonalità: quota della riga. Numeri delle classi: %1.</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="192"/>
        <source>confusion matrix</source>
        <translation>matrice di confusione</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/eval/report_html.cpp" line="199"/>
        <source>%n classes, too many for a table: each pixel block is one cell, rows are true classes and columns predicted classes in the order below (summed over seeds); the darker, the larger the share of the row. A good classifier gives a dark diagonal. The exact counts are in metrics.json. Class numbers: %1.</source>
        <translation>
            <numerusform>%n classe: ogni blocco di pixel è una cella, le righe sono le classi vere e le colonne le classi predette nell&apos;ordine riportato sotto (sommate sui semi); più è scuro, maggiore è la quota della riga. Un buon classificatore dà una diagonale scura. I conteggi esatti sono in metrics.json. Numeri delle classi: %1.</numerusform>
            <numerusform>%n classi, troppe per una tabella: ogni blocco di pixel è una cella, le righe sono le classi vere e le colonne le classi predette nell&apos;ordine riportato sotto (sommate sui semi); più è scuro, maggiore è la quota della riga. Un buon classificatore dà una diagonale scura. I conteggi esatti sono in metrics.json. Numeri delle classi: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="247"/>
        <source>NetSynth evaluation report</source>
        <translation>Rapporto di valutazione NetSynth</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="251"/>
        <source>NetSynth Studio: evaluation report</source>
        <translation>NetSynth Studio: rapporto di valutazione</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="268"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="269"/>
        <source>FID (domain CNN features, real train vs synthetic)</source>
        <translation>FID (caratteristiche della CNN di dominio, addestramento reale vs sintetico)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="270"/>
        <source>FID floor (real train vs real test)</source>
        <translation>Limite inferiore della FID (addestramento reale vs test reale)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="271"/>
        <source>k-NN precision / recall</source>
        <translation>Precisione / richiamo k-NN</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="273"/>
        <source>Memorisation share (expected about 0.05)</source>
        <translation>Quota di memorizzazione (attesa circa 0.05)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="276"/>
        <source>Series identical to a training series: synthetic / real test</source>
        <translation>Serie identiche a una serie di addestramento: sintetiche / test reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="280"/>
        <source>TSTR judge</source>
        <translation>Giudice TSTR</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="282"/>
        <source>TSTR %1 accuracy / macro-F1</source>
        <translation>Accuratezza / macro-F1 TSTR %1</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="285"/>
        <source>Synthetic &amp;rarr; real as a share of real &amp;rarr; real</source>
        <translation>Sintetico &amp;rarr; reale come quota di reale &amp;rarr; reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="286"/>
        <source>%1 (real + synthetic: %2)</source>
        <translation>%1 (reale + sintetico: %2)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="297"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="298"/>
        <source>Real (training) images</source>
        <translation>Immagini reali (addestramento)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="299"/>
        <source>Real test images</source>
        <translation>Immagini reali di test</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="300"/>
        <source>Synthetic images</source>
        <translation>Immagini sintetiche</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="301"/>
        <source>Image size</source>
        <translation>Dimensione delle immagini</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="302"/>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="304"/>
        <source>Synthetic provenance</source>
        <translation>Provenienza dei dati sintetici</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="306"/>
        <source>Synthetic classes not in the real set (ignored)</source>
        <translation>Classi sintetiche assenti nell&apos;insieme reale (ignorate)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="314"/>
        <source>Downstream usefulness (TSTR)</source>
        <translation>Utilità a valle (TSTR)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="315"/>
        <source>Every classifier is tested on the held-out real images only.</source>
        <translation>Ogni classificatore è testato solo sulle immagini reali escluse dall&apos;addestramento.</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="320"/>
        <source>Boosted trees on every real training series (the judge: %1)</source>
        <translation>Alberi con boosting su ogni serie reale di addestramento (il giudice: %1)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="324"/>
        <source>GASF CNN (NetDiffus downstream classifier)</source>
        <translation>CNN GASF (classificatore a valle di NetDiffus)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="326"/>
        <source>Series classifier (MLP on per-series features of the inverted series)</source>
        <translation>Classificatore di serie (MLP sulle caratteristiche di ciascuna serie invertita)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="331"/>
        <source>Confusion matrices (%1)</source>
        <translation>Matrici di confusione (%1)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="340"/>
        <source>Early classification</source>
        <translation>Classificazione precoce</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="341"/>
        <source>Series classifier on the first N values of each series (series length %1).</source>
        <translation>Classificatore di serie sui primi N valori di ogni serie (lunghezza della serie %1).</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="347"/>
        <source>%1 accuracy</source>
        <translation>Accuratezza %1</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="371"/>
        <source>metric (all classes)</source>
        <translation>metrica (tutte le classi)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="371"/>
        <source>synthetic vs real</source>
        <translation>sintetico vs reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="372"/>
        <source>real test vs real train (floor)</source>
        <translation>test reale vs addestramento reale (limite inferiore)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="388"/>
        <source>real train</source>
        <translation>addestramento reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="389"/>
        <source>real test</source>
        <translation>test reale</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="389"/>
        <location filename="../core/eval/report_html.cpp" line="425"/>
        <source>synthetic</source>
        <translation>sintetico</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="402"/>
        <source>Distances: 0 is identical; JSD in [0, 1] (base 2); W1 normalised by the real range (NetShare); KS in [0, 1]; FID per class needs enough images on both sides (else empty).</source>
        <translation>Distanze: 0 significa identico; JSD in [0, 1] (base 2); W1 normalizzata sull&apos;intervallo reale (NetShare); KS in [0, 1]; la FID per classe richiede abbastanza immagini da entrambe le parti (altrimenti è vuota).</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="414"/>
        <source>Training curves</source>
        <translation>Curve di addestramento</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="424"/>
        <source>Samples</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="450"/>
        <source>Configuration and environment</source>
        <translation>Configurazione e ambiente</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="452"/>
        <source>Evaluation settings</source>
        <translation>Impostazioni di valutazione</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="454"/>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="455"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="456"/>
        <source>Durations (s)</source>
        <translation>Durate (s)</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="458"/>
        <source>FID encoder</source>
        <translation>Codificatore FID</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="460"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="572"/>
        <source>FID %1 | TSTR accuracy (%5) real-&gt;real %2, synthetic-&gt;real %3 (%6 of real-&gt;real), mixed-&gt;real %4</source>
        <translation>FID %1 | accuratezza TSTR (%5) reale-&gt;reale %2, sintetico-&gt;reale %3 (%6 di reale-&gt;reale), misto-&gt;reale %4</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="575"/>
        <source>boosted trees</source>
        <translation>alberi con boosting</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html.cpp" line="579"/>
        <source>FID %1 | TSTR accuracy real-&gt;real %2, synthetic-&gt;real %3, mixed-&gt;real %4</source>
        <translation>FID %1 | accuratezza TSTR reale-&gt;reale %2, sintetico-&gt;reale %3, misto-&gt;reale %4</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_common.cpp" line="58"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../core/eval/report_html_common.cpp" line="82"/>
        <source>%1 is missing</source>
        <translation>%1 mancante</translation>
    </message>
    <message>
        <location filename="../core/eval/report_kind.cpp" line="45"/>
        <source>%1 is a %2 and %3 a %4: only their documents are shown side by side.</source>
        <translation>%1 è una %2 e %3 una %4: si mostrano solo i due documenti affiancati.</translation>
    </message>
</context>
<context>
    <name>netsynth::ReportsPane</name>
    <message numerus="yes">
        <location filename="../widgets/reports/reports_pane.cpp" line="35"/>
        <source> | %n warning(s), shown on top of the report</source>
        <translation>
            <numerusform> | %n avviso, in cima al report</numerusform>
            <numerusform> | %n avvisi, in cima al report</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="97"/>
        <source>Open folder...</source>
        <translation>Apri cartella...</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="97"/>
        <source>List the reports found under a folder</source>
        <translation>Elenca i report trovati in una cartella</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="98"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="98"/>
        <source>Scan the folder again</source>
        <translation>Analizza di nuovo la cartella</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="99"/>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="99"/>
        <source>Select two reports in the list to compare them side by side</source>
        <translation>Seleziona due report nell&apos;elenco per confrontarli fianco a fianco</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="100"/>
        <source>Open HTML</source>
        <translation>Apri HTML</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="100"/>
        <source>Open report.html of the shown report in the web browser</source>
        <translation>Apri report.html del report mostrato nel browser web</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="101"/>
        <source>Export traffic...</source>
        <translation>Esporta traffico...</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="102"/>
        <source>Write the shown report&apos;s synthetic set as pcapng, pcap, MIRAGE JSON or CSV</source>
        <translation>Scrive l&apos;insieme sintetico del report mostrato come pcapng, pcap, MIRAGE JSON o CSV</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="105"/>
        <source>Real vs synthetic...</source>
        <translation>Reale e sintetico...</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="106"/>
        <source>The shown report&apos;s real and synthetic series per class, side by side</source>
        <translation>Le serie reali e sintetiche del report mostrato, classe per classe, affiancate</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="120"/>
        <source>&lt;h3&gt;Reports&lt;/h3&gt;&lt;p&gt;Fidelity and TSTR reports of generated traffic, and AppShot leave-one-city-out reports of generated city traffic maps.&lt;/p&gt;&lt;p&gt;Use &lt;i&gt;Open folder...&lt;/i&gt; to list the reports under a folder, or create one with &lt;i&gt;Tools &amp;gt; Evaluate synthetic images&lt;/i&gt;, &lt;i&gt;Tools &amp;gt; Run full pipeline&lt;/i&gt; or &lt;i&gt;Evaluate...&lt;/i&gt; in the AppShot Map pane. Select two reports and press &lt;i&gt;Compare&lt;/i&gt; to see them side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Report&lt;/h3&gt;&lt;p&gt;Report di fedeltà e TSTR del traffico generato, e report AppShot leave-one-city-out delle mappe di traffico cittadino generate.&lt;/p&gt;&lt;p&gt;Usa &lt;i&gt;Apri cartella...&lt;/i&gt; per elencare i report in una cartella, oppure creane uno con &lt;i&gt;Strumenti &amp;gt; Valuta immagini sintetiche&lt;/i&gt;, &lt;i&gt;Strumenti &amp;gt; Esegui pipeline completa&lt;/i&gt; o &lt;i&gt;Valuta...&lt;/i&gt; nel pannello Mappa AppShot. Seleziona due report e premi &lt;i&gt;Confronta&lt;/i&gt; per vederli affiancati.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="317"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="322"/>
        <source>No web browser is available to open %1. The report is shown here; the file can be copied to a machine with a browser.</source>
        <translation>Nessun browser web disponibile per aprire %1. Il report è mostrato qui; il file si può copiare su una macchina con un browser.</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="163"/>
        <source>Folder with reports</source>
        <translation>Cartella con i report</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="68"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="71"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="253"/>
        <source>Cannot show the report in %1: %2</source>
        <translation>Impossibile mostrare il report in %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="279"/>
        <source>&lt;b&gt;A:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;A:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="280"/>
        <source>&lt;b&gt;B:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;B:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="284"/>
        <source>Cannot compare the reports: %1</source>
        <translation>Impossibile confrontare i report: %1</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="301"/>
        <source>Select exactly two reports to compare (Ctrl+click).</source>
        <translation>Seleziona esattamente due report da confrontare (Ctrl+clic).</translation>
    </message>
</context>
<context>
    <name>netsynth::RunsPane</name>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="54"/>
        <source>Add run...</source>
        <translation>Aggiungi esecuzione...</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="55"/>
        <source>Add a training run folder to the list (it is remembered)</source>
        <translation>Aggiunge all&apos;elenco la cartella di un&apos;esecuzione di addestramento (viene ricordata)</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="57"/>
        <source>Rescan</source>
        <translation>Rileggi</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="58"/>
        <source>Read the workspace folder and the remembered runs again (F5)</source>
        <translation>Rilegge la cartella di lavoro e le esecuzioni ricordate (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="61"/>
        <source>Open in Training</source>
        <translation>Apri in Addestramento</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="62"/>
        <source>Open the selected run in the Training pane (double-click, Enter)</source>
        <translation>Apre l&apos;esecuzione selezionata nel pannello Addestramento (doppio clic, Invio)</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="68"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="69"/>
        <source>Remove the selected run from the list; its folder stays on disk (Delete)</source>
        <translation>Rimuove l&apos;esecuzione selezionata dall&apos;elenco; la cartella resta sul disco (Canc)</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Run</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Last loss</source>
        <translation>Ultima loss</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Modified</source>
        <translation>Modificata</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="83"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="113"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="114"/>
        <location filename="../widgets/runs/runs_pane.cpp" line="331"/>
        <source>loss (smoothed)</source>
        <translation>loss (smussata)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runs/runs_pane.cpp" line="170"/>
        <source>%n run(s): the workspace %1 and the runs you added or opened.</source>
        <translation>
            <numerusform>%n esecuzione: la cartella di lavoro %1 e le esecuzioni aggiunte o aperte.</numerusform>
            <numerusform>%n esecuzioni: la cartella di lavoro %1 e le esecuzioni aggiunte o aperte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runs/runs_pane.cpp" line="172"/>
        <source>%n run(s); %1 remembered run(s) could not be read (moved or deleted?).</source>
        <translation>
            <numerusform>%n esecuzione; %1 esecuzioni ricordate non leggibili (spostate o cancellate?).</numerusform>
            <numerusform>%n esecuzioni; %1 esecuzioni ricordate non leggibili (spostate o cancellate?).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="183"/>
        <source>Not added: %1</source>
        <translation>Non aggiunta: %1</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="195"/>
        <source>%1: %2, step %3.</source>
        <translation>%1: %2, passo %3.</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="209"/>
        <source>Removed from the list: %1 (the folder is untouched; a run inside the workspace comes back on Rescan).</source>
        <translation>Rimossa dall&apos;elenco: %1 (la cartella resta intatta; un&apos;esecuzione nella cartella di lavoro ricompare con Rileggi).</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="248"/>
        <source>Add a training run folder</source>
        <translation>Aggiungi la cartella di un&apos;esecuzione di addestramento</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="270"/>
        <source>This run has no loss curve (a reference generator)</source>
        <translation>Questa esecuzione non ha una curva di loss (un generatore di riferimento)</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="271"/>
        <source>Overlay this run&apos;s loss curve</source>
        <translation>Sovrapponi la curva di loss di questa esecuzione</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runs/runs_pane.cpp" line="274"/>
        <source>%n class(es); trained on %1; device %2</source>
        <translation>
            <numerusform>%n classe; addestrata su %1; dispositivo %2</numerusform>
            <numerusform>%n classi; addestrata su %1; dispositivo %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="280"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../widgets/runs/runs_pane.cpp" line="330"/>
        <source>%1 (smoothed)</source>
        <translation>%1 (smussata)</translation>
    </message>
</context>
<context>
    <name>netsynth::SampleDetailsDialog</name>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="41"/>
        <source>%1: sample %2</source>
        <translation>%1: campione %2</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="74"/>
        <source>upstream</source>
        <translation>upstream</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="79"/>
        <source>downstream</source>
        <translation>downstream</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="82"/>
        <source>packet</source>
        <translation>pacchetto</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="83"/>
        <source>payload bytes (+ up, - down)</source>
        <translation>byte di payload (+ upstream, - downstream)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/training/sample_details_dialog.cpp" line="94"/>
        <source>Inverted series, %n packet(s)</source>
        <translation>
            <numerusform>Serie invertita, %n pacchetto</numerusform>
            <numerusform>Serie invertita, %n pacchetti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>Time (ms)</source>
        <translation>Tempo (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>IP bytes</source>
        <translation>Byte IP</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="101"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="102"/>
        <source>TCP flags</source>
        <translation>Flag TCP</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="108"/>
        <source>up</source>
        <translation>upstream</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="108"/>
        <source>down</source>
        <translation>downstream</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_details_dialog.cpp" line="119"/>
        <source>The packets Export... writes for this image: %1 to %2:%3, TCP, packets 1 ms apart (a reference dataset in Export... gives the class&apos;s real inter-arrival times).</source>
        <translation>I pacchetti che Esporta... scrive per questa immagine: da %1 a %2:%3, TCP, pacchetti a 1 ms di distanza (un dataset di riferimento in Esporta... dà i tempi di interarrivo reali della classe).</translation>
    </message>
</context>
<context>
    <name>netsynth::SampleGridView</name>
    <message>
        <location filename="../widgets/training/sample_grid_view.cpp" line="33"/>
        <source>Earlier previews of this run (arrow keys step through them)</source>
        <translation>Anteprime precedenti di questa esecuzione (i tasti freccia le scorrono)</translation>
    </message>
    <message>
        <location filename="../widgets/training/sample_grid_view.cpp" line="120"/>
        <location filename="../widgets/training/sample_grid_view.cpp" line="130"/>
        <source>Preview %1 of %2</source>
        <translation>Anteprima %1 di %2</translation>
    </message>
</context>
<context>
    <name>netsynth::SeriesComparisonDialog</name>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="27"/>
        <source>bytes (+ up, - down)</source>
        <translation>byte (+ su, - giù)</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="28"/>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="29"/>
        <source>inter-arrival time (s)</source>
        <translation>tempo di interarrivo (s)</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="30"/>
        <source>bytes per bin</source>
        <translation>byte per intervallo</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="73"/>
        <source>packet (value) index</source>
        <translation>indice del pacchetto (valore)</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="112"/>
        <source>share</source>
        <translation>quota</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="130"/>
        <source>Real vs synthetic: %1 and %2</source>
        <translation>Reale e sintetico: %1 e %2</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="133"/>
        <source>&amp;Class:</source>
        <translation>&amp;Classe:</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="136"/>
        <source>Page Up / Page Down: previous / next class</source>
        <translation>Pag Su / Pag Giù: classe precedente / successiva</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="139"/>
        <source>%1 (%2 real, %3 synthetic)</source>
        <translation>%1 (%2 reali, %3 sintetiche)</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="156"/>
        <source>Values, overlaid</source>
        <translation>Valori, sovrapposti</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="157"/>
        <source>Series lengths, overlaid</source>
        <translation>Lunghezze delle serie, sovrapposte</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="164"/>
        <source>Series decoded from the images with each set&apos;s own spec (the inversion Export... uses). Bars are shares of each side&apos;s values, so sets of different sizes overlay.</source>
        <translation>Serie decodificate dalle immagini con la specifica di ciascun insieme (l&apos;inversione usata da Esporta...). Le barre sono quote dei valori di ciascun lato, così insiemi di dimensioni diverse si sovrappongono.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="211"/>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="212"/>
        <source>%1: %n example(s)</source>
        <translation>
            <numerusform>%1: %n esempio</numerusform>
            <numerusform>%1: %n esempi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="215"/>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="216"/>
        <source>real</source>
        <translation>reale</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="215"/>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="216"/>
        <source>synthetic</source>
        <translation>sintetico</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="216"/>
        <source>series length</source>
        <translation>lunghezza della serie</translation>
    </message>
    <message>
        <location filename="../widgets/reports/series_comparison_dialog.cpp" line="217"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 real and %3 synthetic series; mean length %4 real, %5 synthetic. Distance between the value distributions (1-Wasserstein): %6; between the lengths: %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 serie reali e %3 sintetiche; lunghezza media %4 reale, %5 sintetica. Distanza tra le distribuzioni dei valori (1-Wasserstein): %6; tra le lunghezze: %7.</translation>
    </message>
</context>
<context>
    <name>netsynth::ShortcutsDialog</name>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="34"/>
        <location filename="../app/shortcuts_dialog.cpp" line="54"/>
        <location filename="../app/shortcuts_dialog.cpp" line="59"/>
        <source>Everywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="67"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="67"/>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <location filename="../app/shortcuts_dialog.cpp" line="67"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
</context>
<context>
    <name>netsynth::TrainingPane</name>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="26"/>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="34"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="40"/>
        <source>Image set:</source>
        <translation>Insieme di immagini:</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="40"/>
        <source>folder with manifest.json (from Encode)</source>
        <translation>cartella con manifest.json (da Codifica)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="41"/>
        <source>Run folder:</source>
        <translation>Cartella dell&apos;esecuzione:</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="41"/>
        <source>where checkpoints go</source>
        <translation>dove vanno i checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="121"/>
        <source>cpu-small: 32x32, trains in minutes on a CPU. netdiffus: the paper&apos;s 128x128 set-up, for GPUs.</source>
        <translation>cpu-small: 32x32, si addestra in pochi minuti su una CPU. netdiffus: la configurazione 128x128 dell&apos;articolo, per GPU.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="132"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="71"/>
        <source>Steps between sample grids (0: none)</source>
        <translation>Passi tra le griglie di campioni (0: nessuna)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="44"/>
        <source>Diffusion (NetDiffus)</source>
        <translation>Diffusione (NetDiffus)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="46"/>
        <source>DoppelGANger-style GAN (dg)</source>
        <translation>GAN stile DoppelGANger (dg)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="47"/>
        <source>WGAN-GP on GASF images (wgan-gasf)</source>
        <translation>WGAN-GP su immagini GASF (wgan-gasf)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="48"/>
        <source>Empirical per-class sampler (empirical)</source>
        <translation>Campionatore empirico per classe (empirical)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="50"/>
        <source>diffusion: the NetDiffus model. dg: a time-series GAN on the series the images invert to. wgan-gasf: a convolutional WGAN-GP on the images. empirical: each packet drawn from its class&apos;s values (a reference without temporal structure; fitted, not trained).</source>
        <translation>diffusion: il modello NetDiffus. dg: una GAN per serie temporali sulle serie in cui si invertono le immagini. wgan-gasf: una WGAN-GP convoluzionale sulle immagini. empirical: ogni pacchetto estratto dai valori della sua classe (un riferimento senza struttura temporale; stimato, non addestrato).</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="72"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="151"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="73"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="74"/>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="131"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="75"/>
        <source>Preview every</source>
        <translation>Anteprima ogni</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="84"/>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="85"/>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="94"/>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="96"/>
        <source>Train a new model (Ctrl+Return)</source>
        <translation>Addestra un nuovo modello (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="452"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="97"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="80"/>
        <source>Data-parallel training (diffusion, dg, wgan-gasf): this window&apos;s process and N - 1 netsynth-cli workers, each on its share of every batch (the batch must be a multiple of N). Pause is not available with more than one.</source>
        <translation>Addestramento in parallelo sui dati (diffusione, dg, wgan-gasf): il processo di questa finestra e N - 1 processi netsynth-cli, ciascuno sulla sua parte di ogni batch (il batch deve essere un multiplo di N). La pausa non è disponibile con più di un processo.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="83"/>
        <source>Processes</source>
        <translation>Processi</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="99"/>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="101"/>
        <source>Finish the current step, write a checkpoint and stop (Ctrl+.)</source>
        <translation>Completa il passo corrente, scrivi un checkpoint e fermati (Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="102"/>
        <source>&amp;Open checkpoint...</source>
        <translation>Apri &amp;checkpoint...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="103"/>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinua</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="104"/>
        <source>Resume the run in the run folder up to the step count</source>
        <translation>Riprendi l&apos;esecuzione nella cartella dell&apos;esecuzione fino al numero di passi</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="105"/>
        <source>Hold training between steps (Ctrl+P)</source>
        <translation>Sospende l&apos;addestramento tra un passo e l&apos;altro (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="126"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="127"/>
        <source>DDPM</source>
        <translation>DDPM</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="128"/>
        <source>DPM-Solver++ (2M)</source>
        <translation>DPM-Solver++ (2M)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="138"/>
        <source>Sampling steps (0: every diffusion step)</source>
        <translation>Passi di campionamento (0: ogni passo di diffusione)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="143"/>
        <source>Classifier-free guidance: 1 = plain conditional, more = stronger class</source>
        <translation>Guida senza classificatore: 1 = condizionale semplice, di più = classe più marcata</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="148"/>
        <source>Sa&amp;mple...</source>
        <translation>Ca&amp;mpiona...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="150"/>
        <source>Sampler</source>
        <translation>Campionatore</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="152"/>
        <source>Guidance</source>
        <translation>Guida</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="153"/>
        <source>Per class</source>
        <translation>Per classe</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="156"/>
        <source>E&amp;xport...</source>
        <translation>E&amp;sporta...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="158"/>
        <source>Write the last sampled images as traffic: pcapng, pcap, MIRAGE JSON or CSV</source>
        <translation>Scrive le ultime immagini campionate come traffico: pcapng, pcap, MIRAGE JSON o CSV</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="161"/>
        <source>Real &amp;vs synthetic...</source>
        <translation>Reale &amp;vs sintetico...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="163"/>
        <source>The last sampled series beside the training set&apos;s, class by class</source>
        <translation>Le ultime serie campionate accanto a quelle dell&apos;insieme di addestramento, classe per classe</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="192"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="128"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="193"/>
        <source>Loss (smoothed)</source>
        <translation>Loss (smussata)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="129"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="194"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="130"/>
        <location filename="../widgets/training/training_pane_layout.cpp" line="195"/>
        <source>Images/s</source>
        <translation>Immagini/s</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="196"/>
        <source>Elapsed / ETA</source>
        <translation>Trascorso / ETA</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_layout.cpp" line="197"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="123"/>
        <source>cpu-small: the baselines&apos; default, minutes on 2 CPU cores. tiny: small networks for a quick look.</source>
        <translation>cpu-small: il predefinito dei modelli di riferimento, minuti su 2 core CPU. tiny: reti piccole per uno sguardo veloce.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="128"/>
        <source>W distance (smoothed)</source>
        <translation>Distanza W (smussata)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="129"/>
        <source>Critic / generator loss</source>
        <translation>Perdita critico / generatore</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="130"/>
        <source>Samples/s</source>
        <translation>Campioni/s</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="131"/>
        <source>Checkpoint every</source>
        <translation>Checkpoint ogni</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="133"/>
        <source>Steps between checkpoints, each shown as a sample grid (0: only at the end)</source>
        <translation>Passi tra un checkpoint e l&apos;altro, ciascuno mostrato come griglia di campioni (0: solo alla fine)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="136"/>
        <source>Samples per class appear here while training.</source>
        <translation>Qui compaiono i campioni per classe durante l&apos;addestramento.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="137"/>
        <location filename="../widgets/training/training_pane_live.cpp" line="33"/>
        <source>Samples of each checkpoint appear here while training.</source>
        <translation>I campioni di ogni checkpoint compaiono qui durante l&apos;addestramento.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="349"/>
        <source>Stopped at step %1, smoothed loss %2. Checkpoint: %3</source>
        <translation>Fermato al passo %1, loss smussata %2. Checkpoint: %3</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="350"/>
        <source>Done: %1 steps, smoothed loss %2. Checkpoint: %3</source>
        <translation>Fatto: %1 passi, loss smussata %2. Checkpoint: %3</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="215"/>
        <source>Image set folder</source>
        <translation>Cartella dell&apos;insieme di immagini</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="222"/>
        <source>Run folder</source>
        <translation>Cartella della sessione</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="229"/>
        <location filename="../widgets/training/training_pane.cpp" line="396"/>
        <source>Open checkpoint</source>
        <translation>Apri checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="230"/>
        <source>Checkpoints (checkpoint.pt checkpoint.json);;All files (*)</source>
        <translation>Checkpoint (checkpoint.pt checkpoint.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="123"/>
        <source>Sample to %1</source>
        <translation>Campiona in %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="237"/>
        <source>Write samples to folder</source>
        <translation>Scrivi i campioni nella cartella</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="244"/>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="253"/>
        <source>Choose an image set and a run folder first.</source>
        <translation>Scegli prima un insieme di immagini e una cartella dell&apos;esecuzione.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="291"/>
        <source>Open a checkpoint or choose its run folder first.</source>
        <translation>Apri prima un checkpoint o scegli la sua cartella dell&apos;esecuzione.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="341"/>
        <source>Resuming training...</source>
        <translation>Ripresa dell&apos;addestramento...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="341"/>
        <source>Loading the image set and building the model...</source>
        <translation>Caricamento dell&apos;insieme di immagini e costruzione del modello...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="343"/>
        <source>Continue diffusion training</source>
        <translation>Continua l&apos;addestramento di diffusione</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="343"/>
        <source>Train diffusion model</source>
        <translation>Addestra il modello di diffusione</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="63"/>
        <source>Resuming %1 training...</source>
        <translation>Ripresa dell&apos;addestramento di %1...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="64"/>
        <source>Loading the image set and building %1...</source>
        <translation>Caricamento del set di immagini e costruzione di %1...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="66"/>
        <source>Continue %1 training</source>
        <translation>Continua l&apos;addestramento di %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="66"/>
        <source>Train %1</source>
        <translation>Addestra %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="66"/>
        <source>Fit %1</source>
        <translation>Stima %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="72"/>
        <source>Fitted %1 in %2 s. Checkpoint: %3</source>
        <translation>%1 stimato in %2 s. Checkpoint: %3</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="77"/>
        <source>Stopped at step %1 (%2), W distance %3, critic loss %4 (means of the last 50 steps). Checkpoint: %5</source>
        <translation>Fermato al passo %1 (%2), distanza W %3, perdita del critico %4 (medie degli ultimi 50 passi). Checkpoint: %5</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="79"/>
        <source>Done: %1 steps (%2), W distance %3, critic loss %4 (means of the last 50 steps). Checkpoint: %5</source>
        <translation>Fatto: %1 passi (%2), distanza W %3, perdita del critico %4 (medie degli ultimi 50 passi). Checkpoint: %5</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="378"/>
        <source>Training canceled.</source>
        <translation>Addestramento annullato.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="379"/>
        <source>Training canceled; checkpoint at step %1 kept.</source>
        <translation>Addestramento annullato; checkpoint al passo %1 conservato.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="45"/>
        <source>Paused (Ctrl+P resumes).</source>
        <translation>In pausa (Ctrl+P per riprendere).</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="45"/>
        <location filename="../widgets/training/training_pane_live.cpp" line="104"/>
        <location filename="../widgets/training/training_pane_live.cpp" line="127"/>
        <source>Training...</source>
        <translation>Addestramento...</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="59"/>
        <source>Stopping after this step and writing a checkpoint...</source>
        <translation>Arresto dopo questo passo e scrittura di un checkpoint...</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/training/training_pane_live.cpp" line="93"/>
        <source>%1 x %n process(es), %2 M params</source>
        <translation>
            <numerusform>%1 x %n processo, %2 M parametri</numerusform>
            <numerusform>%1 x %n processi, %2 M parametri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="97"/>
        <source>%1, %2 M params</source>
        <translation>%1, %2 M parametri</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="432"/>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="116"/>
        <location filename="../widgets/training/training_pane_live.cpp" line="100"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_live.cpp" line="129"/>
        <source>EMA samples at step %1 (DDIM, fixed seed)</source>
        <translation>Campioni EMA al passo %1 (DDIM, seed fisso)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="59"/>
        <source>Preview checkpoint at step %1</source>
        <translation>Anteprima del checkpoint al passo %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="69"/>
        <source>Samples of the checkpoint at step %1 (fixed seed)</source>
        <translation>Campioni del checkpoint al passo %1 (seme fisso)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="437"/>
        <source>Checkpoint at step %1 (%2 preset, %3x%3, classes: %4). Continue to train further or Sample to generate images.</source>
        <translation>Checkpoint al passo %1 (preset %2, %3x%3, classi: %4). Continua per addestrare ancora o Campiona per generare immagini.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="105"/>
        <source>%1 run (%2x%2, classes: %3). Sample to generate images.</source>
        <translation>Esecuzione %1 (%2x%2, classi: %3). Campiona per generare immagini.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_baselines.cpp" line="121"/>
        <source>%1 checkpoint at step %2 (%3x%3, classes: %4). Continue to train further or Sample to generate images.</source>
        <translation>Checkpoint %1 al passo %2 (%3x%3, classi: %4). Continua per addestrare ancora o Campiona per generare immagini.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="90"/>
        <source>Open a checkpoint or train a model first.</source>
        <translation>Apri prima un checkpoint o addestra un modello.</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="157"/>
        <source>Wrote %1 images to %2 in %3 s (%4 images/s).</source>
        <translation>Scritte %1 immagini in %2 in %3 s (%4 immagini/s).</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="163"/>
        <source>No series CSV (%1).</source>
        <translation>Nessun CSV delle serie (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="164"/>
        <source>Series: %1.</source>
        <translation>Serie: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/training/training_pane_sampling.cpp" line="166"/>
        <source>%n contact sheet(s) (contact_*.png).</source>
        <translation>
            <numerusform>%n foglio provini (contact_*.png).</numerusform>
            <numerusform>%n fogli provini (contact_*.png).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane_sampling.cpp" line="171"/>
        <source>Samples written to %1 (click an image for its series and packets)</source>
        <translation>Campioni scritti in %1 (fai clic su un&apos;immagine per la sua serie e i suoi pacchetti)</translation>
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="452"/>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
</context>
</TS>
