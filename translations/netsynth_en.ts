<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>netsynth::AboutDialog</name>
    <message>
        <location filename="../app/about_dialog.cpp" line="14" />
        <source>&lt;h2&gt;NetSynth Studio %1&lt;/h2&gt;&lt;p&gt;A workbench for generative modelling of network traffic: packet-level synthesis (NetDiffus) and city-scale service-level snapshots (AppShot).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Qt&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;libtorch&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3 (%4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;OpenCV&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Device&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../app/about_dialog.cpp" line="25" />
        <source>CUDA build</source>
        <translation />
    </message>
    <message>
        <location filename="../app/about_dialog.cpp" line="25" />
        <source>CPU build</source>
        <translation />
    </message>
    <message>
        <location filename="../app/about_dialog.cpp" line="32" />
        <source>About NetSynth Studio</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::BiflowTableModel</name>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="96" />
        <source>%1 bins</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="98" />
        <source>%1 of %2</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="118" />
        <source>#</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="119" />
        <source>Label</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="120" />
        <source>Initiator</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="121" />
        <source>Responder</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="122" />
        <source>Proto</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="123" />
        <source>Packets</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="124" />
        <source>Bytes up</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="125" />
        <source>Bytes down</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="126" />
        <source>Duration (s)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/biflow_table_model.cpp" line="127" />
        <source>File</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::ClassPlots</name>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="80" />
        <source>Packet size by direction</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="81" />
        <source>Inter-arrival time CDF</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="82" />
        <source>Biflow length</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="115" />
        <location filename="../widgets/datasets/class_plots.cpp" line="116" />
        <source>bytes per bin</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="119" />
        <source>upstream</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="121" />
        <source>downstream</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="122" />
        <source>bytes</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="126" />
        <source>bins</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="126" />
        <source>packets</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="138" />
        <source>seconds (log)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="139" />
        <source>fraction</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="157" />
        <location filename="../widgets/datasets/class_plots.cpp" line="159" />
        <source>biflows</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="158" />
        <source>bins per series</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/class_plots.cpp" line="158" />
        <source>packets per biflow</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::ColourMap</name>
    <message>
        <location filename="../widgets/imaging/colour_map.cpp" line="42" />
        <source>Viridis</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/colour_map.cpp" line="43" />
        <source>Inferno</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/colour_map.cpp" line="44" />
        <source>Grey</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::DatasetsPane</name>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="57" />
        <source>Open file...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="58" />
        <source>Open a MIRAGE JSON, pcap/pcapng or CSV trace file (Ctrl+O)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="60" />
        <source>Open folder...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="61" />
        <source>Open every traffic file of a folder as one dataset (Ctrl+Shift+O)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="63" />
        <source>Close</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="64" />
        <source>Close the selected dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="78" />
        <source>Synthetic demo data: generated by NetSynth from a fixed seed, not real traffic. Open your own data with File &gt; Open dataset.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="90" />
        <source>Dataset / class</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="90" />
        <source>Biflows</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="90" />
        <location filename="../widgets/datasets/datasets_pane.cpp" line="138" />
        <source>Packets</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="101" />
        <source>Filter biflows: label, address, port, protocol, file</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="137" />
        <source>Class statistics</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="139" />
        <source>Biflow details</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="177" />
        <source>Dismiss</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="191" />
        <source>Open dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="192" />
        <source>Traffic files (*.json *.pcap *.pcapng *.cap *.csv);;MIRAGE JSON (*.json);;Captures (*.pcap *.pcapng *.cap);;CSV traces (*.csv);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="200" />
        <source>Open dataset folder</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="211" />
        <source>Open %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="223" />
        <source>Could not open %1:
%2</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="250" />
        <source>%1 [synthetic demo]</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="254" />
        <source>%1
format: %2, %3 file(s)%4</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="257" />
        <source>
Synthetic demo data generated from a fixed seed</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="269" />
        <source>%1 series</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="334" />
        <source>All classes of %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="335" />
        <source>Class %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="336" />
        <source>: %1 biflows, %2 packets, %3 bytes up, %4 bytes down</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="367" />
        <source>Label: %1
</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="369" />
        <source>5-tuple: %1
</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="370" />
        <source>File: %1 (biflow %2)
</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="372" />
        <source>Binned series: %1 bins of %2 s
</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="374" />
        <source>Packets: %1 present</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/datasets_pane.cpp" line="375" />
        <source>, %1 in the source
</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::EvaluationActions</name>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="40" />
        <source>Browse...</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="61" />
        <source>&amp;Evaluate synthetic images...</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="64" />
        <source>Run full &amp;pipeline...</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="73" />
        <source>Evaluate synthetic images</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="76" />
        <source>Real (training) images:</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="76" />
        <source>Real image set</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="77" />
        <source>Synthetic images:</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="77" />
        <source>Synthetic image set</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="78" />
        <source>Real test images (optional):</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="78" />
        <source>Held-out real image set</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="79" />
        <source>Report folder:</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="79" />
        <source>Report folder</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="84" />
        <source>empty: hold out 25% of the real images</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="88" />
        <source>Seeds:</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="89" />
        <source>Train the GASF CNN (FID and NetDiffus TSTR; slower)</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="99" />
        <source>Evaluate</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="99" />
        <source>Choose the real and synthetic image sets and a report folder.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="113" />
        <location filename="../app/evaluation_actions.cpp" line="133" />
        <source>Run full pipeline</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="116" />
        <source>Dataset (folder):</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="116" />
        <source>Dataset folder</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="117" />
        <source>Output folder:</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="117" />
        <source>Output folder</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="123" />
        <source>Preset:</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="124" />
        <source>inspect -&gt; encode -&gt; train -&gt; sample -&gt; evaluate -&gt; report. The default preset takes up to an hour on a CPU.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="133" />
        <source>Choose a dataset and an output folder.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="149" />
        <source>Evaluate %1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/evaluation_actions.cpp" line="170" />
        <source>Pipeline %1</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::ImagingPane</name>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="42" />
        <source>signed size (bytes, + up / - down)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="43" />
        <source>payload (bytes)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="44" />
        <source>inter-arrival time (us)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="45" />
        <source>bytes per bin</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="47" />
        <source>%1, log-scaled before encoding</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="71" />
        <source>Could not load the dataset: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="84" />
        <source>Index of the biflow in the dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="85" />
        <source>No dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="89" />
        <source>Signed size</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="90" />
        <source>Payload size</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="91" />
        <source>Inter-arrival time</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="92" />
        <source>Bytes per bin</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="93" />
        <source>Log</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="94" />
        <source>Encode sign(v) ln(1 + |v|) instead of v</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="98" />
        <source> s</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="99" />
        <source>Bin width for bytes per bin</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="102" />
        <source>First N packets (or bins) of the biflow</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="103" />
        <source>= size</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="104" />
        <source>Keep the series length equal to the image size (lossless: no PAA averaging)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="107" />
        <source>Zeros</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="108" />
        <source>Mark length</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="111" />
        <source>GASF</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="112" />
        <source>GADF</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="113" />
        <source>MTF</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="116" />
        <source> px</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="122" />
        <source>Gamma correction I = A * I_r^gamma (logarithmic slider)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="131" />
        <source>Amplitude A of the gamma correction</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="132" />
        <source>Without gamma</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="133" />
        <source>Show the image before gamma correction</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="136" />
        <source>&amp;Biflow</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="139" />
        <source>&amp;Feature</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="143" />
        <source>&amp;Length</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="146" />
        <source>&amp;Padding</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="150" />
        <source>&amp;Encoder</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="152" />
        <source>&amp;Size</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="154" />
        <source>&amp;Colours</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="156" />
        <source>&amp;Gamma</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="159" />
        <source>&amp;A</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="177" />
        <source>+</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="177" />
        <source>Zoom in</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="178" />
        <source>-</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="178" />
        <source>Zoom out</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="179" />
        <source>Fit</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="179" />
        <source>Fit the image</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="181" />
        <source>Export PNG...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="182" />
        <source>Save the colour-mapped image as PNG (a preview: data is stored as float32)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="188" />
        <source>Encode dataset...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="189" />
        <source>Encode every biflow of the dataset with these settings into float32 image shards</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="218" />
        <source>original</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="222" />
        <source>recovered from the image</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="228" />
        <location filename="../widgets/imaging/imaging_pane.cpp" line="233" />
        <source>|error|</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="231" />
        <source>packet / bin index</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="244" />
        <source>raw pixels (I_r)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="249" />
        <source>gamma-corrected</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="253" />
        <source>pixel value</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="254" />
        <source>pixels</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="322" />
        <source>i = %1, j = %2: %3</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="410" />
        <source>Cannot preview: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="417" />
        <source>%1 of %2: %3, %4 packets</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="429" />
        <source>not invertible: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="431" />
        <source>recovered %1 of %2 values, max |error| %3, RMS %4%5</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="437" />
        <source>%1 %2x%3, gamma %4, A %5: image %6 ms, preview %7 ms; %8</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="494" />
        <source>gamma %1, A %2</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="515" />
        <location filename="../widgets/imaging/imaging_pane.cpp" line="520" />
        <source>Export image</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="516" />
        <source>PNG images (*.png)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/imaging_pane.cpp" line="520" />
        <source>Could not write %1</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::JobsModel</name>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="57" />
        <source>Queued</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="58" />
        <source>Running</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="59" />
        <source>Finished</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="60" />
        <source>Failed</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="61" />
        <source>Canceled</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="101" />
        <source>Job</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="102" />
        <source>State</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="103" />
        <source>Progress</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="104" />
        <source>Elapsed</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_model.cpp" line="105" />
        <source>Message</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::JobsPane</name>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="54" />
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="55" />
        <source>Cancel the selected jobs (Delete)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="58" />
        <source>Cancel all</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/jobs_pane.cpp" line="60" />
        <source>Clear finished</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::LossChart</name>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="32" />
        <source>step</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="33" />
        <source>loss (log)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="35" />
        <source>loss</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/loss_chart.cpp" line="39" />
        <source>smoothed</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="39" />
        <source>NetSynth Studio</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="91" />
        <source>Datasets</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="102" />
        <source>Imaging</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="110" />
        <source>Training</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="111" />
        <source>AppShot Map</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="112" />
        <source>&lt;b&gt;AppShot Map&lt;/b&gt;&lt;br&gt;Context layers and generated service-level traffic maps of a city.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="116" />
        <source>Reports</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="123" />
        <source>Jobs</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="130" />
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="131" />
        <source>&amp;Open dataset...</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="133" />
        <source>Open dataset &amp;folder...</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="135" />
        <source>&amp;Recent datasets</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="145" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="149" />
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="157" />
        <source>&amp;Reset layout</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="159" />
        <source>&amp;Tools</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="160" />
        <source>&amp;Benchmark device</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="164" />
        <source>&amp;Preferences...</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="170" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="171" />
        <source>&amp;About NetSynth Studio</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="174" />
        <source>About &amp;Qt</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="198" />
        <source>%1 failed: %2</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="200" />
        <source>%1 canceled</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="204" />
        <source>Ready</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="210" />
        <source>Device: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="211" />
        <source>CUDA is available on this machine</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="212" />
        <source>No CUDA device: computing on the CPU</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../app/main_window.cpp" line="218" />
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform><numerusform>%n jobs running</numerusform></translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="244" />
        <source>Preferences</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="254" />
        <source>Benchmark device</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="260" />
        <source>Device benchmark: %1 GFLOP/s on %2 (%3 matmuls of %4x%4)</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="280" />
        <source>Folder for the encoded images</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="284" />
        <source>Encode %1 into images</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="292" />
        <source>Encoded %1 images into %2</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="297" />
        <source>Encode dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="307" />
        <source>Stopping running jobs...</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::MatrixImageView</name>
    <message>
        <location filename="../widgets/imaging/matrix_image_view.cpp" line="94" />
        <source>i = %1, j = %2
value = %3</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/imaging/matrix_image_view.cpp" line="116" />
        <source>No image</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::PacketTableModel</name>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="65" />
        <source>down</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="83" />
        <source>↑ up</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="83" />
        <source>↓ down</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="106" />
        <source>Bin</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="106" />
        <source>No.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="107" />
        <source>Time (s)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="108" />
        <source>Direction</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="109" />
        <source>Bytes</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="109" />
        <source>IP size</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="110" />
        <source>Payload</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="111" />
        <source>IAT (s)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="112" />
        <source>TCP flags</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/datasets/packet_table_model.cpp" line="113" />
        <source>Window</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::PreferencesDialog</name>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="16" />
        <source>Preferences</source>
        <translation />
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="18" />
        <source>Automatic (CUDA when available)</source>
        <translation />
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="19" />
        <source>CPU</source>
        <translation />
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="20" />
        <source>CUDA GPU</source>
        <translation />
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="25" />
        <source>All cores (%1)</source>
        <translation />
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="29" />
        <source>System language</source>
        <translation />
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="35" />
        <source>Compute &amp;device:</source>
        <translation />
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="36" />
        <source>CPU &amp;threads:</source>
        <translation />
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="37" />
        <source>&amp;Language:</source>
        <translation />
    </message>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="38" />
        <source>A language change takes effect at the next start.</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::PreviewWorker</name>
    <message>
        <location filename="../widgets/imaging/preview_worker.cpp" line="71" />
        <source>No biflow selected</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::ReportsPane</name>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="34" />
        <source>FID %1 | TSTR accuracy real-&gt;real %2, synthetic-&gt;real %3, mixed-&gt;real %4</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="60" />
        <source>Open folder...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="60" />
        <source>List the reports found under a folder</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="61" />
        <source>Refresh</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="61" />
        <source>Scan the folder again</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="62" />
        <source>Compare</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="62" />
        <source>Select two reports in the list to compare them side by side</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="63" />
        <source>Open HTML</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="63" />
        <source>Open report.html of the shown report in the web browser</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="75" />
        <source>&lt;h3&gt;Reports&lt;/h3&gt;&lt;p&gt;Fidelity and TSTR reports of generated traffic.&lt;/p&gt;&lt;p&gt;Use &lt;i&gt;Open folder...&lt;/i&gt; to list the reports under a folder, or create one with &lt;i&gt;Tools &amp;gt; Evaluate synthetic images&lt;/i&gt; or &lt;i&gt;Tools &amp;gt; Run full pipeline&lt;/i&gt;. Select two reports and press &lt;i&gt;Compare&lt;/i&gt; to see them side by side.&lt;/p&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="112" />
        <source>Folder with reports</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="192" />
        <source>Cannot show the report in %1: %2</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="213" />
        <source>&lt;b&gt;A:&lt;/b&gt; %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="214" />
        <source>&lt;b&gt;B:&lt;/b&gt; %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="218" />
        <source>Cannot compare the reports: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="235" />
        <source>Select exactly two reports to compare (Ctrl+click).</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/reports/reports_pane.cpp" line="249" />
        <source>%1 has no report.html yet: run 'netsynth-cli report %1'.</source>
        <translation />
    </message>
</context>
<context>
    <name>netsynth::TrainingPane</name>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="82" />
        <source>Run</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="89" />
        <source>...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="95" />
        <source>Image set:</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="95" />
        <source>folder with manifest.json (from Encode)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="96" />
        <source>Run folder:</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="96" />
        <source>where checkpoints go</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="100" />
        <source>cpu-small: 32x32, trains in minutes on a CPU. netdiffus: the paper's 128x128 set-up, for GPUs.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="118" />
        <source>Steps between sample grids (0: none)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="119" />
        <location filename="../widgets/training/training_pane.cpp" line="175" />
        <source>Steps</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="121" />
        <source>Batch</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="123" />
        <source>Seed</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="125" />
        <source>Preview every</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="127" />
        <source>Preset:</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="135" />
        <source>&amp;Start</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="137" />
        <source>Train a new model (Ctrl+Return)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="138" />
        <location filename="../widgets/training/training_pane.cpp" line="592" />
        <source>&amp;Pause</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="140" />
        <source>S&amp;top</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="142" />
        <source>Finish the current step, write a checkpoint and stop (Ctrl+.)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="143" />
        <source>&amp;Open checkpoint...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="144" />
        <source>&amp;Continue</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="145" />
        <source>Resume the run in the run folder up to the step count</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="157" />
        <source>DDIM</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="158" />
        <source>DDPM</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="162" />
        <source>Sampling steps (0: every diffusion step)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="167" />
        <source>Classifier-free guidance: 1 = plain conditional, more = stronger class</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="171" />
        <source>Sa&amp;mple...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="173" />
        <source>Sampler</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="177" />
        <source>Guidance</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="179" />
        <source>Per class</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="195" />
        <source>Step</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="196" />
        <source>Loss (smoothed)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="197" />
        <source>Learning rate</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="198" />
        <source>Images/s</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="199" />
        <source>Elapsed / ETA</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="200" />
        <source>Device</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="204" />
        <source>Samples per class appear here while training.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="258" />
        <source>Image set folder</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="265" />
        <source>Run folder</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="272" />
        <location filename="../widgets/training/training_pane.cpp" line="471" />
        <source>Open checkpoint</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="273" />
        <source>Diffusion checkpoints (checkpoint.pt);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="280" />
        <source>Write samples to folder</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="287" />
        <source>Error: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="296" />
        <source>Choose an image set and a run folder first.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="318" />
        <source>Open a checkpoint or choose its run folder first.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="363" />
        <source>Resuming training...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="363" />
        <source>Loading the image set and building the model...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="365" />
        <source>Continue diffusion training</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="365" />
        <source>Train diffusion model</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="377" />
        <source>Stopped at step %1, final loss %2. Checkpoint: %3</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="378" />
        <source>Done: %1 steps, final loss %2. Checkpoint: %3</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="387" />
        <source>Training canceled.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="388" />
        <source>Training canceled; checkpoint at step %1 kept.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="406" />
        <source>Paused (Ctrl+P resumes).</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="406" />
        <location filename="../widgets/training/training_pane.cpp" line="457" />
        <location filename="../widgets/training/training_pane.cpp" line="459" />
        <source>Training...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="416" />
        <source>Stopping after this step and writing a checkpoint...</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="445" />
        <source>%1, %2 M params</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="451" />
        <location filename="../widgets/training/training_pane.cpp" line="489" />
        <source>%1 / %2</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="462" />
        <source>EMA samples at step %1 (DDIM, fixed seed)</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="494" />
        <source>Checkpoint at step %1 (%2 preset, %3x%3, classes: %4). Continue to train further or Sample to generate images.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="511" />
        <source>Open a checkpoint or train a model first.</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="532" />
        <source>Sample diffusion model</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="572" />
        <source>Wrote %1 images to %2 in %3 s (%4 images/s).</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="578" />
        <source>Samples written to %1</source>
        <translation />
    </message>
    <message>
        <location filename="../widgets/training/training_pane.cpp" line="592" />
        <source>&amp;Resume</source>
        <translation />
    </message>
</context>
</TS>