# compare: regions, devices, PUEs; text, JSON, CSV; the chart; alternatives that cannot run.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:us-central1
|   baseline: 34.867 kg CO2e (84.48 kWh)
|
|   rank  alternative                  kg CO2e    kWh  vs baseline   model  machine  mechanization       map
|      1  gcp:europe-north2            0.23063  84.48  151.18x less     1x       1x             1x   151.18x
|      2  gcp:northamerica-northeast1  0.46295  84.48  75.314x less     1x       1x             1x   75.314x
|      3  gcp:europe-west6              1.2714  84.48  27.423x less     1x       1x             1x   27.423x
|      4  gcp:europe-west9               1.377  84.48  25.32x less      1x       1x             1x    25.32x
|      5  gcp:europe-north1             3.3218  84.48  10.496x less     1x       1x             1x   10.496x
|      6  gcp:northamerica-northeast2   4.9471  84.48  7.0478x less     1x       1x             1x   7.0478x
|      7  gcp:southamerica-east1        5.6872  84.48  6.1307x less     1x       1x             1x   6.1307x
|      8  gcp:us-west1                  6.6934  84.48  5.2091x less     1x       1x             1x   5.2091x
|      9  gcp:europe-southwest1         7.5221  84.48  4.6352x less     1x       1x             1x   4.6352x
|     10  gcp:europe-west1              8.7327  84.48  3.9926x less     1x       1x             1x   3.9926x
|     11  gcp:europe-west2              8.9498  84.48  3.8958x less     1x       1x             1x   3.8958x
|     12  gcp:us-west2                  14.301  84.48  2.4381x less     1x       1x             1x   2.4381x
|     13  gcp:europe-west12             17.039  84.48  2.0463x less     1x       1x             1x   2.0463x
|     14  gcp:europe-west8              17.039  84.48  2.0463x less     1x       1x             1x   2.0463x
|     15  gcp:europe-west4               17.64  84.48  1.9765x less     1x       1x             1x   1.9765x
|     16  gcp:southamerica-west1        20.106  84.48  1.7341x less     1x       1x             1x   1.7341x
|     17  gcp:europe-west10             23.301  84.48  1.4963x less     1x       1x             1x   1.4963x
|     18  gcp:europe-west3              23.301  84.48  1.4963x less     1x       1x             1x   1.4963x
|     19  gcp:asia-northeast2           25.022  84.48  1.3934x less     1x       1x             1x   1.3934x
|     20  gcp:us-south1                 25.593  84.48  1.3623x less     1x       1x             1x   1.3623x
|     21  gcp:northamerica-south1       25.766  84.48  1.3532x less     1x       1x             1x   1.3532x
|     22  gcp:us-east4                  27.291  84.48  1.2776x less     1x       1x             1x   1.2776x
|     23  gcp:us-east5                  27.291  84.48  1.2776x less     1x       1x             1x   1.2776x
|     24  gcp:us-east2                  28.759  84.48  1.2124x less     1x       1x             1x   1.2124x
|     25  gcp:asia-northeast3           30.123  84.48  1.1575x less     1x       1x             1x   1.1575x
|     26  gcp:us-west4                  30.185  84.48  1.1551x less     1x       1x             1x   1.1551x
|     27  gcp:me-central1                30.92  84.48  1.1277x less     1x       1x             1x   1.1277x
|     28  gcp:asia-southeast1           30.991  84.48  1.125x less      1x       1x             1x    1.125x
|     29  gcp:us-central2               31.446  84.48  1.1088x less     1x       1x             1x   1.1088x
|     30  gcp:me-central2               32.291  84.48  1.0798x less     1x       1x             1x   1.0798x
|     31  gcp:us-central1               34.867  84.48  same             1x       1x             1x        1x
|     32  gcp:me-west1                  36.643  84.48  1.051x more      1x       1x             1x  0.95152x
|     33  gcp:asia-east1                37.111  84.48  1.0644x more     1x       1x             1x  0.93952x
|     34  gcp:asia-northeast1           38.257  84.48  1.0972x more     1x       1x             1x  0.91138x
|     35  gcp:australia-southeast2      38.385  84.48  1.1009x more     1x       1x             1x  0.90833x
|     36  gcp:australia-southeast1      42.029  84.48  1.2054x more     1x       1x             1x  0.82959x
|     37  gcp:asia-east2                42.664  84.48  1.2236x more     1x       1x             1x  0.81723x
|     38  gcp:asia-south2               44.929  84.48  1.2886x more     1x       1x             1x  0.77604x
|     39  gcp:asia-southeast3 *         46.864  84.48  1.3441x more     1x       1x             1x    0.744x
|     40  gcp:us-west3                  46.901  84.48  1.3451x more     1x       1x             1x  0.74341x
|     41  gcp:asia-southeast2           47.355  84.48  1.3582x more     1x       1x             1x  0.73628x
|     42  gcp:us-east1                  48.641  84.48  1.3951x more     1x       1x             1x  0.71681x
|     43  gcp:europe-central2           54.311  84.48  1.5577x more     1x       1x             1x  0.64199x
|     44  gcp:africa-south1             55.491  84.48  1.5915x more     1x       1x             1x  0.62833x
|     45  gcp:asia-south1               57.342  84.48  1.6446x more     1x       1x             1x  0.60805x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| * the region's intensity is its country's average (its provider publishes no per-region figure), so
|   regions of one country rank alike here although their local grids may differ.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "baseline": {
|     "hardware": "a100-sxm4-40gb",
|     "region": "gcp:us-central1",
|     "count": 8,
|     "hours": 24,
|     "pue": 1.1,
|     "intensity_g_per_kwh": 412.72,
|     "energy_kwh": 84.48000000000002,
|     "co2e_kg": 34.866585600000015,
|     "co2e_kg_low": 19.4264064,
|     "co2e_kg_high": 43.912704000000005
|   },
|   "alternatives": [
|     {
|       "label": "gcp:europe-north2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-north2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 2.73,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 0.23063040000000004,
|       "co2e_kg_low": 0.134604288,
|       "co2e_kg_high": 0.26061235200000005,
|       "saving": 151.1794871794872,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 151.17948717948718
|       }
|     },
|     {
|       "label": "gcp:northamerica-northeast1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:northamerica-northeast1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 5.48,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 0.4629504000000001,
|       "co2e_kg_low": 0.27019468799999996,
|       "co2e_kg_high": 0.5231339520000001,
|       "saving": 75.31386861313871,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 75.31386861313868
|       }
|     },
|     {
|       "label": "gcp:europe-west6",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west6",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 15.05,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 1.2714240000000003,
|       "co2e_kg_low": 0.7420492799999999,
|       "co2e_kg_high": 11.264563200000003,
|       "saving": 27.423255813953492,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 27.42325581395349
|       }
|     },
|     {
|       "label": "gcp:europe-west9",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west9",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 16.3,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 1.3770240000000002,
|       "co2e_kg_low": 0.80368128,
|       "co2e_kg_high": 6.777830400000001,
|       "saving": 25.32024539877301,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 25.320245398773007
|       }
|     },
|     {
|       "label": "gcp:europe-north1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-north1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 39.32,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 3.321753600000001,
|       "co2e_kg_low": 1.9386961919999999,
|       "co2e_kg_high": 12.123724800000002,
|       "saving": 10.496439471007122,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 10.496439471007122
|       }
|     },
|     {
|       "label": "gcp:northamerica-northeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:northamerica-northeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 58.56,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 4.947148800000001,
|       "co2e_kg_low": 1.4298624,
|       "co2e_kg_high": 5.590278144000001,
|       "saving": 7.047814207650275,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 7.047814207650274
|       }
|     },
|     {
|       "label": "gcp:southamerica-east1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:southamerica-east1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 67.32,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 5.6871936000000005,
|       "co2e_kg_low": 2.7611136,
|       "co2e_kg_high": 12.314649600000003,
|       "saving": 6.130718954248368,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 6.130718954248367
|       }
|     },
|     {
|       "label": "gcp:us-west1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-west1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 79.23,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 6.693350400000002,
|       "co2e_kg_low": 2.9583359999999996,
|       "co2e_kg_high": 8.9734656,
|       "saving": 5.209137952795659,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 5.2091379527956585
|       }
|     },
|     {
|       "label": "gcp:europe-southwest1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-southwest1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 89.04,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 7.522099200000002,
|       "co2e_kg_low": 4.3901706240000005,
|       "co2e_kg_high": 15.273984000000002,
|       "saving": 4.635220125786164,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 4.635220125786163
|       }
|     },
|     {
|       "label": "gcp:europe-west1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 103.37,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 8.732697600000003,
|       "co2e_kg_low": 5.0967198719999995,
|       "co2e_kg_high": 11.741875200000003,
|       "saving": 3.9926477701460774,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 3.9926477701460774
|       }
|     },
|     {
|       "label": "gcp:europe-west2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 105.94,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 8.949811200000003,
|       "co2e_kg_low": 5.223435264,
|       "co2e_kg_high": 16.419532800000006,
|       "saving": 3.8957900698508596,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 3.895790069850859
|       }
|     },
|     {
|       "label": "gcp:us-west2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-west2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 169.28,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 14.300774400000003,
|       "co2e_kg_low": 8.346451968,
|       "co2e_kg_high": 19.283404800000003,
|       "saving": 2.438090737240076,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 2.438090737240076
|       }
|     },
|     {
|       "label": "gcp:europe-west12",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west12",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 201.69,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 17.038771200000003,
|       "co2e_kg_low": 9.944446463999999,
|       "co2e_kg_high": 30.834355200000005,
|       "saving": 2.0463086915563493,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 2.046308691556349
|       }
|     },
|     {
|       "label": "gcp:europe-west8",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west8",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 201.69,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 17.038771200000003,
|       "co2e_kg_low": 9.944446463999999,
|       "co2e_kg_high": 30.834355200000005,
|       "saving": 2.0463086915563493,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 2.046308691556349
|       }
|     },
|     {
|       "label": "gcp:europe-west4",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west4",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 208.81,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 17.640268800000005,
|       "co2e_kg_low": 10.295502336,
|       "co2e_kg_high": 30.261580800000008,
|       "saving": 1.9765336909151863,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.9765336909151863
|       }
|     },
|     {
|       "label": "gcp:southamerica-west1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:southamerica-west1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 238,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 20.106240000000007,
|       "co2e_kg_low": 6.804172799999999,
|       "co2e_kg_high": 22.720051200000004,
|       "saving": 1.7341176470588238,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.7341176470588235
|       }
|     },
|     {
|       "label": "gcp:europe-west10",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west10",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 275.82,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 23.301273600000005,
|       "co2e_kg_low": 13.599470592,
|       "co2e_kg_high": 32.93452800000001,
|       "saving": 1.4963381915742153,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.496338191574215
|       }
|     },
|     {
|       "label": "gcp:europe-west3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-west3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 275.82,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 23.301273600000005,
|       "co2e_kg_low": 13.2632064,
|       "co2e_kg_high": 39.425971200000006,
|       "saving": 1.4963381915742153,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.496338191574215
|       }
|     },
|     {
|       "label": "gcp:asia-northeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-northeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 296.19,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 25.022131200000004,
|       "co2e_kg_low": 14.603825664,
|       "co2e_kg_high": 36.753024,
|       "saving": 1.393429892974105,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.3934298929741045
|       }
|     },
|     {
|       "label": "gcp:us-south1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-south1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 302.95,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 25.593216000000005,
|       "co2e_kg_low": 14.5944576,
|       "co2e_kg_high": 32.64814080000001,
|       "saving": 1.3623370193101174,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.3623370193101174
|       }
|     },
|     {
|       "label": "gcp:northamerica-south1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:northamerica-south1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 305,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 25.766400000000004,
|       "co2e_kg_low": 15.038208,
|       "co2e_kg_high": 29.116032000000008,
|       "saving": 1.3531803278688528,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.3531803278688526
|       }
|     },
|     {
|       "label": "gcp:us-east4",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-east4",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 323.05,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 27.291264000000005,
|       "co2e_kg_low": 15.235430399999998,
|       "co2e_kg_high": 33.79368960000001,
|       "saving": 1.2775731310942582,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.277573131094258
|       }
|     },
|     {
|       "label": "gcp:us-east5",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-east5",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 323.05,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 27.291264000000005,
|       "co2e_kg_low": 15.235430399999998,
|       "co2e_kg_high": 33.79368960000001,
|       "saving": 1.2775731310942582,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.277573131094258
|       }
|     },
|     {
|       "label": "gcp:us-east2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-east2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 340.42,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 28.758681600000006,
|       "co2e_kg_low": 16.784612352,
|       "co2e_kg_high": 32.49731020800001,
|       "saving": 1.2123847012513955,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.2123847012513953
|       }
|     },
|     {
|       "label": "gcp:asia-northeast3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-northeast3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 356.57,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 30.123033600000007,
|       "co2e_kg_low": 17.580897792,
|       "co2e_kg_high": 40.57152000000001,
|       "saving": 1.157472586027989,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.157472586027989
|       }
|     },
|     {
|       "label": "gcp:us-west4",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-west4",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 357.3,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 30.184704000000007,
|       "co2e_kg_low": 17.61689088,
|       "co2e_kg_high": 37.80311040000001,
|       "saving": 1.1551077525888611,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.155107752588861
|       }
|     },
|     {
|       "label": "gcp:me-central1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:me-central1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 366,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 30.919680000000007,
|       "co2e_kg_low": 18.045849599999997,
|       "co2e_kg_high": 54.89088000000001,
|       "saving": 1.1276502732240439,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.1276502732240439
|       }
|     },
|     {
|       "label": "gcp:asia-southeast1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-southeast1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 366.85,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 30.991488000000007,
|       "co2e_kg_low": 18.08775936,
|       "co2e_kg_high": 35.5120128,
|       "saving": 1.1250374812593704,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.1250374812593704
|       }
|     },
|     {
|       "label": "gcp:us-central2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-central2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 372.23,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 31.44599040000001,
|       "co2e_kg_low": 18.353023487999998,
|       "co2e_kg_high": 35.533969152000004,
|       "saving": 1.1087768315288935,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.1087768315288935
|       }
|     },
|     {
|       "label": "gcp:me-central2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:me-central2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 382.23,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 32.290790400000006,
|       "co2e_kg_low": 18.846079488,
|       "co2e_kg_high": 54.31810560000001,
|       "saving": 1.0797687256363973,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1.079768725636397
|       }
|     },
|     {
|       "label": "gcp:us-central1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-central1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 412.72,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 34.866585600000015,
|       "co2e_kg_low": 19.4264064,
|       "co2e_kg_high": 43.912704000000005,
|       "saving": 1,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 1
|       }
|     },
|     {
|       "label": "gcp:me-west1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:me-west1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 433.75,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 36.64320000000001,
|       "co2e_kg_low": 21.386304,
|       "co2e_kg_high": 45.44010240000001,
|       "saving": 0.9515158501440925,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.9515158501440922
|       }
|     },
|     {
|       "label": "gcp:asia-east1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-east1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 439.29,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 37.11121920000001,
|       "co2e_kg_low": 21.659457023999998,
|       "co2e_kg_high": 43.53085440000001,
|       "saving": 0.9395160372419132,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.9395160372419131
|       }
|     },
|     {
|       "label": "gcp:asia-northeast1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-northeast1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 452.85,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 38.25676800000001,
|       "co2e_kg_low": 22.328040960000003,
|       "co2e_kg_high": 44.29455360000001,
|       "saving": 0.9113834603069451,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.911383460306945
|       }
|     },
|     {
|       "label": "gcp:australia-southeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:australia-southeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 454.37,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 38.38517760000001,
|       "co2e_kg_low": 22.402985472,
|       "co2e_kg_high": 49.73591040000001,
|       "saving": 0.9083346171622247,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.9083346171622246
|       }
|     },
|     {
|       "label": "gcp:australia-southeast1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:australia-southeast1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 497.5,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 42.02880000000001,
|       "co2e_kg_low": 24.529536,
|       "co2e_kg_high": 57.08651520000001,
|       "saving": 0.8295879396984926,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.8295879396984925
|       }
|     },
|     {
|       "label": "gcp:asia-east2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-east2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 505.02,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 42.664089600000004,
|       "co2e_kg_low": 17.750016,
|       "co2e_kg_high": 48.210421248,
|       "saving": 0.8172349609916442,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.8172349609916439
|       }
|     },
|     {
|       "label": "gcp:asia-south2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-south2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 531.83,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 44.92899840000001,
|       "co2e_kg_low": 26.082662399999997,
|       "co2e_kg_high": 64.05527040000001,
|       "saving": 0.7760374555779104,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.7760374555779103
|       }
|     },
|     {
|       "label": "gcp:asia-southeast3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-southeast3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 554.73,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 46.86359040000001,
|       "co2e_kg_low": 27.080607744,
|       "co2e_kg_high": 54.46034457600001,
|       "saving": 0.7440015863573272,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.744001586357327
|       }
|     },
|     {
|       "label": "gcp:us-west3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-west3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 555.17,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 46.9007616,
|       "co2e_kg_low": 22.0889088,
|       "co2e_kg_high": 57.85021440000001,
|       "saving": 0.7434119278779475,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.7434119278779474
|       }
|     },
|     {
|       "label": "gcp:asia-southeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-southeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 560.55,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 47.355264000000005,
|       "co2e_kg_low": 27.638254079999996,
|       "co2e_kg_high": 55.36819200000001,
|       "saving": 0.7362768709303366,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.7362768709303363
|       }
|     },
|     {
|       "label": "gcp:us-east1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-east1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 575.77,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 48.6410496,
|       "co2e_kg_low": 21.3986304,
|       "co2e_kg_high": 54.96438604800001,
|       "saving": 0.7168140055925112,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.716814005592511
|       }
|     },
|     {
|       "label": "gcp:europe-central2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-central2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 642.88,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 54.31050240000001,
|       "co2e_kg_low": 28.4000256,
|       "co2e_kg_high": 70.45125120000002,
|       "saving": 0.6419860627177701,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.64198606271777
|       }
|     },
|     {
|       "label": "gcp:africa-south1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:africa-south1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 656.85,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 55.49068800000002,
|       "co2e_kg_low": 31.8514176,
|       "co2e_kg_high": 62.70447744000001,
|       "saving": 0.628332191520134,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.628332191520134
|       }
|     },
|     {
|       "label": "gcp:asia-south1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:asia-south1",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 678.76,
|       "energy_kwh": 84.48000000000002,
|       "co2e_kg": 57.34164480000001,
|       "co2e_kg_low": 27.364608,
|       "co2e_kg_high": 64.79605862400001,
|       "saving": 0.6080499734810538,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.6080499734810537
|       }
|     }
|   ],
|   "skipped": []
| }
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --format csv
| rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map
| 1,gcp:europe-north2,a100-sxm4-40gb,gcp:europe-north2,8,24,1.1,2.73,84.48000000000002,0.23063040000000004,151.1794871794872,1,1,1,151.17948717948718
| 2,gcp:northamerica-northeast1,a100-sxm4-40gb,gcp:northamerica-northeast1,8,24,1.1,5.48,84.48000000000002,0.4629504000000001,75.31386861313871,1,1,1,75.31386861313868
| 3,gcp:europe-west6,a100-sxm4-40gb,gcp:europe-west6,8,24,1.1,15.05,84.48000000000002,1.2714240000000003,27.423255813953492,1,1,1,27.42325581395349
| 4,gcp:europe-west9,a100-sxm4-40gb,gcp:europe-west9,8,24,1.1,16.3,84.48000000000002,1.3770240000000002,25.32024539877301,1,1,1,25.320245398773007
| 5,gcp:europe-north1,a100-sxm4-40gb,gcp:europe-north1,8,24,1.1,39.32,84.48000000000002,3.321753600000001,10.496439471007122,1,1,1,10.496439471007122
| 6,gcp:northamerica-northeast2,a100-sxm4-40gb,gcp:northamerica-northeast2,8,24,1.1,58.56,84.48000000000002,4.947148800000001,7.047814207650275,1,1,1,7.047814207650274
| 7,gcp:southamerica-east1,a100-sxm4-40gb,gcp:southamerica-east1,8,24,1.1,67.32,84.48000000000002,5.6871936000000005,6.130718954248368,1,1,1,6.130718954248367
| 8,gcp:us-west1,a100-sxm4-40gb,gcp:us-west1,8,24,1.1,79.23,84.48000000000002,6.693350400000002,5.209137952795659,1,1,1,5.2091379527956585
| 9,gcp:europe-southwest1,a100-sxm4-40gb,gcp:europe-southwest1,8,24,1.1,89.04,84.48000000000002,7.522099200000002,4.635220125786164,1,1,1,4.635220125786163
| 10,gcp:europe-west1,a100-sxm4-40gb,gcp:europe-west1,8,24,1.1,103.37,84.48000000000002,8.732697600000003,3.9926477701460774,1,1,1,3.9926477701460774
| 11,gcp:europe-west2,a100-sxm4-40gb,gcp:europe-west2,8,24,1.1,105.94,84.48000000000002,8.949811200000003,3.8957900698508596,1,1,1,3.895790069850859
| 12,gcp:us-west2,a100-sxm4-40gb,gcp:us-west2,8,24,1.1,169.28,84.48000000000002,14.300774400000003,2.438090737240076,1,1,1,2.438090737240076
| 13,gcp:europe-west12,a100-sxm4-40gb,gcp:europe-west12,8,24,1.1,201.69,84.48000000000002,17.038771200000003,2.0463086915563493,1,1,1,2.046308691556349
| 14,gcp:europe-west8,a100-sxm4-40gb,gcp:europe-west8,8,24,1.1,201.69,84.48000000000002,17.038771200000003,2.0463086915563493,1,1,1,2.046308691556349
| 15,gcp:europe-west4,a100-sxm4-40gb,gcp:europe-west4,8,24,1.1,208.81,84.48000000000002,17.640268800000005,1.9765336909151863,1,1,1,1.9765336909151863
| 16,gcp:southamerica-west1,a100-sxm4-40gb,gcp:southamerica-west1,8,24,1.1,238,84.48000000000002,20.106240000000007,1.7341176470588238,1,1,1,1.7341176470588235
| 17,gcp:europe-west10,a100-sxm4-40gb,gcp:europe-west10,8,24,1.1,275.82,84.48000000000002,23.301273600000005,1.4963381915742153,1,1,1,1.496338191574215
| 18,gcp:europe-west3,a100-sxm4-40gb,gcp:europe-west3,8,24,1.1,275.82,84.48000000000002,23.301273600000005,1.4963381915742153,1,1,1,1.496338191574215
| 19,gcp:asia-northeast2,a100-sxm4-40gb,gcp:asia-northeast2,8,24,1.1,296.19,84.48000000000002,25.022131200000004,1.393429892974105,1,1,1,1.3934298929741045
| 20,gcp:us-south1,a100-sxm4-40gb,gcp:us-south1,8,24,1.1,302.95,84.48000000000002,25.593216000000005,1.3623370193101174,1,1,1,1.3623370193101174
| 21,gcp:northamerica-south1,a100-sxm4-40gb,gcp:northamerica-south1,8,24,1.1,305,84.48000000000002,25.766400000000004,1.3531803278688528,1,1,1,1.3531803278688526
| 22,gcp:us-east4,a100-sxm4-40gb,gcp:us-east4,8,24,1.1,323.05,84.48000000000002,27.291264000000005,1.2775731310942582,1,1,1,1.277573131094258
| 23,gcp:us-east5,a100-sxm4-40gb,gcp:us-east5,8,24,1.1,323.05,84.48000000000002,27.291264000000005,1.2775731310942582,1,1,1,1.277573131094258
| 24,gcp:us-east2,a100-sxm4-40gb,gcp:us-east2,8,24,1.1,340.42,84.48000000000002,28.758681600000006,1.2123847012513955,1,1,1,1.2123847012513953
| 25,gcp:asia-northeast3,a100-sxm4-40gb,gcp:asia-northeast3,8,24,1.1,356.57,84.48000000000002,30.123033600000007,1.157472586027989,1,1,1,1.157472586027989
| 26,gcp:us-west4,a100-sxm4-40gb,gcp:us-west4,8,24,1.1,357.3,84.48000000000002,30.184704000000007,1.1551077525888611,1,1,1,1.155107752588861
| 27,gcp:me-central1,a100-sxm4-40gb,gcp:me-central1,8,24,1.1,366,84.48000000000002,30.919680000000007,1.1276502732240439,1,1,1,1.1276502732240439
| 28,gcp:asia-southeast1,a100-sxm4-40gb,gcp:asia-southeast1,8,24,1.1,366.85,84.48000000000002,30.991488000000007,1.1250374812593704,1,1,1,1.1250374812593704
| 29,gcp:us-central2,a100-sxm4-40gb,gcp:us-central2,8,24,1.1,372.23,84.48000000000002,31.44599040000001,1.1087768315288935,1,1,1,1.1087768315288935
| 30,gcp:me-central2,a100-sxm4-40gb,gcp:me-central2,8,24,1.1,382.23,84.48000000000002,32.290790400000006,1.0797687256363973,1,1,1,1.079768725636397
| 31,gcp:us-central1,a100-sxm4-40gb,gcp:us-central1,8,24,1.1,412.72,84.48000000000002,34.866585600000015,1,1,1,1,1
| 32,gcp:me-west1,a100-sxm4-40gb,gcp:me-west1,8,24,1.1,433.75,84.48000000000002,36.64320000000001,0.9515158501440925,1,1,1,0.9515158501440922
| 33,gcp:asia-east1,a100-sxm4-40gb,gcp:asia-east1,8,24,1.1,439.29,84.48000000000002,37.11121920000001,0.9395160372419132,1,1,1,0.9395160372419131
| 34,gcp:asia-northeast1,a100-sxm4-40gb,gcp:asia-northeast1,8,24,1.1,452.85,84.48000000000002,38.25676800000001,0.9113834603069451,1,1,1,0.911383460306945
| 35,gcp:australia-southeast2,a100-sxm4-40gb,gcp:australia-southeast2,8,24,1.1,454.37,84.48000000000002,38.38517760000001,0.9083346171622247,1,1,1,0.9083346171622246
| 36,gcp:australia-southeast1,a100-sxm4-40gb,gcp:australia-southeast1,8,24,1.1,497.5,84.48000000000002,42.02880000000001,0.8295879396984926,1,1,1,0.8295879396984925
| 37,gcp:asia-east2,a100-sxm4-40gb,gcp:asia-east2,8,24,1.1,505.02,84.48000000000002,42.664089600000004,0.8172349609916442,1,1,1,0.8172349609916439
| 38,gcp:asia-south2,a100-sxm4-40gb,gcp:asia-south2,8,24,1.1,531.83,84.48000000000002,44.92899840000001,0.7760374555779104,1,1,1,0.7760374555779103
| 39,gcp:asia-southeast3,a100-sxm4-40gb,gcp:asia-southeast3,8,24,1.1,554.73,84.48000000000002,46.86359040000001,0.7440015863573272,1,1,1,0.744001586357327
| 40,gcp:us-west3,a100-sxm4-40gb,gcp:us-west3,8,24,1.1,555.17,84.48000000000002,46.9007616,0.7434119278779475,1,1,1,0.7434119278779474
| 41,gcp:asia-southeast2,a100-sxm4-40gb,gcp:asia-southeast2,8,24,1.1,560.55,84.48000000000002,47.355264000000005,0.7362768709303366,1,1,1,0.7362768709303363
| 42,gcp:us-east1,a100-sxm4-40gb,gcp:us-east1,8,24,1.1,575.77,84.48000000000002,48.6410496,0.7168140055925112,1,1,1,0.716814005592511
| 43,gcp:europe-central2,a100-sxm4-40gb,gcp:europe-central2,8,24,1.1,642.88,84.48000000000002,54.31050240000001,0.6419860627177701,1,1,1,0.64198606271777
| 44,gcp:africa-south1,a100-sxm4-40gb,gcp:africa-south1,8,24,1.1,656.85,84.48000000000002,55.49068800000002,0.628332191520134,1,1,1,0.628332191520134
| 45,gcp:asia-south1,a100-sxm4-40gb,gcp:asia-south1,8,24,1.1,678.76,84.48000000000002,57.34164480000001,0.6080499734810538,1,1,1,0.6080499734810537
$ mlcarbon compare -g a100 -n 8 --hours 24 -r aws:us-east-1 --regions aws
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1
|   baseline: 33.895 kg CO2e (88.32 kWh)
|
|   rank  alternative           kg CO2e    kWh  vs baseline   model  machine  mechanization       map
|      1  aws:eu-central-2 *     2.8836  88.32  11.754x less     1x       1x             1x   11.754x
|      2  aws:eu-north-1 *       3.1203  88.32  10.863x less     1x       1x             1x   10.863x
|      3  aws:eu-west-3 *        3.6909  88.32  9.1835x less     1x       1x             1x   9.1835x
|      4  aws:sa-east-1 *        9.3672  88.32  3.6185x less     1x       1x             1x   3.6185x
|      5  aws:ap-southeast-6 *   10.568  88.32  3.2073x less     1x       1x             1x   3.2073x
|      6  aws:eu-south-2 *       13.536  88.32  2.5041x less     1x       1x             1x   2.5041x
|      7  aws:ca-central-1 *      16.37  88.32  2.0706x less     1x       1x             1x   2.0706x
|      8  aws:ca-west-1 *         16.37  88.32  2.0706x less     1x       1x             1x   2.0706x
|      9  aws:eu-west-2 *        19.173  88.32  1.7678x less     1x       1x             1x   1.7678x
|     10  aws:eu-west-1 *          22.6  88.32  1.4998x less     1x       1x             1x   1.4998x
|     11  aws:eu-south-1 *       25.194  88.32  1.3454x less     1x       1x             1x   1.3454x
|     12  aws:eu-central-1 *     29.287  88.32  1.1574x less     1x       1x             1x   1.1574x
|     13  aws:us-east-1 *        33.895  88.32  same             1x       1x             1x        1x
|     14  aws:us-east-2 *        33.895  88.32  same             1x       1x             1x        1x
|     15  aws:us-gov-east-1 *    33.895  88.32  same             1x       1x             1x        1x
|     16  aws:us-gov-west-1 *    33.895  88.32  same             1x       1x             1x        1x
|     17  aws:us-west-1 *        33.895  88.32  same             1x       1x             1x        1x
|     18  aws:us-west-2 *        33.895  88.32  same             1x       1x             1x        1x
|     19  aws:ap-northeast-2 *   36.698  88.32  1.0827x more     1x       1x             1x  0.92364x
|     20  aws:me-central-1 *      41.29  88.32  1.2182x more     1x       1x             1x   0.8209x
|     21  aws:mx-central-1 *     42.671  88.32  1.2589x more     1x       1x             1x  0.79435x
|     22  aws:ap-northeast-1 *   42.697  88.32  1.2597x more     1x       1x             1x  0.79387x
|     23  aws:ap-northeast-3 *   42.697  88.32  1.2597x more     1x       1x             1x  0.79387x
|     24  aws:ap-southeast-1 *   44.049  88.32  1.2995x more     1x       1x             1x   0.7695x
|     25  aws:ap-southeast-2 *   48.914  88.32  1.4431x more     1x       1x             1x  0.69296x
|     26  aws:ap-southeast-4 *   48.914  88.32  1.4431x more     1x       1x             1x  0.69296x
|     27  aws:ap-southeast-7 *   48.994  88.32  1.4454x more     1x       1x             1x  0.69183x
|     28  aws:cn-north-1 *       49.053  88.32  1.4472x more     1x       1x             1x    0.691x
|     29  aws:cn-northwest-1 *   49.053  88.32  1.4472x more     1x       1x             1x    0.691x
|     30  aws:il-central-1 *       50.1  88.32  1.4781x more     1x       1x             1x  0.67655x
|     31  aws:ap-southeast-5 *   53.383  88.32  1.5749x more     1x       1x             1x  0.63495x
|     32  aws:ap-east-2 *          56.1  88.32  1.6551x more     1x       1x             1x   0.6042x
|     33  aws:ap-southeast-3 *    60.08  88.32  1.7725x more     1x       1x             1x  0.56417x
|     34  aws:ap-east-1 *        60.233  88.32  1.777x more      1x       1x             1x  0.56274x
|     35  aws:ap-south-1 *       62.482  88.32  1.8434x more     1x       1x             1x  0.54248x
|     36  aws:ap-south-2 *       62.482  88.32  1.8434x more     1x       1x             1x  0.54248x
|     37  aws:af-south-1 *       62.987  88.32  1.8583x more     1x       1x             1x  0.53813x
|     38  aws:me-south-1 *       79.701  88.32  2.3514x more     1x       1x             1x  0.42528x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| * the region's intensity is its country's average (its provider publishes no per-region figure), so
|   regions of one country rank alike here although their local grids may differ.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r aws:us-east-1 --regions all
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1
|   baseline: 33.895 kg CO2e (88.32 kWh)
|
|   rank  alternative                  kg CO2e     kWh  vs baseline   model  machine  mechanization       map
|      1  gcp:europe-north2            0.23063   84.48  146.97x less     1x       1x        1.0455x   140.58x
|      2  gcp:northamerica-northeast1  0.46295   84.48  73.216x less     1x       1x        1.0455x   70.033x
|      3  gcp:europe-west6              1.2714   84.48  26.659x less     1x       1x        1.0455x     25.5x
|      4  gcp:europe-west9               1.377   84.48  24.615x less     1x       1x        1.0455x   23.545x
|      5  azure:norwayeast *            2.6372  90.624  12.853x less     1x       1x       0.97458x   13.188x
|      6  azure:norwaywest *            2.6372  90.624  12.853x less     1x       1x       0.97458x   13.188x
|      7  aws:eu-central-2 *            2.8836   88.32  11.754x less     1x       1x             1x   11.754x
|      8  azure:switzerlandnorth *      2.9589  90.624  11.456x less     1x       1x       0.97458x   11.754x
|      9  azure:switzerlandwest *       2.9589  90.624  11.456x less     1x       1x       0.97458x   11.754x
|     10  aws:eu-north-1 *              3.1203   88.32  10.863x less     1x       1x             1x   10.863x
|     11  azure:swedencentral *         3.2017  90.624  10.587x less     1x       1x       0.97458x   10.863x
|     12  gcp:europe-north1             3.3218   84.48  10.204x less     1x       1x        1.0455x   9.7604x
|     13  aws:eu-west-3 *               3.6909   88.32  9.1835x less     1x       1x             1x   9.1835x
|     14  azure:francecentral *         3.7872  90.624  8.9501x less     1x       1x       0.97458x   9.1835x
|     15  azure:francesouth *           3.7872  90.624  8.9501x less     1x       1x       0.97458x   9.1835x
|     16  ovh:eu-west-gra *             4.1081  98.304  8.2508x less     1x       1x       0.89844x   9.1835x
|     17  ovh:eu-west-par *             4.1081  98.304  8.2508x less     1x       1x       0.89844x   9.1835x
|     18  ovh:eu-west-rbx *             4.1081  98.304  8.2508x less     1x       1x       0.89844x   9.1835x
|     19  ovh:eu-west-sbg *             4.1081  98.304  8.2508x less     1x       1x       0.89844x   9.1835x
|     20  gcp:northamerica-northeast2   4.9471   84.48  6.8515x less     1x       1x        1.0455x   6.5536x
|     21  scaleway:fr-par *             5.0068  119.81  6.7699x less     1x       1x       0.73718x   9.1835x
|     22  gcp:southamerica-east1        5.6872   84.48  5.96x less       1x       1x        1.0455x   5.7008x
|     23  gcp:us-west1                  6.6934   84.48  5.064x less      1x       1x        1.0455x   4.8439x
|     24  gcp:europe-southwest1         7.5221   84.48  4.5061x less     1x       1x        1.0455x   4.3102x
|     25  gcp:europe-west1              8.7327   84.48  3.8814x less     1x       1x        1.0455x   3.7127x
|     26  gcp:europe-west2              8.9498   84.48  3.7873x less     1x       1x        1.0455x   3.6226x
|     27  aws:sa-east-1 *               9.3672   88.32  3.6185x less     1x       1x             1x   3.6185x
|     28  azure:brazilsouth *           9.6116  90.624  3.5265x less     1x       1x       0.97458x   3.6185x
|     29  azure:brazilsoutheast *       9.6116  90.624  3.5265x less     1x       1x       0.97458x   3.6185x
|     30  azure:austriaeast *           10.323  90.624  3.2835x less     1x       1x       0.97458x   3.3692x
|     31  azure:denmarkeast *           10.358  90.624  3.2723x less     1x       1x       0.97458x   3.3577x
|     32  aws:ap-southeast-6 *          10.568   88.32  3.2073x less     1x       1x             1x   3.2073x
|     33  azure:newzealandnorth *       10.844  90.624  3.1257x less     1x       1x       0.97458x   3.2073x
|     34  aws:eu-south-2 *              13.536   88.32  2.5041x less     1x       1x             1x   2.5041x
|     35  azure:belgiumcentral *        13.573  90.624  2.4973x less     1x       1x       0.97458x   2.5625x
|     36  azure:spaincentral *          13.889  90.624  2.4404x less     1x       1x       0.97458x   2.5041x
|     37  gcp:us-west2                  14.301   84.48  2.3702x less     1x       1x        1.0455x   2.2671x
|     38  aws:ca-central-1 *             16.37   88.32  2.0706x less     1x       1x             1x   2.0706x
|     39  aws:ca-west-1 *                16.37   88.32  2.0706x less     1x       1x             1x   2.0706x
|     40  azure:canadacentral *         16.797  90.624  2.0179x less     1x       1x       0.97458x   2.0706x
|     41  azure:canadaeast *            16.797  90.624  2.0179x less     1x       1x       0.97458x   2.0706x
|     42  gcp:europe-west12             17.039   84.48  1.9893x less     1x       1x        1.0455x   1.9028x
|     43  gcp:europe-west8              17.039   84.48  1.9893x less     1x       1x        1.0455x   1.9028x
|     44  gcp:europe-west4               17.64   84.48  1.9215x less     1x       1x        1.0455x   1.8379x
|     45  ovh:ca-east-bhs *             18.221  98.304  1.8603x less     1x       1x       0.89844x   2.0706x
|     46  ovh:ca-east-tor *             18.221  98.304  1.8603x less     1x       1x       0.89844x   2.0706x
|     47  aws:eu-west-2 *               19.173   88.32  1.7678x less     1x       1x             1x   1.7678x
|     48  azure:uksouth *               19.674  90.624  1.7229x less     1x       1x       0.97458x   1.7678x
|     49  azure:ukwest *                19.674  90.624  1.7229x less     1x       1x       0.97458x   1.7678x
|     50  gcp:southamerica-west1        20.106   84.48  1.6858x less     1x       1x        1.0455x   1.6125x
|     51  ovh:eu-west-eri *             21.341  98.304  1.5883x less     1x       1x       0.89844x   1.7678x
|     52  aws:eu-west-1 *                 22.6   88.32  1.4998x less     1x       1x             1x   1.4998x
|     53  azure:westeurope *            22.948  90.624  1.4771x less     1x       1x       0.97458x   1.5156x
|     54  azure:northeurope *            23.19  90.624  1.4617x less     1x       1x       0.97458x   1.4998x
|     55  gcp:europe-west10             23.301   84.48  1.4547x less     1x       1x        1.0455x   1.3914x
|     56  gcp:europe-west3              23.301   84.48  1.4547x less     1x       1x        1.0455x   1.3914x
|     57  azure:chilecentral *          24.032  90.624  1.4104x less     1x       1x       0.97458x   1.4472x
|     58  gcp:asia-northeast2           25.022   84.48  1.3546x less     1x       1x        1.0455x   1.2957x
|     59  aws:eu-south-1 *              25.194   88.32  1.3454x less     1x       1x             1x   1.3454x
|     60  gcp:us-south1                 25.593   84.48  1.3244x less     1x       1x        1.0455x   1.2668x
|     61  gcp:northamerica-south1       25.766   84.48  1.3155x less     1x       1x        1.0455x   1.2583x
|     62  azure:italynorth *            25.851  90.624  1.3112x less     1x       1x       0.97458x   1.3454x
|     63  gcp:us-east4                  27.291   84.48  1.242x less      1x       1x        1.0455x    1.188x
|     64  gcp:us-east5                  27.291   84.48  1.242x less      1x       1x        1.0455x    1.188x
|     65  gcp:us-east2                  28.759   84.48  1.1786x less     1x       1x        1.0455x   1.1274x
|     66  aws:eu-central-1 *            29.287   88.32  1.1574x less     1x       1x             1x   1.1574x
|     67  azure:germanynorth *          30.051  90.624  1.1279x less     1x       1x       0.97458x   1.1574x
|     68  azure:germanywestcentral *    30.051  90.624  1.1279x less     1x       1x       0.97458x   1.1574x
|     69  gcp:asia-northeast3           30.123   84.48  1.1252x less     1x       1x        1.0455x   1.0763x
|     70  gcp:us-west4                  30.185   84.48  1.1229x less     1x       1x        1.0455x   1.0741x
|     71  scaleway:nl-ams *             30.338  119.81  1.1173x less     1x       1x       0.73718x   1.5156x
|     72  gcp:me-central1                30.92   84.48  1.0962x less     1x       1x        1.0455x   1.0486x
|     73  gcp:asia-southeast1           30.991   84.48  1.0937x less     1x       1x        1.0455x   1.0461x
|     74  gcp:us-central2               31.446   84.48  1.0779x less     1x       1x        1.0455x    1.031x
|     75  gcp:me-central2               32.291   84.48  1.0497x less     1x       1x        1.0455x   1.0041x
|     76  ovh:eu-west-lim *             32.598  98.304  1.0398x less     1x       1x       0.89844x   1.1574x
|     77  aws:us-east-1 *               33.895   88.32  same             1x       1x             1x        1x
|     78  aws:us-east-2 *               33.895   88.32  same             1x       1x             1x        1x
|     79  aws:us-gov-east-1 *           33.895   88.32  same             1x       1x             1x        1x
|     80  aws:us-gov-west-1 *           33.895   88.32  same             1x       1x             1x        1x
|     81  aws:us-west-1 *               33.895   88.32  same             1x       1x             1x        1x
|     82  aws:us-west-2 *               33.895   88.32  same             1x       1x             1x        1x
|     83  seeweb:fro2 *                 34.176  119.81  1.0083x more     1x       1x       0.73718x   1.3454x
|     84  azure:centralus *              34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     85  azure:centraluseuap *          34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     86  azure:eastus *                 34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     87  azure:eastus2 *                34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     88  azure:eastus2euap *            34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     89  azure:northcentralus *         34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     90  azure:southcentralus *         34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     91  azure:westcentralus *          34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     92  azure:westus *                 34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     93  azure:westus2 *                34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     94  azure:westus3 *                34.78  90.624  1.0261x more     1x       1x       0.97458x        1x
|     95  gcp:us-central1               34.867   84.48  1.0287x more     1x       1x        1.0455x  0.92988x
|     96  gcp:me-west1                  36.643   84.48  1.0811x more     1x       1x        1.0455x   0.8848x
|     97  aws:ap-northeast-2 *          36.698   88.32  1.0827x more     1x       1x             1x  0.92364x
|     98  gcp:asia-east1                37.111   84.48  1.0949x more     1x       1x        1.0455x  0.87364x
|     99  azure:koreacentral *          37.655  90.624  1.1109x more     1x       1x       0.97458x  0.92364x
|    100  azure:koreasouth *            37.655  90.624  1.1109x more     1x       1x       0.97458x  0.92364x
|    101  ovh:us-east-vin *             37.727  98.304  1.113x more      1x       1x       0.89844x        1x
|    102  ovh:us-west-hil *             37.727  98.304  1.113x more      1x       1x       0.89844x        1x
|    103  gcp:asia-northeast1           38.257   84.48  1.1287x more     1x       1x        1.0455x  0.84748x
|    104  gcp:australia-southeast2      38.385   84.48  1.1325x more     1x       1x        1.0455x  0.84464x
|    105  aws:me-central-1 *             41.29   88.32  1.2182x more     1x       1x             1x   0.8209x
|    106  gcp:australia-southeast1      42.029   84.48  1.24x more       1x       1x        1.0455x  0.77142x
|    107  azure:uaecentral *            42.368  90.624  1.25x more       1x       1x       0.97458x   0.8209x
|    108  azure:uaenorth *              42.368  90.624  1.25x more       1x       1x       0.97458x   0.8209x
|    109  gcp:asia-east2                42.664   84.48  1.2587x more     1x       1x        1.0455x  0.75993x
|    110  aws:mx-central-1 *            42.671   88.32  1.2589x more     1x       1x             1x  0.79435x
|    111  aws:ap-northeast-1 *          42.697   88.32  1.2597x more     1x       1x             1x  0.79387x
|    112  aws:ap-northeast-3 *          42.697   88.32  1.2597x more     1x       1x             1x  0.79387x
|    113  azure:mexicocentral *         43.784  90.624  1.2917x more     1x       1x       0.97458x  0.79435x
|    114  azure:japaneast *              43.81  90.624  1.2925x more     1x       1x       0.97458x  0.79387x
|    115  azure:japanwest *              43.81  90.624  1.2925x more     1x       1x       0.97458x  0.79387x
|    116  aws:ap-southeast-1 *          44.049   88.32  1.2995x more     1x       1x             1x   0.7695x
|    117  gcp:asia-south2               44.929   84.48  1.3255x more     1x       1x        1.0455x  0.72162x
|    118  azure:southeastasia *         45.198  90.624  1.3334x more     1x       1x       0.97458x   0.7695x
|    119  coreweave:las1 *               45.98  119.81  1.3565x more     1x       1x       0.73718x        1x
|    120  coreweave:lga1 *               45.98  119.81  1.3565x more     1x       1x       0.73718x        1x
|    121  coreweave:ord1 *               45.98  119.81  1.3565x more     1x       1x       0.73718x        1x
|    122  gcp:asia-southeast3 *         46.864   84.48  1.3826x more     1x       1x        1.0455x  0.69183x
|    123  gcp:us-west3                  46.901   84.48  1.3837x more     1x       1x        1.0455x  0.69128x
|    124  gcp:asia-southeast2           47.355   84.48  1.3971x more     1x       1x        1.0455x  0.68465x
|    125  gcp:us-east1                  48.641   84.48  1.435x more      1x       1x        1.0455x  0.66655x
|    126  aws:ap-southeast-2 *          48.914   88.32  1.4431x more     1x       1x             1x  0.69296x
|    127  aws:ap-southeast-4 *          48.914   88.32  1.4431x more     1x       1x             1x  0.69296x
|    128  aws:ap-southeast-7 *          48.994   88.32  1.4454x more     1x       1x             1x  0.69183x
|    129  ovh:ap-southeast-sgp *        49.028  98.304  1.4465x more     1x       1x       0.89844x   0.7695x
|    130  aws:cn-north-1 *              49.053   88.32  1.4472x more     1x       1x             1x    0.691x
|    131  aws:cn-northwest-1 *          49.053   88.32  1.4472x more     1x       1x             1x    0.691x
|    132  aws:il-central-1 *              50.1   88.32  1.4781x more     1x       1x             1x  0.67655x
|    133  azure:australiacentral *       50.19  90.624  1.4807x more     1x       1x       0.97458x  0.69296x
|    134  azure:australiacentral2 *      50.19  90.624  1.4807x more     1x       1x       0.97458x  0.69296x
|    135  azure:australiaeast *          50.19  90.624  1.4807x more     1x       1x       0.97458x  0.69296x
|    136  azure:australiasoutheast *     50.19  90.624  1.4807x more     1x       1x       0.97458x  0.69296x
|    137  azure:chinaeast *             50.333  90.624  1.4849x more     1x       1x       0.97458x    0.691x
|    138  azure:chinaeast2 *            50.333  90.624  1.4849x more     1x       1x       0.97458x    0.691x
|    139  azure:chinanorth *            50.333  90.624  1.4849x more     1x       1x       0.97458x    0.691x
|    140  azure:chinanorth2 *           50.333  90.624  1.4849x more     1x       1x       0.97458x    0.691x
|    141  azure:chinanorth3 *           50.333  90.624  1.4849x more     1x       1x       0.97458x    0.691x
|    142  azure:israelcentral *         51.407  90.624  1.5166x more     1x       1x       0.97458x  0.67655x
|    143  aws:ap-southeast-5 *          53.383   88.32  1.5749x more     1x       1x             1x  0.63495x
|    144  azure:polandcentral *         53.668  90.624  1.5833x more     1x       1x       0.97458x  0.64806x
|    145  gcp:europe-central2           54.311   84.48  1.6023x more     1x       1x        1.0455x  0.59697x
|    146  ovh:ap-southeast-syd *        54.444  98.304  1.6062x more     1x       1x       0.89844x  0.69296x
|    147  azure:qatarcentral *          54.631  90.624  1.6117x more     1x       1x       0.97458x  0.63663x
|    148  azure:malaysiawest *          54.776  90.624  1.616x more      1x       1x       0.97458x  0.63495x
|    149  gcp:africa-south1             55.491   84.48  1.6371x more     1x       1x        1.0455x  0.58427x
|    150  aws:ap-east-2 *                 56.1   88.32  1.6551x more     1x       1x             1x   0.6042x
|    151  gcp:asia-south1               57.342   84.48  1.6917x more     1x       1x        1.0455x  0.56541x
|    152  ovh:eu-central-waw *          58.216  98.304  1.7175x more     1x       1x       0.89844x  0.64806x
|    153  aws:ap-southeast-3 *           60.08   88.32  1.7725x more     1x       1x             1x  0.56417x
|    154  aws:ap-east-1 *               60.233   88.32  1.777x more      1x       1x             1x  0.56274x
|    155  azure:indonesiacentral *      61.647  90.624  1.8187x more     1x       1x       0.97458x  0.56417x
|    156  azure:eastasia *              61.805  90.624  1.8234x more     1x       1x       0.97458x  0.56274x
|    157  aws:ap-south-1 *              62.482   88.32  1.8434x more     1x       1x             1x  0.54248x
|    158  aws:ap-south-2 *              62.482   88.32  1.8434x more     1x       1x             1x  0.54248x
|    159  aws:af-south-1 *              62.987   88.32  1.8583x more     1x       1x             1x  0.53813x
|    160  azure:centralindia *          64.112  90.624  1.8915x more     1x       1x       0.97458x  0.54248x
|    161  azure:jioindiacentral *       64.112  90.624  1.8915x more     1x       1x       0.97458x  0.54248x
|    162  azure:jioindiawest *          64.112  90.624  1.8915x more     1x       1x       0.97458x  0.54248x
|    163  azure:southindia *            64.112  90.624  1.8915x more     1x       1x       0.97458x  0.54248x
|    164  azure:westindia *             64.112  90.624  1.8915x more     1x       1x       0.97458x  0.54248x
|    165  azure:southafricanorth *       64.63  90.624  1.9068x more     1x       1x       0.97458x  0.53813x
|    166  azure:southafricawest *        64.63  90.624  1.9068x more     1x       1x       0.97458x  0.53813x
|    167  ovh:ap-south-mum *            69.545  98.304  2.0518x more     1x       1x       0.89844x  0.54248x
|    168  scaleway:pl-waw *              70.95  119.81  2.0932x more     1x       1x       0.73718x  0.64806x
|    169  aws:me-south-1 *              79.701   88.32  2.3514x more     1x       1x             1x  0.42528x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| * the region's intensity is its country's average (its provider publishes no per-region figure), so
|   regions of one country rank alike here although their local grids may differ.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r aws:us-east-1 --regions countries --format csv
| rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map
| 1,country:CF,a100-sxm4-40gb,country:CF,8,24,1.56,0,119.80800000000002,0,inf,1,1,0.7371794871794871,inf
| 2,country:LS,a100-sxm4-40gb,country:LS,8,24,1.56,20.83,119.80800000000002,2.49560064,13.58208082523973,1,1,0.7371794871794871,18.424387902064332
| 3,country:NP,a100-sxm4-40gb,country:NP,8,24,1.56,23.36,119.80800000000002,2.7987148800000003,12.111076352300666,1,1,0.7371794871794871,16.428938356164384
| 4,country:ET,a100-sxm4-40gb,country:ET,8,24,1.56,23.55,119.80800000000002,2.8214784000000006,12.013364908269365,1,1,0.7371794871794871,16.296390658174097
| 5,country:BT,a100-sxm4-40gb,country:BT,8,24,1.56,24.19,119.80800000000002,2.898155520000001,11.695524745338714,1,1,0.7371794871794871,15.865233567589911
| 6,country:AL,a100-sxm4-40gb,country:AL,8,24,1.56,24.42,119.80800000000002,2.9257113600000006,11.585370335370332,1,1,0.7371794871794871,15.715806715806714
| 7,country:PY,a100-sxm4-40gb,country:PY,8,24,1.56,24.86,119.80800000000002,2.97842688,11.380319532974399,1,1,0.7371794871794871,15.43765084473049
| 8,country:CD,a100-sxm4-40gb,country:CD,8,24,1.56,27.04,119.80800000000002,3.2396083200000003,10.46282335760886,1,1,0.7371794871794871,14.193047337278106
| 9,country:IS,a100-sxm4-40gb,country:IS,8,24,1.56,28.33,119.80800000000002,3.3941606400000004,9.986401115063309,1,1,0.7371794871794871,13.546770208259796
| 10,country:NO,a100-sxm4-40gb,country:NO,8,24,1.56,29.1,119.80800000000002,3.486412800000001,9.722156137104587,1,1,0.7371794871794871,13.188316151202747
| 11,country:CH,a100-sxm4-40gb,country:CH,8,24,1.56,32.65,119.80800000000002,3.9117312000000006,8.665076373345897,1,1,0.7371794871794871,11.754364471669218
| 12,country:SE,a100-sxm4-40gb,country:SE,8,24,1.56,35.33,119.80800000000002,4.232816640000001,8.007776495605533,1,1,0.7371794871794871,10.86272289838664
| 13,country:FR,a100-sxm4-40gb,country:FR,8,24,1.56,41.79,119.80800000000002,5.006776320000001,6.7699148980556,1,1,0.7371794871794871,9.183536731275424
| 14,country:NA,a100-sxm4-40gb,country:NA,8,24,1.56,47.62,119.80800000000002,5.705256960000001,5.941090793568743,1,1,0.7371794871794871,8.059218815623687
| 15,country:SL,a100-sxm4-40gb,country:SL,8,24,1.56,47.62,119.80800000000002,5.705256960000001,5.941090793568743,1,1,0.7371794871794871,8.059218815623687
| 16,country:MW,a100-sxm4-40gb,country:MW,8,24,1.56,54.65,119.80800000000002,6.547507200000001,5.176848007131629,1,1,0.7371794871794871,7.022506861848124
| 17,country:FI,a100-sxm4-40gb,country:FI,8,24,1.56,56.81,119.80800000000002,6.8062924800000015,4.980016609571265,1,1,0.7371794871794871,6.755500792114064
| 18,country:UG,a100-sxm4-40gb,country:UG,8,24,1.56,57.39,119.80800000000002,6.875781120000002,4.929687116043623,1,1,0.7371794871794871,6.687227740024394
| 19,country:CR,a100-sxm4-40gb,country:CR,8,24,1.56,63.01,119.80800000000002,7.549102080000002,4.489997517691533,1,1,0.7371794871794871,6.090779241390255
| 20,country:KE,a100-sxm4-40gb,country:KE,8,24,1.56,84.83,119.80800000000002,10.163312640000003,3.3350789059264825,1,1,0.7371794871794871,4.524107037604621
| 21,country:SK,a100-sxm4-40gb,country:SK,8,24,1.56,94.85,119.80800000000002,11.363788800000002,2.9827595528702533,1,1,0.7371794871794871,4.046178176067475
| 22,country:UY,a100-sxm4-40gb,country:UY,8,24,1.56,96.7,119.80800000000002,11.585433600000002,2.925695383554742,1,1,0.7371794871794871,3.9687693898655634
| 23,country:TJ,a100-sxm4-40gb,country:TJ,8,24,1.56,97.79,119.80800000000002,11.716024320000002,2.8930846056830304,1,1,0.7371794871794871,3.9245321607526327
| 24,country:SV,a100-sxm4-40gb,country:SV,8,24,1.56,99.29,119.80800000000002,11.895736320000003,2.849378019838287,1,1,0.7371794871794871,3.865243226911068
| 25,country:BR,a100-sxm4-40gb,country:BR,8,24,1.56,106.06,119.80800000000002,12.706836480000002,2.667497110972502,1,1,0.7371794871794871,3.618517820101829
| 26,country:ZM,a100-sxm4-40gb,country:ZM,8,24,1.56,111,119.80800000000002,13.298688000000002,2.548781473781473,1,1,0.7371794871794871,3.457477477477477
| 27,country:GL,a100-sxm4-40gb,country:GL,8,24,1.56,111.11,119.80800000000002,13.311866880000002,2.546258154889241,1,1,0.7371794871794871,3.454054540545405
| 28,country:AT,a100-sxm4-40gb,country:AT,8,24,1.56,113.91,119.80800000000002,13.647329280000001,2.4836690684728606,1,1,0.7371794871794871,3.369151084189272
| 29,country:DK,a100-sxm4-40gb,country:DK,8,24,1.56,114.3,119.80800000000002,13.694054400000002,2.4751946070843704,1,1,0.7371794871794871,3.3576552930883636
| 30,country:NZ,a100-sxm4-40gb,country:NZ,8,24,1.56,119.66,119.80800000000002,14.336225280000003,2.3643217749435363,1,1,0.7371794871794871,3.2072538860103625
| 31,country:AF,a100-sxm4-40gb,country:AF,8,24,1.56,123.71,119.80800000000002,14.82144768,2.286918952305744,1,1,0.7371794871794871,3.1022552744321397
| 32,country:LU,a100-sxm4-40gb,country:LU,8,24,1.56,124.18,119.80800000000002,14.877757440000003,2.278263356335509,1,1,0.7371794871794871,3.0905137703333865
| 33,country:MZ,a100-sxm4-40gb,country:MZ,8,24,1.56,127.81,119.80800000000002,15.312660480000002,2.2135571832387413,1,1,0.7371794871794871,3.0027384398716843
| 34,country:PT,a100-sxm4-40gb,country:PT,8,24,1.56,127.83,119.80800000000002,15.315056640000002,2.213210854961617,1,1,0.7371794871794871,3.0022686380348897
| 35,country:LV,a100-sxm4-40gb,country:LV,8,24,1.56,138.98,119.80800000000002,16.650915840000003,2.035650766943039,1,1,0.7371794871794871,2.761404518635775
| 36,country:LT,a100-sxm4-40gb,country:LT,8,24,1.56,139.77,119.80800000000002,16.745564160000004,2.024144978105055,1,1,0.7371794871794871,2.745796665951205
| 37,country:SZ,a100-sxm4-40gb,country:SZ,8,24,1.56,142.86,119.80800000000002,17.115770880000003,1.9803635978562477,1,1,0.7371794871794871,2.6864062718745623
| 38,country:GE,a100-sxm4-40gb,country:GE,8,24,1.56,143.06,119.80800000000002,17.139732480000003,1.9775950201995214,1,1,0.7371794871794871,2.6826506360967426
| 39,country:BE,a100-sxm4-40gb,country:BE,8,24,1.56,149.77,119.80800000000002,17.943644160000005,1.888994749213751,1,1,0.7371794871794871,2.5624624424116975
| 40,country:ES,a100-sxm4-40gb,country:ES,8,24,1.56,153.26,119.80800000000002,18.361774080000004,1.845979013374289,1,1,0.7371794871794871,2.5041106616207753
| 41,country:BZ,a100-sxm4-40gb,country:BZ,8,24,1.56,155.56,119.80800000000002,18.637332480000005,1.8186856749147822,1,1,0.7371794871794871,2.467086654667009
| 42,country:HR,a100-sxm4-40gb,country:HR,8,24,1.56,160.36,119.80800000000002,19.212410880000007,1.764247590357592,1,1,0.7371794871794871,2.3932402095285603
| 43,country:HU,a100-sxm4-40gb,country:HU,8,24,1.56,162.34,119.80800000000002,19.449630720000005,1.742729725204777,1,1,0.7371794871794871,2.3640507576690895
| 44,country:AO,a100-sxm4-40gb,country:AO,8,24,1.56,167.22,119.80800000000002,20.034293760000004,1.6918714483300055,1,1,0.7371794871794871,2.295060399473747
| 45,country:KG,a100-sxm4-40gb,country:KG,8,24,1.56,172.52,119.80800000000002,20.669276160000006,1.63989533729274,1,1,0.7371794871794871,2.224553674936239
| 46,country:VE,a100-sxm4-40gb,country:VE,8,24,1.56,180.25,119.80800000000002,21.595392000000004,1.569568619083182,1,1,0.7371794871794871,2.1291539528432732
| 47,country:GN,a100-sxm4-40gb,country:GN,8,24,1.56,182.72,119.80800000000002,21.891317760000007,1.5483512674570026,1,1,0.7371794871794871,2.1003721541155866
| 48,country:SI,a100-sxm4-40gb,country:SI,8,24,1.56,183.47,119.80800000000002,21.981173760000004,1.5420218214953045,1,1,0.7371794871794871,2.0917861230718917
| 49,country:CA,a100-sxm4-40gb,country:CA,8,24,1.56,185.35,119.80800000000002,22.206412800000003,1.5263811361734207,1,1,0.7371794871794871,2.070569193417858
| 50,country:GF,a100-sxm4-40gb,country:GF,8,24,1.56,204.08,119.80800000000002,24.450416640000007,1.3862933339364147,1,1,0.7371794871794871,1.880537044296354
| 51,country:EC,a100-sxm4-40gb,country:EC,8,24,1.56,209.7,119.80800000000002,25.123737600000005,1.3491404081532834,1,1,0.7371794871794871,1.830138292799237
| 52,country:SD,a100-sxm4-40gb,country:SD,8,24,1.56,214.33,119.80800000000002,25.678448640000006,1.3199960042445926,1,1,0.7371794871794871,1.7906032753230996
| 53,country:GB,a100-sxm4-40gb,country:GB,8,24,1.56,217.09,119.80800000000002,26.009118720000007,1.3032140752210766,1,1,0.7371794871794871,1.7678382237781565
| 54,country:BI,a100-sxm4-40gb,country:BI,8,24,1.56,230.77,119.80800000000002,27.648092160000008,1.225959802356214,1,1,0.7371794871794871,1.6630411231962559
| 55,country:LA,a100-sxm4-40gb,country:LA,8,24,1.56,232.12,119.80800000000002,27.80983296000001,1.2188296725389605,1,1,0.7371794871794871,1.6533689470963293
| 56,country:AM,a100-sxm4-40gb,country:AM,8,24,1.56,242.97,119.80800000000002,29.109749760000007,1.1644019574010929,1,1,0.7371794871794871,1.579536568300613
| 57,country:CK,a100-sxm4-40gb,country:CK,8,24,1.56,250,119.80800000000002,29.952000000000005,1.1316589743589742,1,1,0.7371794871794871,1.5351199999999998
| 58,country:UA,a100-sxm4-40gb,country:UA,8,24,1.56,250.47,119.80800000000002,30.008309760000003,1.1295354477172657,1,1,0.7371794871794871,1.5322393899468998
| 59,country:RO,a100-sxm4-40gb,country:RO,8,24,1.56,250.75,119.80800000000002,30.041856000000006,1.1282741519032644,1,1,0.7371794871794871,1.5305284147557328
| 60,country:NL,a100-sxm4-40gb,country:NL,8,24,1.56,253.22,119.80800000000002,30.337781760000006,1.117268555365862,1,1,0.7371794871794871,1.5155990838006475
| 61,country:IE,a100-sxm4-40gb,country:IE,8,24,1.56,255.89,119.80800000000002,30.65766912,1.1056107842813068,1,1,0.7371794871794871,1.4997850638946422
| 62,country:PA,a100-sxm4-40gb,country:PA,8,24,1.56,258.74,119.80800000000002,30.999121920000004,1.0934325716539521,1,1,0.7371794871794871,1.4832650537218828
| 63,country:PE,a100-sxm4-40gb,country:PE,8,24,1.56,263.27,119.80800000000002,31.54185216,1.074618238271522,1,1,0.7371794871794871,1.457743001481369
| 64,country:ME,a100-sxm4-40gb,country:ME,8,24,1.56,265.15,119.80800000000002,31.767091200000003,1.0669988443890008,1,1,0.7371794871794871,1.4474071280407317
| 65,country:CL,a100-sxm4-40gb,country:CL,8,24,1.56,265.18,119.80800000000002,31.770685440000005,1.0668781340589168,1,1,0.7371794871794871,1.447243381853835
| 66,country:GT,a100-sxm4-40gb,country:GT,8,24,1.56,272.66,119.80800000000002,32.66684928000001,1.037610003629955,1,1,0.7371794871794871,1.4075405266632435
| 67,country:BG,a100-sxm4-40gb,country:BG,8,24,1.56,275.34,119.80800000000002,32.987934720000005,1.0275105091513894,1,1,0.7371794871794871,1.3938403428488415
| 68,country:FJ,a100-sxm4-40gb,country:FJ,8,24,1.56,278.26,119.80800000000002,33.33777408,1.0167280370507568,1,1,0.7371794871794871,1.3792136850427656
| 69,country:IT,a100-sxm4-40gb,country:IT,8,24,1.56,285.26,119.80800000000002,34.17643008,0.9917785304274821,1,1,0.7371794871794871,1.345369136927715
| 70,country:CM,a100-sxm4-40gb,country:CM,8,24,1.56,285.71,119.80800000000002,34.230343680000004,0.9902164558109395,1,1,0.7371794871794871,1.3432501487522313
| 71,country:CO,a100-sxm4-40gb,country:CO,8,24,1.56,285.8,119.80800000000002,34.241126400000006,0.9899046311747499,1,1,0.7371794871794871,1.3428271518544435
| 72,country:NI,a100-sxm4-40gb,country:NI,8,24,1.56,288.33,119.80800000000002,34.544240640000005,0.9812185467684373,1,1,0.7371794871794871,1.3310442895293586
| 73,country:HN,a100-sxm4-40gb,country:HN,8,24,1.56,289.5,119.80800000000002,34.684416000000006,0.977253000309995,1,1,0.7371794871794871,1.3256649395509499
| 74,country:ZW,a100-sxm4-40gb,country:ZW,8,24,1.56,298.44,119.80800000000002,35.75549952000001,0.9479786341969693,1,1,0.7371794871794871,1.2859536255193673
| 75,country:RW,a100-sxm4-40gb,country:RW,8,24,1.56,301.89,119.80800000000002,36.168837120000006,0.9371451309740089,1,1,0.7371794871794871,1.2712577428864817
| 76,country:GR,a100-sxm4-40gb,country:GR,8,24,1.56,315.63,119.80800000000002,37.81499904000001,0.8963493444531366,1,1,0.7371794871794871,1.2159173716059943
| 77,country:EE,a100-sxm4-40gb,country:EE,8,24,1.56,319.01,119.80800000000002,38.219950080000004,0.8868522729373486,1,1,0.7371794871794871,1.203034387636751
| 78,country:BY,a100-sxm4-40gb,country:BY,8,24,1.56,323.27,119.80800000000002,38.73033216,0.875165476504914,1,1,0.7371794871794871,1.1871809942153617
| 79,country:DE,a100-sxm4-40gb,country:DE,8,24,1.56,331.6,119.80800000000002,39.72833280000001,0.8531807707772723,1,1,0.7371794871794871,1.1573582629674304
| 80,country:KP,a100-sxm4-40gb,country:KP,8,24,1.56,344.26,119.80800000000002,41.24510208,0.8218054481779573,1,1,0.7371794871794871,1.114796955789229
| 81,country:AR,a100-sxm4-40gb,country:AR,8,24,1.56,344.83,119.80800000000002,41.313392640000004,0.8204470132811633,1,1,0.7371794871794871,1.1129542093205347
| 82,country:FO,a100-sxm4-40gb,country:FO,8,24,1.56,354.17,119.80800000000002,42.43239936000001,0.798810581330275,1,1,0.7371794871794871,1.0836039190219384
| 83,country:LB,a100-sxm4-40gb,country:LB,8,24,1.56,369.47,119.80800000000002,44.265461760000015,0.7657313004837835,1,1,0.7371794871794871,1.0387311554388718
| 84,country:TZ,a100-sxm4-40gb,country:TZ,8,24,1.56,371.59,119.80800000000002,44.51945472,0.7613626405170849,1,1,0.7371794871794871,1.032804973223176
| 85,country:SR,a100-sxm4-40gb,country:SR,8,24,1.56,383.18,119.80800000000002,45.90802944000001,0.738333795056484,1,1,0.7371794871794871,1.0015658437287958
| 86,country:US,a100-sxm4-40gb,country:US,8,24,1.56,383.78,119.80800000000002,45.97991424000001,0.737179487179487,1,1,0.7371794871794871,1
| 87,country:CI,a100-sxm4-40gb,country:CI,8,24,1.56,393.53,119.80800000000002,47.14804224,0.7189153141812404,1,1,0.7371794871794871,0.9752242522806394
| 88,country:ML,a100-sxm4-40gb,country:ML,8,24,1.56,394.5,119.80800000000002,47.26425600000001,0.7171476390107567,1,1,0.7371794871794871,0.9728263624841571
| 89,country:PK,a100-sxm4-40gb,country:PK,8,24,1.56,398.24,119.80800000000002,47.71233792000001,0.710412674743229,1,1,0.7371794871794871,0.9636902370429891
| 90,country:WS,a100-sxm4-40gb,country:WS,8,24,1.56,400,119.80800000000002,47.92320000000001,0.7072868589743588,1,1,0.7371794871794871,0.9594499999999999
| 91,country:CZ,a100-sxm4-40gb,country:CZ,8,24,1.56,401.4,119.80800000000002,48.09093120000001,0.704819989012814,1,1,0.7371794871794871,0.9561036372695565
| 92,country:KR,a100-sxm4-40gb,country:KR,8,24,1.56,415.51,119.80800000000002,49.78142208000001,0.6808855228267515,1,1,0.7371794871794871,0.9236360135736805
| 93,country:GA,a100-sxm4-40gb,country:GA,8,24,1.56,429.47,119.80800000000002,51.453941760000006,0.6587532158002737,1,1,0.7371794871794871,0.8936130579551539
| 94,country:LR,a100-sxm4-40gb,country:LR,8,24,1.56,435.9,119.80800000000002,52.224307200000005,0.649035888024188,1,1,0.7371794871794871,0.8804312915806377
| 95,country:PF,a100-sxm4-40gb,country:PF,8,24,1.56,436.62,119.80800000000002,52.31056896000001,0.647965607598698,1,1,0.7371794871794871,0.8789794329164948
| 96,country:RU,a100-sxm4-40gb,country:RU,8,24,1.56,445.98,119.80800000000002,53.43197184000001,0.6343664370369603,1,1,0.7371794871794871,0.8605318624153548
| 97,country:MO,a100-sxm4-40gb,country:MO,8,24,1.56,448.98,119.80800000000002,53.791395840000014,0.6301277196974108,1,1,0.7371794871794871,0.854781950198227
| 98,country:DJ,a100-sxm4-40gb,country:DJ,8,24,1.56,450,119.80800000000002,53.91360000000002,0.62869943019943,1,1,0.7371794871794871,0.8528444444444444
| 99,country:GH,a100-sxm4-40gb,country:GH,8,24,1.56,452.86,119.80800000000002,54.25625088000002,0.624728930772741,1,1,0.7371794871794871,0.8474583756569358
| 100,country:PS,a100-sxm4-40gb,country:PS,8,24,1.56,460.78,119.80800000000002,55.20513024,0.6139909362162932,1,1,0.7371794871794871,0.8328920526064499
| 101,country:AE,a100-sxm4-40gb,country:AE,8,24,1.56,467.51,119.80800000000002,56.011438080000005,0.6051522824960825,1,1,0.7371794871794871,0.8209022266903381
| 102,country:BO,a100-sxm4-40gb,country:BO,8,24,1.56,468.02,119.80800000000002,56.07254016,0.6044928498562958,1,1,0.7371794871794871,0.8200076919789753
| 103,country:MT,a100-sxm4-40gb,country:MT,8,24,1.56,472.48,119.80800000000002,56.60688384000001,0.5987867075637986,1,1,0.7371794871794871,0.8122671859126311
| 104,country:TR,a100-sxm4-40gb,country:TR,8,24,1.56,474.74,119.80800000000002,56.87764992000001,0.5959361831523434,1,1,0.7371794871794871,0.8084003875805703
| 105,country:MG,a100-sxm4-40gb,country:MG,8,24,1.56,477.27,119.80800000000002,57.18076416000001,0.592777135771667,1,1,0.7371794871794871,0.8041150711337398
| 106,country:TG,a100-sxm4-40gb,country:TG,8,24,1.56,478.26,119.80800000000002,57.29937408000001,0.5915500848696181,1,1,0.7371794871794871,0.8024505499100907
| 107,country:CV,a100-sxm4-40gb,country:CV,8,24,1.56,480,119.80800000000002,57.50784000000001,0.5894057158119657,1,1,0.7371794871794871,0.7995416666666666
| 108,country:MR,a100-sxm4-40gb,country:MR,8,24,1.56,481.71,119.80800000000002,57.712711680000005,0.5873134117824906,1,1,0.7371794871794871,0.7967034107658134
| 109,country:MX,a100-sxm4-40gb,country:MX,8,24,1.56,483.14,119.80800000000002,57.88403712000001,0.585575078837901,1,1,0.7371794871794871,0.7943453243366312
| 110,country:JP,a100-sxm4-40gb,country:JP,8,24,1.56,483.43,119.80800000000002,57.91878144000001,0.5852238040455569,1,1,0.7371794871794871,0.7938688124444077
| 111,country:VN,a100-sxm4-40gb,country:VN,8,24,1.56,484.32,119.80800000000002,58.02541056000001,0.5841483803884695,1,1,0.7371794871794871,0.7924099768747935
| 112,country:CY,a100-sxm4-40gb,country:CY,8,24,1.56,487.81,119.80800000000002,58.44354048000001,0.5799691346830601,1,1,0.7371794871794871,0.7867407392222381
| 113,country:GP,a100-sxm4-40gb,country:GP,8,24,1.56,493.9,119.80800000000002,59.173171200000006,0.5728178651341234,1,1,0.7371794871794871,0.777039886616724
| 114,country:KH,a100-sxm4-40gb,country:KH,8,24,1.56,498.09,119.80800000000002,59.67516672000001,0.5679992442926851,1,1,0.7371794871794871,0.7705033226926861
| 115,country:SG,a100-sxm4-40gb,country:SG,8,24,1.56,498.74,119.80800000000002,59.75304192000001,0.5672589798086047,1,1,0.7371794871794871,0.7694991378273248
| 116,country:KI,a100-sxm4-40gb,country:KI,8,24,1.56,500,119.80800000000002,59.90400000000001,0.5658294871794871,1,1,0.7371794871794871,0.7675599999999999
| 117,country:VU,a100-sxm4-40gb,country:VU,8,24,1.56,500,119.80800000000002,59.90400000000001,0.5658294871794871,1,1,0.7371794871794871,0.7675599999999999
| 118,country:NG,a100-sxm4-40gb,country:NG,8,24,1.56,507.85,119.80800000000002,60.84449280000001,0.5570832796883795,1,1,0.7371794871794871,0.7556955794033671
| 119,country:LK,a100-sxm4-40gb,country:LK,8,24,1.56,509.78,119.80800000000002,61.07572224000001,0.5549741919842747,1,1,0.7371794871794871,0.7528345560830162
| 120,country:PG,a100-sxm4-40gb,country:PG,8,24,1.56,513.74,119.80800000000002,61.550161920000015,0.5506963514418646,1,1,0.7371794871794871,0.7470315723907034
| 121,country:MQ,a100-sxm4-40gb,country:MQ,8,24,1.56,516.78,119.80800000000002,61.914378240000005,0.547456835771012,1,1,0.7371794871794871,0.742637098958938
| 122,country:SO,a100-sxm4-40gb,country:SO,8,24,1.56,523.81,119.80800000000002,62.75662848,0.5401094740263522,1,1,0.7371794871794871,0.7326702430270519
| 123,country:RE,a100-sxm4-40gb,country:RE,8,24,1.56,525.22,119.80800000000002,62.92555776000002,0.5386595019034757,1,1,0.7371794871794871,0.7307033243212367
| 124,country:MK,a100-sxm4-40gb,country:MK,8,24,1.56,531.41,119.80800000000002,63.66716928000001,0.532385057845625,1,1,0.7371794871794871,0.7221919045558044
| 125,country:HT,a100-sxm4-40gb,country:HT,8,24,1.56,534.65,119.80800000000002,64.05534720000001,0.5291587834840429,1,1,0.7371794871794871,0.7178153932479192
| 126,country:SN,a100-sxm4-40gb,country:SN,8,24,1.56,535.4,119.80800000000002,64.14520320000001,0.5284175263162935,1,1,0.7371794871794871,0.7168098617855808
| 127,country:JO,a100-sxm4-40gb,country:JO,8,24,1.56,539.21,119.80800000000002,64.60167168000001,0.5246837847772547,1,1,0.7371794871794871,0.7117449602195804
| 128,country:OM,a100-sxm4-40gb,country:OM,8,24,1.56,545.33,119.80800000000002,65.33489664000001,0.5187954882176729,1,1,0.7371794871794871,0.7037573579300606
| 129,country:AW,a100-sxm4-40gb,country:AW,8,24,1.56,550,119.80800000000002,65.8944,0.5143904428904429,1,1,0.7371794871794871,0.6977818181818182
| 130,country:AU,a100-sxm4-40gb,country:AU,8,24,1.56,553.83,119.80800000000002,66.35326464000002,0.5108331863383051,1,1,0.7371794871794871,0.6929563223371792
| 131,country:TH,a100-sxm4-40gb,country:TH,8,24,1.56,554.73,119.80800000000002,66.46109184000001,0.5100044050073793,1,1,0.7371794871794871,0.6918320624447929
| 132,country:BF,a100-sxm4-40gb,country:BF,8,24,1.56,554.91,119.80800000000002,66.48265728000001,0.5098389713462427,1,1,0.7371794871794871,0.6916076480870772
| 133,country:CN,a100-sxm4-40gb,country:CN,8,24,1.56,555.4,119.80800000000002,66.5413632,0.5093891674284183,1,1,0.7371794871794871,0.6909974792942024
| 134,country:ST,a100-sxm4-40gb,country:ST,8,24,1.56,555.56,119.80800000000002,66.56053248,0.5092424645218222,1,1,0.7371794871794871,0.6907984736122111
| 135,country:TN,a100-sxm4-40gb,country:TN,8,24,1.56,560.25,119.80800000000002,67.12243200000002,0.5049794620075743,1,1,0.7371794871794871,0.6850156180276662
| 136,country:JM,a100-sxm4-40gb,country:JM,8,24,1.56,561.25,119.80800000000002,67.24224000000001,0.5040797213180286,1,1,0.7371794871794871,0.6837951002227171
| 137,country:DO,a100-sxm4-40gb,country:DO,8,24,1.56,565.92,119.80800000000002,67.80174336,0.49992003037486493,1,1,0.7371794871794871,0.6781523890302517
| 138,country:NC,a100-sxm4-40gb,country:NC,8,24,1.56,566.34,119.80800000000002,67.85206272000002,0.499549287688921,1,1,0.7371794871794871,0.6776494685171451
| 139,country:IL,a100-sxm4-40gb,country:IL,8,24,1.56,567.26,119.80800000000002,67.96228608,0.4987391030387187,1,1,0.7371794871794871,0.6765504354264358
| 140,country:MM,a100-sxm4-40gb,country:MM,8,24,1.56,569.69,119.80800000000002,68.25341952000002,0.4966117425086336,1,1,0.7371794871794871,0.6736646246204074
| 141,country:SC,a100-sxm4-40gb,country:SC,8,24,1.56,571.43,119.80800000000002,68.46188544000002,0.49509956353314233,1,1,0.7371794871794871,0.6716133209666976
| 142,country:TO,a100-sxm4-40gb,country:TO,8,24,1.56,571.43,119.80800000000002,68.46188544000002,0.49509956353314233,1,1,0.7371794871794871,0.6716133209666976
| 143,country:EG,a100-sxm4-40gb,country:EG,8,24,1.56,574.5,119.80800000000002,68.82969600000001,0.4924538617750105,1,1,0.7371794871794871,0.6680243690165361
| 144,country:MA,a100-sxm4-40gb,country:MA,8,24,1.56,576.57,119.80800000000002,69.07769856000002,0.49068585529899844,1,1,0.7371794871794871,0.6656260297969022
| 145,country:YE,a100-sxm4-40gb,country:YE,8,24,1.56,586.32,119.80800000000002,70.24582656000001,0.4825261693098368,1,1,0.7371794871794871,0.6545572383681265
| 146,country:BJ,a100-sxm4-40gb,country:BJ,8,24,1.56,590,119.80800000000002,70.68672000000002,0.4795165145588873,1,1,0.7371794871794871,0.6504745762711864
| 147,country:ER,a100-sxm4-40gb,country:ER,8,24,1.56,590.91,119.80800000000002,70.79574528,0.47877806026255026,1,1,0.7371794871794871,0.6494728469648509
| 148,country:GI,a100-sxm4-40gb,country:GI,8,24,1.56,590.91,119.80800000000002,70.79574528,0.47877806026255026,1,1,0.7371794871794871,0.6494728469648509
| 149,country:PL,a100-sxm4-40gb,country:PL,8,24,1.56,592.2,119.80800000000002,70.95029760000001,0.4777351293308739,1,1,0.7371794871794871,0.6480580884836203
| 150,country:BB,a100-sxm4-40gb,country:BB,8,24,1.56,600,119.80800000000002,71.88480000000001,0.47152457264957254,1,1,0.7371794871794871,0.6396333333333333
| 151,country:DM,a100-sxm4-40gb,country:DM,8,24,1.56,600,119.80800000000002,71.88480000000001,0.47152457264957254,1,1,0.7371794871794871,0.6396333333333333
| 152,country:PM,a100-sxm4-40gb,country:PM,8,24,1.56,600,119.80800000000002,71.88480000000001,0.47152457264957254,1,1,0.7371794871794871,0.6396333333333333
| 153,country:VC,a100-sxm4-40gb,country:VC,8,24,1.56,600,119.80800000000002,71.88480000000001,0.47152457264957254,1,1,0.7371794871794871,0.6396333333333333
| 154,country:QA,a100-sxm4-40gb,country:QA,8,24,1.56,602.83,119.80800000000002,72.22385664000001,0.46931098915074493,1,1,0.7371794871794871,0.636630559195793
| 155,country:MY,a100-sxm4-40gb,country:MY,8,24,1.56,604.43,119.80800000000002,72.41554944,0.46806866566805677,1,1,0.7371794871794871,0.6349453203844945
| 156,country:GQ,a100-sxm4-40gb,country:GQ,8,24,1.56,605.1,119.80800000000002,72.49582080000002,0.4675503942980392,1,1,0.7371794871794871,0.6342422740042968
| 157,country:SS,a100-sxm4-40gb,country:SS,8,24,1.56,610.17,119.80800000000002,73.10324736000001,0.4636654433842102,1,1,0.7371794871794871,0.628972253634233
| 158,country:AG,a100-sxm4-40gb,country:AG,8,24,1.56,611.11,119.80800000000002,73.21586688000002,0.4629522403327445,1,1,0.7371794871794871,0.6280047781905057
| 159,country:GU,a100-sxm4-40gb,country:GU,8,24,1.56,611.11,119.80800000000002,73.21586688000002,0.4629522403327445,1,1,0.7371794871794871,0.6280047781905057
| 160,country:BA,a100-sxm4-40gb,country:BA,8,24,1.56,611.51,119.80800000000002,73.26379008,0.4626494147107056,1,1,0.7371794871794871,0.6275939886510441
| 161,country:MV,a100-sxm4-40gb,country:MV,8,24,1.56,611.77,119.80800000000002,73.29494016000001,0.46245279041100995,1,1,0.7371794871794871,0.6273272635140658
| 162,country:PH,a100-sxm4-40gb,country:PH,8,24,1.56,612.35,119.80800000000002,73.36442880000001,0.46201476866129426,1,1,0.7371794871794871,0.6267330774883644
| 163,country:TD,a100-sxm4-40gb,country:TD,8,24,1.56,615.39,119.80800000000002,73.72864512000001,0.4597324356745211,1,1,0.7371794871794871,0.6236370431758722
| 164,country:GW,a100-sxm4-40gb,country:GW,8,24,1.56,625,119.80800000000002,74.88000000000001,0.45266358974358967,1,1,0.7371794871794871,0.6140479999999999
| 165,country:MD,a100-sxm4-40gb,country:MD,8,24,1.56,629.56,119.80800000000002,75.42632448,0.4493848776760651,1,1,0.7371794871794871,0.6096003558040536
| 166,country:AZ,a100-sxm4-40gb,country:AZ,8,24,1.56,632.76,119.80800000000002,75.80971008000002,0.4471122441205884,1,1,0.7371794871794871,0.6065174789809722
| 167,country:MU,a100-sxm4-40gb,country:MU,8,24,1.56,633.03,119.80800000000002,75.84205824000001,0.44692154177486615,1,1,0.7371794871794871,0.6062587871032968
| 168,country:DZ,a100-sxm4-40gb,country:DZ,8,24,1.56,633.65,119.80800000000002,75.91633920000001,0.4464842477546651,1,1,0.7371794871794871,0.6056655882585023
| 169,country:GY,a100-sxm4-40gb,country:GY,8,24,1.56,634.33,119.80800000000002,75.99780864000002,0.4460056178798788,1,1,0.7371794871794871,0.6050163164283574
| 170,country:TW,a100-sxm4-40gb,country:TW,8,24,1.56,635.19,119.80800000000002,76.10084352000003,0.4454017594573962,1,1,0.7371794871794871,0.6041971693509027
| 171,country:KN,a100-sxm4-40gb,country:KN,8,24,1.56,636.36,119.80800000000002,76.24101888000001,0.4445828518287503,1,1,0.7371794871794871,0.6030863033503048
| 172,country:SB,a100-sxm4-40gb,country:SB,8,24,1.56,636.36,119.80800000000002,76.24101888000001,0.4445828518287503,1,1,0.7371794871794871,0.6030863033503048
| 173,country:KW,a100-sxm4-40gb,country:KW,8,24,1.56,637.24,119.80800000000002,76.34644992000001,0.44396890275209266,1,1,0.7371794871794871,0.6022534680810997
| 174,country:CU,a100-sxm4-40gb,country:CU,8,24,1.56,638.98,119.80800000000002,76.55491584000002,0.4427599355061872,1,1,0.7371794871794871,0.6006134777301323
| 175,country:BM,a100-sxm4-40gb,country:BM,8,24,1.56,640.63,119.80800000000002,76.75259904000002,0.4416195675971208,1,1,0.7371794871794871,0.5990665438708771
| 176,country:VI,a100-sxm4-40gb,country:VI,8,24,1.56,641.79,119.80800000000002,76.89157632000001,0.4408213646048451,1,1,0.7371794871794871,0.5979837641596161
| 177,country:KM,a100-sxm4-40gb,country:KM,8,24,1.56,642.86,119.80800000000002,77.01977088000001,0.4400876451945113,1,1,0.7371794871794871,0.5969884578290763
| 178,country:KY,a100-sxm4-40gb,country:KY,8,24,1.56,642.86,119.80800000000002,77.01977088000001,0.4400876451945113,1,1,0.7371794871794871,0.5969884578290763
| 179,country:AS,a100-sxm4-40gb,country:AS,8,24,1.56,647.06,119.80800000000002,77.52296448000001,0.43723108149127365,1,1,0.7371794871794871,0.5931134670664235
| 180,country:VG,a100-sxm4-40gb,country:VG,8,24,1.56,647.06,119.80800000000002,77.52296448000001,0.43723108149127365,1,1,0.7371794871794871,0.5931134670664235
| 181,country:IR,a100-sxm4-40gb,country:IR,8,24,1.56,648.68,119.80800000000002,77.71705344,0.4361391496419553,1,1,0.7371794871794871,0.5916322377751742
| 182,country:LC,a100-sxm4-40gb,country:LC,8,24,1.56,650,119.80800000000002,77.8752,0.43525345167652857,1,1,0.7371794871794871,0.5904307692307692
| 183,country:BS,a100-sxm4-40gb,country:BS,8,24,1.56,653.66,119.80800000000002,78.31369728000001,0.4328163626193182,1,1,0.7371794871794871,0.5871248049444665
| 184,country:TC,a100-sxm4-40gb,country:TC,8,24,1.56,653.85,119.80800000000002,78.33646080000001,0.4326905920161253,1,1,0.7371794871794871,0.5869541943870917
| 185,country:PR,a100-sxm4-40gb,country:PR,8,24,1.56,664.53,119.80800000000002,79.61601024000002,0.4257366011914338,1,1,0.7371794871794871,0.5775209546596842
| 186,country:GD,a100-sxm4-40gb,country:GD,8,24,1.56,666.67,119.80800000000002,79.87239936000002,0.4243699935346476,1,1,0.7371794871794871,0.5756671216643917
| 187,country:GM,a100-sxm4-40gb,country:GM,8,24,1.56,666.67,119.80800000000002,79.87239936000002,0.4243699935346476,1,1,0.7371794871794871,0.5756671216643917
| 188,country:TL,a100-sxm4-40gb,country:TL,8,24,1.56,666.67,119.80800000000002,79.87239936000002,0.4243699935346476,1,1,0.7371794871794871,0.5756671216643917
| 189,country:NE,a100-sxm4-40gb,country:NE,8,24,1.56,675,119.80800000000002,80.8704,0.41913295346628676,1,1,0.7371794871794871,0.5685629629629629
| 190,country:ID,a100-sxm4-40gb,country:ID,8,24,1.56,680.25,119.80800000000002,81.49939200000003,0.4158981897680904,1,1,0.7371794871794871,0.5641749356854098
| 191,country:HK,a100-sxm4-40gb,country:HK,8,24,1.56,681.99,119.80800000000002,81.70785792000001,0.41483708498620736,1,1,0.7371794871794871,0.56273552398129
| 192,country:TT,a100-sxm4-40gb,country:TT,8,24,1.56,682.11,119.80800000000002,81.72223488000002,0.41476410489472887,1,1,0.7371794871794871,0.5626365249006758
| 193,country:SY,a100-sxm4-40gb,country:SY,8,24,1.56,682.27,119.80800000000002,81.74140416,0.41466683804028254,1,1,0.7371794871794871,0.5625045802981224
| 194,country:IQ,a100-sxm4-40gb,country:IQ,8,24,1.56,689.4,119.80800000000002,82.59563520000002,0.4103782181458421,1,1,0.7371794871794871,0.5566869741804468
| 195,country:SA,a100-sxm4-40gb,country:SA,8,24,1.56,691.95,119.80800000000002,82.90114560000002,0.40886587699941257,1,1,0.7371794871794871,0.5546354505383336
| 196,country:BD,a100-sxm4-40gb,country:BD,8,24,1.56,693.84,119.80800000000002,83.12758272000002,0.40775213823034634,1,1,0.7371794871794871,0.5531246396863829
| 197,country:RS,a100-sxm4-40gb,country:RS,8,24,1.56,696.12,119.80800000000002,83.40074496000001,0.40641662872743717,1,1,0.7371794871794871,0.5513129920128713
| 198,country:IN,a100-sxm4-40gb,country:IN,8,24,1.56,707.45,119.80800000000002,84.75816960000002,0.3999077582723069,1,1,0.7371794871794871,0.5424835677433033
| 199,country:ZA,a100-sxm4-40gb,country:ZA,8,24,1.56,713.17,119.80800000000002,85.44347136,0.39670028687373776,1,1,0.7371794871794871,0.5381325630635052
| 200,country:CG,a100-sxm4-40gb,country:CG,8,24,1.56,713.73,119.80800000000002,85.51056384000002,0.39638903169229756,1,1,0.7371794871794871,0.5377103386434645
| 201,country:NR,a100-sxm4-40gb,country:NR,8,24,1.56,750,119.80800000000002,89.85600000000001,0.3772196581196581,1,1,0.7371794871794871,0.5117066666666666
| 202,country:KZ,a100-sxm4-40gb,country:KZ,8,24,1.56,802.04,119.80800000000002,96.09080832000001,0.35274393245940794,1,1,0.7371794871794871,0.47850481272754475
| 203,country:MN,a100-sxm4-40gb,country:MN,8,24,1.56,807.88,119.80800000000002,96.79048704000002,0.3501940184058815,1,1,0.7371794871794871,0.4750457988810219
| 204,country:LY,a100-sxm4-40gb,country:LY,8,24,1.56,830.53,119.80800000000002,99.50413824000002,0.3406436174367495,1,1,0.7371794871794871,0.462090472348982
| 205,country:BW,a100-sxm4-40gb,country:BW,8,24,1.56,849.42,119.80800000000002,101.76731136000001,0.3330681448397066,1,1,0.7371794871794871,0.45181417908690635
| 206,country:BN,a100-sxm4-40gb,country:BN,8,24,1.56,892.67,119.80800000000002,106.94900736000002,0.31693094154586077,1,1,0.7371794871794871,0.4299237120100373
| 207,country:BH,a100-sxm4-40gb,country:BH,8,24,1.56,902.41,119.80800000000002,108.11593728000001,0.31351020444115596,1,1,0.7371794871794871,0.4252834077636551
| 208,country:XK,a100-sxm4-40gb,country:XK,8,24,1.56,946.96,119.80800000000002,113.45338368000003,0.29876102854370146,1,1,0.7371794871794871,0.4052758300244994
| 209,country:FK,a100-sxm4-40gb,country:FK,8,24,1.56,1000,119.80800000000002,119.80800000000002,0.28291474358974356,1,1,0.7371794871794871,0.38377999999999995
| 210,country:MS,a100-sxm4-40gb,country:MS,8,24,1.56,1000,119.80800000000002,119.80800000000002,0.28291474358974356,1,1,0.7371794871794871,0.38377999999999995
| 211,country:SH,a100-sxm4-40gb,country:SH,8,24,1.56,1000,119.80800000000002,119.80800000000002,0.28291474358974356,1,1,0.7371794871794871,0.38377999999999995
| 212,country:UZ,a100-sxm4-40gb,country:UZ,8,24,1.56,1121.18,119.80800000000002,134.32633344000004,0.2523365950068174,1,1,0.7371794871794871,0.34230007670490015
| 213,country:TM,a100-sxm4-40gb,country:TM,8,24,1.56,1306.3,119.80800000000002,156.50519040000003,0.21657715960326382,1,1,0.7371794871794871,0.29379162520094926
$ mlcarbon compare -g a100 -n 8 --hours 24 -r aws:us-east-1 --regions gcp:europe-north1,FR,se,azure:westeurope
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1
|   baseline: 33.895 kg CO2e (88.32 kWh)
|
|   rank  alternative         kg CO2e     kWh  vs baseline   model  machine  mechanization      map
|      1  gcp:europe-north1    3.3218   84.48  10.204x less     1x       1x        1.0455x  9.7604x
|      2  country:SE           4.2328  119.81  8.0078x less     1x       1x       0.73718x  10.863x
|      3  country:FR           5.0068  119.81  6.7699x less     1x       1x       0.73718x  9.1835x
|      4  azure:westeurope *   22.948  90.624  1.4771x less     1x       1x       0.97458x  1.5156x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| * the region's intensity is its country's average (its provider publishes no per-region figure), so
|   regions of one country rank alike here although their local grids may differ.
$ mlcarbon compare -g a100 -n 8 --hours 24 --intensity 500 --regions FR,PL
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in a private site
|   baseline: 59.904 kg CO2e (119.81 kWh)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model  machine  mechanization       map
|      1  country:FR    5.0068  119.81  11.965x less     1x       1x             1x   11.965x
|      2  country:PL     70.95  119.81  1.1844x more     1x       1x             1x  0.84431x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
$ mlcarbon compare --power 300 -n 8 --hours 24 -r FR --devices h100,v100
| mlcarbon compare: 8 x devices at 300 W for 24 h in country:FR
|   baseline: 3.7551 kg CO2e (89.856 kWh)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model   machine  mechanization  map
|      1  v100          3.7551  89.856  same             1x        1x             1x   1x
|      2  h100          8.7619  209.66  2.3333x more     1x  0.42857x             1x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| Every device runs the same hours here: give the job's compute (--flops, or --params with --tokens) to
| scale the hours by each device's throughput.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r FR --devices h100,v100,tpu-v4
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in country:FR
|   baseline: 5.0068 kg CO2e (119.81 kWh)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model   machine  mechanization  map
|      1  tpu-v4        2.1279  50.918  2.3529x less     1x   2.3529x             1x   1x
|      2  v100          3.7551  89.856  1.3333x less     1x   1.3333x             1x   1x
|      3  h100          8.7619  209.66  1.75x more       1x  0.57143x             1x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| Every device runs the same hours here: give the job's compute (--flops, or --params with --tokens) to
| scale the hours by each device's throughput.
$ mlcarbon compare -g a100 -n 8 --params 7B --tokens 1T -r FR --devices h100,v100,epyc-7702,gaudi
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 11,685 h in country:FR
|   baseline: 2,438 kg CO2e (58,333 kWh)
|
|   rank  alternative  kg CO2e      kWh  vs baseline   model   machine  mechanization  map
|      1  h100           1,345   32,188  1.8123x less     1x   1.8123x             1x   1x
|      2  v100           4,563  109,200  1.872x more      1x  0.53419x             1x   1x
|      3  gaudi          9,507  227,500  3.9x more        1x  0.25641x             1x   1x
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
|   "baseline": {
|     "hardware": "a100-sxm4-40gb",
|     "region": "country:FR",
|     "count": 8,
|     "hours": 11685.363247863246,
|     "pue": 1.56,
|     "intensity_g_per_kwh": 41.79,
|     "energy_kwh": 58333.33333333333,
|     "co2e_kg": 2437.7499999999995,
|     "co2e_kg_low": 806.1307692307691,
|     "co2e_kg_high": 7196.09423076923
|   },
|   "alternatives": [
|     {
|       "label": "h100",
|       "hardware": "h100-sxm",
|       "region": "country:FR",
|       "count": 8,
|       "hours": 3684.5208017517257,
|       "pue": 1.56,
|       "intensity_g_per_kwh": 41.79,
|       "energy_kwh": 32187.973724103074,
|       "co2e_kg": 1345.1354219302675,
|       "co2e_kg_low": 444.8179888832744,
|       "co2e_kg_high": 3970.76043456291,
|       "saving": 1.8122710622710623,
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
|       "intensity_g_per_kwh": 41.79,
|       "energy_kwh": 109199.99999999999,
|       "co2e_kg": 4563.467999999999,
|       "co2e_kg_low": 1509.0767999999996,
|       "co2e_kg_high": 13471.0884,
|       "saving": 0.5341880341880342,
|       "levers": {
|         "model": 1,
|         "machine": 0.5341880341880343,
|         "mechanization": 1,
|         "map": 1
|       }
|     }
|   ],
|   "skipped": []
| }
$ mlcarbon compare --instance aws:p4d.24xlarge --hours 24 -r aws:us-east-1 --devices h100
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1
|   baseline: 43.86 kg CO2e (114.29 kWh)
|
|   rank  alternative  kg CO2e    kWh  vs baseline   model  machine  mechanization  map
|      1  h100          7.4146  19.32  5.9154x less     1x  5.9154x             1x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| Every device runs the same hours here: give the job's compute (--flops, or --params with --tokens) to
| scale the hours by each device's throughput.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r FR --pue-values 1.1,1.56,2
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in country:FR
|   baseline: 5.0068 kg CO2e (119.81 kWh)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model  machine  mechanization  map
|      1  PUE 1.1       3.5304   84.48  1.4182x less     1x       1x        1.4182x   1x
|      2  PUE 1.56      5.0068  119.81  same             1x       1x             1x   1x
|      3  PUE 2         6.4189   153.6  1.2821x more     1x       1x          0.78x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r FR --pue-values 1.1,0.5
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in country:FR
|   baseline: 5.0068 kg CO2e (119.81 kWh)
|
|   rank  alternative  kg CO2e    kWh  vs baseline   model  machine  mechanization  map
|      1  PUE 1.1       3.5304  84.48  1.4182x less     1x       1x        1.4182x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
|
| Not compared:
|   - PUE 0.5: --pue: '0.5' is out of range; expected a PUE >= 1 and <= 3
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --devices h100 --pue-values 1.05 --format csv
| rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map
| 1,gcp:europe-north2,a100-sxm4-40gb,gcp:europe-north2,8,24,1.1,2.73,84.48000000000002,0.23063040000000004,151.1794871794872,1,1,1,151.17948717948718
| 2,gcp:northamerica-northeast1,a100-sxm4-40gb,gcp:northamerica-northeast1,8,24,1.1,5.48,84.48000000000002,0.4629504000000001,75.31386861313871,1,1,1,75.31386861313868
| 3,gcp:europe-west6,a100-sxm4-40gb,gcp:europe-west6,8,24,1.1,15.05,84.48000000000002,1.2714240000000003,27.423255813953492,1,1,1,27.42325581395349
| 4,gcp:europe-west9,a100-sxm4-40gb,gcp:europe-west9,8,24,1.1,16.3,84.48000000000002,1.3770240000000002,25.32024539877301,1,1,1,25.320245398773007
| 5,gcp:europe-north1,a100-sxm4-40gb,gcp:europe-north1,8,24,1.1,39.32,84.48000000000002,3.321753600000001,10.496439471007122,1,1,1,10.496439471007122
| 6,gcp:northamerica-northeast2,a100-sxm4-40gb,gcp:northamerica-northeast2,8,24,1.1,58.56,84.48000000000002,4.947148800000001,7.047814207650275,1,1,1,7.047814207650274
| 7,gcp:southamerica-east1,a100-sxm4-40gb,gcp:southamerica-east1,8,24,1.1,67.32,84.48000000000002,5.6871936000000005,6.130718954248368,1,1,1,6.130718954248367
| 8,gcp:us-west1,a100-sxm4-40gb,gcp:us-west1,8,24,1.1,79.23,84.48000000000002,6.693350400000002,5.209137952795659,1,1,1,5.2091379527956585
| 9,gcp:europe-southwest1,a100-sxm4-40gb,gcp:europe-southwest1,8,24,1.1,89.04,84.48000000000002,7.522099200000002,4.635220125786164,1,1,1,4.635220125786163
| 10,gcp:europe-west1,a100-sxm4-40gb,gcp:europe-west1,8,24,1.1,103.37,84.48000000000002,8.732697600000003,3.9926477701460774,1,1,1,3.9926477701460774
| 11,gcp:europe-west2,a100-sxm4-40gb,gcp:europe-west2,8,24,1.1,105.94,84.48000000000002,8.949811200000003,3.8957900698508596,1,1,1,3.895790069850859
| 12,gcp:us-west2,a100-sxm4-40gb,gcp:us-west2,8,24,1.1,169.28,84.48000000000002,14.300774400000003,2.438090737240076,1,1,1,2.438090737240076
| 13,gcp:europe-west12,a100-sxm4-40gb,gcp:europe-west12,8,24,1.1,201.69,84.48000000000002,17.038771200000003,2.0463086915563493,1,1,1,2.046308691556349
| 14,gcp:europe-west8,a100-sxm4-40gb,gcp:europe-west8,8,24,1.1,201.69,84.48000000000002,17.038771200000003,2.0463086915563493,1,1,1,2.046308691556349
| 15,gcp:europe-west4,a100-sxm4-40gb,gcp:europe-west4,8,24,1.1,208.81,84.48000000000002,17.640268800000005,1.9765336909151863,1,1,1,1.9765336909151863
| 16,gcp:southamerica-west1,a100-sxm4-40gb,gcp:southamerica-west1,8,24,1.1,238,84.48000000000002,20.106240000000007,1.7341176470588238,1,1,1,1.7341176470588235
| 17,gcp:europe-west10,a100-sxm4-40gb,gcp:europe-west10,8,24,1.1,275.82,84.48000000000002,23.301273600000005,1.4963381915742153,1,1,1,1.496338191574215
| 18,gcp:europe-west3,a100-sxm4-40gb,gcp:europe-west3,8,24,1.1,275.82,84.48000000000002,23.301273600000005,1.4963381915742153,1,1,1,1.496338191574215
| 19,gcp:asia-northeast2,a100-sxm4-40gb,gcp:asia-northeast2,8,24,1.1,296.19,84.48000000000002,25.022131200000004,1.393429892974105,1,1,1,1.3934298929741045
| 20,gcp:us-south1,a100-sxm4-40gb,gcp:us-south1,8,24,1.1,302.95,84.48000000000002,25.593216000000005,1.3623370193101174,1,1,1,1.3623370193101174
| 21,gcp:northamerica-south1,a100-sxm4-40gb,gcp:northamerica-south1,8,24,1.1,305,84.48000000000002,25.766400000000004,1.3531803278688528,1,1,1,1.3531803278688526
| 22,gcp:us-east4,a100-sxm4-40gb,gcp:us-east4,8,24,1.1,323.05,84.48000000000002,27.291264000000005,1.2775731310942582,1,1,1,1.277573131094258
| 23,gcp:us-east5,a100-sxm4-40gb,gcp:us-east5,8,24,1.1,323.05,84.48000000000002,27.291264000000005,1.2775731310942582,1,1,1,1.277573131094258
| 24,gcp:us-east2,a100-sxm4-40gb,gcp:us-east2,8,24,1.1,340.42,84.48000000000002,28.758681600000006,1.2123847012513955,1,1,1,1.2123847012513953
| 25,gcp:asia-northeast3,a100-sxm4-40gb,gcp:asia-northeast3,8,24,1.1,356.57,84.48000000000002,30.123033600000007,1.157472586027989,1,1,1,1.157472586027989
| 26,gcp:us-west4,a100-sxm4-40gb,gcp:us-west4,8,24,1.1,357.3,84.48000000000002,30.184704000000007,1.1551077525888611,1,1,1,1.155107752588861
| 27,gcp:me-central1,a100-sxm4-40gb,gcp:me-central1,8,24,1.1,366,84.48000000000002,30.919680000000007,1.1276502732240439,1,1,1,1.1276502732240439
| 28,gcp:asia-southeast1,a100-sxm4-40gb,gcp:asia-southeast1,8,24,1.1,366.85,84.48000000000002,30.991488000000007,1.1250374812593704,1,1,1,1.1250374812593704
| 29,gcp:us-central2,a100-sxm4-40gb,gcp:us-central2,8,24,1.1,372.23,84.48000000000002,31.44599040000001,1.1087768315288935,1,1,1,1.1087768315288935
| 30,gcp:me-central2,a100-sxm4-40gb,gcp:me-central2,8,24,1.1,382.23,84.48000000000002,32.290790400000006,1.0797687256363973,1,1,1,1.079768725636397
| 31,PUE 1.05,a100-sxm4-40gb,gcp:us-central1,8,24,1.05,412.72,80.64000000000001,33.28174080000001,1.047619047619048,1,1,1.0476190476190477,1
| 32,gcp:us-central1,a100-sxm4-40gb,gcp:us-central1,8,24,1.1,412.72,84.48000000000002,34.866585600000015,1,1,1,1,1
| 33,gcp:me-west1,a100-sxm4-40gb,gcp:me-west1,8,24,1.1,433.75,84.48000000000002,36.64320000000001,0.9515158501440925,1,1,1,0.9515158501440922
| 34,gcp:asia-east1,a100-sxm4-40gb,gcp:asia-east1,8,24,1.1,439.29,84.48000000000002,37.11121920000001,0.9395160372419132,1,1,1,0.9395160372419131
| 35,gcp:asia-northeast1,a100-sxm4-40gb,gcp:asia-northeast1,8,24,1.1,452.85,84.48000000000002,38.25676800000001,0.9113834603069451,1,1,1,0.911383460306945
| 36,gcp:australia-southeast2,a100-sxm4-40gb,gcp:australia-southeast2,8,24,1.1,454.37,84.48000000000002,38.38517760000001,0.9083346171622247,1,1,1,0.9083346171622246
| 37,gcp:australia-southeast1,a100-sxm4-40gb,gcp:australia-southeast1,8,24,1.1,497.5,84.48000000000002,42.02880000000001,0.8295879396984926,1,1,1,0.8295879396984925
| 38,gcp:asia-east2,a100-sxm4-40gb,gcp:asia-east2,8,24,1.1,505.02,84.48000000000002,42.664089600000004,0.8172349609916442,1,1,1,0.8172349609916439
| 39,gcp:asia-south2,a100-sxm4-40gb,gcp:asia-south2,8,24,1.1,531.83,84.48000000000002,44.92899840000001,0.7760374555779104,1,1,1,0.7760374555779103
| 40,gcp:asia-southeast3,a100-sxm4-40gb,gcp:asia-southeast3,8,24,1.1,554.73,84.48000000000002,46.86359040000001,0.7440015863573272,1,1,1,0.744001586357327
| 41,gcp:us-west3,a100-sxm4-40gb,gcp:us-west3,8,24,1.1,555.17,84.48000000000002,46.9007616,0.7434119278779475,1,1,1,0.7434119278779474
| 42,gcp:asia-southeast2,a100-sxm4-40gb,gcp:asia-southeast2,8,24,1.1,560.55,84.48000000000002,47.355264000000005,0.7362768709303366,1,1,1,0.7362768709303363
| 43,gcp:us-east1,a100-sxm4-40gb,gcp:us-east1,8,24,1.1,575.77,84.48000000000002,48.6410496,0.7168140055925112,1,1,1,0.716814005592511
| 44,gcp:europe-central2,a100-sxm4-40gb,gcp:europe-central2,8,24,1.1,642.88,84.48000000000002,54.31050240000001,0.6419860627177701,1,1,1,0.64198606271777
| 45,gcp:africa-south1,a100-sxm4-40gb,gcp:africa-south1,8,24,1.1,656.85,84.48000000000002,55.49068800000002,0.628332191520134,1,1,1,0.628332191520134
| 46,gcp:asia-south1,a100-sxm4-40gb,gcp:asia-south1,8,24,1.1,678.76,84.48000000000002,57.34164480000001,0.6080499734810538,1,1,1,0.6080499734810537
| 47,h100,h100-sxm,gcp:us-central1,8,24,1.1,412.72,147.83999999999997,61.01652479999999,0.5714285714285717,1,0.5714285714285716,1,1
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --plot top.svg --top 3
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:us-central1
|   baseline: 34.867 kg CO2e (84.48 kWh)
|
|   rank  alternative                  kg CO2e    kWh  vs baseline   model  machine  mechanization       map
|      1  gcp:europe-north2            0.23063  84.48  151.18x less     1x       1x             1x   151.18x
|      2  gcp:northamerica-northeast1  0.46295  84.48  75.314x less     1x       1x             1x   75.314x
|      3  gcp:europe-west6              1.2714  84.48  27.423x less     1x       1x             1x   27.423x
|      4  gcp:europe-west9               1.377  84.48  25.32x less      1x       1x             1x    25.32x
|      5  gcp:europe-north1             3.3218  84.48  10.496x less     1x       1x             1x   10.496x
|      6  gcp:northamerica-northeast2   4.9471  84.48  7.0478x less     1x       1x             1x   7.0478x
|      7  gcp:southamerica-east1        5.6872  84.48  6.1307x less     1x       1x             1x   6.1307x
|      8  gcp:us-west1                  6.6934  84.48  5.2091x less     1x       1x             1x   5.2091x
|      9  gcp:europe-southwest1         7.5221  84.48  4.6352x less     1x       1x             1x   4.6352x
|     10  gcp:europe-west1              8.7327  84.48  3.9926x less     1x       1x             1x   3.9926x
|     11  gcp:europe-west2              8.9498  84.48  3.8958x less     1x       1x             1x   3.8958x
|     12  gcp:us-west2                  14.301  84.48  2.4381x less     1x       1x             1x   2.4381x
|     13  gcp:europe-west12             17.039  84.48  2.0463x less     1x       1x             1x   2.0463x
|     14  gcp:europe-west8              17.039  84.48  2.0463x less     1x       1x             1x   2.0463x
|     15  gcp:europe-west4               17.64  84.48  1.9765x less     1x       1x             1x   1.9765x
|     16  gcp:southamerica-west1        20.106  84.48  1.7341x less     1x       1x             1x   1.7341x
|     17  gcp:europe-west10             23.301  84.48  1.4963x less     1x       1x             1x   1.4963x
|     18  gcp:europe-west3              23.301  84.48  1.4963x less     1x       1x             1x   1.4963x
|     19  gcp:asia-northeast2           25.022  84.48  1.3934x less     1x       1x             1x   1.3934x
|     20  gcp:us-south1                 25.593  84.48  1.3623x less     1x       1x             1x   1.3623x
|     21  gcp:northamerica-south1       25.766  84.48  1.3532x less     1x       1x             1x   1.3532x
|     22  gcp:us-east4                  27.291  84.48  1.2776x less     1x       1x             1x   1.2776x
|     23  gcp:us-east5                  27.291  84.48  1.2776x less     1x       1x             1x   1.2776x
|     24  gcp:us-east2                  28.759  84.48  1.2124x less     1x       1x             1x   1.2124x
|     25  gcp:asia-northeast3           30.123  84.48  1.1575x less     1x       1x             1x   1.1575x
|     26  gcp:us-west4                  30.185  84.48  1.1551x less     1x       1x             1x   1.1551x
|     27  gcp:me-central1                30.92  84.48  1.1277x less     1x       1x             1x   1.1277x
|     28  gcp:asia-southeast1           30.991  84.48  1.125x less      1x       1x             1x    1.125x
|     29  gcp:us-central2               31.446  84.48  1.1088x less     1x       1x             1x   1.1088x
|     30  gcp:me-central2               32.291  84.48  1.0798x less     1x       1x             1x   1.0798x
|     31  gcp:us-central1               34.867  84.48  same             1x       1x             1x        1x
|     32  gcp:me-west1                  36.643  84.48  1.051x more      1x       1x             1x  0.95152x
|     33  gcp:asia-east1                37.111  84.48  1.0644x more     1x       1x             1x  0.93952x
|     34  gcp:asia-northeast1           38.257  84.48  1.0972x more     1x       1x             1x  0.91138x
|     35  gcp:australia-southeast2      38.385  84.48  1.1009x more     1x       1x             1x  0.90833x
|     36  gcp:australia-southeast1      42.029  84.48  1.2054x more     1x       1x             1x  0.82959x
|     37  gcp:asia-east2                42.664  84.48  1.2236x more     1x       1x             1x  0.81723x
|     38  gcp:asia-south2               44.929  84.48  1.2886x more     1x       1x             1x  0.77604x
|     39  gcp:asia-southeast3 *         46.864  84.48  1.3441x more     1x       1x             1x    0.744x
|     40  gcp:us-west3                  46.901  84.48  1.3451x more     1x       1x             1x  0.74341x
|     41  gcp:asia-southeast2           47.355  84.48  1.3582x more     1x       1x             1x  0.73628x
|     42  gcp:us-east1                  48.641  84.48  1.3951x more     1x       1x             1x  0.71681x
|     43  gcp:europe-central2           54.311  84.48  1.5577x more     1x       1x             1x  0.64199x
|     44  gcp:africa-south1             55.491  84.48  1.5915x more     1x       1x             1x  0.62833x
|     45  gcp:asia-south1               57.342  84.48  1.6446x more     1x       1x             1x  0.60805x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| * the region's intensity is its country's average (its provider publishes no per-region figure), so
|   regions of one country rank alike here although their local grids may differ.
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
| <text x="222" y="71" text-anchor="end" fill="#222222">gcp:europe-north2</text>
| <rect x="230" y="59" width="3.0" height="16" fill="#2b7bb9"/>
| <text x="239.0" y="71" fill="#222222">0.23063</text>
| <text x="222" y="93" text-anchor="end" fill="#222222">gcp:northamerica-northeast1</text>
| <rect x="230" y="81" width="6.0" height="16" fill="#2b7bb9"/>
| <text x="242.0" y="93" fill="#222222">0.46295</text>
| <text x="222" y="115" text-anchor="end" fill="#222222">gcp:europe-west6</text>
| <rect x="230" y="103" width="16.5" height="16" fill="#2b7bb9"/>
| <text x="252.5" y="115" fill="#222222">1.2714</text>
| <text x="222" y="137" text-anchor="end" fill="#222222" font-weight="bold">baseline (as given)</text>
| <rect x="230" y="125" width="453.3" height="16" fill="#d9534f"/>
| <text x="689.3" y="137" fill="#222222">34.867</text>
| </svg>
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions azure --offset 50 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "baseline": {
|     "hardware": "a100-sxm4-40gb",
|     "region": "gcp:us-central1",
|     "count": 8,
|     "hours": 24,
|     "pue": 1.1,
|     "intensity_g_per_kwh": 412.72,
|     "energy_kwh": 84.48000000000002,
|     "co2e_kg": 34.866585600000015,
|     "co2e_kg_low": 19.4264064,
|     "co2e_kg_high": 43.912704000000005
|   },
|   "alternatives": [
|     {
|       "label": "azure:norwayeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:norwayeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 29.1,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 2.6371584,
|       "co2e_kg_low": 1.3893304320000002,
|       "co2e_kg_high": 3.0653568000000004,
|       "saving": 13.221270895218131,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 14.182817869415809
|       }
|     },
|     {
|       "label": "azure:norwaywest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:norwaywest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 29.1,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 2.6371584,
|       "co2e_kg_low": 1.3893304320000002,
|       "co2e_kg_high": 3.0653568000000004,
|       "saving": 13.221270895218131,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 14.182817869415809
|       }
|     },
|     {
|       "label": "azure:switzerlandnorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:switzerlandnorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 32.65,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 2.9588736000000004,
|       "co2e_kg_low": 1.50700032,
|       "co2e_kg_high": 3.839920128000001,
|       "saving": 11.783736081189819,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 12.640735068912711
|       }
|     },
|     {
|       "label": "azure:switzerlandwest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:switzerlandwest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 32.65,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 2.9588736000000004,
|       "co2e_kg_low": 1.50700032,
|       "co2e_kg_high": 3.839920128000001,
|       "saving": 11.783736081189819,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 12.640735068912711
|       }
|     },
|     {
|       "label": "azure:swedencentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:swedencentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 35.33,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 3.2017459200000005,
|       "co2e_kg_low": 1.800658944,
|       "co2e_kg_high": 4.160910336000001,
|       "saving": 10.88986648884369,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 11.68185677894141
|       }
|     },
|     {
|       "label": "azure:francecentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:francecentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 41.79,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 3.78717696,
|       "co2e_kg_low": 2.107219968,
|       "co2e_kg_high": 7.832360448000001,
|       "saving": 9.206484399398125,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 9.876046901172531
|       }
|     },
|     {
|       "label": "azure:francesouth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:francesouth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 41.79,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 3.78717696,
|       "co2e_kg_low": 2.107219968,
|       "co2e_kg_high": 7.832360448000001,
|       "saving": 9.206484399398125,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 9.876046901172531
|       }
|     },
|     {
|       "label": "azure:brazilsouth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:brazilsouth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 106.06,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 9.611581440000002,
|       "co2e_kg_low": 4.967940096,
|       "co2e_kg_high": 16.754293248000003,
|       "saving": 3.627559711963488,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 3.891382236469923
|       }
|     },
|     {
|       "label": "azure:brazilsoutheast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:brazilsoutheast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 106.06,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 9.611581440000002,
|       "co2e_kg_low": 4.967940096,
|       "co2e_kg_high": 16.754293248000003,
|       "saving": 3.627559711963488,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 3.891382236469923
|       }
|     },
|     {
|       "label": "azure:austriaeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:austriaeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 113.91,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 10.32297984,
|       "co2e_kg_low": 5.326626816,
|       "co2e_kg_high": 14.050798080000002,
|       "saving": 3.377569862618274,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 3.6232113071723293
|       }
|     },
|     {
|       "label": "azure:denmarkeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:denmarkeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 114.3,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 10.358323200000001,
|       "co2e_kg_low": 5.89897728,
|       "co2e_kg_high": 22.227076608000004,
|       "saving": 3.366045346026663,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 3.6108486439195104
|       }
|     },
|     {
|       "label": "azure:newzealandnorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:newzealandnorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 119.66,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 10.844067840000001,
|       "co2e_kg_low": 5.377720320000001,
|       "co2e_kg_high": 14.443562496000002,
|       "saving": 3.2152681184259366,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 3.449105799766004
|       }
|     },
|     {
|       "label": "azure:belgiumcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:belgiumcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 149.77,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 13.572756480000002,
|       "co2e_kg_low": 6.550290432,
|       "co2e_kg_high": 14.930032128000004,
|       "saving": 2.5688654807427893,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 2.755692061160446
|       }
|     },
|     {
|       "label": "azure:spaincentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:spaincentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 153.26,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 13.88903424,
|       "co2e_kg_low": 7.529324543999999,
|       "co2e_kg_high": 21.644908032000004,
|       "saving": 2.5103678914971135,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 2.692940101787812
|       }
|     },
|     {
|       "label": "azure:canadacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:canadacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 185.35,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 16.7971584,
|       "co2e_kg_low": 8.288501759999999,
|       "co2e_kg_high": 18.476874240000004,
|       "saving": 2.075743097118142,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 2.2267062314540063
|       }
|     },
|     {
|       "label": "azure:canadaeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:canadaeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 185.35,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 16.7971584,
|       "co2e_kg_low": 8.288501759999999,
|       "co2e_kg_high": 18.476874240000004,
|       "saving": 2.075743097118142,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 2.2267062314540063
|       }
|     },
|     {
|       "label": "azure:uksouth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:uksouth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 217.09,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 19.67356416,
|       "co2e_kg_low": 11.1734784,
|       "co2e_kg_high": 26.626237440000008,
|       "saving": 1.772255668390288,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.9011469897277629
|       }
|     },
|     {
|       "label": "azure:ukwest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:ukwest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 217.09,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 19.67356416,
|       "co2e_kg_low": 11.1734784,
|       "co2e_kg_high": 26.626237440000008,
|       "saving": 1.772255668390288,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.9011469897277629
|       }
|     },
|     {
|       "label": "azure:westeurope",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westeurope",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 253.22,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 22.94780928,
|       "co2e_kg_low": 12.924592128,
|       "co2e_kg_high": 35.11353753600001,
|       "saving": 1.5193862374648432,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.629887054735013
|       }
|     },
|     {
|       "label": "azure:northeurope",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:northeurope",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 255.89,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 23.18977536,
|       "co2e_kg_low": 13.206380544,
|       "co2e_kg_high": 35.260076544,
|       "saving": 1.503532701750157,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.6128805346047133
|       }
|     },
|     {
|       "label": "azure:chilecentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chilecentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 265.18,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 24.031672320000002,
|       "co2e_kg_low": 13.685833728,
|       "co2e_kg_high": 43.54601011200001,
|       "saving": 1.4508597294322634,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.5563768006637002
|       }
|     },
|     {
|       "label": "azure:italynorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:italynorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 285.26,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 25.851402240000002,
|       "co2e_kg_low": 14.52552192,
|       "co2e_kg_high": 37.665509376,
|       "saving": 1.3487309228452906,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.4468204445067658
|       }
|     },
|     {
|       "label": "azure:germanynorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:germanynorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 331.6,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 30.050918400000008,
|       "co2e_kg_low": 17.11374336,
|       "co2e_kg_high": 41.842369536000014,
|       "saving": 1.1602502504549081,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.2446320868516285
|       }
|     },
|     {
|       "label": "azure:germanywestcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:germanywestcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 331.6,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 30.050918400000008,
|       "co2e_kg_low": 17.11374336,
|       "co2e_kg_high": 41.842369536000014,
|       "saving": 1.1602502504549081,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.2446320868516285
|       }
|     },
|     {
|       "label": "azure:centralus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:centralus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:centraluseuap",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:centraluseuap",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:eastus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:eastus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:eastus2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:eastus2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:eastus2euap",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:eastus2euap",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:northcentralus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:northcentralus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:southcentralus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southcentralus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:westcentralus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westcentralus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:westus",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westus",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:westus2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westus2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:westus3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westus3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 383.78,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 34.77967872000001,
|       "co2e_kg_low": 19.806732288,
|       "co2e_kg_high": 42.245102592,
|       "saving": 1.0024987832895085,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 1.0754077857105635
|       }
|     },
|     {
|       "label": "azure:koreacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:koreacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 415.51,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 37.65517824,
|       "co2e_kg_low": 21.444304896000002,
|       "co2e_kg_high": 45.801913344000006,
|       "saving": 0.9259439798099869,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.9932853601598037
|       }
|     },
|     {
|       "label": "azure:koreasouth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:koreasouth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 415.51,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 37.65517824,
|       "co2e_kg_low": 21.444304896000002,
|       "co2e_kg_high": 45.801913344000006,
|       "saving": 0.9259439798099869,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.9932853601598037
|       }
|     },
|     {
|       "label": "azure:uaecentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:uaecentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 467.51,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 42.36762624000001,
|       "co2e_kg_low": 24.128004096,
|       "co2e_kg_high": 64.36651161600001,
|       "saving": 0.8229534834567123,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.8828046458899276
|       }
|     },
|     {
|       "label": "azure:uaenorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:uaenorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 467.51,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 42.36762624000001,
|       "co2e_kg_low": 24.128004096,
|       "co2e_kg_high": 64.36651161600001,
|       "saving": 0.8229534834567123,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.8828046458899276
|       }
|     },
|     {
|       "label": "azure:mexicocentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:mexicocentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 483.14,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 43.78407936000001,
|       "co2e_kg_low": 23.54688,
|       "co2e_kg_high": 48.75163392000001,
|       "saving": 0.7963302211591827,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.8542451463343959
|       }
|     },
|     {
|       "label": "azure:japaneast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:japaneast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 483.43,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 43.81036032000001,
|       "co2e_kg_low": 24.949628928000003,
|       "co2e_kg_high": 52.60949760000001,
|       "saving": 0.7958525185670057,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.853732701735515
|       }
|     },
|     {
|       "label": "azure:japanwest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:japanwest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 483.43,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 43.81036032000001,
|       "co2e_kg_low": 24.949628928000003,
|       "co2e_kg_high": 52.60949760000001,
|       "saving": 0.7958525185670057,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.853732701735515
|       }
|     },
|     {
|       "label": "azure:southeastasia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southeastasia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 498.74,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 45.19781376,
|       "co2e_kg_low": 25.739771904,
|       "co2e_kg_high": 50.459261952000006,
|       "saving": 0.771421949414219,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.8275253639170711
|       }
|     },
|     {
|       "label": "azure:australiacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:australiacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 553.83,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 50.19028992000001,
|       "co2e_kg_low": 28.582944768,
|       "co2e_kg_high": 64.03056844800003,
|       "saving": 0.6946878700157946,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7452106241987614
|       }
|     },
|     {
|       "label": "azure:australiacentral2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:australiacentral2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 553.83,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 50.19028992000001,
|       "co2e_kg_low": 28.582944768,
|       "co2e_kg_high": 64.03056844800003,
|       "saving": 0.6946878700157946,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7452106241987614
|       }
|     },
|     {
|       "label": "azure:australiaeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:australiaeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 553.83,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 50.19028992000001,
|       "co2e_kg_low": 28.582944768,
|       "co2e_kg_high": 64.03056844800003,
|       "saving": 0.6946878700157946,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7452106241987614
|       }
|     },
|     {
|       "label": "azure:australiasoutheast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:australiasoutheast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 553.83,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 50.19028992000001,
|       "co2e_kg_low": 28.582944768,
|       "co2e_kg_high": 64.03056844800003,
|       "saving": 0.6946878700157946,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7452106241987614
|       }
|     },
|     {
|       "label": "azure:chinaeast",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinaeast",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 555.4,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 50.3325696,
|       "co2e_kg_low": 28.66397184,
|       "co2e_kg_high": 60.438867456000004,
|       "saving": 0.6927241322485553,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7431040691393591
|       }
|     },
|     {
|       "label": "azure:chinaeast2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinaeast2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 555.4,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 50.3325696,
|       "co2e_kg_low": 28.66397184,
|       "co2e_kg_high": 60.438867456000004,
|       "saving": 0.6927241322485553,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7431040691393591
|       }
|     },
|     {
|       "label": "azure:chinanorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinanorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 555.4,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 50.3325696,
|       "co2e_kg_low": 28.66397184,
|       "co2e_kg_high": 60.438867456000004,
|       "saving": 0.6927241322485553,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7431040691393591
|       }
|     },
|     {
|       "label": "azure:chinanorth2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinanorth2",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 555.4,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 50.3325696,
|       "co2e_kg_low": 28.66397184,
|       "co2e_kg_high": 60.438867456000004,
|       "saving": 0.6927241322485553,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7431040691393591
|       }
|     },
|     {
|       "label": "azure:chinanorth3",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:chinanorth3",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 555.4,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 50.3325696,
|       "co2e_kg_low": 28.66397184,
|       "co2e_kg_high": 60.438867456000004,
|       "saving": 0.6927241322485553,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7431040691393591
|       }
|     },
|     {
|       "label": "azure:israelcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:israelcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 567.26,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 51.407370240000006,
|       "co2e_kg_low": 29.276061696,
|       "co2e_kg_high": 63.69661900800001,
|       "saving": 0.6782409883489892,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.7275676056834609
|       }
|     },
|     {
|       "label": "azure:polandcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:polandcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 592.2,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 53.66753280000001,
|       "co2e_kg_low": 30.563205120000003,
|       "co2e_kg_high": 75.39880550400002,
|       "saving": 0.649677445205754,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.6969267139479906
|       }
|     },
|     {
|       "label": "azure:qatarcentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:qatarcentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 602.83,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 54.63086592000001,
|       "co2e_kg_low": 31.091171327999998,
|       "co2e_kg_high": 60.093952512000016,
|       "saving": 0.638221360998702,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.6846374599804257
|       }
|     },
|     {
|       "label": "azure:malaysiawest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:malaysiawest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 604.43,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 54.775864320000004,
|       "co2e_kg_low": 31.174262784,
|       "co2e_kg_high": 63.17127168000002,
|       "saving": 0.6365319111408229,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.6828251410419736
|       }
|     },
|     {
|       "label": "azure:indonesiacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:indonesiacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 680.25,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 61.64697600000001,
|       "co2e_kg_low": 34.878283775999996,
|       "co2e_kg_high": 68.30013696000002,
|       "saving": 0.56558468658706,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.606718118338846
|       }
|     },
|     {
|       "label": "azure:eastasia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:eastasia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 681.99,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 61.80466176000001,
|       "co2e_kg_low": 35.197231104,
|       "co2e_kg_high": 77.423436288,
|       "saving": 0.5641416781050272,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.6051701637853928
|       }
|     },
|     {
|       "label": "azure:centralindia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:centralindia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 707.45,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 64.11194880000001,
|       "co2e_kg_low": 36.395089920000004,
|       "co2e_kg_high": 71.12724326400001,
|       "saving": 0.5438391166172133,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.5833910523711923
|       }
|     },
|     {
|       "label": "azure:jioindiacentral",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:jioindiacentral",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 707.45,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 64.11194880000001,
|       "co2e_kg_low": 36.395089920000004,
|       "co2e_kg_high": 71.12724326400001,
|       "saving": 0.5438391166172133,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.5833910523711923
|       }
|     },
|     {
|       "label": "azure:jioindiawest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:jioindiawest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 707.45,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 64.11194880000001,
|       "co2e_kg_low": 36.395089920000004,
|       "co2e_kg_high": 71.12724326400001,
|       "saving": 0.5438391166172133,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.5833910523711923
|       }
|     },
|     {
|       "label": "azure:southindia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southindia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 707.45,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 64.11194880000001,
|       "co2e_kg_low": 36.395089920000004,
|       "co2e_kg_high": 71.12724326400001,
|       "saving": 0.5438391166172133,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.5833910523711923
|       }
|     },
|     {
|       "label": "azure:westindia",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:westindia",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 707.45,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 64.11194880000001,
|       "co2e_kg_low": 36.395089920000004,
|       "co2e_kg_high": 71.12724326400001,
|       "saving": 0.5438391166172133,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.5833910523711923
|       }
|     },
|     {
|       "label": "azure:southafricanorth",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southafricanorth",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 713.17,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 64.63031808000001,
|       "co2e_kg_low": 36.758937599999996,
|       "co2e_kg_high": 76.45747507200002,
|       "saving": 0.5394772397196287,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.5787119480628743
|       }
|     },
|     {
|       "label": "azure:southafricawest",
|       "hardware": "a100-sxm4-40gb",
|       "region": "azure:southafricawest",
|       "count": 8,
|       "hours": 24,
|       "pue": 1.18,
|       "intensity_g_per_kwh": 713.17,
|       "energy_kwh": 90.62400000000001,
|       "co2e_kg": 64.63031808000001,
|       "co2e_kg_low": 36.758937599999996,
|       "co2e_kg_high": 76.45747507200002,
|       "saving": 0.5394772397196287,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.9322033898305085,
|         "map": 0.5787119480628743
|       }
|     }
|   ],
|   "skipped": []
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
