# compare: regions, devices, PUEs; text, JSON, CSV; the chart; alternatives that cannot run.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:us-central1
|   baseline: 39.95 kg CO2e (83.712 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative                  kg CO2e     kWh  vs baseline   model  machine  mechanization       map
|      1  gcp:northamerica-northeast1   3.0225  83.712  13.217x less     1x       1x             1x   13.217x
|      2  gcp:europe-west9              3.5657  83.712  11.204x less     1x       1x             1x   11.204x
|      3  gcp:europe-north2             4.3831  83.712  9.1145x less     1x       1x             1x   9.1145x
|      4  gcp:europe-west6              4.4015  83.712  9.0764x less     1x       1x             1x   9.0764x
|      5  gcp:europe-north1              6.524  83.712  6.1235x less     1x       1x             1x   6.1235x
|      6  gcp:northamerica-northeast2   8.0878  83.712  4.9395x less     1x       1x             1x   4.9395x
|      7  gcp:southamerica-east1         10.42  83.712  3.8341x less     1x       1x             1x   3.8341x
|      8  gcp:us-west1                  12.802  83.712  3.1206x less     1x       1x             1x   3.1206x
|      9  gcp:europe-southwest1          12.82  83.712  3.1161x less     1x       1x             1x   3.1161x
|     10  gcp:europe-west1              16.154  83.712  2.473x less      1x       1x             1x    2.473x
|     11  gcp:europe-west2              16.593  83.712  2.4076x less     1x       1x             1x   2.4076x
|     12  gcp:us-west2                  18.716  83.712  2.1345x less     1x       1x             1x   2.1345x
|     13  gcp:southamerica-west1        22.797  83.712  1.7524x less     1x       1x             1x   1.7524x
|     14  gcp:europe-west4              23.008  83.712  1.7364x less     1x       1x             1x   1.7364x
|     15  gcp:europe-west12             24.527  83.712  1.6288x less     1x       1x             1x   1.6288x
|     16  gcp:europe-west8              24.527  83.712  1.6288x less     1x       1x             1x   1.6288x
|     17  gcp:europe-west10             29.547  83.712  1.3521x less     1x       1x             1x   1.3521x
|     18  gcp:europe-west3              29.547  83.712  1.3521x less     1x       1x             1x   1.3521x
|     19  gcp:us-south1                 31.232  83.712  1.2791x less     1x       1x             1x   1.2791x
|     20  gcp:asia-northeast2           32.098  83.712  1.2446x less     1x       1x             1x   1.2446x
|     21  gcp:us-east7                  33.532  83.712  1.1914x less     1x       1x             1x   1.1914x
|     22  gcp:northamerica-south1       33.675  83.712  1.1863x less     1x       1x             1x   1.1863x
|     23  gcp:us-east5                  34.319  83.712  1.1641x less     1x       1x             1x   1.1641x
|     24  gcp:us-east4                  34.322  83.712  1.164x less      1x       1x             1x    1.164x
|     25  gcp:asia-northeast3           35.788  83.712  1.1163x less     1x       1x             1x   1.1163x
|     26  gcp:us-west4                  36.379  83.712  1.0982x less     1x       1x             1x   1.0982x
|     27  gcp:australia-southeast2      39.006  83.712  1.0242x less     1x       1x             1x   1.0242x
|     28  gcp:asia-southeast3           39.374  83.712  1.0146x less     1x       1x             1x   1.0146x
|     29  gcp:us-central1                39.95  83.712  same             1x       1x             1x        1x
|     30  gcp:us-east2                  40.153  83.712  1.0051x more     1x       1x             1x  0.99494x
|     31  gcp:me-west1                  40.756  83.712  1.0202x more     1x       1x             1x  0.98022x
|     32  gcp:me-central1                40.81  83.712  1.0215x more     1x       1x             1x  0.97894x
|     33  gcp:asia-southeast1           40.951  83.712  1.0251x more     1x       1x             1x  0.97554x
|     34  gcp:us-central2               41.096  83.712  1.0287x more     1x       1x             1x  0.97211x
|     35  gcp:asia-east1                 43.32  83.712  1.0843x more     1x       1x             1x  0.92221x
|     36  gcp:australia-southeast1      43.944  83.712  1.1x more        1x       1x             1x  0.90912x
|     37  gcp:asia-south2               44.225  83.712  1.107x more      1x       1x             1x  0.90334x
|     38  gcp:asia-northeast1           44.681  83.712  1.1184x more     1x       1x             1x  0.89412x
|     39  gcp:me-central2               45.404  83.712  1.1365x more     1x       1x             1x  0.87988x
|     40  gcp:europe-central2           48.027  83.712  1.2022x more     1x       1x             1x  0.83182x
|     41  gcp:asia-east2                49.377  83.712  1.236x more      1x       1x             1x  0.80908x
|     42  gcp:us-west3                  52.118  83.712  1.3046x more     1x       1x             1x  0.76653x
|     43  gcp:us-east1                  54.075  83.712  1.3536x more     1x       1x             1x  0.73879x
|     44  gcp:asia-south1               54.764  83.712  1.3708x more     1x       1x             1x  0.72949x
|     45  gcp:asia-southeast2           55.957  83.712  1.4007x more     1x       1x             1x  0.71394x
|     46  gcp:africa-south1             58.405  83.712  1.462x more      1x       1x             1x  0.68402x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "intensity_basis": "lifecycle",
|   "baseline": {
|     "hardware": "a100-sxm4-40gb",
|     "region": "gcp:us-central1",
|     "count": 8,
|     "hours": 24,
|     "pue": 1.09,
|     "intensity_g_per_kwh": 477.23071928071926,
|     "energy_kwh": 83.71200000000002,
|     "co2e_kg": 39.94993797242758,
|     "co2e_kg_low": 21.65899943256743,
|     "co2e_kg_high": 48.23531013626375
|   },
|   "alternatives": [
|     {
|       "label": "gcp:northamerica-northeast1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:northamerica-northeast1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 36.10639570144172,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 3.0225385969590897,
|       "co2e_kg_low": 1.780247503897005,
|       "co2e_kg_high": 3.4468031890093105,
|       "saving": 13.217345847169772,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 13.217345847169772
|       }
|     },
|     {
|       "label": "gcp:europe-west9",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west9",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 42.59485139829467,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 3.5657002002540445,
|       "co2e_kg_low": 2.1001647051037575,
|       "co2e_kg_high": 9.332867350124566,
|       "saving": 11.20395314490581,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 11.20395314490581
|       }
|     },
|     {
|       "label": "gcp:europe-north2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-north2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 52.359246089859994,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 4.383097208674361,
|       "co2e_kg_low": 1.7601727480082006,
|       "co2e_kg_high": 4.998339293928652,
|       "saving": 9.114545279389361,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 9.114545279389361
|       }
|     },
|     {
|       "label": "gcp:europe-west6",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west6",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 52.579575515226075,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 4.401541425530606,
|       "co2e_kg_low": 2.289238078523531,
|       "co2e_kg_high": 14.26013278966472,
|       "saving": 9.076351693682312,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 9.076351693682312
|       }
|     },
|     {
|       "label": "gcp:europe-north1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-north1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 77.93428918590523,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 6.5240352163305,
|       "co2e_kg_low": 3.8425968888845685,
|       "co2e_kg_high": 16.71492107198056,
|       "saving": 6.123501276085657,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 6.123501276085657
|       }
|     },
|     {
|       "label": "gcp:northamerica-northeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:northamerica-northeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 96.61492436974791,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 8.087828548840339,
|       "co2e_kg_low": 2.535043695005042,
|       "co2e_kg_high": 9.223092556154624,
|       "saving": 4.9395134591664585,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 4.9395134591664585
|       }
|     },
|     {
|       "label": "gcp:southamerica-east1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:southamerica-east1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 124.47148348500394,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 10.419756825496652,
|       "co2e_kg_low": 5.286619576118211,
|       "co2e_kg_high": 17.204375345038844,
|       "saving": 3.8340566523272375,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 3.8340566523272375
|       }
|     },
|     {
|       "label": "gcp:us-west1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-west1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 152.92799999999997,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 12.801908736,
|       "co2e_kg_low": 5.673989836799999,
|       "co2e_kg_high": 14.5988739072,
|       "saving": 3.1206235567111276,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 3.120623556711128
|       }
|     },
|     {
|       "label": "gcp:europe-southwest1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-southwest1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 153.147547674459,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 12.820287510924315,
|       "co2e_kg_low": 7.220191150617805,
|       "co2e_kg_high": 20.75329165511828,
|       "saving": 3.1161499255290317,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 3.116149925529032
|       }
|     },
|     {
|       "label": "gcp:europe-west1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 192.97273562903007,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 16.154133644977367,
|       "co2e_kg_low": 8.377649377830705,
|       "co2e_kg_high": 18.421640477712725,
|       "saving": 2.4730473852956383,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 2.4730473852956383
|       }
|     },
|     {
|       "label": "gcp:europe-west2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 198.21535664192123,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 16.593003935208515,
|       "co2e_kg_low": 9.603022768443912,
|       "co2e_kg_high": 24.899014525893747,
|       "saving": 2.4076374674785823,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 2.4076374674785823
|       }
|     },
|     {
|       "label": "gcp:us-west2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-west2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 223.57500498504487,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 18.715910817308078,
|       "co2e_kg_low": 11.023499765790628,
|       "co2e_kg_high": 26.315642971884355,
|       "saving": 2.134544151358251,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 2.134544151358251
|       }
|     },
|     {
|       "label": "gcp:southamerica-west1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:southamerica-west1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 272.3298305084746,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 22.797274771525426,
|       "co2e_kg_low": 9.880340827118644,
|       "co2e_kg_high": 28.67593415593221,
|       "saving": 1.7523997220196867,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.7523997220196867
|       }
|     },
|     {
|       "label": "gcp:europe-west4",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west4",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 274.84199762892706,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 23.007573305512746,
|       "co2e_kg_low": 13.551249598292825,
|       "co2e_kg_high": 37.94554007445169,
|       "saving": 1.7363820791502311,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.7363820791502311
|       }
|     },
|     {
|       "label": "gcp:europe-west12",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west12",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 292.9906346807707,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 24.526832010396685,
|       "co2e_kg_low": 14.429315133316205,
|       "co2e_kg_high": 39.51767569214961,
|       "saving": 1.6288258489923684,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.6288258489923686
|       }
|     },
|     {
|       "label": "gcp:europe-west8",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west8",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 292.9906346807707,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 24.526832010396685,
|       "co2e_kg_low": 14.429315133316205,
|       "co2e_kg_high": 39.51767569214961,
|       "saving": 1.6288258489923684,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.6288258489923686
|       }
|     },
|     {
|       "label": "gcp:europe-west10",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west10",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 352.96321597698164,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 29.54725673586509,
|       "co2e_kg_low": 17.403063141674664,
|       "co2e_kg_high": 40.29975916488102,
|       "saving": 1.3520692743003613,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.3520692743003613
|       }
|     },
|     {
|       "label": "gcp:europe-west3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 352.96321597698164,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 29.54725673586509,
|       "co2e_kg_low": 17.067292005674666,
|       "co2e_kg_high": 46.79120236488102,
|       "saving": 1.3520692743003613,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.3520692743003613
|       }
|     },
|     {
|       "label": "gcp:us-south1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-south1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 373.092,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 31.232277504000006,
|       "co2e_kg_low": 18.241198387199997,
|       "co2e_kg_high": 39.70873082880001,
|       "saving": 1.2791234314343896,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.2791234314343896
|       }
|     },
|     {
|       "label": "gcp:asia-northeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-northeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 383.431360767483,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 32.09780607256754,
|       "co2e_kg_low": 18.77070901345721,
|       "co2e_kg_high": 44.82068132612977,
|       "saving": 1.2446314206680584,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.2446314206680587
|       }
|     },
|     {
|       "label": "gcp:us-east7",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-east7",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 400.568,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 33.532348416000005,
|       "co2e_kg_low": 19.750245580799998,
|       "co2e_kg_high": 38.2391826432,
|       "saving": 1.191385031457129,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.191385031457129
|       }
|     },
|     {
|       "label": "gcp:northamerica-south1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:northamerica-south1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 402.2758004874359,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 33.675311810404246,
|       "co2e_kg_low": 19.83444970851332,
|       "co2e_kg_high": 39.523896576451804,
|       "saving": 1.186327188218781,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.1863271882187811
|       }
|     },
|     {
|       "label": "gcp:us-east5",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-east5",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 409.9654854854855,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 34.31903072096097,
|       "co2e_kg_low": 18.513537153153152,
|       "co2e_kg_high": 40.14055360960962,
|       "saving": 1.1640753579916063,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.1640753579916066
|       }
|     },
|     {
|       "label": "gcp:us-east4",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-east4",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 410.00647352647354,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 34.32246191184816,
|       "co2e_kg_low": 18.51555809310689,
|       "co2e_kg_high": 40.14446642637363,
|       "saving": 1.1639589862473358,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.1639589862473358
|       }
|     },
|     {
|       "label": "gcp:asia-northeast3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-northeast3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 427.50896967950564,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 35.78763086981078,
|       "co2e_kg_low": 20.956308367429834,
|       "co2e_kg_high": 47.10677754713285,
|       "saving": 1.1163057459086505,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.1163057459086507
|       }
|     },
|     {
|       "label": "gcp:us-west4",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-west4",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 434.57584830339323,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 36.37921341317366,
|       "co2e_kg_low": 21.293897826107788,
|       "co2e_kg_high": 44.92229986107785,
|       "saving": 1.0981528797420586,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.0981528797420586
|       }
|     },
|     {
|       "label": "gcp:australia-southeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:australia-southeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 465.95101141964443,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 39.00569106796129,
|       "co2e_kg_low": 22.973994188652423,
|       "co2e_kg_high": 54.514854696546664,
|       "saving": 1.0242079265515662,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.0242079265515664
|       }
|     },
|     {
|       "label": "gcp:asia-southeast3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-southeast3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 470.35196132596684,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 39.374103386519344,
|       "co2e_kg_low": 23.19098566435359,
|       "co2e_kg_high": 44.90092707288398,
|       "saving": 1.0146247034568763,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.0146247034568763
|       }
|     },
|     {
|       "label": "gcp:us-central1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-central1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 477.23071928071926,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 39.94993797242758,
|       "co2e_kg_low": 21.65899943256743,
|       "co2e_kg_high": 48.23531013626375,
|       "saving": 1,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1
|       }
|     },
|     {
|       "label": "gcp:us-east2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-east2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 479.65599999999995,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 40.152963072000006,
|       "co2e_kg_low": 21.1459885056,
|       "co2e_kg_high": 45.7891129344,
|       "saving": 0.9949437081590125,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.9949437081590126
|       }
|     },
|     {
|       "label": "gcp:me-west1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:me-west1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 486.86108404384896,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 40.75611506747869,
|       "co2e_kg_low": 24.0049778654324,
|       "co2e_kg_high": 55.55062866942754,
|       "saving": 0.9802194813289651,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.980219481328965
|       }
|     },
|     {
|       "label": "gcp:me-central1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:me-central1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 487.49911000355996,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 40.80952549661802,
|       "co2e_kg_low": 23.839213718191523,
|       "co2e_kg_high": 66.10762703880386,
|       "saving": 0.9789365959606249,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.978936595960625
|       }
|     },
|     {
|       "label": "gcp:asia-southeast1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-southeast1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 489.19449709060683,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 40.951449740448886,
|       "co2e_kg_low": 24.120028195750624,
|       "co2e_kg_high": 47.30491237506236,
|       "saving": 0.975543923979031,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.975543923979031
|       }
|     },
|     {
|       "label": "gcp:us-central2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-central2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 490.9240681362725,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 41.09623559182366,
|       "co2e_kg_low": 21.9786648378998,
|       "co2e_kg_high": 46.86478976205211,
|       "saving": 0.9721069922125875,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.9721069922125876
|       }
|     },
|     {
|       "label": "gcp:asia-east1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-east1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 517.4846926037657,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 43.319678587246436,
|       "co2e_kg_low": 25.51489325964423,
|       "co2e_kg_high": 52.07805103921774,
|       "saving": 0.9222122433795958,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.9222122433795958
|       }
|     },
|     {
|       "label": "gcp:australia-southeast1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:australia-southeast1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 524.9371153851922,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 43.943535803125215,
|       "co2e_kg_low": 25.88233943633613,
|       "co2e_kg_high": 62.4894116677474,
|       "saving": 0.9091197884351032,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.9091197884351031
|       }
|     },
|     {
|       "label": "gcp:asia-south2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-south2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 528.2965122982322,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 44.224757637509626,
|       "co2e_kg_low": 26.047976516771715,
|       "co2e_kg_high": 69.37696625561877,
|       "saving": 0.9033387655819209,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.903338765581921
|       }
|     },
|     {
|       "label": "gcp:asia-northeast1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-northeast1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 533.741360767483,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 44.68055679256755,
|       "co2e_kg_low": 26.31643803745721,
|       "co2e_kg_high": 52.36221092612978,
|       "saving": 0.8941235481441696,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.8941235481441697
|       }
|     },
|     {
|       "label": "gcp:me-central2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:me-central2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 542.3824907619215,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 45.40392306666198,
|       "co2e_kg_low": 26.742494136511,
|       "co2e_kg_high": 69.69638139011087,
|       "saving": 0.8798785495643874,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.8798785495643874
|       }
|     },
|     {
|       "label": "gcp:europe-central2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-central2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 573.7198326214937,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 48.02723462841048,
|       "co2e_kg_low": 28.287600579302318,
|       "co2e_kg_high": 77.6252345816461,
|       "saving": 0.8318184105648093,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.8318184105648092
|       }
|     },
|     {
|       "label": "gcp:asia-east2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-east2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 589.8458547008547,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 49.37717618871796,
|       "co2e_kg_low": 22.745948061538463,
|       "co2e_kg_high": 57.88323051979488,
|       "saving": 0.8090770079629547,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.8090770079629547
|       }
|     },
|     {
|       "label": "gcp:us-west3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-west3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 622.588,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 52.11808665600001,
|       "co2e_kg_low": 24.804562636799997,
|       "co2e_kg_high": 63.10809246720001,
|       "saving": 0.7665273331331783,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.7665273331331784
|       }
|     },
|     {
|       "label": "gcp:us-east1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-east1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 645.9664735264736,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 54.07514543184817,
|       "co2e_kg_low": 24.678758093106893,
|       "co2e_kg_high": 61.66550988237364,
|       "saving": 0.738785585380943,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.7387855853809431
|       }
|     },
|     {
|       "label": "gcp:asia-south1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-south1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 654.1965122982322,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 54.764098437509624,
|       "co2e_kg_low": 30.113223236771713,
|       "co2e_kg_high": 70.11775447961877,
|       "saving": 0.7294913841777888,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.7294913841777889
|       }
|     },
|     {
|       "label": "gcp:asia-southeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-southeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 668.4501857135167,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 55.957301946449924,
|       "co2e_kg_low": 31.61475987671637,
|       "co2e_kg_high": 63.81185900865803,
|       "saving": 0.7139361009696091,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.7139361009696091
|       }
|     },
|     {
|       "label": "gcp:africa-south1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:africa-south1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 697.6891547207117,
|       "energy_kwh": 83.71200000000002,
|       "co2e_kg": 58.40495451998023,
|       "co2e_kg_low": 34.39998238699752,
|       "co2e_kg_high": 68.07606599561049,
|       "saving": 0.684016250004283,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.684016250004283
|       }
|     }
|   ],
|   "skipped": [],
|   "data_origin": "embedded",
|   "settings": []
| }
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --format csv
| rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map,intensity_basis,settings
| 1,gcp:northamerica-northeast1,a100-sxm4-40gb,gcp:northamerica-northeast1,8,24,1.09,36.10639570144172,83.71200000000002,3.0225385969590897,13.217345847169772,1,1,1,13.217345847169772,lifecycle,
| 2,gcp:europe-west9,a100-sxm4-40gb,gcp:europe-west9,8,24,1.09,42.59485139829467,83.71200000000002,3.5657002002540445,11.20395314490581,1,1,1,11.20395314490581,lifecycle,
| 3,gcp:europe-north2,a100-sxm4-40gb,gcp:europe-north2,8,24,1.09,52.359246089859994,83.71200000000002,4.383097208674361,9.114545279389361,1,1,1,9.114545279389361,lifecycle,
| 4,gcp:europe-west6,a100-sxm4-40gb,gcp:europe-west6,8,24,1.09,52.579575515226075,83.71200000000002,4.401541425530606,9.076351693682312,1,1,1,9.076351693682312,lifecycle,
| 5,gcp:europe-north1,a100-sxm4-40gb,gcp:europe-north1,8,24,1.09,77.93428918590523,83.71200000000002,6.5240352163305,6.123501276085657,1,1,1,6.123501276085657,lifecycle,
| 6,gcp:northamerica-northeast2,a100-sxm4-40gb,gcp:northamerica-northeast2,8,24,1.09,96.61492436974791,83.71200000000002,8.087828548840339,4.9395134591664585,1,1,1,4.9395134591664585,lifecycle,
| 7,gcp:southamerica-east1,a100-sxm4-40gb,gcp:southamerica-east1,8,24,1.09,124.47148348500394,83.71200000000002,10.419756825496652,3.8340566523272375,1,1,1,3.8340566523272375,lifecycle,
| 8,gcp:us-west1,a100-sxm4-40gb,gcp:us-west1,8,24,1.09,152.92799999999997,83.71200000000002,12.801908736,3.1206235567111276,1,1,1,3.120623556711128,lifecycle,
| 9,gcp:europe-southwest1,a100-sxm4-40gb,gcp:europe-southwest1,8,24,1.09,153.147547674459,83.71200000000002,12.820287510924315,3.1161499255290317,1,1,1,3.116149925529032,lifecycle,
| 10,gcp:europe-west1,a100-sxm4-40gb,gcp:europe-west1,8,24,1.09,192.97273562903007,83.71200000000002,16.154133644977367,2.4730473852956383,1,1,1,2.4730473852956383,lifecycle,
| 11,gcp:europe-west2,a100-sxm4-40gb,gcp:europe-west2,8,24,1.09,198.21535664192123,83.71200000000002,16.593003935208515,2.4076374674785823,1,1,1,2.4076374674785823,lifecycle,
| 12,gcp:us-west2,a100-sxm4-40gb,gcp:us-west2,8,24,1.09,223.57500498504487,83.71200000000002,18.715910817308078,2.134544151358251,1,1,1,2.134544151358251,lifecycle,
| 13,gcp:southamerica-west1,a100-sxm4-40gb,gcp:southamerica-west1,8,24,1.09,272.3298305084746,83.71200000000002,22.797274771525426,1.7523997220196867,1,1,1,1.7523997220196867,lifecycle,
| 14,gcp:europe-west4,a100-sxm4-40gb,gcp:europe-west4,8,24,1.09,274.84199762892706,83.71200000000002,23.007573305512746,1.7363820791502311,1,1,1,1.7363820791502311,lifecycle,
| 15,gcp:europe-west12,a100-sxm4-40gb,gcp:europe-west12,8,24,1.09,292.9906346807707,83.71200000000002,24.526832010396685,1.6288258489923684,1,1,1,1.6288258489923686,lifecycle,
| 16,gcp:europe-west8,a100-sxm4-40gb,gcp:europe-west8,8,24,1.09,292.9906346807707,83.71200000000002,24.526832010396685,1.6288258489923684,1,1,1,1.6288258489923686,lifecycle,
| 17,gcp:europe-west10,a100-sxm4-40gb,gcp:europe-west10,8,24,1.09,352.96321597698164,83.71200000000002,29.54725673586509,1.3520692743003613,1,1,1,1.3520692743003613,lifecycle,
| 18,gcp:europe-west3,a100-sxm4-40gb,gcp:europe-west3,8,24,1.09,352.96321597698164,83.71200000000002,29.54725673586509,1.3520692743003613,1,1,1,1.3520692743003613,lifecycle,
| 19,gcp:us-south1,a100-sxm4-40gb,gcp:us-south1,8,24,1.09,373.092,83.71200000000002,31.232277504000006,1.2791234314343896,1,1,1,1.2791234314343896,lifecycle,
| 20,gcp:asia-northeast2,a100-sxm4-40gb,gcp:asia-northeast2,8,24,1.09,383.431360767483,83.71200000000002,32.09780607256754,1.2446314206680584,1,1,1,1.2446314206680587,lifecycle,
| 21,gcp:us-east7,a100-sxm4-40gb,gcp:us-east7,8,24,1.09,400.568,83.71200000000002,33.532348416000005,1.191385031457129,1,1,1,1.191385031457129,lifecycle,
| 22,gcp:northamerica-south1,a100-sxm4-40gb,gcp:northamerica-south1,8,24,1.09,402.2758004874359,83.71200000000002,33.675311810404246,1.186327188218781,1,1,1,1.1863271882187811,lifecycle,
| 23,gcp:us-east5,a100-sxm4-40gb,gcp:us-east5,8,24,1.09,409.9654854854855,83.71200000000002,34.31903072096097,1.1640753579916063,1,1,1,1.1640753579916066,lifecycle,
| 24,gcp:us-east4,a100-sxm4-40gb,gcp:us-east4,8,24,1.09,410.00647352647354,83.71200000000002,34.32246191184816,1.1639589862473358,1,1,1,1.1639589862473358,lifecycle,
| 25,gcp:asia-northeast3,a100-sxm4-40gb,gcp:asia-northeast3,8,24,1.09,427.50896967950564,83.71200000000002,35.78763086981078,1.1163057459086505,1,1,1,1.1163057459086507,lifecycle,
| 26,gcp:us-west4,a100-sxm4-40gb,gcp:us-west4,8,24,1.09,434.57584830339323,83.71200000000002,36.37921341317366,1.0981528797420586,1,1,1,1.0981528797420586,lifecycle,
| 27,gcp:australia-southeast2,a100-sxm4-40gb,gcp:australia-southeast2,8,24,1.09,465.95101141964443,83.71200000000002,39.00569106796129,1.0242079265515662,1,1,1,1.0242079265515664,lifecycle,
| 28,gcp:asia-southeast3,a100-sxm4-40gb,gcp:asia-southeast3,8,24,1.09,470.35196132596684,83.71200000000002,39.374103386519344,1.0146247034568763,1,1,1,1.0146247034568763,lifecycle,
| 29,gcp:us-central1,a100-sxm4-40gb,gcp:us-central1,8,24,1.09,477.23071928071926,83.71200000000002,39.94993797242758,1,1,1,1,1,lifecycle,
| 30,gcp:us-east2,a100-sxm4-40gb,gcp:us-east2,8,24,1.09,479.65599999999995,83.71200000000002,40.152963072000006,0.9949437081590125,1,1,1,0.9949437081590126,lifecycle,
| 31,gcp:me-west1,a100-sxm4-40gb,gcp:me-west1,8,24,1.09,486.86108404384896,83.71200000000002,40.75611506747869,0.9802194813289651,1,1,1,0.980219481328965,lifecycle,
| 32,gcp:me-central1,a100-sxm4-40gb,gcp:me-central1,8,24,1.09,487.49911000355996,83.71200000000002,40.80952549661802,0.9789365959606249,1,1,1,0.978936595960625,lifecycle,
| 33,gcp:asia-southeast1,a100-sxm4-40gb,gcp:asia-southeast1,8,24,1.09,489.19449709060683,83.71200000000002,40.951449740448886,0.975543923979031,1,1,1,0.975543923979031,lifecycle,
| 34,gcp:us-central2,a100-sxm4-40gb,gcp:us-central2,8,24,1.09,490.9240681362725,83.71200000000002,41.09623559182366,0.9721069922125875,1,1,1,0.9721069922125876,lifecycle,
| 35,gcp:asia-east1,a100-sxm4-40gb,gcp:asia-east1,8,24,1.09,517.4846926037657,83.71200000000002,43.319678587246436,0.9222122433795958,1,1,1,0.9222122433795958,lifecycle,
| 36,gcp:australia-southeast1,a100-sxm4-40gb,gcp:australia-southeast1,8,24,1.09,524.9371153851922,83.71200000000002,43.943535803125215,0.9091197884351032,1,1,1,0.9091197884351031,lifecycle,
| 37,gcp:asia-south2,a100-sxm4-40gb,gcp:asia-south2,8,24,1.09,528.2965122982322,83.71200000000002,44.224757637509626,0.9033387655819209,1,1,1,0.903338765581921,lifecycle,
| 38,gcp:asia-northeast1,a100-sxm4-40gb,gcp:asia-northeast1,8,24,1.09,533.741360767483,83.71200000000002,44.68055679256755,0.8941235481441696,1,1,1,0.8941235481441697,lifecycle,
| 39,gcp:me-central2,a100-sxm4-40gb,gcp:me-central2,8,24,1.09,542.3824907619215,83.71200000000002,45.40392306666198,0.8798785495643874,1,1,1,0.8798785495643874,lifecycle,
| 40,gcp:europe-central2,a100-sxm4-40gb,gcp:europe-central2,8,24,1.09,573.7198326214937,83.71200000000002,48.02723462841048,0.8318184105648093,1,1,1,0.8318184105648092,lifecycle,
| 41,gcp:asia-east2,a100-sxm4-40gb,gcp:asia-east2,8,24,1.09,589.8458547008547,83.71200000000002,49.37717618871796,0.8090770079629547,1,1,1,0.8090770079629547,lifecycle,
| 42,gcp:us-west3,a100-sxm4-40gb,gcp:us-west3,8,24,1.09,622.588,83.71200000000002,52.11808665600001,0.7665273331331783,1,1,1,0.7665273331331784,lifecycle,
| 43,gcp:us-east1,a100-sxm4-40gb,gcp:us-east1,8,24,1.09,645.9664735264736,83.71200000000002,54.07514543184817,0.738785585380943,1,1,1,0.7387855853809431,lifecycle,
| 44,gcp:asia-south1,a100-sxm4-40gb,gcp:asia-south1,8,24,1.09,654.1965122982322,83.71200000000002,54.764098437509624,0.7294913841777888,1,1,1,0.7294913841777889,lifecycle,
| 45,gcp:asia-southeast2,a100-sxm4-40gb,gcp:asia-southeast2,8,24,1.09,668.4501857135167,83.71200000000002,55.957301946449924,0.7139361009696091,1,1,1,0.7139361009696091,lifecycle,
| 46,gcp:africa-south1,a100-sxm4-40gb,gcp:africa-south1,8,24,1.09,697.6891547207117,83.71200000000002,58.40495451998023,0.684016250004283,1,1,1,0.684016250004283,lifecycle,
$ mlcarbon compare -g a100 -n 8 --hours 24 -r aws:us-east-1 --regions aws
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1
|   baseline: 29.506 kg CO2e (87.552 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative           kg CO2e     kWh  vs baseline   model  machine  mechanization       map
|      1  aws:ca-central-1       2.2979  87.552  12.84x less      1x       1x             1x    12.84x
|      2  aws:eu-north-1 *       3.0871  87.552  9.558x less      1x       1x             1x    9.558x
|      3  aws:eu-central-2 *     3.4338  87.552  8.593x less      1x       1x             1x    8.593x
|      4  aws:eu-west-3 *        3.6282  87.552  8.1326x less     1x       1x             1x   8.1326x
|      5  aws:ap-southeast-6 *   8.1213  87.552  3.6332x less     1x       1x             1x   3.6332x
|      6  aws:sa-east-1 *        9.6263  87.552  3.0652x less     1x       1x             1x   3.0652x
|      7  aws:eu-south-2 *       13.448  87.552  2.1941x less     1x       1x             1x   2.1941x
|      8  aws:eu-west-2 *        19.035  87.552  1.5501x less     1x       1x             1x   1.5501x
|      9  aws:eu-west-1 *        22.461  87.552  1.3137x less     1x       1x             1x   1.3137x
|     10  aws:us-west-1          23.526  87.552  1.2542x less     1x       1x             1x   1.2542x
|     11  aws:eu-south-1 *       24.933  87.552  1.1834x less     1x       1x             1x   1.1834x
|     12  aws:eu-central-1 *     28.862  87.552  1.0223x less     1x       1x             1x   1.0223x
|     13  aws:us-east-1          29.506  87.552  same             1x       1x             1x        1x
|     14  aws:us-west-2           30.05  87.552  1.0184x more     1x       1x             1x   0.9819x
|     15  aws:ap-northeast-2 *   36.514  87.552  1.2375x more     1x       1x             1x  0.80808x
|     16  aws:us-gov-east-1 *    36.915  87.552  1.2511x more     1x       1x             1x  0.79931x
|     17  aws:us-gov-west-1 *    36.915  87.552  1.2511x more     1x       1x             1x  0.79931x
|     18  aws:me-central-1 *     40.931  87.552  1.3872x more     1x       1x             1x  0.72088x
|     19  aws:mx-central-1 *     41.501  87.552  1.4065x more     1x       1x             1x  0.71098x
|     20  aws:ap-northeast-1 *   41.785  87.552  1.4161x more     1x       1x             1x  0.70615x
|     21  aws:ap-northeast-3 *   41.785  87.552  1.4161x more     1x       1x             1x  0.70615x
|     22  aws:us-east-2          42.201  87.552  1.4302x more     1x       1x             1x   0.6992x
|     23  aws:il-central-1 *     43.136  87.552  1.4619x more     1x       1x             1x  0.68403x
|     24  aws:ap-southeast-1 *   43.521  87.552  1.475x more      1x       1x             1x  0.67798x
|     25  aws:cn-north-1 *       45.995  87.552  1.5588x more     1x       1x             1x  0.64152x
|     26  aws:cn-northwest-1 *   45.995  87.552  1.5588x more     1x       1x             1x  0.64152x
|     27  aws:ap-southeast-7 *   47.781  87.552  1.6193x more     1x       1x             1x  0.61754x
|     28  aws:ap-southeast-5 *   52.704  87.552  1.7862x more     1x       1x             1x  0.55986x
|     29  aws:ap-east-2 *        55.439  87.552  1.8789x more     1x       1x             1x  0.53223x
|     30  aws:ap-southeast-2     57.486  87.552  1.9483x more     1x       1x             1x  0.51328x
|     31  aws:ap-south-1 *       58.671  87.552  1.9884x more     1x       1x             1x  0.50291x
|     32  aws:ap-south-2 *       58.671  87.552  1.9884x more     1x       1x             1x  0.50291x
|     33  aws:ca-west-1          58.832  87.552  1.9939x more     1x       1x             1x  0.50154x
|     34  aws:ap-east-1 *         59.14  87.552  2.0043x more     1x       1x             1x  0.49893x
|     35  aws:ap-southeast-3 *   59.557  87.552  2.0184x more     1x       1x             1x  0.49543x
|     36  aws:af-south-1 *       61.224  87.552  2.0749x more     1x       1x             1x  0.48194x
|     37  aws:ap-southeast-4     69.171  87.552  2.3443x more     1x       1x             1x  0.42657x
|     38  aws:me-south-1 *       78.993  87.552  2.6771x more     1x       1x             1x  0.37353x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| * the region's intensity is its country's average (its provider publishes no per-region figure), so
|   regions of one country rank alike here although their local grids may differ.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r aws:us-east-1 --regions all
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1
|   baseline: 29.506 kg CO2e (87.552 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative                  kg CO2e     kWh  vs baseline   model  machine  mechanization       map
|      1  aws:ca-central-1              2.2979  87.552  12.84x less      1x       1x             1x    12.84x
|      2  azure:canadaeast              2.3584  89.856  12.511x less     1x       1x       0.97436x    12.84x
|      3  azure:norwayeast *            2.5259  89.856  11.682x less     1x       1x       0.97436x   11.989x
|      4  azure:norwaywest *            2.5259  89.856  11.682x less     1x       1x       0.97436x   11.989x
|      5  ovh:ca-east-bhs               2.5801  98.304  11.436x less     1x       1x       0.89062x    12.84x
|      6  gcp:northamerica-northeast1   3.0225  83.712  9.7621x less     1x       1x        1.0459x    9.334x
|      7  aws:eu-north-1 *              3.0871  87.552  9.558x less      1x       1x             1x    9.558x
|      8  azure:swedencentral *         3.1683  89.856  9.313x less      1x       1x       0.97436x    9.558x
|      9  aws:eu-central-2 *            3.4338  87.552  8.593x less      1x       1x             1x    8.593x
|     10  azure:switzerlandnorth *      3.5242  89.856  8.3726x less     1x       1x       0.97436x    8.593x
|     11  azure:switzerlandwest *       3.5242  89.856  8.3726x less     1x       1x       0.97436x    8.593x
|     12  gcp:europe-west9              3.5657  83.712  8.2751x less     1x       1x        1.0459x   7.9121x
|     13  aws:eu-west-3 *               3.6282  87.552  8.1326x less     1x       1x             1x   8.1326x
|     14  azure:francecentral *         3.7236  89.856  7.9241x less     1x       1x       0.97436x   8.1326x
|     15  azure:francesouth *           3.7236  89.856  7.9241x less     1x       1x       0.97436x   8.1326x
|     16  ovh:eu-west-gra *             4.0737  98.304  7.2431x less     1x       1x       0.89062x   8.1326x
|     17  ovh:eu-west-par *             4.0737  98.304  7.2431x less     1x       1x       0.89062x   8.1326x
|     18  ovh:eu-west-rbx *             4.0737  98.304  7.2431x less     1x       1x       0.89062x   8.1326x
|     19  ovh:eu-west-sbg *             4.0737  98.304  7.2431x less     1x       1x       0.89062x   8.1326x
|     20  azure:canadacentral           4.2605  89.856  6.9256x less     1x       1x       0.97436x   7.1078x
|     21  gcp:europe-north2             4.3831  83.712  6.7319x less     1x       1x        1.0459x   6.4366x
|     22  gcp:europe-west6              4.4015  83.712  6.7037x less     1x       1x        1.0459x   6.4096x
|     23  ovh:ca-east-tor               4.6611  98.304  6.3304x less     1x       1x       0.89062x   7.1078x
|     24  scaleway:fr-par *             4.9648  119.81  5.9431x less     1x       1x       0.73077x   8.1326x
|     25  gcp:europe-north1              6.524  83.712  4.5227x less     1x       1x        1.0459x   4.3244x
|     26  gcp:northamerica-northeast2   8.0878  83.712  3.6483x less     1x       1x        1.0459x   3.4882x
|     27  aws:ap-southeast-6 *          8.1213  87.552  3.6332x less     1x       1x             1x   3.6332x
|     28  azure:newzealandnorth *        8.335  89.856  3.54x less       1x       1x       0.97436x   3.6332x
|     29  aws:sa-east-1 *               9.6263  87.552  3.0652x less     1x       1x             1x   3.0652x
|     30  azure:brazilsouth *           9.8797  89.856  2.9866x less     1x       1x       0.97436x   3.0652x
|     31  azure:brazilsoutheast *       9.8797  89.856  2.9866x less     1x       1x       0.97436x   3.0652x
|     32  azure:denmarkeast *            10.28  89.856  2.8702x less     1x       1x       0.97436x   2.9457x
|     33  gcp:southamerica-east1         10.42  83.712  2.8318x less     1x       1x        1.0459x   2.7076x
|     34  azure:austriaeast *           10.505  89.856  2.8088x less     1x       1x       0.97436x   2.8827x
|     35  gcp:us-west1                  12.802  83.712  2.3048x less     1x       1x        1.0459x   2.2038x
|     36  gcp:europe-southwest1          12.82  83.712  2.3015x less     1x       1x        1.0459x   2.2006x
|     37  aws:eu-south-2 *              13.448  87.552  2.1941x less     1x       1x             1x   2.1941x
|     38  azure:belgiumcentral *        13.462  89.856  2.1918x less     1x       1x       0.97436x   2.2495x
|     39  azure:spaincentral *          13.802  89.856  2.1379x less     1x       1x       0.97436x   2.1941x
|     40  gcp:europe-west1              16.154  83.712  1.8266x less     1x       1x        1.0459x   1.7464x
|     41  gcp:europe-west2              16.593  83.712  1.7782x less     1x       1x        1.0459x   1.7003x
|     42  gcp:us-west2                  18.716  83.712  1.5765x less     1x       1x        1.0459x   1.5074x
|     43  aws:eu-west-2 *               19.035  87.552  1.5501x less     1x       1x             1x   1.5501x
|     44  azure:uksouth *               19.536  89.856  1.5104x less     1x       1x       0.97436x   1.5501x
|     45  azure:ukwest *                19.536  89.856  1.5104x less     1x       1x       0.97436x   1.5501x
|     46  ovh:eu-west-eri *             21.372  98.304  1.3806x less     1x       1x       0.89062x   1.5501x
|     47  aws:eu-west-1 *               22.461  87.552  1.3137x less     1x       1x             1x   1.3137x
|     48  azure:westeurope *            22.784  89.856  1.2951x less     1x       1x       0.97436x   1.3291x
|     49  gcp:southamerica-west1        22.797  83.712  1.2943x less     1x       1x        1.0459x   1.2375x
|     50  gcp:europe-west4              23.008  83.712  1.2825x less     1x       1x        1.0459x   1.2262x
|     51  azure:northeurope *           23.052  89.856  1.28x less       1x       1x       0.97436x   1.3137x
|     52  aws:us-west-1                 23.526  87.552  1.2542x less     1x       1x             1x   1.2542x
|     53  azure:westus                  24.145  89.856  1.2221x less     1x       1x       0.97436x   1.2542x
|     54  gcp:europe-west12             24.527  83.712  1.203x less      1x       1x        1.0459x   1.1503x
|     55  gcp:europe-west8              24.527  83.712  1.203x less      1x       1x        1.0459x   1.1503x
|     56  aws:eu-south-1 *              24.933  87.552  1.1834x less     1x       1x             1x   1.1834x
|     57  azure:italynorth *            25.589  89.856  1.1531x less     1x       1x       0.97436x   1.1834x
|     58  azure:chilecentral *          26.012  89.856  1.1343x less     1x       1x       0.97436x   1.1642x
|     59  aws:eu-central-1 *            28.862  87.552  1.0223x less     1x       1x             1x   1.0223x
|     60  aws:us-east-1                 29.506  87.552  same             1x       1x             1x        1x
|     61  gcp:europe-west10             29.547  83.712  same             1x       1x        1.0459x  0.95482x
|     62  gcp:europe-west3              29.547  83.712  same             1x       1x        1.0459x  0.95482x
|     63  azure:germanynorth *          29.621  89.856  same             1x       1x       0.97436x   1.0223x
|     64  azure:germanywestcentral *    29.621  89.856  same             1x       1x       0.97436x   1.0223x
|     65  aws:us-west-2                  30.05  87.552  1.0184x more     1x       1x             1x   0.9819x
|     66  azure:eastus                  30.283  89.856  1.0263x more     1x       1x       0.97436x        1x
|     67  azure:eastus2                 30.283  89.856  1.0263x more     1x       1x       0.97436x        1x
|     68  scaleway:nl-ams *             30.379  119.81  1.0296x more     1x       1x       0.73077x   1.3291x
|     69  azure:westus2                 30.841  89.856  1.0452x more     1x       1x       0.97436x   0.9819x
|     70  gcp:us-south1                 31.232  83.712  1.0585x more     1x       1x        1.0459x  0.90331x
|     71  gcp:asia-northeast2           32.098  83.712  1.0878x more     1x       1x        1.0459x  0.87895x
|     72  ovh:eu-west-lim *             32.406  98.304  1.0983x more     1x       1x       0.89062x   1.0223x
|     73  ovh:us-east-vin                33.13  98.304  1.1228x more     1x       1x       0.89062x        1x
|     74  gcp:us-east7                  33.532  83.712  1.1364x more     1x       1x        1.0459x  0.84135x
|     75  gcp:northamerica-south1       33.675  83.712  1.1413x more     1x       1x        1.0459x  0.83777x
|     76  ovh:us-west-hil               33.741  98.304  1.1435x more     1x       1x       0.89062x   0.9819x
|     77  seeweb:fro2 *                 34.119  119.81  1.1563x more     1x       1x       0.73077x   1.1834x
|     78  gcp:us-east5                  34.319  83.712  1.1631x more     1x       1x        1.0459x  0.82206x
|     79  gcp:us-east4                  34.322  83.712  1.1632x more     1x       1x        1.0459x  0.82198x
|     80  azure:westus3                 35.484  89.856  1.2026x more     1x       1x       0.97436x  0.85343x
|     81  gcp:asia-northeast3           35.788  83.712  1.2129x more     1x       1x        1.0459x  0.78833x
|     82  gcp:us-west4                  36.379  83.712  1.2329x more     1x       1x        1.0459x  0.77551x
|     83  aws:ap-northeast-2 *          36.514  87.552  1.2375x more     1x       1x             1x  0.80808x
|     84  azure:southcentralus           36.67  89.856  1.2428x more     1x       1x       0.97436x  0.82583x
|     85  aws:us-gov-east-1 *           36.915  87.552  1.2511x more     1x       1x             1x  0.79931x
|     86  aws:us-gov-west-1 *           36.915  87.552  1.2511x more     1x       1x             1x  0.79931x
|     87  azure:koreacentral *          37.475  89.856  1.2701x more     1x       1x       0.97436x  0.80808x
|     88  azure:koreasouth *            37.475  89.856  1.2701x more     1x       1x       0.97436x  0.80808x
|     89  azure:centraluseuap *         37.886  89.856  1.284x more      1x       1x       0.97436x  0.79931x
|     90  azure:eastus2euap *           37.886  89.856  1.284x more      1x       1x       0.97436x  0.79931x
|     91  gcp:australia-southeast2      39.006  83.712  1.3219x more     1x       1x        1.0459x  0.72329x
|     92  gcp:asia-southeast3           39.374  83.712  1.3344x more     1x       1x        1.0459x  0.71652x
|     93  gcp:us-central1                39.95  83.712  1.3539x more     1x       1x        1.0459x  0.70619x
|     94  gcp:us-east2                  40.153  83.712  1.3608x more     1x       1x        1.0459x  0.70262x
|     95  gcp:me-west1                  40.756  83.712  1.3813x more     1x       1x        1.0459x  0.69222x
|     96  gcp:me-central1                40.81  83.712  1.3831x more     1x       1x        1.0459x  0.69132x
|     97  aws:me-central-1 *            40.931  87.552  1.3872x more     1x       1x             1x  0.72088x
|     98  gcp:asia-southeast1           40.951  83.712  1.3879x more     1x       1x        1.0459x  0.68892x
|     99  gcp:us-central2               41.096  83.712  1.3928x more     1x       1x        1.0459x  0.68649x
|    100  aws:mx-central-1 *            41.501  87.552  1.4065x more     1x       1x             1x  0.71098x
|    101  coreweave:lga1                 41.58  119.81  1.4092x more     1x       1x       0.73077x  0.97107x
|    102  aws:ap-northeast-1 *          41.785  87.552  1.4161x more     1x       1x             1x  0.70615x
|    103  aws:ap-northeast-3 *          41.785  87.552  1.4161x more     1x       1x             1x  0.70615x
|    104  azure:centralus               41.833  89.856  1.4178x more     1x       1x       0.97436x  0.72389x
|    105  azure:uaecentral *            42.009  89.856  1.4237x more     1x       1x       0.97436x  0.72088x
|    106  azure:uaenorth *              42.009  89.856  1.4237x more     1x       1x       0.97436x  0.72088x
|    107  aws:us-east-2                 42.201  87.552  1.4302x more     1x       1x             1x   0.6992x
|    108  azure:mexicocentral *         42.594  89.856  1.4435x more     1x       1x       0.97436x  0.71098x
|    109  azure:japaneast *             42.885  89.856  1.4534x more     1x       1x       0.97436x  0.70615x
|    110  azure:japanwest *             42.885  89.856  1.4534x more     1x       1x       0.97436x  0.70615x
|    111  aws:il-central-1 *            43.136  87.552  1.4619x more     1x       1x             1x  0.68403x
|    112  azure:northcentralus          43.311  89.856  1.4679x more     1x       1x       0.97436x   0.6992x
|    113  gcp:asia-east1                 43.32  83.712  1.4681x more     1x       1x        1.0459x  0.65126x
|    114  aws:ap-southeast-1 *          43.521  87.552  1.475x more      1x       1x             1x  0.67798x
|    115  gcp:australia-southeast1      43.944  83.712  1.4893x more     1x       1x        1.0459x  0.64201x
|    116  gcp:asia-south2               44.225  83.712  1.4988x more     1x       1x        1.0459x  0.63793x
|    117  azure:israelcentral *         44.271  89.856  1.5004x more     1x       1x       0.97436x  0.68403x
|    118  azure:southeastasia *         44.667  89.856  1.5138x more     1x       1x       0.97436x  0.67798x
|    119  gcp:asia-northeast1           44.681  83.712  1.5143x more     1x       1x        1.0459x  0.63142x
|    120  gcp:me-central2               45.404  83.712  1.5388x more     1x       1x        1.0459x  0.62136x
|    121  aws:cn-north-1 *              45.995  87.552  1.5588x more     1x       1x             1x  0.64152x
|    122  aws:cn-northwest-1 *          45.995  87.552  1.5588x more     1x       1x             1x  0.64152x
|    123  azure:chinaeast *             47.205  89.856  1.5998x more     1x       1x       0.97436x  0.64152x
|    124  azure:chinaeast2 *            47.205  89.856  1.5998x more     1x       1x       0.97436x  0.64152x
|    125  azure:chinanorth *            47.205  89.856  1.5998x more     1x       1x       0.97436x  0.64152x
|    126  azure:chinanorth2 *           47.205  89.856  1.5998x more     1x       1x       0.97436x  0.64152x
|    127  azure:chinanorth3 *           47.205  89.856  1.5998x more     1x       1x       0.97436x  0.64152x
|    128  coreweave:las1                47.312  119.81  1.6034x more     1x       1x       0.73077x  0.85343x
|    129  aws:ap-southeast-7 *          47.781  87.552  1.6193x more     1x       1x             1x  0.61754x
|    130  azure:westcentralus            47.82  89.856  1.6207x more     1x       1x       0.97436x  0.63327x
|    131  gcp:europe-central2           48.027  83.712  1.6277x more     1x       1x        1.0459x  0.58742x
|    132  ovh:ap-southeast-sgp *        48.866  98.304  1.6561x more     1x       1x       0.89062x  0.67798x
|    133  gcp:asia-east2                49.377  83.712  1.6734x more     1x       1x        1.0459x  0.57136x
|    134  gcp:us-west3                  52.118  83.712  1.7663x more     1x       1x        1.0459x  0.54132x
|    135  azure:qatarcentral *          52.253  89.856  1.7709x more     1x       1x       0.97436x  0.57954x
|    136  aws:ap-southeast-5 *          52.704  87.552  1.7862x more     1x       1x             1x  0.55986x
|    137  azure:polandcentral *         52.889  89.856  1.7925x more     1x       1x       0.97436x  0.57257x
|    138  gcp:us-east1                  54.075  83.712  1.8327x more     1x       1x        1.0459x  0.52172x
|    139  azure:malaysiawest *          54.091  89.856  1.8332x more     1x       1x       0.97436x  0.55986x
|    140  gcp:asia-south1               54.764  83.712  1.856x more      1x       1x        1.0459x  0.51516x
|    141  aws:ap-east-2 *               55.439  87.552  1.8789x more     1x       1x             1x  0.53223x
|    142  gcp:asia-southeast2           55.957  83.712  1.8964x more     1x       1x        1.0459x  0.50418x
|    143  aws:ap-southeast-2            57.486  87.552  1.9483x more     1x       1x             1x  0.51328x
|    144  coreweave:ord1                57.748  119.81  1.9571x more     1x       1x       0.73077x   0.6992x
|    145  ovh:eu-central-waw *          57.862  98.304  1.961x more      1x       1x       0.89062x  0.57257x
|    146  gcp:africa-south1             58.405  83.712  1.9794x more     1x       1x        1.0459x  0.48305x
|    147  aws:ap-south-1 *              58.671  87.552  1.9884x more     1x       1x             1x  0.50291x
|    148  aws:ap-south-2 *              58.671  87.552  1.9884x more     1x       1x             1x  0.50291x
|    149  aws:ca-west-1                 58.832  87.552  1.9939x more     1x       1x             1x  0.50154x
|    150  azure:australiacentral        58.999  89.856  1.9995x more     1x       1x       0.97436x  0.51328x
|    151  azure:australiacentral2       58.999  89.856  1.9995x more     1x       1x       0.97436x  0.51328x
|    152  azure:australiaeast           58.999  89.856  1.9995x more     1x       1x       0.97436x  0.51328x
|    153  aws:ap-east-1 *                59.14  87.552  2.0043x more     1x       1x             1x  0.49893x
|    154  aws:ap-southeast-3 *          59.557  87.552  2.0184x more     1x       1x             1x  0.49543x
|    155  azure:centralindia *          60.215  89.856  2.0407x more     1x       1x       0.97436x  0.50291x
|    156  azure:jioindiacentral *       60.215  89.856  2.0407x more     1x       1x       0.97436x  0.50291x
|    157  azure:jioindiawest *          60.215  89.856  2.0407x more     1x       1x       0.97436x  0.50291x
|    158  azure:southindia *            60.215  89.856  2.0407x more     1x       1x       0.97436x  0.50291x
|    159  azure:westindia *             60.215  89.856  2.0407x more     1x       1x       0.97436x  0.50291x
|    160  azure:eastasia *              60.696  89.856  2.057x more      1x       1x       0.97436x  0.49893x
|    161  azure:indonesiacentral *      61.125  89.856  2.0716x more     1x       1x       0.97436x  0.49543x
|    162  aws:af-south-1 *              61.224  87.552  2.0749x more     1x       1x             1x  0.48194x
|    163  azure:southafricanorth *      62.835  89.856  2.1295x more     1x       1x       0.97436x  0.48194x
|    164  azure:southafricawest *       62.835  89.856  2.1295x more     1x       1x       0.97436x  0.48194x
|    165  ovh:ap-southeast-syd          64.546  98.304  2.1875x more     1x       1x       0.89062x  0.51328x
|    166  ovh:ap-south-mum *            65.876  98.304  2.2326x more     1x       1x       0.89062x  0.50291x
|    167  aws:ap-southeast-4            69.171  87.552  2.3443x more     1x       1x             1x  0.42657x
|    168  scaleway:pl-waw *             70.519  119.81  2.39x more       1x       1x       0.73077x  0.57257x
|    169  azure:australiasoutheast      70.992  89.856  2.406x more      1x       1x       0.97436x  0.42657x
|    170  aws:me-south-1 *              78.993  87.552  2.6771x more     1x       1x             1x  0.37353x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| * the region's intensity is its country's average (its provider publishes no per-region figure), so
|   regions of one country rank alike here although their local grids may differ.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r aws:us-east-1 --regions countries --format csv
| rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map,intensity_basis,settings
| 1,country:LS,a100-sxm4-40gb,country:LS,8,24,1.56,20.83,119.80800000000002,2.49560064,11.823392660369654,1,1,0.7307692307692307,16.179379429979527,lifecycle,
| 2,country:ET,a100-sxm4-40gb,country:ET,8,24,1.56,23.08,119.80800000000002,2.76516864,10.670765559597049,1,1,0.7307692307692307,14.602100239448594,lifecycle,
| 3,country:BT,a100-sxm4-40gb,country:BT,8,24,1.56,23.64,119.80800000000002,2.8322611200000005,10.417989387288488,1,1,0.7307692307692307,14.256196003657932,lifecycle,
| 4,country:CR,a100-sxm4-40gb,country:CR,8,24,1.56,24.2,119.80800000000002,2.8993536000000004,10.176911946921482,1,1,0.7307692307692307,13.926300558945188,lifecycle,
| 5,country:NP,a100-sxm4-40gb,country:NP,8,24,1.56,24.26,119.80800000000002,2.906542080000001,10.15174233781945,1,1,0.7307692307692307,13.89185793596346,lifecycle,
| 6,country:PY,a100-sxm4-40gb,country:PY,8,24,1.56,24.7,119.80800000000002,2.9592576000000004,9.970901583623476,1,1,0.7307692307692307,13.644391640747918,lifecycle,
| 7,country:AL,a100-sxm4-40gb,country:AL,8,24,1.56,25.18,119.80800000000002,3.016765440000001,9.78082879727958,1,1,0.7307692307692307,13.384292038382586,lifecycle,
| 8,country:CD,a100-sxm4-40gb,country:CD,8,24,1.56,27.64,119.80800000000002,3.3114931200000006,8.910320879721413,1,1,0.7307692307692307,12.193070677513514,lifecycle,
| 9,country:IS,a100-sxm4-40gb,country:IS,8,24,1.56,27.82,119.80800000000002,3.3330585600000004,8.852669630319909,1,1,0.7307692307692307,12.114179494121982,lifecycle,
| 10,country:NO,a100-sxm4-40gb,country:NO,8,24,1.56,28.11,119.80800000000002,3.3678028800000006,8.761340061028099,1,1,0.7307692307692307,11.989202188775295,lifecycle,
| 11,country:SE,a100-sxm4-40gb,country:SE,8,24,1.56,35.26,119.80800000000002,4.22443008,6.98472118875496,1,1,0.7307692307692307,9.558039521454157,lifecycle,
| 12,country:CH,a100-sxm4-40gb,country:CH,8,24,1.56,39.22,119.80800000000002,4.698869760000001,6.279481619467105,1,1,0.7307692307692307,8.59297484769183,lifecycle,
| 13,country:FR,a100-sxm4-40gb,country:FR,8,24,1.56,41.44,119.80800000000002,4.9648435200000005,5.943080818424225,1,1,0.7307692307692307,8.132636909422624,lifecycle,
| 14,country:SL,a100-sxm4-40gb,country:SL,8,24,1.56,47.62,119.80800000000002,5.705256960000001,5.17180321536119,1,1,0.7307692307692307,7.077204399967945,lifecycle,
| 15,country:NA,a100-sxm4-40gb,country:NA,8,24,1.56,48.78,119.80800000000002,5.844234240000001,5.048816505032797,1,1,0.7307692307692307,6.908906796360671,lifecycle,
| 16,country:MW,a100-sxm4-40gb,country:MW,8,24,1.56,54.65,119.80800000000002,6.547507200000001,4.506519105498625,1,1,0.7307692307692307,6.166815618050751,lifecycle,
| 17,country:FI,a100-sxm4-40gb,country:FI,8,24,1.56,57.47,119.80800000000002,6.885365760000002,4.285388361153642,1,1,0.7307692307692307,5.864215652104986,lifecycle,
| 18,country:UG,a100-sxm4-40gb,country:UG,8,24,1.56,58.52,119.80800000000002,7.011164160000001,4.20849742165926,1,1,0.7307692307692307,5.75899647174425,lifecycle,
| 19,country:TJ,a100-sxm4-40gb,country:TJ,8,24,1.56,72.56,119.80800000000002,8.693268480000002,3.3941740506546285,1,1,0.7307692307692307,4.644659227211598,lifecycle,
| 20,country:UY,a100-sxm4-40gb,country:UY,8,24,1.56,80.4,119.80800000000002,9.632563200000002,3.0631998646206453,1,1,0.7307692307692307,4.191747183165093,lifecycle,
| 21,country:VE,a100-sxm4-40gb,country:VE,8,24,1.56,85.86,119.80800000000002,10.286714880000002,2.8684051842010234,1,1,0.7307692307692307,3.9251860415382427,lifecycle,
| 22,country:NZ,a100-sxm4-40gb,country:NZ,8,24,1.56,92.76,119.80800000000002,11.113390080000002,2.6550373988303133,1,1,0.7307692307692307,3.633209072083587,lifecycle,
| 23,country:SK,a100-sxm4-40gb,country:SK,8,24,1.56,94.85,119.80800000000002,11.363788800000002,2.596534202588296,1,1,0.7307692307692307,3.553152066699774,lifecycle,
| 24,country:KE,a100-sxm4-40gb,country:KE,8,24,1.56,95.44,119.80800000000002,11.434475520000001,2.580482702383695,1,1,0.7307692307692307,3.531186855893478,lifecycle,
| 25,country:BR,a100-sxm4-40gb,country:BR,8,24,1.56,109.95,119.80800000000002,13.172889600000003,2.2399387823146872,1,1,0.7307692307692307,3.0651793863253616,lifecycle,
| 26,country:DK,a100-sxm4-40gb,country:DK,8,24,1.56,114.41,119.80800000000002,13.707233280000002,2.152620130368848,1,1,0.7307692307692307,2.9456907047152656,lifecycle,
| 27,country:AT,a100-sxm4-40gb,country:AT,8,24,1.56,116.91,119.80800000000002,14.006753280000003,2.1065885648404743,1,1,0.7307692307692307,2.8827001413606497,lifecycle,
| 28,country:ZM,a100-sxm4-40gb,country:ZM,8,24,1.56,119.68,119.80800000000002,14.338621440000002,2.057831459855447,1,1,0.7307692307692307,2.815979892433769,lifecycle,
| 29,country:LU,a100-sxm4-40gb,country:LU,8,24,1.56,123.38,119.80800000000002,14.781911040000002,1.996119866392445,1,1,0.7307692307692307,2.7315324487475565,lifecycle,
| 30,country:PT,a100-sxm4-40gb,country:PT,8,24,1.56,127.91,119.80800000000002,15.324641280000002,1.9254262302830105,1,1,0.7307692307692307,2.6347937888083304,lifecycle,
| 31,country:MZ,a100-sxm4-40gb,country:MZ,8,24,1.56,129.36,119.80800000000002,15.498362880000004,1.9038440717029983,1,1,0.7307692307692307,2.605260308646208,lifecycle,
| 32,country:SZ,a100-sxm4-40gb,country:SZ,8,24,1.56,131.15,119.80800000000002,15.712819200000004,1.8778594671406774,1,1,0.7307692307692307,2.569702428718822,lifecycle,
| 33,country:AF,a100-sxm4-40gb,country:AF,8,24,1.56,131.31,119.80800000000002,15.731988480000004,1.875571313041656,1,1,0.7307692307692307,2.566571270478056,lifecycle,
| 34,country:LT,a100-sxm4-40gb,country:LT,8,24,1.56,138.36,119.80800000000002,16.576634880000004,1.780003390542786,1,1,0.7307692307692307,2.435794113374339,lifecycle,
| 35,country:LV,a100-sxm4-40gb,country:LV,8,24,1.56,138.76,119.80800000000002,16.624558080000003,1.774872219050878,1,1,0.7307692307692307,2.4287725102801496,lifecycle,
| 36,country:SV,a100-sxm4-40gb,country:SV,8,24,1.56,139.32,119.80800000000002,16.691650560000003,1.7677380786355144,1,1,0.7307692307692307,2.419010002343336,lifecycle,
| 37,country:CA,a100-sxm4-40gb,country:CA,8,24,1.56,144.3069832159318,119.80800000000002,17.28913104513436,1.706648310615573,1,1,0.7307692307692307,2.3354134776844684,lifecycle,
| 38,country:GE,a100-sxm4-40gb,country:GE,8,24,1.56,145.93,119.80800000000002,17.483581440000005,1.6876671631295816,1,1,0.7307692307692307,2.309439275861533,lifecycle,
| 39,country:BE,a100-sxm4-40gb,country:BE,8,24,1.56,149.82,119.80800000000002,17.949634560000003,1.6438477447303421,1,1,0.7307692307692307,2.2494758612099424,lifecycle,
| 40,country:GL,a100-sxm4-40gb,country:GL,8,24,1.56,150,119.80800000000002,17.971200000000003,1.6418751274366659,1,1,0.7307692307692307,2.24677649017649,lifecycle,
| 41,country:KG,a100-sxm4-40gb,country:KG,8,24,1.56,152.73,119.80800000000002,18.298275840000002,1.612527133605054,1,1,0.7307692307692307,2.206616077564811,lifecycle,
| 42,country:ES,a100-sxm4-40gb,country:ES,8,24,1.56,153.6,119.80800000000002,18.402508800000003,1.6033936791373689,1,1,0.7307692307692307,2.194117666187979,lifecycle,
| 43,country:SD,a100-sxm4-40gb,country:SD,8,24,1.56,153.69,119.80800000000002,18.41329152,1.6024547408126741,1,1,0.7307692307692307,2.1928328032173434,lifecycle,
| 44,country:HR,a100-sxm4-40gb,country:HR,8,24,1.56,158.5,119.80800000000002,18.989568000000002,1.5538250417381696,1,1,0.7307692307692307,2.1262868992206534,lifecycle,
| 45,country:EC,a100-sxm4-40gb,country:EC,8,24,1.56,159.02,119.80800000000002,19.051868160000005,1.5487439889039105,1,1,0.7307692307692307,2.1193338795527197,lifecycle,
| 46,country:HU,a100-sxm4-40gb,country:HU,8,24,1.56,163.02,119.80800000000002,19.531100160000005,1.5107426641853752,1,1,0.7307692307692307,2.0673320667799873,lifecycle,
| 47,country:BZ,a100-sxm4-40gb,country:BZ,8,24,1.56,170.21,119.80800000000002,20.392519680000007,1.4469259686005513,1,1,0.7307692307692307,1.9800039570323338,lifecycle,
| 48,country:GN,a100-sxm4-40gb,country:GN,8,24,1.56,181.14,119.80800000000002,21.70202112,1.3596183566053874,1,1,0.7307692307692307,1.860530382723162,lifecycle,
| 49,country:SI,a100-sxm4-40gb,country:SI,8,24,1.56,183.29,119.80800000000002,21.959608320000005,1.3436699717142226,1,1,0.7307692307692307,1.8387062770826208,lifecycle,
| 50,country:BI,a100-sxm4-40gb,country:BI,8,24,1.56,183.67,119.80800000000002,22.005135360000004,1.340890015329122,1,1,0.7307692307692307,1.8349021262398517,lifecycle,
| 51,country:AO,a100-sxm4-40gb,country:AO,8,24,1.56,185.38,119.80800000000002,22.210007040000004,1.328521248869888,1,1,0.7307692307692307,1.8179764458219525,lifecycle,
| 52,country:CO,a100-sxm4-40gb,country:CO,8,24,1.56,186.81,119.80800000000002,22.381332480000005,1.3183516359697012,1,1,0.7307692307692307,1.8040601334322228,lifecycle,
| 53,country:AM,a100-sxm4-40gb,country:AM,8,24,1.56,211.93,119.80800000000002,25.390909440000005,1.1620878078398522,1,1,0.7307692307692307,1.5902254212545346,lifecycle,
| 54,country:GB,a100-sxm4-40gb,country:GB,8,24,1.56,217.41,119.80800000000002,26.047457280000007,1.1327964174393994,1,1,0.7307692307692307,1.550142465969705,lifecycle,
| 55,country:PA,a100-sxm4-40gb,country:PA,8,24,1.56,221.15,119.80800000000002,26.495539200000007,1.113639019287813,1,1,0.7307692307692307,1.5239270790254285,lifecycle,
| 56,country:CM,a100-sxm4-40gb,country:CM,8,24,1.56,225.9,119.80800000000002,27.064627200000007,1.0902225281783968,1,1,0.7307692307692307,1.4918834596125432,lifecycle,
| 57,country:LA,a100-sxm4-40gb,country:LA,8,24,1.56,232.08,119.80800000000002,27.805040640000005,1.061191266440451,1,1,0.7307692307692307,1.4521564698658804,lifecycle,
| 58,country:PE,a100-sxm4-40gb,country:PE,8,24,1.56,238.25,119.80800000000002,28.544256000000004,1.0337094191626437,1,1,0.7307692307692307,1.4145497314857232,lifecycle,
| 59,country:GF,a100-sxm4-40gb,country:GF,8,24,1.56,244.9,119.80800000000002,29.340979200000007,1.0056401352204976,1,1,0.7307692307692307,1.376139132406997,lifecycle,
| 60,country:CK,a100-sxm4-40gb,country:CK,8,24,1.56,250,119.80800000000002,29.952000000000005,0.9851250764619994,1,1,0.7307692307692307,1.348065894105894,lifecycle,
| 61,country:UA,a100-sxm4-40gb,country:UA,8,24,1.56,250.47,119.80800000000002,30.008309760000003,0.9832765166107713,1,1,0.7307692307692307,1.3455362858884239,lifecycle,
| 62,country:RO,a100-sxm4-40gb,country:RO,8,24,1.56,250.75,119.80800000000002,30.041856000000006,0.982178540839481,1,1,0.7307692307692307,1.344033792727711,lifecycle,
| 63,country:NL,a100-sxm4-40gb,country:NL,8,24,1.56,253.56,119.80800000000002,30.378516480000005,0.9712938520093858,1,1,0.7307692307692307,1.329138955381265,lifecycle,
| 64,country:IE,a100-sxm4-40gb,country:IE,8,24,1.56,256.54,119.80800000000002,30.73554432000001,0.9600111838914003,1,1,0.7307692307692307,1.3136995147987585,lifecycle,
| 65,country:ME,a100-sxm4-40gb,country:ME,8,24,1.56,264.23,119.80800000000002,31.656867840000007,0.9320715630908672,1,1,0.7307692307692307,1.2754663494927658,lifecycle,
| 66,country:BG,a100-sxm4-40gb,country:BG,8,24,1.56,275.55,119.80800000000002,33.01309440000001,0.893780689949192,1,1,0.7307692307692307,1.2230683125620523,lifecycle,
| 67,country:FJ,a100-sxm4-40gb,country:FJ,8,24,1.56,278.26,119.80800000000002,33.33777408,0.8850760767465675,1,1,0.7307692307692307,1.2111567366005662,lifecycle,
| 68,country:IT,a100-sxm4-40gb,country:IT,8,24,1.56,284.78,119.80800000000002,34.11892224,0.8648123783815573,1,1,0.7307692307692307,1.18342746515371,lifecycle,
| 69,country:CL,a100-sxm4-40gb,country:CL,8,24,1.56,289.49,119.80800000000002,34.68321792000001,0.8507418878562293,1,1,0.7307692307692307,1.1641731096979984,lifecycle,
| 70,country:NI,a100-sxm4-40gb,country:NI,8,24,1.56,300.89,119.80800000000002,36.04902912000001,0.8185093194041007,1,1,0.7307692307692307,1.1200653844477169,lifecycle,
| 71,country:GT,a100-sxm4-40gb,country:GT,8,24,1.56,301.46,119.80800000000002,36.11731968,0.8169616835251772,1,1,0.7307692307692307,1.1179475669291898,lifecycle,
| 72,country:BY,a100-sxm4-40gb,country:BY,8,24,1.56,309.25,119.80800000000002,37.050624000000006,0.7963824385303149,1,1,0.7307692307692307,1.0897864948309572,lifecycle,
| 73,country:GR,a100-sxm4-40gb,country:GR,8,24,1.56,315.09,119.80800000000002,37.75030272000001,0.7816219782141606,1,1,0.7307692307692307,1.0695879701877988,lifecycle,
| 74,country:LR,a100-sxm4-40gb,country:LR,8,24,1.56,315.79,119.80800000000002,37.83416832000001,0.7798893857167734,1,1,0.7307692307692307,1.0672170541387425,lifecycle,
| 75,country:EE,a100-sxm4-40gb,country:EE,8,24,1.56,319.15,119.80800000000002,38.23672320000001,0.7716787376327742,1,1,0.7307692307692307,1.055981430444849,lifecycle,
| 76,country:SR,a100-sxm4-40gb,country:SR,8,24,1.56,321.84,119.80800000000002,38.559006720000006,0.765228899812018,1,1,0.7307692307692307,1.047155336584867,lifecycle,
| 77,country:HN,a100-sxm4-40gb,country:HN,8,24,1.56,322.12,119.80800000000002,38.592552960000006,0.7645637312662978,1,1,0.7307692307692307,1.046245105943355,lifecycle,
| 78,country:LK,a100-sxm4-40gb,country:LK,8,24,1.56,329.28,119.80800000000002,39.450378240000006,0.7479387424547493,1,1,0.7307692307692307,1.0234951212538677,lifecycle,
| 79,country:DE,a100-sxm4-40gb,country:DE,8,24,1.56,329.65,119.80800000000002,39.49470720000001,0.7470992541043526,1,1,0.7307692307692307,1.022346347721746,lifecycle,
| 80,country:KP,a100-sxm4-40gb,country:KP,8,24,1.56,340.59,119.80800000000002,40.80540672000001,0.7231018794312806,1,1,0.7307692307692307,0.9895078350112263,lifecycle,
| 81,country:TZ,a100-sxm4-40gb,country:TZ,8,24,1.56,345.02,119.80800000000002,41.33615616000001,0.7138173703422985,1,1,0.7307692307692307,0.976802717310514,lifecycle,
| 82,country:AR,a100-sxm4-40gb,country:AR,8,24,1.56,346,119.80800000000002,41.453568000000004,0.7117955754783234,1,1,0.7307692307692307,0.9740360506545478,lifecycle,
| 83,country:PK,a100-sxm4-40gb,country:PK,8,24,1.56,346.56,119.80800000000002,41.520660480000004,0.7106453979556207,1,1,0.7307692307692307,0.9724621235182177,lifecycle,
| 84,country:FO,a100-sxm4-40gb,country:FO,8,24,1.56,346.94,119.80800000000002,41.56618752000001,0.7098670349786703,1,1,0.7307692307692307,0.9713969952339699,lifecycle,
| 85,country:RW,a100-sxm4-40gb,country:RW,8,24,1.56,353.98,119.80800000000002,42.40963584000001,0.6957491076204867,1,1,0.7307692307692307,0.9520777262175081,lifecycle,
| 86,country:WS,a100-sxm4-40gb,country:WS,8,24,1.56,375,119.80800000000002,44.928000000000004,0.6567500509746663,1,1,0.7307692307692307,0.8987105960705961,lifecycle,
| 87,country:ZW,a100-sxm4-40gb,country:ZW,8,24,1.56,384.02,119.80800000000002,46.008668160000006,0.6413240693596685,1,1,0.7307692307692307,0.8776013580711254,lifecycle,
| 88,country:LB,a100-sxm4-40gb,country:LB,8,24,1.56,389.51,119.80800000000002,46.66641408000001,0.6322848427909421,1,1,0.7307692307692307,0.8652318901349735,lifecycle,
| 89,country:RE,a100-sxm4-40gb,country:RE,8,24,1.56,394.14,119.80800000000002,47.22112512,0.6248573327129952,1,1,0.7307692307692307,0.8550679289756775,lifecycle,
| 90,country:CZ,a100-sxm4-40gb,country:CZ,8,24,1.56,401.46,119.80800000000002,48.09811968,0.6134640290825982,1,1,0.7307692307692307,0.8394770924288187,lifecycle,
| 91,country:CI,a100-sxm4-40gb,country:CI,8,24,1.56,405.01,119.80800000000002,48.523438080000005,0.6080868845596402,1,1,0.7307692307692307,0.8321188946605603,lifecycle,
| 92,country:PS,a100-sxm4-40gb,country:PS,8,24,1.56,414.14,119.80800000000002,49.617285120000005,0.5946811926293039,1,1,0.7307692307692307,0.8137742635979948,lifecycle,
| 93,country:KR,a100-sxm4-40gb,country:KR,8,24,1.56,417.06,119.80800000000002,49.96712448,0.5905175972653812,1,1,0.7307692307692307,0.8080767120473638,lifecycle,
| 94,country:US,a100-sxm4-40gb,country:US,8,24,1.56,421.632,119.80800000000002,50.51488665600001,0.5841142729097883,1,1,0.7307692307692307,0.799314268192342,lifecycle,
| 95,country:TG,a100-sxm4-40gb,country:TG,8,24,1.56,422.54,119.80800000000002,50.62367232000001,0.582859064503952,1,1,0.7307692307692307,0.7975966145843554,lifecycle,
| 96,country:PF,a100-sxm4-40gb,country:PF,8,24,1.56,430.56,119.80800000000002,51.58453248000001,0.5720022043745352,1,1,0.7307692307692307,0.7827398586177851,lifecycle,
| 97,country:MG,a100-sxm4-40gb,country:MG,8,24,1.56,432.1,119.80800000000002,51.76903680000001,0.5699635943427445,1,1,0.7307692307692307,0.7799501817321766,lifecycle,
| 98,country:MK,a100-sxm4-40gb,country:MK,8,24,1.56,441.35,119.80800000000002,52.87726080000001,0.5580180562263507,1,1,0.7307692307692307,0.7636036558886904,lifecycle,
| 99,country:RU,a100-sxm4-40gb,country:RU,8,24,1.56,449.73,119.80800000000002,53.88125184000001,0.5476202813143438,1,1,0.7307692307692307,0.7493751217985759,lifecycle,
| 100,country:DJ,a100-sxm4-40gb,country:DJ,8,24,1.56,450,119.80800000000002,53.91360000000002,0.5472917091455551,1,1,0.7307692307692307,0.7489254967254967,lifecycle,
| 101,country:NG,a100-sxm4-40gb,country:NG,8,24,1.56,455.71,119.80800000000002,54.59770368000001,0.5404341996346358,1,1,0.7307692307692307,0.7395415363421333,lifecycle,
| 102,country:VN,a100-sxm4-40gb,country:VN,8,24,1.56,460.73,119.80800000000002,55.19913984000001,0.5345457624107393,1,1,0.7307692307692307,0.7314836748778537,lifecycle,
| 103,country:CV,a100-sxm4-40gb,country:CV,8,24,1.56,461.54,119.80800000000002,55.296184320000016,0.5336076377247906,1,1,0.7307692307692307,0.7301999253076082,lifecycle,
| 104,country:AE,a100-sxm4-40gb,country:AE,8,24,1.56,467.51,119.80800000000002,56.011438080000005,0.526793585411007,1,1,0.7307692307692307,0.7208754326676938,lifecycle,
| 105,country:GH,a100-sxm4-40gb,country:GH,8,24,1.56,468.89,119.80800000000002,56.17677312000001,0.5252431681535112,1,1,0.7307692307692307,0.7187538090521733,lifecycle,
| 106,country:MX,a100-sxm4-40gb,country:MX,8,24,1.56,474.02,119.80800000000002,56.79138816000001,0.5195588142177542,1,1,0.7307692307692307,0.7109752194558743,lifecycle,
| 107,country:MO,a100-sxm4-40gb,country:MO,8,24,1.56,474.36,119.80800000000002,56.83212288000001,0.5191864177323128,1,1,0.7307692307692307,0.71046562426527,lifecycle,
| 108,country:TR,a100-sxm4-40gb,country:TR,8,24,1.56,474.74,119.80800000000002,56.87764992000001,0.5187708411246152,1,1,0.7307692307692307,0.7098969404863157,lifecycle,
| 109,country:JP,a100-sxm4-40gb,country:JP,8,24,1.56,477.26,119.80800000000002,57.179566080000015,0.516031658038595,1,1,0.7307692307692307,0.7061485846843932,lifecycle,
| 110,country:BO,a100-sxm4-40gb,country:BO,8,24,1.56,481.29,119.80800000000002,57.662392320000016,0.5117107546707803,1,1,0.7307692307692307,0.700235769549489,lifecycle,
| 111,country:MT,a100-sxm4-40gb,country:MT,8,24,1.56,484.02,119.80800000000002,57.98946816000001,0.508824571537333,1,1,0.7307692307692307,0.6962862557879294,lifecycle,
| 112,country:CY,a100-sxm4-40gb,country:CY,8,24,1.56,489,119.80800000000002,58.58611200000001,0.5036426771278116,1,1,0.7307692307692307,0.6891952423854264,lifecycle,
| 113,country:IL,a100-sxm4-40gb,country:IL,8,24,1.56,492.69,119.80800000000002,59.02820352000001,0.4998706470914771,1,1,0.7307692307692307,0.6840335170725477,lifecycle,
| 114,country:GP,a100-sxm4-40gb,country:GP,8,24,1.56,497.01,119.80800000000002,59.54577408000001,0.49552578240981043,1,1,0.7307692307692307,0.6780879127713195,lifecycle,
| 115,country:SG,a100-sxm4-40gb,country:SG,8,24,1.56,497.09,119.80800000000002,59.55535872000001,0.4954460341497513,1,1,0.7307692307692307,0.677978783573344,lifecycle,
| 116,country:KH,a100-sxm4-40gb,country:KH,8,24,1.56,498.87,119.80800000000002,59.76861696000002,0.49367825107843694,1,1,0.7307692307692307,0.6755597120020718,lifecycle,
| 117,country:KI,a100-sxm4-40gb,country:KI,8,24,1.56,500,119.80800000000002,59.90400000000001,0.4925625382309997,1,1,0.7307692307692307,0.674032947052947,lifecycle,
| 118,country:VU,a100-sxm4-40gb,country:VU,8,24,1.56,500,119.80800000000002,59.90400000000001,0.4925625382309997,1,1,0.7307692307692307,0.674032947052947,lifecycle,
| 119,country:MM,a100-sxm4-40gb,country:MM,8,24,1.56,502.99,119.80800000000002,60.26222592000001,0.48963452377880246,1,1,0.7307692307692307,0.6700261904341508,lifecycle,
| 120,country:SO,a100-sxm4-40gb,country:SO,8,24,1.56,511.63,119.80800000000002,61.29736704000001,0.48136596586498026,1,1,0.7307692307692307,0.6587113217099732,lifecycle,
| 121,country:MR,a100-sxm4-40gb,country:MR,8,24,1.56,512.08,119.80800000000002,61.35128064000002,0.4809429564042724,1,1,0.7307692307692307,0.6581324666584781,lifecycle,
| 122,country:PG,a100-sxm4-40gb,country:PG,8,24,1.56,513.74,119.80800000000002,61.550161920000015,0.4793889304229763,1,1,0.7307692307692307,0.6560059047893361,lifecycle,
| 123,country:GA,a100-sxm4-40gb,country:GA,8,24,1.56,523.08,119.80800000000002,62.66916864000002,0.4708290684321707,1,1,0.7307692307692307,0.6442924094334967,lifecycle,
| 124,country:CN,a100-sxm4-40gb,country:CN,8,24,1.56,525.34,119.80800000000002,62.93993472000001,0.46880357314405885,1,1,0.7307692307692307,0.6415206790392384,lifecycle,
| 125,country:JO,a100-sxm4-40gb,country:JO,8,24,1.56,529.79,119.80800000000002,63.47308032000001,0.46486583196266423,1,1,0.7307692307692307,0.6361321911068037,lifecycle,
| 126,country:MQ,a100-sxm4-40gb,country:MQ,8,24,1.56,529.8,119.80800000000002,63.4742784,0.46485705759815005,1,1,0.7307692307692307,0.636120184081679,lifecycle,
| 127,country:HT,a100-sxm4-40gb,country:HT,8,24,1.56,534.88,119.80800000000002,64.08290304,0.4604420975087868,1,1,0.7307692307692307,0.6300786597488661,lifecycle,
| 128,country:DO,a100-sxm4-40gb,country:DO,8,24,1.56,537.48,119.80800000000002,64.39440384000001,0.45821475983385407,1,1,0.7307692307692307,0.6270307239831687,lifecycle,
| 129,country:ML,a100-sxm4-40gb,country:ML,8,24,1.56,538.59,119.80800000000002,64.52739072000001,0.45727040813141695,1,1,0.7307692307692307,0.6257384532324654,lifecycle,
| 130,country:SN,a100-sxm4-40gb,country:SN,8,24,1.56,539.97,119.80800000000002,64.69272576000002,0.4561017632748113,1,1,0.7307692307692307,0.6241392550076366,lifecycle,
| 131,country:OM,a100-sxm4-40gb,country:OM,8,24,1.56,544.47,119.80800000000002,65.23186176000002,0.45233211952081814,1,1,0.7307692307692307,0.6189807951337511,lifecycle,
| 132,country:TH,a100-sxm4-40gb,country:TH,8,24,1.56,545.74,119.80800000000002,65.38401792000002,0.4512794904450834,1,1,0.7307692307692307,0.6175403553459038,lifecycle,
| 133,country:AW,a100-sxm4-40gb,country:AW,8,24,1.56,550,119.80800000000002,65.8944,0.4477841256645453,1,1,0.7307692307692307,0.6127572245935883,lifecycle,
| 134,country:SC,a100-sxm4-40gb,country:SC,8,24,1.56,555.56,119.80800000000002,66.56053248,0.4433027379859959,1,1,0.7307692307692307,0.6066247993492576,lifecycle,
| 135,country:ST,a100-sxm4-40gb,country:ST,8,24,1.56,555.56,119.80800000000002,66.56053248,0.4433027379859959,1,1,0.7307692307692307,0.6066247993492576,lifecycle,
| 136,country:TN,a100-sxm4-40gb,country:TN,8,24,1.56,560.29,119.80800000000002,67.12722432000001,0.43956035109586084,1,1,0.7307692307692307,0.6015036383417044,lifecycle,
| 137,country:NC,a100-sxm4-40gb,country:NC,8,24,1.56,560.9,119.80800000000002,67.20030720000001,0.43908231256106234,1,1,0.7307692307692307,0.6008494803467169,lifecycle,
| 138,country:BF,a100-sxm4-40gb,country:BF,8,24,1.56,562.13,119.80800000000002,67.34767104000001,0.4381215539385905,1,1,0.7307692307692307,0.5995347580212291,lifecycle,
| 139,country:JM,a100-sxm4-40gb,country:JM,8,24,1.56,563.01,119.80800000000002,67.45310208000001,0.4374367579892007,1,1,0.7307692307692307,0.5985976688273273,lifecycle,
| 140,country:EG,a100-sxm4-40gb,country:EG,8,24,1.56,563.23,119.80800000000002,67.47945984,0.4372658933570653,1,1,0.7307692307692307,0.598363854067563,lifecycle,
| 141,country:BA,a100-sxm4-40gb,country:BA,8,24,1.56,570.64,119.80800000000002,68.36723712,0.43158781213286823,1,1,0.7307692307692307,0.5905938481818196,lifecycle,
| 142,country:TO,a100-sxm4-40gb,country:TO,8,24,1.56,571.43,119.80800000000002,68.46188544000002,0.43099114347426604,1,1,0.7307692307692307,0.5897773542279432,lifecycle,
| 143,country:ER,a100-sxm4-40gb,country:ER,8,24,1.56,577.78,119.80800000000002,69.22266624000001,0.4262544032598911,1,1,0.7307692307692307,0.5832954991977458,lifecycle,
| 144,country:QA,a100-sxm4-40gb,country:QA,8,24,1.56,581.52,119.80800000000002,69.67074816000002,0.42351298169538426,1,1,0.7307692307692307,0.5795440802147365,lifecycle,
| 145,country:BJ,a100-sxm4-40gb,country:BJ,8,24,1.56,584.16,119.80800000000002,69.98704128,0.4215989953360379,1,1,0.7307692307692307,0.5769249409861571,lifecycle,
| 146,country:PH,a100-sxm4-40gb,country:PH,8,24,1.56,588.29,119.80800000000002,70.48184832000001,0.4186392240485133,1,1,0.7307692307692307,0.572874727645334,lifecycle,
| 147,country:PL,a100-sxm4-40gb,country:PL,8,24,1.56,588.6,119.80800000000002,70.51898880000002,0.41841873787886485,1,1,0.7307692307692307,0.5725730097289731,lifecycle,
| 148,country:GI,a100-sxm4-40gb,country:GI,8,24,1.56,590.91,119.80800000000002,70.79574528,0.41678304499077673,1,1,0.7307692307692307,0.5703346931452735,lifecycle,
| 149,country:YE,a100-sxm4-40gb,country:YE,8,24,1.56,592.38,119.80800000000002,70.97186304000002,0.4157487915113607,1,1,0.7307692307692307,0.5689193989102832,lifecycle,
| 150,country:AG,a100-sxm4-40gb,country:AG,8,24,1.56,594.6,119.80800000000002,71.23783680000003,0.414196550816515,1,1,0.7307692307692307,0.5667952800647049,lifecycle,
| 151,country:BB,a100-sxm4-40gb,country:BB,8,24,1.56,594.6,119.80800000000002,71.23783680000003,0.414196550816515,1,1,0.7307692307692307,0.5667952800647049,lifecycle,
| 152,country:MA,a100-sxm4-40gb,country:MA,8,24,1.56,596.4,119.80800000000002,71.4534912,0.4129464606229039,1,1,0.7307692307692307,0.565084630326079,lifecycle,
| 153,country:DM,a100-sxm4-40gb,country:DM,8,24,1.56,600,119.80800000000002,71.88480000000001,0.41046878185916646,1,1,0.7307692307692307,0.5616941225441225,lifecycle,
| 154,country:NR,a100-sxm4-40gb,country:NR,8,24,1.56,600,119.80800000000002,71.88480000000001,0.41046878185916646,1,1,0.7307692307692307,0.5616941225441225,lifecycle,
| 155,country:PM,a100-sxm4-40gb,country:PM,8,24,1.56,600,119.80800000000002,71.88480000000001,0.41046878185916646,1,1,0.7307692307692307,0.5616941225441225,lifecycle,
| 156,country:VC,a100-sxm4-40gb,country:VC,8,24,1.56,600,119.80800000000002,71.88480000000001,0.41046878185916646,1,1,0.7307692307692307,0.5616941225441225,lifecycle,
| 157,country:MY,a100-sxm4-40gb,country:MY,8,24,1.56,601.97,119.80800000000002,72.12082176000003,0.409125486511786,1,1,0.7307692307692307,0.5598559289108652,lifecycle,
| 158,country:GU,a100-sxm4-40gb,country:GU,8,24,1.56,607.53,119.80800000000002,72.78695424,0.40538124720672214,1,1,0.7307692307692307,0.5547322330197251,lifecycle,
| 159,country:KN,a100-sxm4-40gb,country:KN,8,24,1.56,608.7,119.80800000000002,72.92712960000001,0.4046020521036633,1,1,0.7307692307692307,0.5536659660365919,lifecycle,
| 160,country:AS,a100-sxm4-40gb,country:AS,8,24,1.56,611.11,119.80800000000002,73.21586688000002,0.40300644583708306,1,1,0.7307692307692307,0.5514825048296927,lifecycle,
| 161,country:MV,a100-sxm4-40gb,country:MV,8,24,1.56,611.77,119.80800000000002,73.29494016000001,0.40257166764552016,1,1,0.7307692307692307,0.550887545199133,lifecycle,
| 162,country:TD,a100-sxm4-40gb,country:TD,8,24,1.56,621.62,119.80800000000002,74.47504896000001,0.39619264038399643,1,1,0.7307692307692307,0.542158349999153,lifecycle,
| 163,country:GW,a100-sxm4-40gb,country:GW,8,24,1.56,625,119.80800000000002,74.88000000000001,0.3940500305847998,1,1,0.7307692307692307,0.5392263576423576,lifecycle,
| 164,country:TC,a100-sxm4-40gb,country:TC,8,24,1.56,629.63,119.80800000000002,75.43471104000001,0.3911523737996917,1,1,0.7307692307692307,0.5352611430943149,lifecycle,
| 165,country:AZ,a100-sxm4-40gb,country:AZ,8,24,1.56,631.9,119.80800000000002,75.7066752,0.3897472212620666,1,1,0.7307692307692307,0.5333383027796701,lifecycle,
| 166,country:VI,a100-sxm4-40gb,country:VI,8,24,1.56,632.35,119.80800000000002,75.76058880000001,0.3894698649727206,1,1,0.7307692307692307,0.5329587625942492,lifecycle,
| 167,country:DZ,a100-sxm4-40gb,country:DZ,8,24,1.56,632.94,119.80800000000002,75.83127552000002,0.3891068175743354,1,1,0.7307692307692307,0.5324619608911959,lifecycle,
| 168,country:MD,a100-sxm4-40gb,country:MD,8,24,1.56,633.12,119.80800000000002,75.85284096000001,0.3889961920575876,1,1,0.7307692307692307,0.5323105786051199,lifecycle,
| 169,country:TW,a100-sxm4-40gb,country:TW,8,24,1.56,633.21,119.80800000000002,75.86362368000002,0.38894090288450883,1,1,0.7307692307692307,0.5322349197366963,lifecycle,
| 170,country:KY,a100-sxm4-40gb,country:KY,8,24,1.56,633.8,119.80800000000002,75.9343104,0.38857884051041325,1,1,0.7307692307692307,0.5317394659616181,lifecycle,
| 171,country:KW,a100-sxm4-40gb,country:KW,8,24,1.56,635.31,119.80800000000002,76.11522048,0.3876552692630368,1,1,0.7307692307692307,0.530475631623103,lifecycle,
| 172,country:SB,a100-sxm4-40gb,country:SB,8,24,1.56,636.36,119.80800000000002,76.24101888000001,0.38701563441369646,1,1,0.7307692307692307,0.5296003418292689,lifecycle,
| 173,country:BM,a100-sxm4-40gb,country:BM,8,24,1.56,639.34,119.80800000000002,76.59804672000001,0.38521173259220426,1,1,0.7307692307692307,0.5271318445998585,lifecycle,
| 174,country:MU,a100-sxm4-40gb,country:MU,8,24,1.56,642.23,119.80800000000002,76.94429184000002,0.383478300788658,1,1,0.7307692307692307,0.5247597800265847,lifecycle,
| 175,country:CU,a100-sxm4-40gb,country:CU,8,24,1.56,642.82,119.80800000000002,77.01497856000002,0.38312633258999385,1,1,0.7307692307692307,0.5242781393336758,lifecycle,
| 176,country:KM,a100-sxm4-40gb,country:KM,8,24,1.56,642.86,119.80800000000002,77.01977088000001,0.3831024937241388,1,1,0.7307692307692307,0.524245517727769,lifecycle,
| 177,country:SS,a100-sxm4-40gb,country:SS,8,24,1.56,642.86,119.80800000000002,77.01977088000001,0.3831024937241388,1,1,0.7307692307692307,0.524245517727769,lifecycle,
| 178,country:GQ,a100-sxm4-40gb,country:GQ,8,24,1.56,644.3,119.80800000000002,77.19229440000001,0.3822462658939933,1,1,0.7307692307692307,0.5230738375391488,lifecycle,
| 179,country:GY,a100-sxm4-40gb,country:GY,8,24,1.56,644.93,119.80800000000002,77.26777344,0.3818728685524009,1,1,0.7307692307692307,0.5225628727559171,lifecycle,
| 180,country:VG,a100-sxm4-40gb,country:VG,8,24,1.56,647.06,119.80800000000002,77.52296448000001,0.3806158147861093,1,1,0.7307692307692307,0.5208426939178339,lifecycle,
| 181,country:LC,a100-sxm4-40gb,country:LC,8,24,1.56,650,119.80800000000002,77.8752,0.3788942601776921,1,1,0.7307692307692307,0.5184868823484208,lifecycle,
| 182,country:BS,a100-sxm4-40gb,country:BS,8,24,1.56,653.33,119.80800000000002,78.27416064000002,0.3769630494780583,1,1,0.7307692307692307,0.5158441729699746,lifecycle,
| 183,country:PR,a100-sxm4-40gb,country:PR,8,24,1.56,654.66,119.80800000000002,78.43350528,0.3761972155248524,1,1,0.7307692307692307,0.5147961896655876,lifecycle,
| 184,country:AU,a100-sxm4-40gb,country:AU,8,24,1.56,655.0399139154122,119.80800000000002,78.4790220063777,0.3759790264434224,1,1,0.7307692307692307,0.5144976151331043,lifecycle,
| 185,country:IR,a100-sxm4-40gb,country:IR,8,24,1.56,659.53,119.80800000000002,79.01697024,0.37341935789956465,1,1,0.7307692307692307,0.5109949108099306,lifecycle,
| 186,country:GD,a100-sxm4-40gb,country:GD,8,24,1.56,666.67,119.80800000000002,79.87239936000002,0.3694200565729669,1,1,0.7307692307692307,0.5055221826787969,lifecycle,
| 187,country:GM,a100-sxm4-40gb,country:GM,8,24,1.56,666.67,119.80800000000002,79.87239936000002,0.3694200565729669,1,1,0.7307692307692307,0.5055221826787969,lifecycle,
| 188,country:TL,a100-sxm4-40gb,country:TL,8,24,1.56,666.67,119.80800000000002,79.87239936000002,0.3694200565729669,1,1,0.7307692307692307,0.5055221826787969,lifecycle,
| 189,country:IN,a100-sxm4-40gb,country:IN,8,24,1.56,670.13,119.80800000000002,80.28693504000002,0.36751267532493676,1,1,0.7307692307692307,0.5029120820235977,lifecycle,
| 190,country:NE,a100-sxm4-40gb,country:NE,8,24,1.56,673.68,119.80800000000002,80.71225344000001,0.3655760436935932,1,1,0.7307692307692307,0.500261954528075,lifecycle,
| 191,country:HK,a100-sxm4-40gb,country:HK,8,24,1.56,675.48,119.80800000000002,80.92790784000002,0.36460186699162056,1,1,0.7307692307692307,0.4989288706201124,lifecycle,
| 192,country:ID,a100-sxm4-40gb,country:ID,8,24,1.56,680.25,119.80800000000002,81.49939200000003,0.362045232069827,1,1,0.7307692307692307,0.4954303175692371,lifecycle,
| 193,country:TT,a100-sxm4-40gb,country:TT,8,24,1.56,681.68,119.80800000000002,81.67071744,0.3612857486144524,1,1,0.7307692307692307,0.49439102441977695,lifecycle,
| 194,country:IQ,a100-sxm4-40gb,country:IQ,8,24,1.56,683.1,119.80800000000002,81.84084480000003,0.3605347227572827,1,1,0.7307692307692307,0.4933633048257554,lifecycle,
| 195,country:SA,a100-sxm4-40gb,country:SA,8,24,1.56,691.95,119.80800000000002,82.90114560000002,0.3559235047554012,1,1,0.7307692307692307,0.4870532170337069,lifecycle,
| 196,country:RS,a100-sxm4-40gb,country:RS,8,24,1.56,695.8,119.80800000000002,83.36240640000001,0.3539541091053462,1,1,0.7307692307692307,0.48435825456521064,lifecycle,
| 197,country:BD,a100-sxm4-40gb,country:BD,8,24,1.56,696.13,119.80800000000002,83.40194304,0.3537863173767829,1,1,0.7307692307692307,0.4841286448313871,lifecycle,
| 198,country:ZA,a100-sxm4-40gb,country:ZA,8,24,1.56,699.29,119.80800000000002,83.78053632000001,0.3521876033054954,1,1,0.7307692307692307,0.481940930839099,lifecycle,
| 199,country:SY,a100-sxm4-40gb,country:SY,8,24,1.56,706.19,119.80800000000002,84.60721152000002,0.34874646924411257,1,1,0.7307692307692307,0.47723201054457515,lifecycle,
| 200,country:CG,a100-sxm4-40gb,country:CG,8,24,1.56,716.12,119.80800000000002,85.79690496000002,0.3439106143041667,1,1,0.7307692307692307,0.4706145248372808,lifecycle,
| 201,country:KZ,a100-sxm4-40gb,country:KZ,8,24,1.56,805.32,119.80800000000002,96.48377856000002,0.30581789737681897,1,1,0.7307692307692307,0.41848764904196284,lifecycle,
| 202,country:MN,a100-sxm4-40gb,country:MN,8,24,1.56,816.31,119.80800000000002,97.80046848,0.3017006641049355,1,1,0.7307692307692307,0.41285354035412225,lifecycle,
| 203,country:LY,a100-sxm4-40gb,country:LY,8,24,1.56,826.83,119.80800000000002,99.06084864000003,0.2978620382853789,1,1,0.7307692307692307,0.4076006839694659,lifecycle,
| 204,country:BW,a100-sxm4-40gb,country:BW,8,24,1.56,851.31,119.80800000000002,101.99374848000001,0.28929681210781016,1,1,0.7307692307692307,0.39587984814752974,lifecycle,
| 205,country:BN,a100-sxm4-40gb,country:BN,8,24,1.56,892.09,119.80800000000002,106.87951872000002,0.27607222266307196,1,1,0.7307692307692307,0.3777830415389406,lifecycle,
| 206,country:BH,a100-sxm4-40gb,country:BH,8,24,1.56,902.24,119.80800000000002,108.09556992000002,0.27296647135518254,1,1,0.7307692307692307,0.3735330660649866,lifecycle,
| 207,country:XK,a100-sxm4-40gb,country:XK,8,24,1.56,946.96,119.80800000000002,113.45338368000003,0.2600756833609654,1,1,0.7307692307692307,0.35589304038868963,lifecycle,
| 208,country:FK,a100-sxm4-40gb,country:FK,8,24,1.56,1000,119.80800000000002,119.80800000000002,0.24628126911549986,1,1,0.7307692307692307,0.3370164735264735,lifecycle,
| 209,country:MS,a100-sxm4-40gb,country:MS,8,24,1.56,1000,119.80800000000002,119.80800000000002,0.24628126911549986,1,1,0.7307692307692307,0.3370164735264735,lifecycle,
| 210,country:SH,a100-sxm4-40gb,country:SH,8,24,1.56,1000,119.80800000000002,119.80800000000002,0.24628126911549986,1,1,0.7307692307692307,0.3370164735264735,lifecycle,
| 211,country:UZ,a100-sxm4-40gb,country:UZ,8,24,1.56,1000,119.80800000000002,119.80800000000002,0.24628126911549986,1,1,0.7307692307692307,0.3370164735264735,lifecycle,
| 212,country:TM,a100-sxm4-40gb,country:TM,8,24,1.56,1306.27,119.80800000000002,156.50159616000002,0.18853779778721083,1,1,0.7307692307692307,0.2579990917088148,lifecycle,
$ mlcarbon compare -g a100 -n 8 --hours 24 -r aws:us-east-1 --regions gcp:europe-north1,FR,se,azure:westeurope
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1
|   baseline: 29.506 kg CO2e (87.552 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative         kg CO2e     kWh  vs baseline   model  machine  mechanization      map
|      1  country:SE           4.2244  119.81  6.9847x less     1x       1x       0.73077x   9.558x
|      2  country:FR           4.9648  119.81  5.9431x less     1x       1x       0.73077x  8.1326x
|      3  gcp:europe-north1     6.524  83.712  4.5227x less     1x       1x        1.0459x  4.3244x
|      4  azure:westeurope *   22.784  89.856  1.2951x less     1x       1x       0.97436x  1.3291x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| * the region's intensity is its country's average (its provider publishes no per-region figure), so
|   regions of one country rank alike here although their local grids may differ.
$ mlcarbon compare -g a100 -n 8 --hours 24 --intensity 500 --regions FR,PL
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in a private site
|   baseline: 59.904 kg CO2e (119.81 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model  machine  mechanization       map
|      1  country:FR    4.9648  119.81  12.066x less     1x       1x             1x   12.066x
|      2  country:PL    70.519  119.81  1.1772x more     1x       1x             1x  0.84947x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
$ mlcarbon compare --power 300 -n 8 --hours 24 -r FR --devices h100,v100
| mlcarbon compare: 8 x device(s) at 300 W for 24 h in country:FR
|   baseline: 3.7236 kg CO2e (89.856 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model   machine  mechanization  map
|      1  v100          3.7236  89.856  same             1x        1x             1x   1x
|      2  h100          8.6885  209.66  2.3333x more     1x  0.42857x             1x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| Every device runs the same hours here: give the job's compute (--flops, or --params with --tokens) to
| scale the hours by each device's throughput.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r FR --devices h100,v100,tpu-v4
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in country:FR
|   baseline: 4.9648 kg CO2e (119.81 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model   machine  mechanization  map
|      1  tpu-v4        2.1101  50.918  2.3529x less     1x   2.3529x             1x   1x
|      2  v100          3.7236  89.856  1.3333x less     1x   1.3333x             1x   1x
|      3  h100          8.6885  209.66  1.75x more       1x  0.57143x             1x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| Every device runs the same hours here: give the job's compute (--flops, or --params with --tokens) to
| scale the hours by each device's throughput.
$ mlcarbon compare -g a100 -n 8 --params 7B --tokens 1T -r FR --devices h100,v100,epyc-7702,gaudi
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 11,685 h in country:FR
|   baseline: 2,417 kg CO2e (58,333 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e      kWh  vs baseline   model   machine  mechanization  map
|      1  h100           1,334   32,188  1.8123x less     1x   1.8123x             1x   1x
|      2  v100           4,525  109,200  1.872x more      1x  0.53419x             1x   1x
|      3  gaudi          9,428  227,500  3.9x more        1x  0.25641x             1x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
|
| Not compared:
|   - epyc-7702: AMD EPYC 7702 has no published peak throughput in the data, so the hours cannot follow from the compute; give --hours or --duration
$ mlcarbon compare -g a100 -n 8 --params 7B --tokens 1T -r FR --devices h100,v100 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "intensity_basis": "lifecycle",
|   "baseline": {
|     "hardware": "a100-sxm4-40gb",
|     "region": "country:FR",
|     "count": 8,
|     "hours": 11685.363247863246,
|     "pue": 1.56,
|     "intensity_g_per_kwh": 41.44,
|     "energy_kwh": 58333.33333333333,
|     "co2e_kg": 2417.333333333333,
|     "co2e_kg_low": 799.2205128205128,
|     "co2e_kg_high": 7193.346581196581
|   },
|   "alternatives": [
|     {
|       "label": "h100",
|       "hardware": "h100-sxm",
|       "region": "country:FR",
|       "count": 8,
|       "hours": 3684.5208017517257,
|       "pue": 1.56,
|       "intensity_g_per_kwh": 41.44,
|       "energy_kwh": 32187.973724103074,
|       "co2e_kg": 1333.8696311268313,
|       "co2e_kg_low": 441.0049519959575,
|       "co2e_kg_high": 3969.24429846724,
|       "saving": 1.8122710622710625,
|       "levers": {
|         "model": 1,
|         "machine": 1.812271062271063,
|         "mechanization": 1,
|         "map": 1
|       }
|     },
|     {
|       "label": "v100",
|       "hardware": "v100-sxm2-16gb",
|       "region": "country:FR",
|       "count": 8,
|       "hours": 29166.666666666664,
|       "pue": 1.56,
|       "intensity_g_per_kwh": 41.44,
|       "energy_kwh": 109199.99999999999,
|       "co2e_kg": 4525.247999999999,
|       "co2e_kg_low": 1496.1407999999997,
|       "co2e_kg_high": 13465.944800000003,
|       "saving": 0.5341880341880343,
|       "levers": {
|         "model": 1,
|         "machine": 0.5341880341880343,
|         "mechanization": 1,
|         "map": 1
|       }
|     }
|   ],
|   "skipped": [],
|   "data_origin": "embedded",
|   "settings": []
| }
$ mlcarbon compare --instance aws:p4d.24xlarge --hours 24 -r aws:us-east-1 --devices h100
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1
|   baseline: 38.181 kg CO2e (113.29 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model  machine  mechanization  map
|      1  h100          6.4545  19.152  5.9154x less     1x  5.9154x             1x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| Every device runs the same hours here: give the job's compute (--flops, or --params with --tokens) to
| scale the hours by each device's throughput.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r FR --pue-values 1.1,1.56,2
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in country:FR
|   baseline: 4.9648 kg CO2e (119.81 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model  machine  mechanization  map
|      1  PUE 1.1       3.5009   84.48  1.4182x less     1x       1x        1.4182x   1x
|      2  PUE 1.56      4.9648  119.81  same             1x       1x             1x   1x
|      3  PUE 2         6.3652   153.6  1.2821x more     1x       1x          0.78x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r FR --pue-values 1.1,0.5
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in country:FR
|   baseline: 4.9648 kg CO2e (119.81 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e    kWh  vs baseline   model  machine  mechanization  map
|      1  PUE 1.1       3.5009  84.48  1.4182x less     1x       1x        1.4182x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
|
| Not compared:
|   - PUE 0.5: --pue-values: '0.5' is out of range; expected a PUE >= 1 and <= 3
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --devices h100 --pue-values 1.05 --format csv
| rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map,intensity_basis,settings
| 1,gcp:northamerica-northeast1,a100-sxm4-40gb,gcp:northamerica-northeast1,8,24,1.09,36.10639570144172,83.71200000000002,3.0225385969590897,13.217345847169772,1,1,1,13.217345847169772,lifecycle,
| 2,gcp:europe-west9,a100-sxm4-40gb,gcp:europe-west9,8,24,1.09,42.59485139829467,83.71200000000002,3.5657002002540445,11.20395314490581,1,1,1,11.20395314490581,lifecycle,
| 3,gcp:europe-north2,a100-sxm4-40gb,gcp:europe-north2,8,24,1.09,52.359246089859994,83.71200000000002,4.383097208674361,9.114545279389361,1,1,1,9.114545279389361,lifecycle,
| 4,gcp:europe-west6,a100-sxm4-40gb,gcp:europe-west6,8,24,1.09,52.579575515226075,83.71200000000002,4.401541425530606,9.076351693682312,1,1,1,9.076351693682312,lifecycle,
| 5,gcp:europe-north1,a100-sxm4-40gb,gcp:europe-north1,8,24,1.09,77.93428918590523,83.71200000000002,6.5240352163305,6.123501276085657,1,1,1,6.123501276085657,lifecycle,
| 6,gcp:northamerica-northeast2,a100-sxm4-40gb,gcp:northamerica-northeast2,8,24,1.09,96.61492436974791,83.71200000000002,8.087828548840339,4.9395134591664585,1,1,1,4.9395134591664585,lifecycle,
| 7,gcp:southamerica-east1,a100-sxm4-40gb,gcp:southamerica-east1,8,24,1.09,124.47148348500394,83.71200000000002,10.419756825496652,3.8340566523272375,1,1,1,3.8340566523272375,lifecycle,
| 8,gcp:us-west1,a100-sxm4-40gb,gcp:us-west1,8,24,1.09,152.92799999999997,83.71200000000002,12.801908736,3.1206235567111276,1,1,1,3.120623556711128,lifecycle,
| 9,gcp:europe-southwest1,a100-sxm4-40gb,gcp:europe-southwest1,8,24,1.09,153.147547674459,83.71200000000002,12.820287510924315,3.1161499255290317,1,1,1,3.116149925529032,lifecycle,
| 10,gcp:europe-west1,a100-sxm4-40gb,gcp:europe-west1,8,24,1.09,192.97273562903007,83.71200000000002,16.154133644977367,2.4730473852956383,1,1,1,2.4730473852956383,lifecycle,
| 11,gcp:europe-west2,a100-sxm4-40gb,gcp:europe-west2,8,24,1.09,198.21535664192123,83.71200000000002,16.593003935208515,2.4076374674785823,1,1,1,2.4076374674785823,lifecycle,
| 12,gcp:us-west2,a100-sxm4-40gb,gcp:us-west2,8,24,1.09,223.57500498504487,83.71200000000002,18.715910817308078,2.134544151358251,1,1,1,2.134544151358251,lifecycle,
| 13,gcp:southamerica-west1,a100-sxm4-40gb,gcp:southamerica-west1,8,24,1.09,272.3298305084746,83.71200000000002,22.797274771525426,1.7523997220196867,1,1,1,1.7523997220196867,lifecycle,
| 14,gcp:europe-west4,a100-sxm4-40gb,gcp:europe-west4,8,24,1.09,274.84199762892706,83.71200000000002,23.007573305512746,1.7363820791502311,1,1,1,1.7363820791502311,lifecycle,
| 15,gcp:europe-west12,a100-sxm4-40gb,gcp:europe-west12,8,24,1.09,292.9906346807707,83.71200000000002,24.526832010396685,1.6288258489923684,1,1,1,1.6288258489923686,lifecycle,
| 16,gcp:europe-west8,a100-sxm4-40gb,gcp:europe-west8,8,24,1.09,292.9906346807707,83.71200000000002,24.526832010396685,1.6288258489923684,1,1,1,1.6288258489923686,lifecycle,
| 17,gcp:europe-west10,a100-sxm4-40gb,gcp:europe-west10,8,24,1.09,352.96321597698164,83.71200000000002,29.54725673586509,1.3520692743003613,1,1,1,1.3520692743003613,lifecycle,
| 18,gcp:europe-west3,a100-sxm4-40gb,gcp:europe-west3,8,24,1.09,352.96321597698164,83.71200000000002,29.54725673586509,1.3520692743003613,1,1,1,1.3520692743003613,lifecycle,
| 19,gcp:us-south1,a100-sxm4-40gb,gcp:us-south1,8,24,1.09,373.092,83.71200000000002,31.232277504000006,1.2791234314343896,1,1,1,1.2791234314343896,lifecycle,
| 20,gcp:asia-northeast2,a100-sxm4-40gb,gcp:asia-northeast2,8,24,1.09,383.431360767483,83.71200000000002,32.09780607256754,1.2446314206680584,1,1,1,1.2446314206680587,lifecycle,
| 21,gcp:us-east7,a100-sxm4-40gb,gcp:us-east7,8,24,1.09,400.568,83.71200000000002,33.532348416000005,1.191385031457129,1,1,1,1.191385031457129,lifecycle,
| 22,gcp:northamerica-south1,a100-sxm4-40gb,gcp:northamerica-south1,8,24,1.09,402.2758004874359,83.71200000000002,33.675311810404246,1.186327188218781,1,1,1,1.1863271882187811,lifecycle,
| 23,gcp:us-east5,a100-sxm4-40gb,gcp:us-east5,8,24,1.09,409.9654854854855,83.71200000000002,34.31903072096097,1.1640753579916063,1,1,1,1.1640753579916066,lifecycle,
| 24,gcp:us-east4,a100-sxm4-40gb,gcp:us-east4,8,24,1.09,410.00647352647354,83.71200000000002,34.32246191184816,1.1639589862473358,1,1,1,1.1639589862473358,lifecycle,
| 25,gcp:asia-northeast3,a100-sxm4-40gb,gcp:asia-northeast3,8,24,1.09,427.50896967950564,83.71200000000002,35.78763086981078,1.1163057459086505,1,1,1,1.1163057459086507,lifecycle,
| 26,gcp:us-west4,a100-sxm4-40gb,gcp:us-west4,8,24,1.09,434.57584830339323,83.71200000000002,36.37921341317366,1.0981528797420586,1,1,1,1.0981528797420586,lifecycle,
| 27,PUE 1.05,a100-sxm4-40gb,gcp:us-central1,8,24,1.05,477.23071928071926,80.64000000000001,38.48388520279721,1.038095238095238,1,1,1.0380952380952382,1,lifecycle,
| 28,gcp:australia-southeast2,a100-sxm4-40gb,gcp:australia-southeast2,8,24,1.09,465.95101141964443,83.71200000000002,39.00569106796129,1.0242079265515662,1,1,1,1.0242079265515664,lifecycle,
| 29,gcp:asia-southeast3,a100-sxm4-40gb,gcp:asia-southeast3,8,24,1.09,470.35196132596684,83.71200000000002,39.374103386519344,1.0146247034568763,1,1,1,1.0146247034568763,lifecycle,
| 30,gcp:us-central1,a100-sxm4-40gb,gcp:us-central1,8,24,1.09,477.23071928071926,83.71200000000002,39.94993797242758,1,1,1,1,1,lifecycle,
| 31,gcp:us-east2,a100-sxm4-40gb,gcp:us-east2,8,24,1.09,479.65599999999995,83.71200000000002,40.152963072000006,0.9949437081590125,1,1,1,0.9949437081590126,lifecycle,
| 32,gcp:me-west1,a100-sxm4-40gb,gcp:me-west1,8,24,1.09,486.86108404384896,83.71200000000002,40.75611506747869,0.9802194813289651,1,1,1,0.980219481328965,lifecycle,
| 33,gcp:me-central1,a100-sxm4-40gb,gcp:me-central1,8,24,1.09,487.49911000355996,83.71200000000002,40.80952549661802,0.9789365959606249,1,1,1,0.978936595960625,lifecycle,
| 34,gcp:asia-southeast1,a100-sxm4-40gb,gcp:asia-southeast1,8,24,1.09,489.19449709060683,83.71200000000002,40.951449740448886,0.975543923979031,1,1,1,0.975543923979031,lifecycle,
| 35,gcp:us-central2,a100-sxm4-40gb,gcp:us-central2,8,24,1.09,490.9240681362725,83.71200000000002,41.09623559182366,0.9721069922125875,1,1,1,0.9721069922125876,lifecycle,
| 36,gcp:asia-east1,a100-sxm4-40gb,gcp:asia-east1,8,24,1.09,517.4846926037657,83.71200000000002,43.319678587246436,0.9222122433795958,1,1,1,0.9222122433795958,lifecycle,
| 37,gcp:australia-southeast1,a100-sxm4-40gb,gcp:australia-southeast1,8,24,1.09,524.9371153851922,83.71200000000002,43.943535803125215,0.9091197884351032,1,1,1,0.9091197884351031,lifecycle,
| 38,gcp:asia-south2,a100-sxm4-40gb,gcp:asia-south2,8,24,1.09,528.2965122982322,83.71200000000002,44.224757637509626,0.9033387655819209,1,1,1,0.903338765581921,lifecycle,
| 39,gcp:asia-northeast1,a100-sxm4-40gb,gcp:asia-northeast1,8,24,1.09,533.741360767483,83.71200000000002,44.68055679256755,0.8941235481441696,1,1,1,0.8941235481441697,lifecycle,
| 40,gcp:me-central2,a100-sxm4-40gb,gcp:me-central2,8,24,1.09,542.3824907619215,83.71200000000002,45.40392306666198,0.8798785495643874,1,1,1,0.8798785495643874,lifecycle,
| 41,gcp:europe-central2,a100-sxm4-40gb,gcp:europe-central2,8,24,1.09,573.7198326214937,83.71200000000002,48.02723462841048,0.8318184105648093,1,1,1,0.8318184105648092,lifecycle,
| 42,gcp:asia-east2,a100-sxm4-40gb,gcp:asia-east2,8,24,1.09,589.8458547008547,83.71200000000002,49.37717618871796,0.8090770079629547,1,1,1,0.8090770079629547,lifecycle,
| 43,gcp:us-west3,a100-sxm4-40gb,gcp:us-west3,8,24,1.09,622.588,83.71200000000002,52.11808665600001,0.7665273331331783,1,1,1,0.7665273331331784,lifecycle,
| 44,gcp:us-east1,a100-sxm4-40gb,gcp:us-east1,8,24,1.09,645.9664735264736,83.71200000000002,54.07514543184817,0.738785585380943,1,1,1,0.7387855853809431,lifecycle,
| 45,gcp:asia-south1,a100-sxm4-40gb,gcp:asia-south1,8,24,1.09,654.1965122982322,83.71200000000002,54.764098437509624,0.7294913841777888,1,1,1,0.7294913841777889,lifecycle,
| 46,gcp:asia-southeast2,a100-sxm4-40gb,gcp:asia-southeast2,8,24,1.09,668.4501857135167,83.71200000000002,55.957301946449924,0.7139361009696091,1,1,1,0.7139361009696091,lifecycle,
| 47,gcp:africa-south1,a100-sxm4-40gb,gcp:africa-south1,8,24,1.09,697.6891547207117,83.71200000000002,58.40495451998023,0.684016250004283,1,1,1,0.684016250004283,lifecycle,
| 48,h100,h100-sxm,gcp:us-central1,8,24,1.09,477.23071928071926,146.49599999999998,69.91239145174823,0.5714285714285716,1,0.5714285714285716,1,1,lifecycle,
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --plot top.svg --top 3
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:us-central1
|   baseline: 39.95 kg CO2e (83.712 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative                  kg CO2e     kWh  vs baseline   model  machine  mechanization       map
|      1  gcp:northamerica-northeast1   3.0225  83.712  13.217x less     1x       1x             1x   13.217x
|      2  gcp:europe-west9              3.5657  83.712  11.204x less     1x       1x             1x   11.204x
|      3  gcp:europe-north2             4.3831  83.712  9.1145x less     1x       1x             1x   9.1145x
|      4  gcp:europe-west6              4.4015  83.712  9.0764x less     1x       1x             1x   9.0764x
|      5  gcp:europe-north1              6.524  83.712  6.1235x less     1x       1x             1x   6.1235x
|      6  gcp:northamerica-northeast2   8.0878  83.712  4.9395x less     1x       1x             1x   4.9395x
|      7  gcp:southamerica-east1         10.42  83.712  3.8341x less     1x       1x             1x   3.8341x
|      8  gcp:us-west1                  12.802  83.712  3.1206x less     1x       1x             1x   3.1206x
|      9  gcp:europe-southwest1          12.82  83.712  3.1161x less     1x       1x             1x   3.1161x
|     10  gcp:europe-west1              16.154  83.712  2.473x less      1x       1x             1x    2.473x
|     11  gcp:europe-west2              16.593  83.712  2.4076x less     1x       1x             1x   2.4076x
|     12  gcp:us-west2                  18.716  83.712  2.1345x less     1x       1x             1x   2.1345x
|     13  gcp:southamerica-west1        22.797  83.712  1.7524x less     1x       1x             1x   1.7524x
|     14  gcp:europe-west4              23.008  83.712  1.7364x less     1x       1x             1x   1.7364x
|     15  gcp:europe-west12             24.527  83.712  1.6288x less     1x       1x             1x   1.6288x
|     16  gcp:europe-west8              24.527  83.712  1.6288x less     1x       1x             1x   1.6288x
|     17  gcp:europe-west10             29.547  83.712  1.3521x less     1x       1x             1x   1.3521x
|     18  gcp:europe-west3              29.547  83.712  1.3521x less     1x       1x             1x   1.3521x
|     19  gcp:us-south1                 31.232  83.712  1.2791x less     1x       1x             1x   1.2791x
|     20  gcp:asia-northeast2           32.098  83.712  1.2446x less     1x       1x             1x   1.2446x
|     21  gcp:us-east7                  33.532  83.712  1.1914x less     1x       1x             1x   1.1914x
|     22  gcp:northamerica-south1       33.675  83.712  1.1863x less     1x       1x             1x   1.1863x
|     23  gcp:us-east5                  34.319  83.712  1.1641x less     1x       1x             1x   1.1641x
|     24  gcp:us-east4                  34.322  83.712  1.164x less      1x       1x             1x    1.164x
|     25  gcp:asia-northeast3           35.788  83.712  1.1163x less     1x       1x             1x   1.1163x
|     26  gcp:us-west4                  36.379  83.712  1.0982x less     1x       1x             1x   1.0982x
|     27  gcp:australia-southeast2      39.006  83.712  1.0242x less     1x       1x             1x   1.0242x
|     28  gcp:asia-southeast3           39.374  83.712  1.0146x less     1x       1x             1x   1.0146x
|     29  gcp:us-central1                39.95  83.712  same             1x       1x             1x        1x
|     30  gcp:us-east2                  40.153  83.712  1.0051x more     1x       1x             1x  0.99494x
|     31  gcp:me-west1                  40.756  83.712  1.0202x more     1x       1x             1x  0.98022x
|     32  gcp:me-central1                40.81  83.712  1.0215x more     1x       1x             1x  0.97894x
|     33  gcp:asia-southeast1           40.951  83.712  1.0251x more     1x       1x             1x  0.97554x
|     34  gcp:us-central2               41.096  83.712  1.0287x more     1x       1x             1x  0.97211x
|     35  gcp:asia-east1                 43.32  83.712  1.0843x more     1x       1x             1x  0.92221x
|     36  gcp:australia-southeast1      43.944  83.712  1.1x more        1x       1x             1x  0.90912x
|     37  gcp:asia-south2               44.225  83.712  1.107x more      1x       1x             1x  0.90334x
|     38  gcp:asia-northeast1           44.681  83.712  1.1184x more     1x       1x             1x  0.89412x
|     39  gcp:me-central2               45.404  83.712  1.1365x more     1x       1x             1x  0.87988x
|     40  gcp:europe-central2           48.027  83.712  1.2022x more     1x       1x             1x  0.83182x
|     41  gcp:asia-east2                49.377  83.712  1.236x more      1x       1x             1x  0.80908x
|     42  gcp:us-west3                  52.118  83.712  1.3046x more     1x       1x             1x  0.76653x
|     43  gcp:us-east1                  54.075  83.712  1.3536x more     1x       1x             1x  0.73879x
|     44  gcp:asia-south1               54.764  83.712  1.3708x more     1x       1x             1x  0.72949x
|     45  gcp:asia-southeast2           55.957  83.712  1.4007x more     1x       1x             1x  0.71394x
|     46  gcp:africa-south1             58.405  83.712  1.462x more      1x       1x             1x  0.68402x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
$ cat top.svg
| <svg xmlns="http://www.w3.org/2000/svg" width="860" height="196" viewBox="0 0 860 196" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">
| <rect width="100%" height="100%" fill="#ffffff"/>
| <text x="12" y="24" font-size="15" font-weight="bold" fill="#222222">kg CO2e of 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:us-central1</text>
| <line x1="230.0" y1="50" x2="230.0" y2="144" stroke="#dddddd"/>
| <text x="230.0" y="160" text-anchor="middle" fill="#555555">0</text>
| <line x1="360.0" y1="50" x2="360.0" y2="144" stroke="#dddddd"/>
| <text x="360.0" y="160" text-anchor="middle" fill="#555555">10</text>
| <line x1="490.0" y1="50" x2="490.0" y2="144" stroke="#dddddd"/>
| <text x="490.0" y="160" text-anchor="middle" fill="#555555">20</text>
| <line x1="620.0" y1="50" x2="620.0" y2="144" stroke="#dddddd"/>
| <text x="620.0" y="160" text-anchor="middle" fill="#555555">30</text>
| <line x1="750.0" y1="50" x2="750.0" y2="144" stroke="#dddddd"/>
| <text x="750.0" y="160" text-anchor="middle" fill="#555555">40</text>
| <text x="490.0" y="184" text-anchor="middle" fill="#333333">kg CO2e (gross, location-based)</text>
| <text x="222" y="71" text-anchor="end" fill="#222222">gcp:northamerica-northeast1</text>
| <rect x="230" y="59" width="39.3" height="16" fill="#2b7bb9"/>
| <text x="275.3" y="71" fill="#222222">3.0225</text>
| <text x="222" y="93" text-anchor="end" fill="#222222">gcp:europe-west9</text>
| <rect x="230" y="81" width="46.4" height="16" fill="#2b7bb9"/>
| <text x="282.4" y="93" fill="#222222">3.5657</text>
| <text x="222" y="115" text-anchor="end" fill="#222222">gcp:europe-north2</text>
| <rect x="230" y="103" width="57.0" height="16" fill="#2b7bb9"/>
| <text x="293.0" y="115" fill="#222222">4.3831</text>
| <text x="222" y="137" text-anchor="end" fill="#222222" font-weight="bold">baseline (as given)</text>
| <rect x="230" y="125" width="519.3" height="16" fill="#d9534f"/>
| <text x="755.3" y="137" fill="#222222">39.95</text>
| </svg>
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions azure --offset 50 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "intensity_basis": "lifecycle",
|   "baseline": {
|     "hardware": "a100-sxm4-40gb",
|     "region": "gcp:us-central1",
|     "count": 8,
|     "hours": 24,
|     "pue": 1.09,
|     "intensity_g_per_kwh": 477.23071928071926,
|     "energy_kwh": 83.71200000000002,
|     "co2e_kg": 39.94993797242758,
|     "co2e_kg_low": 21.65899943256743,
|     "co2e_kg_high": 48.23531013626375
|   },
|   "alternatives": [
|     {
|       "label": "azure:canadaeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:canadaeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 26.24639570144172,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 2.3583961321487474,
|       "co2e_kg_low": 1.402943340150024,
|       "co2e_kg_high": 2.8381382513379805,
|       "saving": 16.9394519554393,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 18.18271448427888
|       }
|     },
|     {
|       "label": "azure:norwayeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:norwayeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 28.11,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 2.5258521600000003,
|       "co2e_kg_low": 1.438949376,
|       "co2e_kg_high": 3.293773824000001,
|       "saving": 15.81641974343723,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 16.97725788974455
|       }
|     },
|     {
|       "label": "azure:norwaywest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:norwaywest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 28.11,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 2.5258521600000003,
|       "co2e_kg_low": 1.438949376,
|       "co2e_kg_high": 3.293773824000001,
|       "saving": 15.81641974343723,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 16.97725788974455
|       }
|     },
|     {
|       "label": "azure:swedencentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:swedencentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 35.26,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 3.16832256,
|       "co2e_kg_low": 1.8660372479999996,
|       "co2e_kg_high": 4.513529856000001,
|       "saving": 12.609176375156567,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 13.534620512782736
|       }
|     },
|     {
|       "label": "azure:switzerlandnorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:switzerlandnorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 39.22,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 3.5241523200000002,
|       "co2e_kg_low": 1.8483978239999996,
|       "co2e_kg_high": 4.241031168000001,
|       "saving": 11.336041789597669,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 12.168044856724102
|       }
|     },
|     {
|       "label": "azure:switzerlandwest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:switzerlandwest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 39.22,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 3.5241523200000002,
|       "co2e_kg_low": 1.8483978239999996,
|       "co2e_kg_high": 4.241031168000001,
|       "saving": 11.336041789597669,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 12.168044856724102
|       }
|     },
|     {
|       "label": "azure:francecentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:francecentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 41.44,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 3.7236326400000004,
|       "co2e_kg_low": 2.163769344,
|       "co2e_kg_high": 8.492875776000002,
|       "saving": 10.728753836583508,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 11.516185310828169
|       }
|     },
|     {
|       "label": "azure:francesouth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:francesouth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 41.44,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 3.7236326400000004,
|       "co2e_kg_low": 2.163769344,
|       "co2e_kg_high": 8.492875776000002,
|       "saving": 10.728753836583508,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 11.516185310828169
|       }
|     },
|     {
|       "label": "azure:canadacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:canadacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 47.4149243697479,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 4.2605154441680675,
|       "co2e_kg_low": 2.5344604693512607,
|       "co2e_kg_high": 5.127184397768069,
|       "saving": 9.376785155681658,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 10.064989570777557
|       }
|     },
|     {
|       "label": "azure:newzealandnorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:newzealandnorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 92.76,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 8.335042560000002,
|       "co2e_kg_low": 4.66108416,
|       "co2e_kg_high": 15.667593216000004,
|       "saving": 4.793009475938125,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 5.144789987933584
|       }
|     },
|     {
|       "label": "azure:brazilsouth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:brazilsouth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 109.95,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 9.879667200000002,
|       "co2e_kg_low": 5.145366527999999,
|       "co2e_kg_high": 18.174148608000003,
|       "saving": 4.043652196343979,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 4.340434008919684
|       }
|     },
|     {
|       "label": "azure:brazilsoutheast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:brazilsoutheast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 109.95,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 9.879667200000002,
|       "co2e_kg_low": 5.145366527999999,
|       "co2e_kg_high": 18.174148608000003,
|       "saving": 4.043652196343979,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 4.340434008919684
|       }
|     },
|     {
|       "label": "azure:denmarkeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:denmarkeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 114.41,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 10.28042496,
|       "co2e_kg_low": 6.115534847999999,
|       "co2e_kg_high": 24.110727168000004,
|       "saving": 3.886020094292637,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 4.171232578277417
|       }
|     },
|     {
|       "label": "azure:austriaeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:austriaeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 116.91,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 10.505064960000002,
|       "co2e_kg_low": 5.531295744,
|       "co2e_kg_high": 15.229648896000004,
|       "saving": 3.8029215549398723,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 4.082035063559313
|       }
|     },
|     {
|       "label": "azure:belgiumcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:belgiumcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 149.82,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 13.462225920000002,
|       "co2e_kg_low": 6.786367487999999,
|       "co2e_kg_high": 16.200695808000003,
|       "saving": 2.967558129675748,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 3.1853605612115823
|       }
|     },
|     {
|       "label": "azure:spaincentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:spaincentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 153.6,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 13.8018816,
|       "co2e_kg_low": 7.815868415999999,
|       "co2e_kg_high": 23.479222272000005,
|       "saving": 2.894528378828259,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 3.106970828650516
|       }
|     },
|     {
|       "label": "azure:uksouth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:uksouth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 217.41,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 19.535592960000002,
|       "co2e_kg_low": 11.5725312,
|       "co2e_kg_high": 28.88269824000001,
|       "saving": 2.0449821028840462,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 2.1950725324535174
|       }
|     },
|     {
|       "label": "azure:ukwest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:ukwest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 217.41,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 19.535592960000002,
|       "co2e_kg_low": 11.5725312,
|       "co2e_kg_high": 28.88269824000001,
|       "saving": 2.0449821028840462,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 2.1950725324535174
|       }
|     },
|     {
|       "label": "azure:westeurope",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westeurope",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 253.56,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 22.78388736,
|       "co2e_kg_low": 13.401686016,
|       "co2e_kg_high": 38.06006476800001,
|       "saving": 1.753429401277885,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.8821214674267206
|       }
|     },
|     {
|       "label": "azure:northeurope",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:northeurope",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 256.54,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 23.051658240000005,
|       "co2e_kg_low": 13.712781312,
|       "co2e_kg_high": 38.054658048000015,
|       "saving": 1.7330613510096688,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.8602585143865253
|       }
|     },
|     {
|       "label": "azure:westus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 268.70500498504487,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 24.144756927936193,
|       "co2e_kg_low": 14.363034890464606,
|       "co2e_kg_high": 29.056254491054844,
|       "saving": 1.6546009591922761,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.7760395617018008
|       }
|     },
|     {
|       "label": "azure:italynorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:italynorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 284.78,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 25.58919168,
|       "co2e_kg_low": 15.041617919999997,
|       "co2e_kg_high": 40.85750169600001,
|       "saving": 1.561203592204581,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.6757873420911555
|       }
|     },
|     {
|       "label": "azure:chilecentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chilecentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 289.49,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 26.012413440000003,
|       "co2e_kg_low": 13.890779135999999,
|       "co2e_kg_high": 46.604845056000016,
|       "saving": 1.5358028221631854,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.648522295349474
|       }
|     },
|     {
|       "label": "azure:germanynorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:germanynorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 329.65,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 29.6210304,
|       "co2e_kg_low": 17.620715519999997,
|       "co2e_kg_high": 45.38833305600001,
|       "saving": 1.3487018322099822,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.4476891226474118
|       }
|     },
|     {
|       "label": "azure:germanywestcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:germanywestcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 329.65,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 29.6210304,
|       "co2e_kg_low": 17.620715519999997,
|       "co2e_kg_high": 45.38833305600001,
|       "saving": 1.3487018322099822,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.4476891226474118
|       }
|     },
|     {
|       "label": "azure:eastus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:eastus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 337.01647352647353,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 30.282952245194807,
|       "co2e_kg_low": 18.014474156115885,
|       "co2e_kg_high": 36.443074154901105,
|       "saving": 1.319222037830433,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.4160456736345013
|       }
|     },
|     {
|       "label": "azure:eastus2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:eastus2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 337.01647352647353,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 30.282952245194807,
|       "co2e_kg_low": 18.014474156115885,
|       "co2e_kg_high": 36.443074154901105,
|       "saving": 1.319222037830433,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.4160456736345013
|       }
|     },
|     {
|       "label": "azure:westus2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westus2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 343.22799999999995,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 30.841095168,
|       "co2e_kg_low": 18.346497638399995,
|       "co2e_kg_high": 37.114753843200006,
|       "saving": 1.2953475794166578,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.3904189613921922
|       }
|     },
|     {
|       "label": "azure:westus3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westus3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 394.8958483033932,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 35.4837613451497,
|       "co2e_kg_low": 21.108288800191616,
|       "co2e_kg_high": 42.70182561877846,
|       "saving": 1.1258653665217586,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.2084976870004196
|       }
|     },
|     {
|       "label": "azure:southcentralus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southcentralus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 408.092,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 36.669514752000005,
|       "co2e_kg_low": 21.8136600576,
|       "co2e_kg_high": 44.12878356480001,
|       "saving": 1.0894591390863348,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.1694194428724878
|       }
|     },
|     {
|       "label": "azure:koreacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:koreacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 417.06,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 37.475343360000004,
|       "co2e_kg_low": 22.210172927999995,
|       "co2e_kg_high": 49.68343142400001,
|       "saving": 1.066032606790439,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.1442735320594621
|       }
|     },
|     {
|       "label": "azure:koreasouth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:koreasouth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 417.06,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 37.475343360000004,
|       "co2e_kg_low": 22.210172927999995,
|       "co2e_kg_high": 49.68343142400001,
|       "saving": 1.066032606790439,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.1442735320594621
|       }
|     },
|     {
|       "label": "azure:centraluseuap",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:centraluseuap",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 421.632,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 37.886164992000005,
|       "co2e_kg_low": 22.537410969599996,
|       "co2e_kg_high": 45.59292334080001,
|       "saving": 1.0544729977516425,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.1318655113480933
|       }
|     },
|     {
|       "label": "azure:eastus2euap",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:eastus2euap",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 421.632,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 37.886164992000005,
|       "co2e_kg_low": 22.537410969599996,
|       "co2e_kg_high": 45.59292334080001,
|       "saving": 1.0544729977516425,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.1318655113480933
|       }
|     },
|     {
|       "label": "azure:centralus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:centralus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 465.56071928071924,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 41.833423991688306,
|       "co2e_kg_low": 24.885524015568425,
|       "co2e_kg_high": 50.34312904298902,
|       "saving": 0.9549765273902765,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.0250665477491956
|       }
|     },
|     {
|       "label": "azure:uaecentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:uaecentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 467.51,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 42.008578560000004,
|       "co2e_kg_low": 24.989718527999997,
|       "co2e_kg_high": 69.82130073600003,
|       "saving": 0.95099475730577,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.020792537658487
|       }
|     },
|     {
|       "label": "azure:uaenorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:uaenorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 467.51,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 42.008578560000004,
|       "co2e_kg_low": 24.989718527999997,
|       "co2e_kg_high": 69.82130073600003,
|       "saving": 0.95099475730577,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.020792537658487
|       }
|     },
|     {
|       "label": "azure:mexicocentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:mexicocentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 474.02,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 42.593541120000005,
|       "co2e_kg_low": 24.387839999999997,
|       "co2e_kg_high": 52.88312832000002,
|       "saving": 0.9379341778575176,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 1.0067733835718309
|       }
|     },
|     {
|       "label": "azure:japaneast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:japaneast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 477.26,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 42.88467456000001,
|       "co2e_kg_low": 25.510883327999995,
|       "co2e_kg_high": 56.18663424000001,
|       "saving": 0.9315667748984212,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.9999386482854613
|       }
|     },
|     {
|       "label": "azure:japanwest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:japanwest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 477.26,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 42.88467456000001,
|       "co2e_kg_low": 25.510883327999995,
|       "co2e_kg_high": 56.18663424000001,
|       "saving": 0.9315667748984212,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.9999386482854613
|       }
|     },
|     {
|       "label": "azure:northcentralus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:northcentralus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 482.00548548548545,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 43.31108490378379,
|       "co2e_kg_low": 25.764542814558553,
|       "co2e_kg_high": 52.12137396968169,
|       "saving": 0.922395226560982,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.9900939587856413
|       }
|     },
|     {
|       "label": "azure:israelcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:israelcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 492.69,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 44.27115264000001,
|       "co2e_kg_low": 26.335660032,
|       "co2e_kg_high": 64.48378675200003,
|       "saving": 0.9023920903367644,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.9686227024715729
|       }
|     },
|     {
|       "label": "azure:southeastasia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southeastasia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 497.09,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 44.66651904,
|       "co2e_kg_low": 26.570852352,
|       "co2e_kg_high": 54.73547059200001,
|       "saving": 0.8944045524714249,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.9600489232950156
|       }
|     },
|     {
|       "label": "azure:chinaeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinaeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 525.34,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 47.204951040000005,
|       "co2e_kg_low": 28.080893952,
|       "co2e_kg_high": 64.77791232000001,
|       "saving": 0.8463082175125072,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.908422582100581
|       }
|     },
|     {
|       "label": "azure:chinaeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinaeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 525.34,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 47.204951040000005,
|       "co2e_kg_low": 28.080893952,
|       "co2e_kg_high": 64.77791232000001,
|       "saving": 0.8463082175125072,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.908422582100581
|       }
|     },
|     {
|       "label": "azure:chinanorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinanorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 525.34,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 47.204951040000005,
|       "co2e_kg_low": 28.080893952,
|       "co2e_kg_high": 64.77791232000001,
|       "saving": 0.8463082175125072,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.908422582100581
|       }
|     },
|     {
|       "label": "azure:chinanorth2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinanorth2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 525.34,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 47.204951040000005,
|       "co2e_kg_low": 28.080893952,
|       "co2e_kg_high": 64.77791232000001,
|       "saving": 0.8463082175125072,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.908422582100581
|       }
|     },
|     {
|       "label": "azure:chinanorth3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinanorth3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 525.34,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 47.204951040000005,
|       "co2e_kg_low": 28.080893952,
|       "co2e_kg_high": 64.77791232000001,
|       "saving": 0.8463082175125072,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.908422582100581
|       }
|     },
|     {
|       "label": "azure:westcentralus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westcentralus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 532.1847052947053,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 47.81998887896104,
|       "co2e_kg_low": 28.44676261517682,
|       "co2e_kg_high": 57.54747379621979,
|       "saving": 0.8354234057549942,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.8967388850764615
|       }
|     },
|     {
|       "label": "azure:qatarcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:qatarcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 581.52,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 52.253061120000005,
|       "co2e_kg_low": 31.083872255999996,
|       "co2e_kg_high": 65.14340659200002,
|       "saving": 0.7645473225134485,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.8206608874685639
|       }
|     },
|     {
|       "label": "azure:polandcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:polandcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 588.6,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 52.889241600000005,
|       "co2e_kg_low": 31.462318079999996,
|       "co2e_kg_high": 81.78853478400002,
|       "saving": 0.7553509327013601,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.8107895332665974
|       }
|     },
|     {
|       "label": "azure:malaysiawest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:malaysiawest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 601.97,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 54.09061632000001,
|       "co2e_kg_low": 32.095199232,
|       "co2e_kg_high": 66.11769753600002,
|       "saving": 0.7385742794292415,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.7927815659928555
|       }
|     },
|     {
|       "label": "azure:australiacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:australiacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 656.5971153851923,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 58.999190400051845,
|       "co2e_kg_low": 35.0969542892616,
|       "co2e_kg_high": 77.48879911390857,
|       "saving": 0.6771268843104747,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.7268242703149131
|       }
|     },
|     {
|       "label": "azure:australiacentral2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:australiacentral2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 656.5971153851923,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 58.999190400051845,
|       "co2e_kg_low": 35.0969542892616,
|       "co2e_kg_high": 77.48879911390857,
|       "saving": 0.6771268843104747,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.7268242703149131
|       }
|     },
|     {
|       "label": "azure:australiaeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:australiaeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 656.5971153851923,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 58.999190400051845,
|       "co2e_kg_low": 35.0969542892616,
|       "co2e_kg_high": 77.48879911390857,
|       "saving": 0.6771268843104747,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.7268242703149131
|       }
|     },
|     {
|       "label": "azure:centralindia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:centralindia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 670.13,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 60.21520128000001,
|       "co2e_kg_low": 35.82032486399999,
|       "co2e_kg_high": 77.35286169600002,
|       "saving": 0.6634527016967163,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.712146477968035
|       }
|     },
|     {
|       "label": "azure:jioindiacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:jioindiacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 670.13,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 60.21520128000001,
|       "co2e_kg_low": 35.82032486399999,
|       "co2e_kg_high": 77.35286169600002,
|       "saving": 0.6634527016967163,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.712146477968035
|       }
|     },
|     {
|       "label": "azure:jioindiawest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:jioindiawest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 670.13,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 60.21520128000001,
|       "co2e_kg_low": 35.82032486399999,
|       "co2e_kg_high": 77.35286169600002,
|       "saving": 0.6634527016967163,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.712146477968035
|       }
|     },
|     {
|       "label": "azure:southindia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southindia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 670.13,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 60.21520128000001,
|       "co2e_kg_low": 35.82032486399999,
|       "co2e_kg_high": 77.35286169600002,
|       "saving": 0.6634527016967163,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.712146477968035
|       }
|     },
|     {
|       "label": "azure:westindia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westindia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 670.13,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 60.21520128000001,
|       "co2e_kg_low": 35.82032486399999,
|       "co2e_kg_high": 77.35286169600002,
|       "saving": 0.6634527016967163,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.712146477968035
|       }
|     },
|     {
|       "label": "azure:eastasia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:eastasia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 675.48,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 60.695930880000006,
|       "co2e_kg_low": 36.050706432,
|       "co2e_kg_high": 74.78683238400002,
|       "saving": 0.658197961431901,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.706506068692958
|       }
|     },
|     {
|       "label": "azure:indonesiacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:indonesiacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 680.25,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 61.12454400000001,
|       "co2e_kg_low": 36.12393676799999,
|       "co2e_kg_high": 74.08828416000001,
|       "saving": 0.6535825931466674,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.7015519577812852
|       }
|     },
|     {
|       "label": "azure:southafricanorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southafricanorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 699.29,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 62.83540224,
|       "co2e_kg_low": 37.37900851199999,
|       "co2e_kg_high": 80.18273894400002,
|       "saving": 0.6357870968954519,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.6824503700620905
|       }
|     },
|     {
|       "label": "azure:southafricawest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southafricawest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 699.29,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 62.83540224,
|       "co2e_kg_low": 37.37900851199999,
|       "co2e_kg_high": 80.18273894400002,
|       "saving": 0.6357870968954519,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.6824503700620905
|       }
|     },
|     {
|       "label": "azure:australiasoutheast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:australiasoutheast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.17,
|       "intensity_g_per_kwh": 790.0610114196444,
|       "energy_kwh": 89.85600000000001,
|       "co2e_kg": 70.99172224212357,
|       "co2e_kg_low": 42.23097323121197,
|       "co2e_kg_high": 89.75814943325642,
|       "saving": 0.5627407916119399,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9316239316239318,
|         "map": 0.6040428680605225
|       }
|     }
|   ],
|   "skipped": [],
|   "data_origin": "embedded",
|   "settings": []
| }
$ mlcarbon compare -g a100 -n 8 --hours 24 -r FR --regions gcp:nowhere
! mlcarbon: error: unknown region 'gcp:nowhere'; `mlcarbon regions list` lists the known names
[3]
$ mlcarbon compare -g a100 -n 8 --hours 24 -r FR
! mlcarbon: error: compare what? give --regions, --devices and/or --pue-values
[2]
$ mlcarbon compare -g a100 -n 8 --hours 24 -r FR --regions gcp --format markdown
! mlcarbon: error: --format markdown is not available for `compare`; use text, json or csv
[2]
$ mlcarbon compare -g a100 --hours 24 -r FR --regions ,
! mlcarbon: error: --regions: expected a provider, 'all', 'countries' or a list of region ids
[2]
