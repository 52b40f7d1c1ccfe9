# SLURM accounting as jobs (issue 15, point 3): sacct --parsable2 with and without a header, the
# cluster file, --group-by, and each job against an intensity series from its own start.
# Hand checks of the fixture's totals: tests/sacct_test.cpp.
$ mlcarbon estimate --jobs $SRC/tests/data/sacct/accounting.txt --jobs-format sacct --cluster $SRC/tests/data/sacct/cluster.json --group-by user,partition,account,month
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  1001                  a100-sxm4-80gb         4         12  -                                  26.53        5.3061        5.3061
|       5  1002                  a100-sxm4-80gb         2     51.068  -                                 56.452         11.29         11.29
|       7  1003_1                a100-sxm4-80gb         1        1.5  -                                0.80604       0.16121       0.16121
|       8  1003_2                a100-sxm4-80gb         1        1.5  -                                0.80604       0.16121       0.16121
|       9  1003_3                a100-sxm4-80gb         1          2  -                                 1.0747       0.21494       0.21494
|      11  1004+0                -                      -          6  -                                 1.5408       0.30815       0.30815
|      12  1004+1                v100-sxm2-32gb         2          6  -                                 2.5603       0.51206       0.51206
|      14  1005                  -                      -          4  -                                 1.2749       0.25497       0.25497
|      16  1007                  a100-sxm4-80gb         8         48  -                                 240.17        48.033        48.033
|      18  1009                  -                      -       0.75  -                                0.02151     0.0043019     0.0043019
|      19  1010                  -                      -         10  -                                  1.284       0.25679       0.25679
|      20  1011                  a100-sxm4-80gb         2         24  -                                  26.53        5.3061        5.3061
|      22  1013_1                a100-sxm4-80gb         1        0.5  -                                0.26868      0.053736      0.053736
|      23  1013_2                a100-sxm4-80gb         1          3  -                                 1.6121       0.32242       0.32242
|      25  1015                  a100-sxm4-80gb         1          5  -                                 2.6868       0.53736       0.53736
|      28  1016                  -                      -         48  -                                 10.944        2.1888        2.1888
|      29  1017                  a100-sxm4-80gb         1   0.091667  -                               0.045314     0.0090629     0.0090629
|
| Total of 17 jobs (2 rows failed, not counted):
|   energy      374.61 kWh  (facility; IT 312.17 kWh; 607.73 device-hours)
|   emissions   74.921 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         74.921 kg CO2e  (after 0 kg CO2e of offsets bought)
|   skipped     9 lines of the accounting not counted: 6 job steps (counted in their jobs), 1 still running, 2 never started
|   cluster     $SRC/tests/data/sacct/cluster.json (example-hpc): each job's hardware, CPUs, PUE and grid by its partition and node
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|   -         17      374.61   74.921       74.921
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  5      15.065    3.013        3.013
|   a100-sxm4-80gb    11      356.98   71.396       71.396
|   v100-sxm2-32gb     1      2.5603  0.51206      0.51206
|
| By user:
|   user   jobs  energy kWh  kg CO2e  net kg CO2e
|   alice     6      31.926   6.3851       6.3851
|   bob       6      299.82   59.964       59.964
|   carol     5      42.859   8.5719       8.5719
|
| By partition:
|   partition  jobs  energy kWh  kg CO2e  net kg CO2e
|   cpu           4      15.043   3.0087       3.0087
|   gpu          13      359.56   71.912       71.912
|
| By account:
|   account  jobs  energy kWh  kg CO2e  net kg CO2e
|   nlp         8      283.04   56.607       56.607
|   vision      9      91.569   18.314       18.314
|
| By month:
|   month    jobs  energy kWh  kg CO2e  net kg CO2e
|   2024-03    10      331.23   66.247       66.247
|   2024-04     7      43.371   8.6742       8.6742
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:21: partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:24: GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100, v100)
[6]
$ mlcarbon estimate --jobs $SRC/tests/data/sacct/accounting.txt --jobs-format sacct --cluster $SRC/tests/data/sacct/cluster.json --group-by user --format csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message
| job,2,1001,a100-sxm4-80gb,4,400,1,12,,,1.2,200,,1,48,22.108704244039682,26.530445092847618,5.306089018569524,0,5.306089018569524,
| job,5,1002,a100-sxm4-80gb,2,400,1,51.06805555555555,,,1.2,200,,1,102.1361111111111,47.04368902483189,56.45242682979827,11.290485365959654,0,11.290485365959654,
| job,7,1003_1,a100-sxm4-80gb,1,400,1,1.5,,,1.2,200,,1,1.5,0.67169850381312,0.806038204575744,0.1612076409151488,0,0.1612076409151488,
| job,8,1003_2,a100-sxm4-80gb,1,400,1,1.5,,,1.2,200,,1,1.5,0.67169850381312,0.806038204575744,0.1612076409151488,0,0.1612076409151488,
| job,9,1003_3,a100-sxm4-80gb,1,400,1,2,,,1.2,200,,1,2,0.8955980050841601,1.074717606100992,0.21494352122019839,0,0.21494352122019839,
| job,11,1004+0,,,,,6,,,1.2,200,,1,0,1.2839700762624,1.54076409151488,0.308152818302976,0,0.308152818302976,
| job,12,1004+1,v100-sxm2-32gb,2,300,0.5,6,,,1.2,200,,1,12,2.13358803050496,2.560305636605952,0.5120611273211904,0,0.5120611273211904,
| job,14,1005,,,,,4,,,1.2,200,,1,0,1.06239202033664,1.274870424403968,0.2549740848807936,0,0.2549740848807936,
| job,16,1007,a100-sxm4-80gb,8,400,1,48,,,1.2,200,,1,384,200.1392679046349,240.16712148556186,48.033424297112376,0,48.033424297112376,
| job,18,1009,,,,,0.75,,,1.2,200,,1,0,0.017924625953280003,0.021509551143936004,0.004301910228787201,0,0.004301910228787201,
| job,19,1010,,,,,10,,,1.2,200,,1,0,1.069975063552,1.2839700762624,0.25679401525247997,0,0.25679401525247997,
| job,20,1011,a100-sxm4-80gb,2,400,1,24,,,1.2,200,,1,48,22.108704244039682,26.530445092847618,5.306089018569524,0,5.306089018569524,
| error,21,,,,,,,,,,,,,,,,,,,"partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu"
| job,22,1013_1,a100-sxm4-80gb,1,400,1,0.5,,,1.2,200,,1,0.5,0.22389950127104002,0.268679401525248,0.053735880305049596,0,0.053735880305049596,
| job,23,1013_2,a100-sxm4-80gb,1,400,1,3,,,1.2,200,,1,3,1.34339700762624,1.612076409151488,0.3224152818302976,0,0.3224152818302976,
| error,24,,,,,,,,,,,,,,,,,,,"GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100, v100)"
| job,25,1015,a100-sxm4-80gb,1,400,1,5,,,1.2,200,,1,5,2.2389950127104004,2.6867940152524805,0.5373588030504961,0,0.5373588030504961,
| job,28,1016,,,,,48,,,1.2,200,,1,0,9.119850381312,10.9438204575744,2.18876409151488,0,2.18876409151488,
| job,29,1017,a100-sxm4-80gb,1,400,1,0.09166666666666666,,,1.2,200,,1,0.09166666666666666,0.037762060474922664,0.04531447256990719,0.00906289451398144,0,0.00906289451398144,
| total,,,,,,,,,,,,,17,607.7277777777779,312.1711142102605,374.6053370523125,74.92106741046253,0,74.92106741046253,
| region_total,,,,,,,,-,,,,,17,607.7277777777779,312.1711142102605,374.6053370523125,74.92106741046253,0,74.92106741046253,
| hardware_total,,,-,,,,,,,,,,5,0,12.55411216741632,15.064934600899583,3.012986920179917,0,3.012986920179917,
| hardware_total,,,a100-sxm4-80gb,,,,,,,,,,11,595.7277777777779,297.48341401233915,356.980096814807,71.39601936296141,0,71.39601936296141,
| hardware_total,,,v100-sxm2-32gb,,,,,,,,,,1,12,2.13358803050496,2.560305636605952,0.5120611273211904,0,0.5120611273211904,
| user_total,,alice,,,,,,,,,,,6,58,26.60461889541376,31.92554267449652,6.385108534899302,0,6.385108534899302,
| user_total,,bob,,,,,,,,,,,6,489.72777777777776,249.85040751917563,299.82048902301074,59.96409780460215,0,59.96409780460215,
| user_total,,carol,,,,,,,,,,,5,60,35.716087795671044,42.85930535480525,8.57186107096105,0,8.57186107096105,
| skipped,,step,,,,,,,,,,,6,,,,,,,
| skipped,,running,,,,,,,,,,,1,,,,,,,
| skipped,,not_started,,,,,,,,,,,2,,,,,,,
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:21: partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:24: GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100, v100)
[6]
$ mlcarbon estimate --jobs $SRC/tests/data/sacct/accounting.txt --jobs-format sacct --cluster $SRC/tests/data/sacct/cluster.json --group-by partition --format jsonl --totals-only
| {"schema_version":1,"record":"error","line":21,"kind":"usage","message":"partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu"}
| {"schema_version":1,"record":"error","line":24,"kind":"usage","message":"GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100, v100)"}
| {"schema_version":1,"record":"total","jobs":17,"device_hours":607.7277777777779,"it_energy_kwh":312.1711142102605,"energy_kwh":374.6053370523125,"co2e_kg":74.92106741046253,"offset_kg":0,"net_co2e_kg":74.92106741046253,"embodied_kg":6.291389050546652,"failed":2,"skipped":{"steps":6,"running":1,"not_started":2},"cluster_file":"$SRC/tests/data/sacct/cluster.json"}
| {"schema_version":1,"record":"region_total","region":"-","jobs":17,"device_hours":607.7277777777779,"it_energy_kwh":312.1711142102605,"energy_kwh":374.6053370523125,"co2e_kg":74.92106741046253,"offset_kg":0,"net_co2e_kg":74.92106741046253,"embodied_kg":6.291389050546652}
| {"schema_version":1,"record":"hardware_total","hardware":"-","jobs":5,"device_hours":0,"it_energy_kwh":12.55411216741632,"energy_kwh":15.064934600899583,"co2e_kg":3.012986920179917,"offset_kg":0,"net_co2e_kg":3.012986920179917,"embodied_kg":0}
| {"schema_version":1,"record":"hardware_total","hardware":"a100-sxm4-80gb","jobs":11,"device_hours":595.7277777777779,"it_energy_kwh":297.48341401233915,"energy_kwh":356.980096814807,"co2e_kg":71.39601936296141,"offset_kg":0,"net_co2e_kg":71.39601936296141,"embodied_kg":6.167161277245551}
| {"schema_version":1,"record":"hardware_total","hardware":"v100-sxm2-32gb","jobs":1,"device_hours":12,"it_energy_kwh":2.13358803050496,"energy_kwh":2.560305636605952,"co2e_kg":0.5120611273211904,"offset_kg":0,"net_co2e_kg":0.5120611273211904,"embodied_kg":0.12422777330110127}
| {"schema_version":1,"record":"partition_total","partition":"cpu","jobs":4,"device_hours":0,"it_energy_kwh":12.53618754146304,"energy_kwh":15.043425049755648,"co2e_kg":3.0086850099511295,"offset_kg":0,"net_co2e_kg":3.0086850099511295,"embodied_kg":0}
| {"schema_version":1,"record":"partition_total","partition":"gpu","jobs":13,"device_hours":607.7277777777779,"it_energy_kwh":299.63492666879745,"energy_kwh":359.5619120025568,"co2e_kg":71.91238240051139,"offset_kg":0,"net_co2e_kg":71.91238240051139,"embodied_kg":6.291389050546652}
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:21: partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:24: GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100, v100)
[6]
$ mlcarbon estimate --jobs $SRC/tests/data/sacct/accounting.txt --jobs-format sacct --cluster $SRC/tests/data/sacct/cluster.json --group-by month --format json --totals-only
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "jobs": [],
|   "errors": [
|     {
|       "line": 21,
|       "kind": "usage",
|       "message": "partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu"
|     },
|     {
|       "line": 24,
|       "kind": "usage",
|       "message": "GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100, v100)"
|     }
|   ],
|   "errors_not_listed": 0,
|   "totals": {
|     "jobs": 17,
|     "device_hours": 607.7277777777779,
|     "it_energy_kwh": 312.1711142102605,
|     "energy_kwh": 374.6053370523125,
|     "co2e_kg": 74.92106741046253,
|     "offset_kg": 0,
|     "net_co2e_kg": 74.92106741046253,
|     "embodied_kg": 6.291389050546652,
|     "failed": 2,
|     "skipped": {
|       "steps": 6,
|       "running": 1,
|       "not_started": 2
|     },
|     "cluster_file": "$SRC/tests/data/sacct/cluster.json",
|     "by_region": [
|       {
|         "region": "-",
|         "jobs": 17,
|         "device_hours": 607.7277777777779,
|         "it_energy_kwh": 312.1711142102605,
|         "energy_kwh": 374.6053370523125,
|         "co2e_kg": 74.92106741046253,
|         "offset_kg": 0,
|         "net_co2e_kg": 74.92106741046253,
|         "embodied_kg": 6.291389050546652
|       }
|     ],
|     "by_hardware": [
|       {
|         "hardware": "-",
|         "jobs": 5,
|         "device_hours": 0,
|         "it_energy_kwh": 12.55411216741632,
|         "energy_kwh": 15.064934600899583,
|         "co2e_kg": 3.012986920179917,
|         "offset_kg": 0,
|         "net_co2e_kg": 3.012986920179917,
|         "embodied_kg": 0
|       },
|       {
|         "hardware": "a100-sxm4-80gb",
|         "jobs": 11,
|         "device_hours": 595.7277777777779,
|         "it_energy_kwh": 297.48341401233915,
|         "energy_kwh": 356.980096814807,
|         "co2e_kg": 71.39601936296141,
|         "offset_kg": 0,
|         "net_co2e_kg": 71.39601936296141,
|         "embodied_kg": 6.167161277245551
|       },
|       {
|         "hardware": "v100-sxm2-32gb",
|         "jobs": 1,
|         "device_hours": 12,
|         "it_energy_kwh": 2.13358803050496,
|         "energy_kwh": 2.560305636605952,
|         "co2e_kg": 0.5120611273211904,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.5120611273211904,
|         "embodied_kg": 0.12422777330110127
|       }
|     ],
|     "by_month": [
|       {
|         "month": "2024-03",
|         "jobs": 10,
|         "device_hours": 551.1361111111112,
|         "it_energy_kwh": 276.02853093927416,
|         "energy_kwh": 331.23423712712895,
|         "co2e_kg": 66.2468474254258,
|         "offset_kg": 0,
|         "net_co2e_kg": 66.2468474254258,
|         "embodied_kg": 5.705534322430139
|       },
|       {
|         "month": "2024-04",
|         "jobs": 7,
|         "device_hours": 56.59166666666667,
|         "it_energy_kwh": 36.142583270986286,
|         "energy_kwh": 43.371099925183536,
|         "co2e_kg": 8.674219985036709,
|         "offset_kg": 0,
|         "net_co2e_kg": 8.674219985036709,
|         "embodied_kg": 0.5858547281165131
|       }
|     ]
|   },
|   "equivalents": [],
|   "settings": []
| }
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:21: partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:24: GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100, v100)
[6]
$ mlcarbon estimate --jobs $SRC/tests/data/sacct/accounting.txt --jobs-format sacct --cluster $SRC/tests/data/sacct/cluster.json --value co2e_kg
| 74.921
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:21: partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:24: GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100, v100)
[6]
# The format from --cluster, or from sacct's header.
$ mlcarbon estimate --jobs $SRC/tests/data/sacct/accounting.txt --cluster $SRC/tests/data/sacct/cluster.json --value co2e_kg
| 74.921
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:21: partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:24: GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100, v100)
[6]
$ mlcarbon estimate --jobs $SRC/tests/data/sacct/accounting.txt -g a100 --cpu epyc-7763 -r FR --value co2e_kg
| 20.939
$ mlcarbon estimate --jobs $SRC/tests/data/sacct/accounting.txt --jobs-format sacct --cluster $SRC/tests/data/sacct/cluster.json --strict
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  1001                  a100-sxm4-80gb         4         12  -                                  26.53        5.3061        5.3061
|       5  1002                  a100-sxm4-80gb         2     51.068  -                                 56.452         11.29         11.29
|       7  1003_1                a100-sxm4-80gb         1        1.5  -                                0.80604       0.16121       0.16121
|       8  1003_2                a100-sxm4-80gb         1        1.5  -                                0.80604       0.16121       0.16121
|       9  1003_3                a100-sxm4-80gb         1          2  -                                 1.0747       0.21494       0.21494
|      11  1004+0                -                      -          6  -                                 1.5408       0.30815       0.30815
|      12  1004+1                v100-sxm2-32gb         2          6  -                                 2.5603       0.51206       0.51206
|      14  1005                  -                      -          4  -                                 1.2749       0.25497       0.25497
|      16  1007                  a100-sxm4-80gb         8         48  -                                 240.17        48.033        48.033
|      18  1009                  -                      -       0.75  -                                0.02151     0.0043019     0.0043019
|      19  1010                  -                      -         10  -                                  1.284       0.25679       0.25679
|      20  1011                  a100-sxm4-80gb         2         24  -                                  26.53        5.3061        5.3061
! mlcarbon: error: $SRC/tests/data/sacct/accounting.txt:21: partition 'debug' is not in the cluster file, and no node rule matches 'dbg01'; its partitions: gpu, cpu
[2]
$ mlcarbon estimate --jobs $SRC/examples/slurm/sacct.txt --jobs-format sacct --cluster $SRC/examples/slurm/cluster.json --group-by user,partition --totals-only
| Total of 19 jobs:
|   energy      423.72 kWh  (facility; IT 325.94 kWh; 623.73 device-hours)
|   emissions   92.121 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         92.121 kg CO2e  (after 0 kg CO2e of offsets bought)
|   skipped     9 lines of the accounting not counted: 6 job steps (counted in their jobs), 1 still running, 2 never started
|   cluster     $SRC/examples/slurm/cluster.json (example-hpc): each job's hardware, CPUs, PUE and grid by its partition and node
|
| By region:
|   region      jobs  energy kWh  kg CO2e  net kg CO2e
|   country:GB    19      423.72   92.121       92.121
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  6      16.323   3.5487       3.5487
|   a100-sxm4-80gb    11      386.73   84.079       84.079
|   h100-sxm           1      15.554   3.3816       3.3816
|   v100-sxm2-32gb     1      5.1137   1.1118       1.1118
|
| By user:
|   user   jobs  energy kWh  kg CO2e  net kg CO2e
|   alice     7       50.14   10.901       10.901
|   bob       7      324.81   70.616       70.616
|   carol     5      48.771   10.603       10.603
|
| By partition:
|   partition  jobs  energy kWh     kg CO2e  net kg CO2e
|   cpu           4      16.297      3.5431       3.5431
|   debug         1   0.0022425  0.00048754   0.00048754
|   gpu          14      407.42      88.577       88.577
# A paper's appendix from a cluster's accounting: where the runs come from, and what the cluster file gave.
$ mlcarbon estimate --jobs $SRC/examples/slurm/sacct.txt --cluster $SRC/examples/slurm/cluster.json --format markdown --totals-only
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** We estimate the energy of 19 runs as devices × power per device × utilization × hours × PUE, and their emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited [3, 4, 5, 6, 7, 8, 9, 10]. In total the runs used 423.72 kWh of electricity (623.73 device-hours) and emitted 92.121 kg CO2e (location-based); after 0 kg CO2e of offsets bought, 92.121 kg CO2e net. The runs are the jobs that ran in the cluster's SLURM accounting (sacct): each one's GPUs, CPU cores, memory and elapsed time as the scheduler allocated them, and the hardware, PUE and grid of its partition as the cluster description (example-hpc) gives them; left out are 6 job steps (counted with their jobs), 1 job still running and 2 that never started.
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. AMD (2025). AMD EPYC server processor specifications. https://www.amd.com/en/products/specifications/server-processor.html
| 5. Lannelongue, Grealey, Inouye (2021). Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707). https://doi.org/10.1002/advs.202100707
| 6. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 7. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
| 8. Intel (2025). Intel ARK: Intel Xeon processor specifications. https://ark.intel.com/content/www/us/en/ark.html
| 9. NVIDIA (2018). NVIDIA Tesla V100 GPU Accelerator datasheet. https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| 10. NVIDIA (2023). NVIDIA H100 Tensor Core GPU datasheet. https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
$ mlcarbon estimate --jobs $SRC/examples/slurm/sacct.txt --cluster $SRC/examples/slurm/cluster.json --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \begin{table}[ht]
| \centering
| \begin{tabular}{lllrrrrr}
| \hline
| Job & Hardware & Location & Hours & PUE & gCO\textsubscript{2}e/kWh & kWh & kg CO\textsubscript{2}e \\
| \hline
| 1001 & 4 $\times$ a100-sxm4-80gb & country:GB & 12 & 1.3 & 217.41 & 28.741 & 6.2486 \\
| 1002 & 2 $\times$ a100-sxm4-80gb & country:GB & 51.068 & 1.3 & 217.41 & 61.157 & 13.296 \\
| 1003\_1 & 1 $\times$ a100-sxm4-80gb & country:GB & 1.5 & 1.3 & 217.41 & 0.87321 & 0.18984 \\
| 1003\_2 & 1 $\times$ a100-sxm4-80gb & country:GB & 1.5 & 1.3 & 217.41 & 0.87321 & 0.18984 \\
| 1003\_3 & 1 $\times$ a100-sxm4-80gb & country:GB & 2 & 1.3 & 217.41 & 1.1643 & 0.25313 \\
| 1004+0 & 20 cores of xeon-gold-6248 + 171.8 GB memory (no accelerators) & country:GB & 6 & 1.3 & 217.41 & 1.6692 & 0.36289 \\
| 1004+1 & 2 $\times$ v100-sxm2-32gb & country:GB & 6 & 1.3 & 217.41 & 5.1137 & 1.1118 \\
| 1005 & 32 cores of xeon-gold-6248 + 68.719 GB memory (no accelerators) & country:GB & 4 & 1.3 & 217.41 & 1.3811 & 0.30027 \\
| 1007 & 8 $\times$ a100-sxm4-80gb & country:GB & 48 & 1.3 & 217.41 & 260.18 & 56.566 \\
| 1009 & 4 cores of epyc-7763 + 17.18 GB memory (no accelerators) & country:GB & 0.75 & 1.3 & 217.41 & 0.023302 & 0.0050661 \\
| 1010 & 10 cores of xeon-gold-6248 + 85.899 GB memory (no accelerators) & country:GB & 10 & 1.3 & 217.41 & 1.391 & 0.30241 \\
| 1011 & 2 $\times$ a100-sxm4-80gb & country:GB & 24 & 1.3 & 217.41 & 28.741 & 6.2486 \\
| 1012 & 2 cores of epyc-7763 + 4.295 GB memory (no accelerators) & country:GB & 0.16667 & 1.3 & 217.41 & 0.0022425 & 0.00048754 \\
| 1013\_1 & 1 $\times$ a100-sxm4-80gb & country:GB & 0.5 & 1.3 & 217.41 & 0.29107 & 0.063281 \\
| 1013\_2 & 1 $\times$ a100-sxm4-80gb & country:GB & 3 & 1.3 & 217.41 & 1.7464 & 0.37969 \\
| 1014 & 2 $\times$ h100-sxm & country:GB & 8 & 1.3 & 217.41 & 15.554 & 3.3816 \\
| 1015 & 1 $\times$ a100-sxm4-80gb & country:GB & 5 & 1.3 & 217.41 & 2.9107 & 0.63281 \\
| 1016 & 20 cores of xeon-gold-6248 + 107.37 GB memory (no accelerators) & country:GB & 48 & 1.3 & 217.41 & 11.856 & 2.5776 \\
| 1017 & 1 $\times$ a100-sxm4-80gb & country:GB & 0.091667 & 1.3 & 217.41 & 0.049091 & 0.010673 \\
| \hline
| Total &  &  & 623.73 device-h &  &  & 423.72 & 92.121 \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of each run (mlcarbon).}
| \end{table}
|
| \paragraph{Energy and carbon footprint.}
| We estimate the energy of 19 runs as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and their emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited~\cite{nvidia-a100-datasheet,amd-epyc-specs,lannelongue2021green,owid-carbon-intensity,luccioni2022bloom,intel-ark,nvidia-v100-datasheet,nvidia-h100-datasheet}. In total the runs used 423.72 kWh of electricity (623.73 device-hours) and emitted 92.121 kg CO\textsubscript{2}e (location-based); after 0 kg CO\textsubscript{2}e of offsets bought, 92.121 kg CO\textsubscript{2}e net. The runs are the jobs that ran in the cluster's SLURM accounting (sacct): each one's GPUs, CPU cores, memory and elapsed time as the scheduler allocated them, and the hardware, PUE and grid of its partition as the cluster description (example-hpc) gives them; left out are 6 job steps (counted with their jobs), 1 job still running and 2 that never started.
%file noheader.txt
7001|train|ana|ml|gpu|2024-03-01T00:00:00|2024-03-01T02:00:00|02:00:00|billing=8,cpu=8,gres/gpu=2,mem=16G,node=1|1|n1|COMPLETED
7001.batch|batch||ml||2024-03-01T00:00:00|2024-03-01T02:00:00|02:00:00|cpu=8,gres/gpu=2,mem=16G,node=1|1|n1|COMPLETED
7002|prep|ben|ml|gpu|2024-03-01T00:30:00|2024-03-01T01:30:00|01:00:00|billing=4,cpu=4,mem=8G,node=1|1|n2|COMPLETED
7003|wait|ben|ml|gpu|Unknown|Unknown|00:00:00||1|None assigned|PENDING
%end
# Without a cluster file: the options name the hardware and the place; a job without GPUs is its host alone.
$ mlcarbon estimate --jobs noheader.txt --jobs-format sacct -g a100 --cpu epyc-7763 -r FR --group-by user
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       1  7001                  a100-sxm4-40gb         2          2  country:FR                        2.6252       0.10879       0.10879
|       3  7002                  -                      -          1  country:FR                      0.032292     0.0013382     0.0013382
|
| Total of 2 jobs:
|   energy      2.6575 kWh  (facility; IT 1.7035 kWh; 4 device-hours)
|   emissions   0.11013 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.11013 kg CO2e  (after 0 kg CO2e of offsets bought)
|   skipped     2 lines of the accounting not counted: 1 job step (counted in their jobs), 0 still running, 1 never started
|
| By region:
|   region      jobs  energy kWh  kg CO2e  net kg CO2e
|   country:FR     2      2.6575  0.11013      0.11013
|
| By hardware:
|   hardware        jobs  energy kWh    kg CO2e  net kg CO2e
|   -                  1    0.032292  0.0013382    0.0013382
|   a100-sxm4-40gb     1      2.6252    0.10879      0.10879
|
| By user:
|   user  jobs  energy kWh    kg CO2e  net kg CO2e
|   ana      1      2.6252    0.10879      0.10879
|   ben      1    0.032292  0.0013382    0.0013382
# Each job against a series from its own start (no cluster file: times are UTC).
%file s.csv
timestamp,g_per_kwh
2024-03-01T00:00Z,100
2024-03-01T01:00Z,300
%end
$ mlcarbon estimate --jobs noheader.txt --jobs-format sacct -g a100 --cpu epyc-7763 -r FR --intensity-series s.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e     hourly kg
|       1  7001                  a100-sxm4-40gb         2          2  country:FR                        2.6252       0.10879       0.10879       0.52503
|       3  7002                  -                      -          1  country:FR                      0.032292     0.0013382     0.0013382     0.0064583
|
| Total of 2 jobs:
|   energy      2.6575 kWh  (facility; IT 1.7035 kWh; 4 device-hours)
|   emissions   0.11013 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.11013 kg CO2e  (after 0 kg CO2e of offsets bought)
|   hourly      0.53149 kg CO2e  (2 jobs against s.csv, hour by hour; the same at the annual figures 0.11013 kg CO2e, more by 0.42137 kg, +382.6 %)
|   skipped     2 lines of the accounting not counted: 1 job step (counted in their jobs), 0 still running, 1 never started
|
| By region:
|   region      jobs  energy kWh  kg CO2e  net kg CO2e
|   country:FR     2      2.6575  0.11013      0.11013
|
| By hardware:
|   hardware        jobs  energy kWh    kg CO2e  net kg CO2e
|   -                  1    0.032292  0.0013382    0.0013382
|   a100-sxm4-40gb     1      2.6252    0.10879      0.10879
$ mlcarbon estimate --jobs noheader.txt --jobs-format sacct -g a100 --cpu epyc-7763 -r FR --intensity-series s.csv --format csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message,series_jobs,series_co2e_kg,series_annual_co2e_kg
| job,1,7001,a100-sxm4-40gb,2,400,1,2,country:FR,FR,1.56,41.44,2025,1,4,1.6827990025420803,2.6251664439656452,0.10878689743793633,0,0.10878689743793633,,1,0.525033288793129,0.10878689743793633
| job,3,7002,,,,,1,country:FR,FR,1.56,41.44,2025,1,0,0.02069975063552,0.0322916109914112,0.0013381643594840803,0,0.0013381643594840803,,1,0.00645832219828224,0.0013381643594840803
| total,,,,,,,,,,,,,2,4,1.7034987531776002,2.6574580549570563,0.11012506179742042,0,0.11012506179742042,,2,0.5314916109914113,0.11012506179742042
| region_total,,,,,,,,country:FR,,,,,2,4,1.7034987531776002,2.6574580549570563,0.11012506179742042,0,0.11012506179742042,,,,
| hardware_total,,,-,,,,,,,,,,1,0,0.02069975063552,0.0322916109914112,0.0013381643594840803,0,0.0013381643594840803,,,,
| hardware_total,,,a100-sxm4-40gb,,,,,,,,,,1,4,1.6827990025420803,2.6251664439656452,0.10878689743793633,0,0.10878689743793633,,,,
| skipped,,step,,,,,,,,,,,1,,,,,,,,,,
| skipped,,running,,,,,,,,,,,0,,,,,,,,,,
| skipped,,not_started,,,,,,,,,,,1,,,,,,,,,,
# run --record's start column, in a CSV jobs file, places its job against the series.
%file recorded.csv
hardware,count,hours,region,start,end,command,exit_status
a100,1,1,FR,2024-03-01T00:30:00Z,2024-03-01T01:30:00Z,python train.py,0
a100,1,1,FR,,,,
%end
$ mlcarbon estimate --jobs recorded.csv --intensity-series s.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e     hourly kg
|       2                        a100-sxm4-40gb         1          1  country:FR                         0.624      0.025859      0.025859        0.1248
|       3                        a100-sxm4-40gb         1          1  country:FR                         0.624      0.025859      0.025859             -
|
| Total of 2 jobs:
|   energy      1.248 kWh  (facility; IT 0.8 kWh; 2 device-hours)
|   emissions   0.051717 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.051717 kg CO2e  (after 0 kg CO2e of offsets bought)
|   hourly      0.1248 kg CO2e  (1 job against s.csv, hour by hour; the same at the annual figures 0.025859 kg CO2e, more by 0.098941 kg, +382.6 %)
|               1 job without a start time or outside the series: at the annual figures only
|
| By region:
|   region      jobs  energy kWh   kg CO2e  net kg CO2e
|   country:FR     2       1.248  0.051717     0.051717
|
| By hardware:
|   hardware        jobs  energy kWh   kg CO2e  net kg CO2e
|   a100-sxm4-40gb     2       1.248  0.051717     0.051717
# run --record's measured profile: 3 kWh drawn in the first hour, 1 in the second (hand check: the
# facility energy split 3:1, so the mean is 0.75 x 100 + 0.25 x 300 = 150 g/kWh, not the 200 of an
# even spread); a profile with no energy, or without its step, is a bad row.
%file profiled.jsonl
{"name": "profiled", "power": 1000, "count": 2, "hours": 2, "intensity": 200, "pue": 1, "start": "2024-03-01T00:00:00Z", "profile_step_s": 3600, "profile_kwh": "3 1"}
{"name": "even", "power": 1000, "count": 2, "hours": 2, "intensity": 200, "pue": 1, "start": "2024-03-01T00:00:00Z"}
{"name": "empty", "power": 1000, "hours": 2, "intensity": 200, "start": "2024-03-01T00:00:00Z", "profile_step_s": 3600, "profile_kwh": "0 0"}
{"name": "no-step", "power": 1000, "hours": 2, "intensity": 200, "start": "2024-03-01T00:00:00Z", "profile_kwh": "1 1"}
{"name": "bad-step", "power": 1000, "hours": 2, "intensity": 200, "start": "2024-03-01T00:00:00Z", "profile_step_s": 0.5, "profile_kwh": "1 1"}
%end
$ mlcarbon estimate --jobs profiled.jsonl --intensity-series s.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e     hourly kg
|       1  profiled              -                      2          2  -                                      4           0.8           0.8           0.6
|       2  even                  -                      2          2  -                                      4           0.8           0.8           0.8
|
| Total of 2 jobs (3 rows failed, not counted):
|   energy      8 kWh  (facility; IT 8 kWh; 8 device-hours)
|   emissions   1.6 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         1.6 kg CO2e  (after 0 kg CO2e of offsets bought)
|   hourly      1.4 kg CO2e  (2 jobs against s.csv, hour by hour; the same at the annual figures 1.6 kg CO2e, less by 0.2 kg, -12.5 %)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|   -          2           8      1.6          1.6
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
|   -            2           8      1.6          1.6
! mlcarbon: error: profiled.jsonl:3: profile_kwh: no energy in it; expected the kWh of each step, separated by spaces
! mlcarbon: error: profiled.jsonl:4: profile_step_s and profile_kwh go together (as run --record writes them)
! mlcarbon: error: profiled.jsonl:5: profile_step_s: '0.5' is out of range; expected whole seconds >= 1 and <= 86400
[6]
