# Many jobs: CSV and JSON Lines, every output format, totals, bad rows, defaults from options.
%file jobs.csv
name,hardware,count,hours,region,pue,power,intensity,offset
pretrain,h100,256,72,gcp:us-central1,,,,
finetune,a100,8,12,aws:us-east-1,,,,10
sweep,l4,4,30,FR,,,,
lab,,2,500,,1.4,310,250,
"quoted, name",v100,1,1,DE,,,,
bad hours,a100,1,ten,FR,,,,
unknown device,A1OO,1,1,FR,,,,
no place,a100,1,1,,,,,
%end
$ mlcarbon estimate --jobs jobs.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  pretrain              h100-sxm             256         72  gcp:us-central1                   14,064         6,712         6,712
|       3  finetune              a100-sxm4-40gb         8         12  aws:us-east-1                     43.776        14.753        13.278
|       4  sweep                 l4                     4         30  country:FR                        13.478       0.55854       0.55854
|       5  lab                   -                      2        500  -                                    434         108.5         108.5
|       6  quoted, name          v100-sxm2-16gb         1          1  country:DE                         0.468       0.15428       0.15428
|
| Total of 5 jobs (3 rows failed, not counted):
|   energy      14,555 kWh  (facility; IT 13,260 kWh; 19,649 device-hours)
|   emissions   6,836 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         6,834 kg CO2e  (after 1.4753 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   -                   1         434    108.5        108.5
|   aws:us-east-1       1      43.776   14.753       13.278
|   country:DE          1       0.468  0.15428      0.15428
|   country:FR          1      13.478  0.55854      0.55854
|   gcp:us-central1     1      14,064    6,712        6,712
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  1         434    108.5        108.5
|   a100-sxm4-40gb     1      43.776   14.753       13.278
|   h100-sxm           1      14,064    6,712        6,712
|   l4                 1      13.478  0.55854      0.55854
|   v100-sxm2-16gb     1       0.468  0.15428      0.15428
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "jobs": [
|     {
|       "line": 2,
|       "name": "pretrain",
|       "hardware": "h100-sxm",
|       "count": 256,
|       "power_w": 700,
|       "power_origin": "hardware",
|       "utilization": 1,
|       "hours": 72,
|       "region": "gcp:us-central1",
|       "grid": "US-MROW",
|       "pue": 1.09,
|       "pue_origin": "provider",
|       "intensity_g_per_kwh": 477.23071928071926,
|       "intensity_origin": "region",
|       "intensity_year": 2025,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 12902.4,
|       "energy_kwh": 14063.616,
|       "co2e_kg": 6711.589579367832,
|       "offset_kg": 0,
|       "net_co2e_kg": 6711.589579367832,
|       "embodied_kg": 190.81385979049153
|     },
|     {
|       "line": 3,
|       "name": "finetune",
|       "hardware": "a100-sxm4-40gb",
|       "count": 8,
|       "power_w": 400,
|       "power_origin": "hardware",
|       "utilization": 1,
|       "hours": 12,
|       "region": "aws:us-east-1",
|       "grid": "US-SRVC",
|       "pue": 1.14,
|       "pue_origin": "provider",
|       "intensity_g_per_kwh": 337.01647352647353,
|       "intensity_origin": "grid",
|       "intensity_year": 2023,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 38.400000000000006,
|       "energy_kwh": 43.776,
|       "co2e_kg": 14.753233145094907,
|       "offset_kg": 1.4753233145094908,
|       "net_co2e_kg": 13.277909830585415,
|       "embodied_kg": 0.9938221864088101
|     },
|     {
|       "line": 4,
|       "name": "sweep",
|       "hardware": "l4",
|       "count": 4,
|       "power_w": 72,
|       "power_origin": "hardware",
|       "utilization": 1,
|       "hours": 30,
|       "region": "country:FR",
|       "grid": "FR",
|       "pue": 1.56,
|       "pue_origin": "default",
|       "intensity_g_per_kwh": 41.44,
|       "intensity_origin": "grid",
|       "intensity_year": 2025,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 8.639999999999999,
|       "energy_kwh": 13.478399999999999,
|       "co2e_kg": 0.5585448959999999,
|       "offset_kg": 0,
|       "net_co2e_kg": 0.5585448959999999,
|       "embodied_kg": 1.2422777330110126
|     },
|     {
|       "line": 5,
|       "name": "lab",
|       "hardware": null,
|       "count": 2,
|       "power_w": 310,
|       "power_origin": "user",
|       "utilization": 1,
|       "hours": 500,
|       "region": null,
|       "grid": null,
|       "pue": 1.4,
|       "pue_origin": "user",
|       "intensity_g_per_kwh": 250,
|       "intensity_origin": "user",
|       "intensity_year": null,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 310,
|       "energy_kwh": 434,
|       "co2e_kg": 108.5,
|       "offset_kg": 0,
|       "net_co2e_kg": 108.5,
|       "embodied_kg": 0
|     },
|     {
|       "line": 6,
|       "name": "quoted, name",
|       "hardware": "v100-sxm2-16gb",
|       "count": 1,
|       "power_w": 300,
|       "power_origin": "hardware",
|       "utilization": 1,
|       "hours": 1,
|       "region": "country:DE",
|       "grid": "DE",
|       "pue": 1.56,
|       "pue_origin": "default",
|       "intensity_g_per_kwh": 329.65,
|       "intensity_origin": "grid",
|       "intensity_year": 2025,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 0.3,
|       "energy_kwh": 0.46799999999999997,
|       "co2e_kg": 0.1542762,
|       "offset_kg": 0,
|       "net_co2e_kg": 0.1542762,
|       "embodied_kg": 0.010352314441758438
|     }
|   ],
|   "errors": [
|     {
|       "line": 7,
|       "kind": "usage",
|       "message": "hours: 'ten' is not a number; expected hours > 0 and <= 1000000"
|     },
|     {
|       "line": 8,
|       "kind": "not_found",
|       "message": "unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?"
|     },
|     {
|       "line": 9,
|       "kind": "usage",
|       "message": "no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)"
|     }
|   ],
|   "errors_not_listed": 0,
|   "totals": {
|     "jobs": 5,
|     "device_hours": 19649,
|     "it_energy_kwh": 13259.739999999998,
|     "energy_kwh": 14555.3384,
|     "co2e_kg": 6835.555633608927,
|     "offset_kg": 1.4753233145094908,
|     "net_co2e_kg": 6834.080310294417,
|     "embodied_kg": 193.0603120243531,
|     "failed": 3,
|     "by_region": [
|       {
|         "region": "-",
|         "jobs": 1,
|         "device_hours": 1000,
|         "it_energy_kwh": 310,
|         "energy_kwh": 434,
|         "co2e_kg": 108.5,
|         "offset_kg": 0,
|         "net_co2e_kg": 108.5,
|         "embodied_kg": 0
|       },
|       {
|         "region": "aws:us-east-1",
|         "jobs": 1,
|         "device_hours": 96,
|         "it_energy_kwh": 38.400000000000006,
|         "energy_kwh": 43.776,
|         "co2e_kg": 14.753233145094907,
|         "offset_kg": 1.4753233145094908,
|         "net_co2e_kg": 13.277909830585415,
|         "embodied_kg": 0.9938221864088101
|       },
|       {
|         "region": "country:DE",
|         "jobs": 1,
|         "device_hours": 1,
|         "it_energy_kwh": 0.3,
|         "energy_kwh": 0.46799999999999997,
|         "co2e_kg": 0.1542762,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.1542762,
|         "embodied_kg": 0.010352314441758438
|       },
|       {
|         "region": "country:FR",
|         "jobs": 1,
|         "device_hours": 120,
|         "it_energy_kwh": 8.639999999999999,
|         "energy_kwh": 13.478399999999999,
|         "co2e_kg": 0.5585448959999999,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.5585448959999999,
|         "embodied_kg": 1.2422777330110126
|       },
|       {
|         "region": "gcp:us-central1",
|         "jobs": 1,
|         "device_hours": 18432,
|         "it_energy_kwh": 12902.4,
|         "energy_kwh": 14063.616,
|         "co2e_kg": 6711.589579367832,
|         "offset_kg": 0,
|         "net_co2e_kg": 6711.589579367832,
|         "embodied_kg": 190.81385979049153
|       }
|     ],
|     "by_hardware": [
|       {
|         "hardware": "-",
|         "jobs": 1,
|         "device_hours": 1000,
|         "it_energy_kwh": 310,
|         "energy_kwh": 434,
|         "co2e_kg": 108.5,
|         "offset_kg": 0,
|         "net_co2e_kg": 108.5,
|         "embodied_kg": 0
|       },
|       {
|         "hardware": "a100-sxm4-40gb",
|         "jobs": 1,
|         "device_hours": 96,
|         "it_energy_kwh": 38.400000000000006,
|         "energy_kwh": 43.776,
|         "co2e_kg": 14.753233145094907,
|         "offset_kg": 1.4753233145094908,
|         "net_co2e_kg": 13.277909830585415,
|         "embodied_kg": 0.9938221864088101
|       },
|       {
|         "hardware": "h100-sxm",
|         "jobs": 1,
|         "device_hours": 18432,
|         "it_energy_kwh": 12902.4,
|         "energy_kwh": 14063.616,
|         "co2e_kg": 6711.589579367832,
|         "offset_kg": 0,
|         "net_co2e_kg": 6711.589579367832,
|         "embodied_kg": 190.81385979049153
|       },
|       {
|         "hardware": "l4",
|         "jobs": 1,
|         "device_hours": 120,
|         "it_energy_kwh": 8.639999999999999,
|         "energy_kwh": 13.478399999999999,
|         "co2e_kg": 0.5585448959999999,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.5585448959999999,
|         "embodied_kg": 1.2422777330110126
|       },
|       {
|         "hardware": "v100-sxm2-16gb",
|         "jobs": 1,
|         "device_hours": 1,
|         "it_energy_kwh": 0.3,
|         "energy_kwh": 0.46799999999999997,
|         "co2e_kg": 0.1542762,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.1542762,
|         "embodied_kg": 0.010352314441758438
|       }
|     ]
|   },
|   "equivalents": [],
|   "settings": []
| }
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --format jsonl
| {"schema_version":1,"record":"job","line":2,"name":"pretrain","hardware":"h100-sxm","count":256,"power_w":700,"power_origin":"hardware","utilization":1,"hours":72,"region":"gcp:us-central1","grid":"US-MROW","pue":1.09,"pue_origin":"provider","intensity_g_per_kwh":477.23071928071926,"intensity_origin":"region","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":12902.4,"energy_kwh":14063.616,"co2e_kg":6711.589579367832,"offset_kg":0,"net_co2e_kg":6711.589579367832,"embodied_kg":190.81385979049153}
| {"schema_version":1,"record":"job","line":3,"name":"finetune","hardware":"a100-sxm4-40gb","count":8,"power_w":400,"power_origin":"hardware","utilization":1,"hours":12,"region":"aws:us-east-1","grid":"US-SRVC","pue":1.14,"pue_origin":"provider","intensity_g_per_kwh":337.01647352647353,"intensity_origin":"grid","intensity_year":2023,"intensity_basis":"lifecycle","it_energy_kwh":38.400000000000006,"energy_kwh":43.776,"co2e_kg":14.753233145094907,"offset_kg":1.4753233145094908,"net_co2e_kg":13.277909830585415,"embodied_kg":0.9938221864088101}
| {"schema_version":1,"record":"job","line":4,"name":"sweep","hardware":"l4","count":4,"power_w":72,"power_origin":"hardware","utilization":1,"hours":30,"region":"country:FR","grid":"FR","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":8.639999999999999,"energy_kwh":13.478399999999999,"co2e_kg":0.5585448959999999,"offset_kg":0,"net_co2e_kg":0.5585448959999999,"embodied_kg":1.2422777330110126}
| {"schema_version":1,"record":"job","line":5,"name":"lab","hardware":null,"count":2,"power_w":310,"power_origin":"user","utilization":1,"hours":500,"region":null,"grid":null,"pue":1.4,"pue_origin":"user","intensity_g_per_kwh":250,"intensity_origin":"user","intensity_year":null,"intensity_basis":"lifecycle","it_energy_kwh":310,"energy_kwh":434,"co2e_kg":108.5,"offset_kg":0,"net_co2e_kg":108.5,"embodied_kg":0}
| {"schema_version":1,"record":"job","line":6,"name":"quoted, name","hardware":"v100-sxm2-16gb","count":1,"power_w":300,"power_origin":"hardware","utilization":1,"hours":1,"region":"country:DE","grid":"DE","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":329.65,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":0.3,"energy_kwh":0.46799999999999997,"co2e_kg":0.1542762,"offset_kg":0,"net_co2e_kg":0.1542762,"embodied_kg":0.010352314441758438}
| {"schema_version":1,"record":"error","line":7,"kind":"usage","message":"hours: 'ten' is not a number; expected hours > 0 and <= 1000000"}
| {"schema_version":1,"record":"error","line":8,"kind":"not_found","message":"unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?"}
| {"schema_version":1,"record":"error","line":9,"kind":"usage","message":"no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)"}
| {"schema_version":1,"record":"total","jobs":5,"device_hours":19649,"it_energy_kwh":13259.739999999998,"energy_kwh":14555.3384,"co2e_kg":6835.555633608927,"offset_kg":1.4753233145094908,"net_co2e_kg":6834.080310294417,"embodied_kg":193.0603120243531,"failed":3}
| {"schema_version":1,"record":"region_total","region":"-","jobs":1,"device_hours":1000,"it_energy_kwh":310,"energy_kwh":434,"co2e_kg":108.5,"offset_kg":0,"net_co2e_kg":108.5,"embodied_kg":0}
| {"schema_version":1,"record":"region_total","region":"aws:us-east-1","jobs":1,"device_hours":96,"it_energy_kwh":38.400000000000006,"energy_kwh":43.776,"co2e_kg":14.753233145094907,"offset_kg":1.4753233145094908,"net_co2e_kg":13.277909830585415,"embodied_kg":0.9938221864088101}
| {"schema_version":1,"record":"region_total","region":"country:DE","jobs":1,"device_hours":1,"it_energy_kwh":0.3,"energy_kwh":0.46799999999999997,"co2e_kg":0.1542762,"offset_kg":0,"net_co2e_kg":0.1542762,"embodied_kg":0.010352314441758438}
| {"schema_version":1,"record":"region_total","region":"country:FR","jobs":1,"device_hours":120,"it_energy_kwh":8.639999999999999,"energy_kwh":13.478399999999999,"co2e_kg":0.5585448959999999,"offset_kg":0,"net_co2e_kg":0.5585448959999999,"embodied_kg":1.2422777330110126}
| {"schema_version":1,"record":"region_total","region":"gcp:us-central1","jobs":1,"device_hours":18432,"it_energy_kwh":12902.4,"energy_kwh":14063.616,"co2e_kg":6711.589579367832,"offset_kg":0,"net_co2e_kg":6711.589579367832,"embodied_kg":190.81385979049153}
| {"schema_version":1,"record":"hardware_total","hardware":"-","jobs":1,"device_hours":1000,"it_energy_kwh":310,"energy_kwh":434,"co2e_kg":108.5,"offset_kg":0,"net_co2e_kg":108.5,"embodied_kg":0}
| {"schema_version":1,"record":"hardware_total","hardware":"a100-sxm4-40gb","jobs":1,"device_hours":96,"it_energy_kwh":38.400000000000006,"energy_kwh":43.776,"co2e_kg":14.753233145094907,"offset_kg":1.4753233145094908,"net_co2e_kg":13.277909830585415,"embodied_kg":0.9938221864088101}
| {"schema_version":1,"record":"hardware_total","hardware":"h100-sxm","jobs":1,"device_hours":18432,"it_energy_kwh":12902.4,"energy_kwh":14063.616,"co2e_kg":6711.589579367832,"offset_kg":0,"net_co2e_kg":6711.589579367832,"embodied_kg":190.81385979049153}
| {"schema_version":1,"record":"hardware_total","hardware":"l4","jobs":1,"device_hours":120,"it_energy_kwh":8.639999999999999,"energy_kwh":13.478399999999999,"co2e_kg":0.5585448959999999,"offset_kg":0,"net_co2e_kg":0.5585448959999999,"embodied_kg":1.2422777330110126}
| {"schema_version":1,"record":"hardware_total","hardware":"v100-sxm2-16gb","jobs":1,"device_hours":1,"it_energy_kwh":0.3,"energy_kwh":0.46799999999999997,"co2e_kg":0.1542762,"offset_kg":0,"net_co2e_kg":0.1542762,"embodied_kg":0.010352314441758438}
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --format csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message
| job,2,pretrain,h100-sxm,256,700,1,72,gcp:us-central1,US-MROW,1.09,477.23071928071926,2025,1,18432,12902.4,14063.616,6711.589579367832,0,6711.589579367832,
| job,3,finetune,a100-sxm4-40gb,8,400,1,12,aws:us-east-1,US-SRVC,1.14,337.01647352647353,2023,1,96,38.400000000000006,43.776,14.753233145094907,1.4753233145094908,13.277909830585415,
| job,4,sweep,l4,4,72,1,30,country:FR,FR,1.56,41.44,2025,1,120,8.639999999999999,13.478399999999999,0.5585448959999999,0,0.5585448959999999,
| job,5,lab,,2,310,1,500,,,1.4,250,,1,1000,310,434,108.5,0,108.5,
| job,6,"quoted, name",v100-sxm2-16gb,1,300,1,1,country:DE,DE,1.56,329.65,2025,1,1,0.3,0.46799999999999997,0.1542762,0,0.1542762,
| error,7,,,,,,,,,,,,,,,,,,,hours: 'ten' is not a number; expected hours > 0 and <= 1000000
| error,8,,,,,,,,,,,,,,,,,,,"unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?"
| error,9,,,,,,,,,,,,,,,,,,,no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
| total,,,,,,,,,,,,,5,19649,13259.739999999998,14555.3384,6835.555633608927,1.4753233145094908,6834.080310294417,
| region_total,,,,,,,,-,,,,,1,1000,310,434,108.5,0,108.5,
| region_total,,,,,,,,aws:us-east-1,,,,,1,96,38.400000000000006,43.776,14.753233145094907,1.4753233145094908,13.277909830585415,
| region_total,,,,,,,,country:DE,,,,,1,1,0.3,0.46799999999999997,0.1542762,0,0.1542762,
| region_total,,,,,,,,country:FR,,,,,1,120,8.639999999999999,13.478399999999999,0.5585448959999999,0,0.5585448959999999,
| region_total,,,,,,,,gcp:us-central1,,,,,1,18432,12902.4,14063.616,6711.589579367832,0,6711.589579367832,
| hardware_total,,,-,,,,,,,,,,1,1000,310,434,108.5,0,108.5,
| hardware_total,,,a100-sxm4-40gb,,,,,,,,,,1,96,38.400000000000006,43.776,14.753233145094907,1.4753233145094908,13.277909830585415,
| hardware_total,,,h100-sxm,,,,,,,,,,1,18432,12902.4,14063.616,6711.589579367832,0,6711.589579367832,
| hardware_total,,,l4,,,,,,,,,,1,120,8.639999999999999,13.478399999999999,0.5585448959999999,0,0.5585448959999999,
| hardware_total,,,v100-sxm2-16gb,,,,,,,,,,1,1,0.3,0.46799999999999997,0.1542762,0,0.1542762,
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| | Job | Hardware | Location | Hours | PUE | gCO2e/kWh | kWh | kg CO2e |
| | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| | pretrain | 256 × h100-sxm | gcp:us-central1 | 72 | 1.09 | 477.23 | 14,064 | 6,712 |
| | finetune | 8 × a100-sxm4-40gb | aws:us-east-1 | 12 | 1.14 | 337.02 | 43.776 | 14.753 |
| | sweep | 4 × l4 | country:FR | 30 | 1.56 | 41.44 | 13.478 | 0.55854 |
| | lab | 2 × device | private site | 500 | 1.4 | 250 | 434 | 108.5 |
| | quoted, name | 1 × v100-sxm2-16gb | country:DE | 1 | 1.56 | 329.65 | 0.468 | 0.15428 |
| | **Total** |  |  | 19,649 device-h |  |  | 14,555 | 6,836 |
|
| **Energy and carbon footprint.** We estimate the energy of 5 runs as devices × power per device × utilization × hours × PUE, and their emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]. In total the runs used 14,555 kWh of electricity (19,649 device-hours) and emitted 6,836 kg CO2e (location-based); after 1.4753 kg CO2e of offsets bought, 6,834 kg CO2e net.
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2023). NVIDIA H100 Tensor Core GPU datasheet. https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
| 4. Google (2026). Google 2026 Environmental Report (2025 data). https://sustainability.google/google-2026-environmental-report
| 5. Google (2026). Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data. https://github.com/GoogleCloudPlatform/region-carbon-info
| 6. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 7. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 8. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 9. Google (2024). Google data centers: 24/7 carbon-free energy. https://www.google.com/about/datacenters/cleanenergy/
| 10. Google (2025). Read Google's 10th annual Environmental Report. https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
| 11. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
| 12. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 13. Amazon (2026). Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025). https://sustainability.aboutamazon.com/environment/the-cloud
| 14. Amazon (2024). Amazon 2023 Sustainability Report, executive summary. https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/
| 15. NVIDIA (2023). NVIDIA L4 Tensor Core GPU datasheet. https://nvdam.widen.net/s/rvq98gbwsw/l4-datasheet-2595652
| 16. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 17. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 18. NVIDIA (2018). NVIDIA Tesla V100 GPU Accelerator datasheet. https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \begin{table}[ht]
| \centering
| \begin{tabular}{lllrrrrr}
| \hline
| Job & Hardware & Location & Hours & PUE & gCO\textsubscript{2}e/kWh & kWh & kg CO\textsubscript{2}e \\
| \hline
| pretrain & 256 $\times$ h100-sxm & gcp:us-central1 & 72 & 1.09 & 477.23 & 14,064 & 6,712 \\
| finetune & 8 $\times$ a100-sxm4-40gb & aws:us-east-1 & 12 & 1.14 & 337.02 & 43.776 & 14.753 \\
| sweep & 4 $\times$ l4 & country:FR & 30 & 1.56 & 41.44 & 13.478 & 0.55854 \\
| lab & 2 $\times$ device & private site & 500 & 1.4 & 250 & 434 & 108.5 \\
| quoted, name & 1 $\times$ v100-sxm2-16gb & country:DE & 1 & 1.56 & 329.65 & 0.468 & 0.15428 \\
| \hline
| Total &  &  & 19,649 device-h &  &  & 14,555 & 6,836 \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of each run (mlcarbon).}
| \end{table}
|
| \paragraph{Energy and carbon footprint.}
| We estimate the energy of 5 runs as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and their emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited~\cite{nvidia-h100-datasheet,google-env-report-2026,google-region-carbon-2025,egrid2023,ipcc-ar5-annex3,electricity-maps-oil-factors,google-clean-energy,google-env-report-2025,luccioni2022bloom,nvidia-a100-datasheet,aws-pue-2025,amazon-sustainability-2023,nvidia-l4-datasheet,uptime-2024,owid-carbon-intensity,nvidia-v100-datasheet}. In total the runs used 14,555 kWh of electricity (19,649 device-hours) and emitted 6,836 kg CO\textsubscript{2}e (location-based); after 1.4753 kg CO\textsubscript{2}e of offsets bought, 6,834 kg CO\textsubscript{2}e net.
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --format model-card
| co2_eq_emissions:
|   emissions: 6835555.63
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Council Bluffs, Iowa, US (gcp:us-central1); France; Germany; US East (N. Virginia) (Northern Virginia), US (aws:us-east-1); private site"
|   hardware_used: "NVIDIA A100 SXM4 40 GB; NVIDIA H100 SXM5 80 GB; NVIDIA L4; NVIDIA Tesla V100 SXM2 16 GB; devices at 310 W"
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --totals-only
| Total of 5 jobs (3 rows failed, not counted):
|   energy      14,555 kWh  (facility; IT 13,260 kWh; 19,649 device-hours)
|   emissions   6,836 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         6,834 kg CO2e  (after 1.4753 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   -                   1         434    108.5        108.5
|   aws:us-east-1       1      43.776   14.753       13.278
|   country:DE          1       0.468  0.15428      0.15428
|   country:FR          1      13.478  0.55854      0.55854
|   gcp:us-central1     1      14,064    6,712        6,712
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  1         434    108.5        108.5
|   a100-sxm4-40gb     1      43.776   14.753       13.278
|   h100-sxm           1      14,064    6,712        6,712
|   l4                 1      13.478  0.55854      0.55854
|   v100-sxm2-16gb     1       0.468  0.15428      0.15428
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --totals-only --format json
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
|       "line": 7,
|       "kind": "usage",
|       "message": "hours: 'ten' is not a number; expected hours > 0 and <= 1000000"
|     },
|     {
|       "line": 8,
|       "kind": "not_found",
|       "message": "unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?"
|     },
|     {
|       "line": 9,
|       "kind": "usage",
|       "message": "no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)"
|     }
|   ],
|   "errors_not_listed": 0,
|   "totals": {
|     "jobs": 5,
|     "device_hours": 19649,
|     "it_energy_kwh": 13259.739999999998,
|     "energy_kwh": 14555.3384,
|     "co2e_kg": 6835.555633608927,
|     "offset_kg": 1.4753233145094908,
|     "net_co2e_kg": 6834.080310294417,
|     "embodied_kg": 193.0603120243531,
|     "failed": 3,
|     "by_region": [
|       {
|         "region": "-",
|         "jobs": 1,
|         "device_hours": 1000,
|         "it_energy_kwh": 310,
|         "energy_kwh": 434,
|         "co2e_kg": 108.5,
|         "offset_kg": 0,
|         "net_co2e_kg": 108.5,
|         "embodied_kg": 0
|       },
|       {
|         "region": "aws:us-east-1",
|         "jobs": 1,
|         "device_hours": 96,
|         "it_energy_kwh": 38.400000000000006,
|         "energy_kwh": 43.776,
|         "co2e_kg": 14.753233145094907,
|         "offset_kg": 1.4753233145094908,
|         "net_co2e_kg": 13.277909830585415,
|         "embodied_kg": 0.9938221864088101
|       },
|       {
|         "region": "country:DE",
|         "jobs": 1,
|         "device_hours": 1,
|         "it_energy_kwh": 0.3,
|         "energy_kwh": 0.46799999999999997,
|         "co2e_kg": 0.1542762,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.1542762,
|         "embodied_kg": 0.010352314441758438
|       },
|       {
|         "region": "country:FR",
|         "jobs": 1,
|         "device_hours": 120,
|         "it_energy_kwh": 8.639999999999999,
|         "energy_kwh": 13.478399999999999,
|         "co2e_kg": 0.5585448959999999,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.5585448959999999,
|         "embodied_kg": 1.2422777330110126
|       },
|       {
|         "region": "gcp:us-central1",
|         "jobs": 1,
|         "device_hours": 18432,
|         "it_energy_kwh": 12902.4,
|         "energy_kwh": 14063.616,
|         "co2e_kg": 6711.589579367832,
|         "offset_kg": 0,
|         "net_co2e_kg": 6711.589579367832,
|         "embodied_kg": 190.81385979049153
|       }
|     ],
|     "by_hardware": [
|       {
|         "hardware": "-",
|         "jobs": 1,
|         "device_hours": 1000,
|         "it_energy_kwh": 310,
|         "energy_kwh": 434,
|         "co2e_kg": 108.5,
|         "offset_kg": 0,
|         "net_co2e_kg": 108.5,
|         "embodied_kg": 0
|       },
|       {
|         "hardware": "a100-sxm4-40gb",
|         "jobs": 1,
|         "device_hours": 96,
|         "it_energy_kwh": 38.400000000000006,
|         "energy_kwh": 43.776,
|         "co2e_kg": 14.753233145094907,
|         "offset_kg": 1.4753233145094908,
|         "net_co2e_kg": 13.277909830585415,
|         "embodied_kg": 0.9938221864088101
|       },
|       {
|         "hardware": "h100-sxm",
|         "jobs": 1,
|         "device_hours": 18432,
|         "it_energy_kwh": 12902.4,
|         "energy_kwh": 14063.616,
|         "co2e_kg": 6711.589579367832,
|         "offset_kg": 0,
|         "net_co2e_kg": 6711.589579367832,
|         "embodied_kg": 190.81385979049153
|       },
|       {
|         "hardware": "l4",
|         "jobs": 1,
|         "device_hours": 120,
|         "it_energy_kwh": 8.639999999999999,
|         "energy_kwh": 13.478399999999999,
|         "co2e_kg": 0.5585448959999999,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.5585448959999999,
|         "embodied_kg": 1.2422777330110126
|       },
|       {
|         "hardware": "v100-sxm2-16gb",
|         "jobs": 1,
|         "device_hours": 1,
|         "it_energy_kwh": 0.3,
|         "energy_kwh": 0.46799999999999997,
|         "co2e_kg": 0.1542762,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.1542762,
|         "embodied_kg": 0.010352314441758438
|       }
|     ]
|   },
|   "equivalents": [],
|   "settings": []
| }
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --totals-only --format jsonl
| {"schema_version":1,"record":"error","line":7,"kind":"usage","message":"hours: 'ten' is not a number; expected hours > 0 and <= 1000000"}
| {"schema_version":1,"record":"error","line":8,"kind":"not_found","message":"unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?"}
| {"schema_version":1,"record":"error","line":9,"kind":"usage","message":"no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)"}
| {"schema_version":1,"record":"total","jobs":5,"device_hours":19649,"it_energy_kwh":13259.739999999998,"energy_kwh":14555.3384,"co2e_kg":6835.555633608927,"offset_kg":1.4753233145094908,"net_co2e_kg":6834.080310294417,"embodied_kg":193.0603120243531,"failed":3}
| {"schema_version":1,"record":"region_total","region":"-","jobs":1,"device_hours":1000,"it_energy_kwh":310,"energy_kwh":434,"co2e_kg":108.5,"offset_kg":0,"net_co2e_kg":108.5,"embodied_kg":0}
| {"schema_version":1,"record":"region_total","region":"aws:us-east-1","jobs":1,"device_hours":96,"it_energy_kwh":38.400000000000006,"energy_kwh":43.776,"co2e_kg":14.753233145094907,"offset_kg":1.4753233145094908,"net_co2e_kg":13.277909830585415,"embodied_kg":0.9938221864088101}
| {"schema_version":1,"record":"region_total","region":"country:DE","jobs":1,"device_hours":1,"it_energy_kwh":0.3,"energy_kwh":0.46799999999999997,"co2e_kg":0.1542762,"offset_kg":0,"net_co2e_kg":0.1542762,"embodied_kg":0.010352314441758438}
| {"schema_version":1,"record":"region_total","region":"country:FR","jobs":1,"device_hours":120,"it_energy_kwh":8.639999999999999,"energy_kwh":13.478399999999999,"co2e_kg":0.5585448959999999,"offset_kg":0,"net_co2e_kg":0.5585448959999999,"embodied_kg":1.2422777330110126}
| {"schema_version":1,"record":"region_total","region":"gcp:us-central1","jobs":1,"device_hours":18432,"it_energy_kwh":12902.4,"energy_kwh":14063.616,"co2e_kg":6711.589579367832,"offset_kg":0,"net_co2e_kg":6711.589579367832,"embodied_kg":190.81385979049153}
| {"schema_version":1,"record":"hardware_total","hardware":"-","jobs":1,"device_hours":1000,"it_energy_kwh":310,"energy_kwh":434,"co2e_kg":108.5,"offset_kg":0,"net_co2e_kg":108.5,"embodied_kg":0}
| {"schema_version":1,"record":"hardware_total","hardware":"a100-sxm4-40gb","jobs":1,"device_hours":96,"it_energy_kwh":38.400000000000006,"energy_kwh":43.776,"co2e_kg":14.753233145094907,"offset_kg":1.4753233145094908,"net_co2e_kg":13.277909830585415,"embodied_kg":0.9938221864088101}
| {"schema_version":1,"record":"hardware_total","hardware":"h100-sxm","jobs":1,"device_hours":18432,"it_energy_kwh":12902.4,"energy_kwh":14063.616,"co2e_kg":6711.589579367832,"offset_kg":0,"net_co2e_kg":6711.589579367832,"embodied_kg":190.81385979049153}
| {"schema_version":1,"record":"hardware_total","hardware":"l4","jobs":1,"device_hours":120,"it_energy_kwh":8.639999999999999,"energy_kwh":13.478399999999999,"co2e_kg":0.5585448959999999,"offset_kg":0,"net_co2e_kg":0.5585448959999999,"embodied_kg":1.2422777330110126}
| {"schema_version":1,"record":"hardware_total","hardware":"v100-sxm2-16gb","jobs":1,"device_hours":1,"it_energy_kwh":0.3,"energy_kwh":0.46799999999999997,"co2e_kg":0.1542762,"offset_kg":0,"net_co2e_kg":0.1542762,"embodied_kg":0.010352314441758438}
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --totals-only --format csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message
| error,7,,,,,,,,,,,,,,,,,,,hours: 'ten' is not a number; expected hours > 0 and <= 1000000
| error,8,,,,,,,,,,,,,,,,,,,"unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?"
| error,9,,,,,,,,,,,,,,,,,,,no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
| total,,,,,,,,,,,,,5,19649,13259.739999999998,14555.3384,6835.555633608927,1.4753233145094908,6834.080310294417,
| region_total,,,,,,,,-,,,,,1,1000,310,434,108.5,0,108.5,
| region_total,,,,,,,,aws:us-east-1,,,,,1,96,38.400000000000006,43.776,14.753233145094907,1.4753233145094908,13.277909830585415,
| region_total,,,,,,,,country:DE,,,,,1,1,0.3,0.46799999999999997,0.1542762,0,0.1542762,
| region_total,,,,,,,,country:FR,,,,,1,120,8.639999999999999,13.478399999999999,0.5585448959999999,0,0.5585448959999999,
| region_total,,,,,,,,gcp:us-central1,,,,,1,18432,12902.4,14063.616,6711.589579367832,0,6711.589579367832,
| hardware_total,,,-,,,,,,,,,,1,1000,310,434,108.5,0,108.5,
| hardware_total,,,a100-sxm4-40gb,,,,,,,,,,1,96,38.400000000000006,43.776,14.753233145094907,1.4753233145094908,13.277909830585415,
| hardware_total,,,h100-sxm,,,,,,,,,,1,18432,12902.4,14063.616,6711.589579367832,0,6711.589579367832,
| hardware_total,,,l4,,,,,,,,,,1,120,8.639999999999999,13.478399999999999,0.5585448959999999,0,0.5585448959999999,
| hardware_total,,,v100-sxm2-16gb,,,,,,,,,,1,1,0.3,0.46799999999999997,0.1542762,0,0.1542762,
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --totals-only --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** We estimate the energy of 5 runs as devices × power per device × utilization × hours × PUE, and their emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]. In total the runs used 14,555 kWh of electricity (19,649 device-hours) and emitted 6,836 kg CO2e (location-based); after 1.4753 kg CO2e of offsets bought, 6,834 kg CO2e net.
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2023). NVIDIA H100 Tensor Core GPU datasheet. https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
| 4. Google (2026). Google 2026 Environmental Report (2025 data). https://sustainability.google/google-2026-environmental-report
| 5. Google (2026). Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data. https://github.com/GoogleCloudPlatform/region-carbon-info
| 6. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 7. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 8. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 9. Google (2024). Google data centers: 24/7 carbon-free energy. https://www.google.com/about/datacenters/cleanenergy/
| 10. Google (2025). Read Google's 10th annual Environmental Report. https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
| 11. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
| 12. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 13. Amazon (2026). Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025). https://sustainability.aboutamazon.com/environment/the-cloud
| 14. Amazon (2024). Amazon 2023 Sustainability Report, executive summary. https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/
| 15. NVIDIA (2023). NVIDIA L4 Tensor Core GPU datasheet. https://nvdam.widen.net/s/rvq98gbwsw/l4-datasheet-2595652
| 16. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 17. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 18. NVIDIA (2018). NVIDIA Tesla V100 GPU Accelerator datasheet. https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --totals-only --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| We estimate the energy of 5 runs as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and their emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited~\cite{nvidia-h100-datasheet,google-env-report-2026,google-region-carbon-2025,egrid2023,ipcc-ar5-annex3,electricity-maps-oil-factors,google-clean-energy,google-env-report-2025,luccioni2022bloom,nvidia-a100-datasheet,aws-pue-2025,amazon-sustainability-2023,nvidia-l4-datasheet,uptime-2024,owid-carbon-intensity,nvidia-v100-datasheet}. In total the runs used 14,555 kWh of electricity (19,649 device-hours) and emitted 6,836 kg CO\textsubscript{2}e (location-based); after 1.4753 kg CO\textsubscript{2}e of offsets bought, 6,834 kg CO\textsubscript{2}e net.
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --value co2e_kg
| 6835.6
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --value jobs
| 5
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --value failed
| 3
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --value device_hours
| 19649
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv -q
| 6834.1
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --strict
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  pretrain              h100-sxm             256         72  gcp:us-central1                   14,064         6,712         6,712
|       3  finetune              a100-sxm4-40gb         8         12  aws:us-east-1                     43.776        14.753        13.278
|       4  sweep                 l4                     4         30  country:FR                        13.478       0.55854       0.55854
|       5  lab                   -                      2        500  -                                    434         108.5         108.5
|       6  quoted, name          v100-sxm2-16gb         1          1  country:DE                         0.468       0.15428       0.15428
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --jobs jobs.csv --budget 1t --totals-only
| Total of 5 jobs (3 rows failed, not counted):
|   energy      14,555 kWh  (facility; IT 13,260 kWh; 19,649 device-hours)
|   emissions   6,836 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         6,834 kg CO2e  (after 1.4753 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   -                   1         434    108.5        108.5
|   aws:us-east-1       1      43.776   14.753       13.278
|   country:DE          1       0.468  0.15428      0.15428
|   country:FR          1      13.478  0.55854      0.55854
|   gcp:us-central1     1      14,064    6,712        6,712
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  1         434    108.5        108.5
|   a100-sxm4-40gb     1      43.776   14.753       13.278
|   h100-sxm           1      14,064    6,712        6,712
|   l4                 1      13.478  0.55854      0.55854
|   v100-sxm2-16gb     1       0.468  0.15428      0.15428
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
! mlcarbon: budget exceeded: gross emissions of 6,836 kg CO2e are 5,836 kg CO2e (583.56%) over the budget of 1t
[7]
$ mlcarbon estimate --jobs jobs.csv --budget 100t --totals-only
| Total of 5 jobs (3 rows failed, not counted):
|   energy      14,555 kWh  (facility; IT 13,260 kWh; 19,649 device-hours)
|   emissions   6,836 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         6,834 kg CO2e  (after 1.4753 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   -                   1         434    108.5        108.5
|   aws:us-east-1       1      43.776   14.753       13.278
|   country:DE          1       0.468  0.15428      0.15428
|   country:FR          1      13.478  0.55854      0.55854
|   gcp:us-central1     1      14,064    6,712        6,712
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  1         434    108.5        108.5
|   a100-sxm4-40gb     1      43.776   14.753       13.278
|   h100-sxm           1      14,064    6,712        6,712
|   l4                 1      13.478  0.55854      0.55854
|   v100-sxm2-16gb     1       0.468  0.15428      0.15428
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
! mlcarbon: within budget: gross emissions of 6,836 kg CO2e, budget 100t (6.8356% of it)
[6]
$ mlcarbon estimate --jobs jobs.csv --equivalents --totals-only
| Total of 5 jobs (3 rows failed, not counted):
|   energy      14,555 kWh  (facility; IT 13,260 kWh; 19,649 device-hours)
|   emissions   6,836 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         6,834 kg CO2e  (after 1.4753 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   -                   1         434    108.5        108.5
|   aws:us-east-1       1      43.776   14.753       13.278
|   country:DE          1       0.468  0.15428      0.15428
|   country:FR          1      13.478  0.55854      0.55854
|   gcp:us-central1     1      14,064    6,712        6,712
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  1         434    108.5        108.5
|   a100-sxm4-40gb     1      43.776   14.753       13.278
|   h100-sxm           1      14,064    6,712        6,712
|   l4                 1      13.478  0.55854      0.55854
|   v100-sxm2-16gb     1       0.468  0.15428      0.15428
|
| Equivalents of the gross emissions (6,836 kg CO2e):
|    27,992  km driven by an average passenger car                 Greenhouse Gas Equivalencies Calculator: Calculations and References (U.S. Environmental Protection Agency, 2024)
|    91,938  passenger-km on a short-haul flight (economy)         Greenhouse gas reporting: conversion factors 2025 (UK Department for Energy Security and Net Zero, 2025)
|    98,694  passenger-km on a long-haul flight (economy)          Greenhouse gas reporting: conversion factors 2025 (UK Department for Energy Security and Net Zero, 2025)
|    113.93  tree seedlings grown for 10 years (CO2 they take up)  Greenhouse Gas Equivalencies Calculator: Calculations and References (U.S. Environmental Protection Agency, 2024)
|   551,254  smartphone charges                                    Greenhouse Gas Equivalencies Calculator: Calculations and References (U.S. Environmental Protection Agency, 2024)
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]
$ mlcarbon estimate --jobs jobs.csv --equivalents --totals-only --format json
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
|       "line": 7,
|       "kind": "usage",
|       "message": "hours: 'ten' is not a number; expected hours > 0 and <= 1000000"
|     },
|     {
|       "line": 8,
|       "kind": "not_found",
|       "message": "unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?"
|     },
|     {
|       "line": 9,
|       "kind": "usage",
|       "message": "no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)"
|     }
|   ],
|   "errors_not_listed": 0,
|   "totals": {
|     "jobs": 5,
|     "device_hours": 19649,
|     "it_energy_kwh": 13259.739999999998,
|     "energy_kwh": 14555.3384,
|     "co2e_kg": 6835.555633608927,
|     "offset_kg": 1.4753233145094908,
|     "net_co2e_kg": 6834.080310294417,
|     "embodied_kg": 193.0603120243531,
|     "failed": 3,
|     "by_region": [
|       {
|         "region": "-",
|         "jobs": 1,
|         "device_hours": 1000,
|         "it_energy_kwh": 310,
|         "energy_kwh": 434,
|         "co2e_kg": 108.5,
|         "offset_kg": 0,
|         "net_co2e_kg": 108.5,
|         "embodied_kg": 0
|       },
|       {
|         "region": "aws:us-east-1",
|         "jobs": 1,
|         "device_hours": 96,
|         "it_energy_kwh": 38.400000000000006,
|         "energy_kwh": 43.776,
|         "co2e_kg": 14.753233145094907,
|         "offset_kg": 1.4753233145094908,
|         "net_co2e_kg": 13.277909830585415,
|         "embodied_kg": 0.9938221864088101
|       },
|       {
|         "region": "country:DE",
|         "jobs": 1,
|         "device_hours": 1,
|         "it_energy_kwh": 0.3,
|         "energy_kwh": 0.46799999999999997,
|         "co2e_kg": 0.1542762,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.1542762,
|         "embodied_kg": 0.010352314441758438
|       },
|       {
|         "region": "country:FR",
|         "jobs": 1,
|         "device_hours": 120,
|         "it_energy_kwh": 8.639999999999999,
|         "energy_kwh": 13.478399999999999,
|         "co2e_kg": 0.5585448959999999,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.5585448959999999,
|         "embodied_kg": 1.2422777330110126
|       },
|       {
|         "region": "gcp:us-central1",
|         "jobs": 1,
|         "device_hours": 18432,
|         "it_energy_kwh": 12902.4,
|         "energy_kwh": 14063.616,
|         "co2e_kg": 6711.589579367832,
|         "offset_kg": 0,
|         "net_co2e_kg": 6711.589579367832,
|         "embodied_kg": 190.81385979049153
|       }
|     ],
|     "by_hardware": [
|       {
|         "hardware": "-",
|         "jobs": 1,
|         "device_hours": 1000,
|         "it_energy_kwh": 310,
|         "energy_kwh": 434,
|         "co2e_kg": 108.5,
|         "offset_kg": 0,
|         "net_co2e_kg": 108.5,
|         "embodied_kg": 0
|       },
|       {
|         "hardware": "a100-sxm4-40gb",
|         "jobs": 1,
|         "device_hours": 96,
|         "it_energy_kwh": 38.400000000000006,
|         "energy_kwh": 43.776,
|         "co2e_kg": 14.753233145094907,
|         "offset_kg": 1.4753233145094908,
|         "net_co2e_kg": 13.277909830585415,
|         "embodied_kg": 0.9938221864088101
|       },
|       {
|         "hardware": "h100-sxm",
|         "jobs": 1,
|         "device_hours": 18432,
|         "it_energy_kwh": 12902.4,
|         "energy_kwh": 14063.616,
|         "co2e_kg": 6711.589579367832,
|         "offset_kg": 0,
|         "net_co2e_kg": 6711.589579367832,
|         "embodied_kg": 190.81385979049153
|       },
|       {
|         "hardware": "l4",
|         "jobs": 1,
|         "device_hours": 120,
|         "it_energy_kwh": 8.639999999999999,
|         "energy_kwh": 13.478399999999999,
|         "co2e_kg": 0.5585448959999999,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.5585448959999999,
|         "embodied_kg": 1.2422777330110126
|       },
|       {
|         "hardware": "v100-sxm2-16gb",
|         "jobs": 1,
|         "device_hours": 1,
|         "it_energy_kwh": 0.3,
|         "energy_kwh": 0.46799999999999997,
|         "co2e_kg": 0.1542762,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.1542762,
|         "embodied_kg": 0.010352314441758438
|       }
|     ]
|   },
|   "equivalents": [
|     {
|       "id": "car_km",
|       "label": "km driven by an average passenger car",
|       "value": 27991.756859070545,
|       "kg_co2e_per_unit": 0.24419887854927225,
|       "source": {
|         "key": "epa-ghg-equivalencies-2024",
|         "title": "Greenhouse Gas Equivalencies Calculator: Calculations and References",
|         "publisher": "U.S. Environmental Protection Agency",
|         "url": "https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references",
|         "year": 2024
|       }
|     },
|     {
|       "id": "flight_km_short_haul",
|       "label": "passenger-km on a short-haul flight (economy)",
|       "value": 91937.53374053701,
|       "kg_co2e_per_unit": 0.07435,
|       "source": {
|         "key": "desnz-conversion-factors-2025",
|         "title": "Greenhouse gas reporting: conversion factors 2025",
|         "publisher": "UK Department for Energy Security and Net Zero",
|         "url": "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025",
|         "year": 2025,
|         "license": "Open Government Licence v3.0"
|       }
|     },
|     {
|       "id": "flight_km_long_haul",
|       "label": "passenger-km on a long-haul flight (economy)",
|       "value": 98694.13274052738,
|       "kg_co2e_per_unit": 0.06926,
|       "source": {
|         "key": "desnz-conversion-factors-2025",
|         "title": "Greenhouse gas reporting: conversion factors 2025",
|         "publisher": "UK Department for Energy Security and Net Zero",
|         "url": "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025",
|         "year": 2025,
|         "license": "Open Government Licence v3.0"
|       }
|     },
|     {
|       "id": "tree_seedlings_10y",
|       "label": "tree seedlings grown for 10 years (CO2 they take up)",
|       "value": 113.92592722681545,
|       "kg_co2e_per_unit": 60,
|       "source": {
|         "key": "epa-ghg-equivalencies-2024",
|         "title": "Greenhouse Gas Equivalencies Calculator: Calculations and References",
|         "publisher": "U.S. Environmental Protection Agency",
|         "url": "https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references",
|         "year": 2024
|       }
|     },
|     {
|       "id": "smartphone_charges",
|       "label": "smartphone charges",
|       "value": 551254.4865813651,
|       "kg_co2e_per_unit": 0.0124,
|       "source": {
|         "key": "epa-ghg-equivalencies-2024",
|         "title": "Greenhouse Gas Equivalencies Calculator: Calculations and References",
|         "publisher": "U.S. Environmental Protection Agency",
|         "url": "https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references",
|         "year": 2024
|       }
|     }
|   ],
|   "settings": []
| }
! mlcarbon: error: jobs.csv:7: hours: 'ten' is not a number; expected hours > 0 and <= 1000000
! mlcarbon: error: jobs.csv:8: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
! mlcarbon: error: jobs.csv:9: no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)
[6]

# Options are defaults the rows complete or replace
%file partial.csv
name,hours,region
a,10,
b,20,aws:eu-north-1
c,,SE
%end
$ mlcarbon estimate --jobs partial.csv -g a100 -n 4 --region FR
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  a                     a100-sxm4-40gb         4         10  country:FR                         24.96        1.0343        1.0343
|       3  b                     a100-sxm4-40gb         4         20  aws:eu-north-1                     36.48        1.2863        1.2863
|
| Total of 2 jobs (1 row failed, not counted):
|   energy      61.44 kWh  (facility; IT 48 kWh; 120 device-hours)
|   emissions   2.3206 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         2.3206 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region          jobs  energy kWh  kg CO2e  net kg CO2e
|   aws:eu-north-1     1       36.48   1.2863       1.2863
|   country:FR         1       24.96   1.0343       1.0343
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-40gb     2       61.44   2.3206       2.3206
! mlcarbon: error: partial.csv:4: how long? give hours (e.g. 100), duration (e.g. 3d12h) or device_hours, or the compute: flops, or params with tokens
[6]
$ mlcarbon estimate --jobs partial.csv -g a100 -n 4 --region FR --hours 5 --format csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message
| job,2,a,a100-sxm4-40gb,4,400,1,10,country:FR,FR,1.56,41.44,2025,1,40,16,24.96,1.0343424,0,1.0343424,
| job,3,b,a100-sxm4-40gb,4,400,1,20,aws:eu-north-1,SE,1.14,35.26,2025,1,80,32,36.48,1.2862848,0,1.2862848,
| job,4,c,a100-sxm4-40gb,4,400,1,5,country:SE,SE,1.56,35.26,2025,1,20,8,12.48,0.4400448,0,0.4400448,
| total,,,,,,,,,,,,,3,140,56,73.92,2.760672,0,2.760672,
| region_total,,,,,,,,aws:eu-north-1,,,,,1,80,32,36.48,1.2862848,0,1.2862848,
| region_total,,,,,,,,country:FR,,,,,1,40,16,24.96,1.0343424,0,1.0343424,
| region_total,,,,,,,,country:SE,,,,,1,20,8,12.48,0.4400448,0,0.4400448,
| hardware_total,,,a100-sxm4-40gb,,,,,,,,,,3,140,56,73.92,2.760672,0,2.760672,
$ mlcarbon estimate --jobs partial.csv --power 300 --intensity 100
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  a                     -                      1         10  -                                   4.68         0.468         0.468
|       3  b                     -                      1         20  aws:eu-north-1                      6.84         0.684         0.684
|
| Total of 2 jobs (1 row failed, not counted):
|   energy      11.52 kWh  (facility; IT 9 kWh; 30 device-hours)
|   emissions   1.152 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         1.152 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region          jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  1        4.68    0.468        0.468
|   aws:eu-north-1     1        6.84    0.684        0.684
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
|   -            2       11.52    1.152        1.152
! mlcarbon: error: partial.csv:4: how long? give hours (e.g. 100), duration (e.g. 3d12h) or device_hours, or the compute: flops, or params with tokens
[6]

# JSON Lines, with null, escapes and numbers
%file jobs.jsonl
{"name": "pretrain", "hardware": "h100", "count": 256, "hours": 72, "region": "gcp:us-central1"}
{"name": "caf\u00e9 \"run\"", "hardware": "a100", "count": "8", "duration": "3d12h", "region": "aws:us-east-1", "offset": null}
{"name": "compute", "hardware": "h100", "count": 64, "params": "7B", "tokens": "2T", "region": "gcp:us-central1"}
{"name": "node", "instance": "aws:p4d.24xlarge", "count": 2, "hours": 72, "region": "aws:us-west-2"}
{"name": "host", "hardware": "a100", "hours": 10, "cpu": "epyc-7702", "cpu_cores": 16, "memory_gb": 64, "region": "FR"}
{"name": "broken", "hours": 1
{"name": "unknown key", "hourz": 1}
%end
$ mlcarbon estimate --jobs jobs.jsonl
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       1  pretrain              h100-sxm             256         72  gcp:us-central1                   14,064         6,712         6,712
|       2  café "run"            a100-sxm4-40gb         8         84  aws:us-east-1                     306.43        103.27        103.27
|       3  compute               h100-sxm              64     921.13  gcp:us-central1                   44,981        21,466        21,466
|       4  node                  a100-sxm4-40gb        16         72  aws:us-west-2                     679.75        233.31        233.31
|       5  host                  a100-sxm4-40gb         1         10  country:FR                        7.3919       0.30632       0.30632
|
| Total of 5 jobs (2 rows failed, not counted):
|   energy      60,038 kWh  (facility; IT 55,039 kWh; 79,218 device-hours)
|   emissions   28,515 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         28,515 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   aws:us-east-1       1      306.43   103.27       103.27
|   aws:us-west-2       1      679.75   233.31       233.31
|   country:FR          1      7.3919  0.30632      0.30632
|   gcp:us-central1     2      59,044   28,178       28,178
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-40gb     3      993.57   336.89       336.89
|   h100-sxm           2      59,044   28,178       28,178
! mlcarbon: error: jobs.jsonl:6: not a flat JSON object: expected ',' or '}' at column 30
! mlcarbon: error: jobs.jsonl:7: unknown key 'hourz'; the keys are name, hardware, count, hours, duration, device_hours, region, pue, power, tdp, utilization, intensity, offset, offset_kg, instance, cpu, cpu_count, cpu_cores, cpu_utilization, memory_gb, overhead_w, flops, params, tokens, mfu, precision, energy_kwh, cpu_tdp_w (and those run --record adds: start, end, command, exit_status, gpu_kwh, cpu_kwh, dram_kwh, profile_step_s, profile_kwh)
[6]
$ mlcarbon estimate --jobs jobs.jsonl --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "jobs": [
|     {
|       "line": 1,
|       "name": "pretrain",
|       "hardware": "h100-sxm",
|       "count": 256,
|       "power_w": 700,
|       "power_origin": "hardware",
|       "utilization": 1,
|       "hours": 72,
|       "region": "gcp:us-central1",
|       "grid": "US-MROW",
|       "pue": 1.09,
|       "pue_origin": "provider",
|       "intensity_g_per_kwh": 477.23071928071926,
|       "intensity_origin": "region",
|       "intensity_year": 2025,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 12902.4,
|       "energy_kwh": 14063.616,
|       "co2e_kg": 6711.589579367832,
|       "offset_kg": 0,
|       "net_co2e_kg": 6711.589579367832,
|       "embodied_kg": 190.81385979049153
|     },
|     {
|       "line": 2,
|       "name": "café \"run\"",
|       "hardware": "a100-sxm4-40gb",
|       "count": 8,
|       "power_w": 400,
|       "power_origin": "hardware",
|       "utilization": 1,
|       "hours": 84,
|       "region": "aws:us-east-1",
|       "grid": "US-SRVC",
|       "pue": 1.14,
|       "pue_origin": "provider",
|       "intensity_g_per_kwh": 337.01647352647353,
|       "intensity_origin": "grid",
|       "intensity_year": 2023,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 268.8,
|       "energy_kwh": 306.43199999999996,
|       "co2e_kg": 103.27263201566431,
|       "offset_kg": 0,
|       "net_co2e_kg": 103.27263201566431,
|       "embodied_kg": 6.95675530486167
|     },
|     {
|       "line": 3,
|       "name": "compute",
|       "hardware": "h100-sxm",
|       "count": 64,
|       "power_w": 700,
|       "power_origin": "hardware",
|       "utilization": 1,
|       "hours": 921.1302004379314,
|       "region": "gcp:us-central1",
|       "grid": "US-MROW",
|       "pue": 1.09,
|       "pue_origin": "provider",
|       "intensity_g_per_kwh": 477.23071928071926,
|       "intensity_origin": "region",
|       "intensity_year": 2025,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 41266.632979619324,
|       "energy_kwh": 44980.62994778507,
|       "co2e_kg": 21466.13838368133,
|       "offset_kg": 0,
|       "net_co2e_kg": 21466.13838368133,
|       "embodied_kg": 610.2930865109404
|     },
|     {
|       "line": 4,
|       "name": "node",
|       "hardware": "a100-sxm4-40gb",
|       "count": 16,
|       "power_w": 400,
|       "power_origin": "hardware",
|       "utilization": 1,
|       "hours": 72,
|       "region": "aws:us-west-2",
|       "grid": "US-NWPP",
|       "pue": 1.14,
|       "pue_origin": "provider",
|       "intensity_g_per_kwh": 343.22799999999995,
|       "intensity_origin": "grid",
|       "intensity_year": 2023,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 596.27005164,
|       "energy_kwh": 679.7478588696,
|       "co2e_kg": 233.30849810409507,
|       "offset_kg": 0,
|       "net_co2e_kg": 233.30849810409507,
|       "embodied_kg": 11.925866236905721
|     },
|     {
|       "line": 5,
|       "name": "host",
|       "hardware": "a100-sxm4-40gb",
|       "count": 1,
|       "power_w": 400,
|       "power_origin": "hardware",
|       "utilization": 1,
|       "hours": 10,
|       "region": "country:FR",
|       "grid": "FR",
|       "pue": 1.56,
|       "pue_origin": "default",
|       "intensity_g_per_kwh": 41.44,
|       "intensity_origin": "grid",
|       "intensity_year": 2025,
|       "intensity_basis": "lifecycle",
|       "it_energy_kwh": 4.7384,
|       "energy_kwh": 7.391904000000001,
|       "co2e_kg": 0.30632050176000003,
|       "offset_kg": 0,
|       "net_co2e_kg": 0.30632050176000003,
|       "embodied_kg": 0.10352314441758438
|     }
|   ],
|   "errors": [
|     {
|       "line": 6,
|       "kind": "usage",
|       "message": "not a flat JSON object: expected ',' or '}' at column 30"
|     },
|     {
|       "line": 7,
|       "kind": "usage",
|       "message": "unknown key 'hourz'; the keys are name, hardware, count, hours, duration, device_hours, region, pue, power, tdp, utilization, intensity, offset, offset_kg, instance, cpu, cpu_count, cpu_cores, cpu_utilization, memory_gb, overhead_w, flops, params, tokens, mfu, precision, energy_kwh, cpu_tdp_w (and those run --record adds: start, end, command, exit_status, gpu_kwh, cpu_kwh, dram_kwh, profile_step_s, profile_kwh)"
|     }
|   ],
|   "errors_not_listed": 0,
|   "totals": {
|     "jobs": 5,
|     "device_hours": 79218.3328280276,
|     "it_energy_kwh": 55038.84143125932,
|     "energy_kwh": 60037.81771065467,
|     "co2e_kg": 28514.615413670683,
|     "offset_kg": 0,
|     "net_co2e_kg": 28514.615413670683,
|     "embodied_kg": 820.0930909876168,
|     "failed": 2,
|     "by_region": [
|       {
|         "region": "aws:us-east-1",
|         "jobs": 1,
|         "device_hours": 672,
|         "it_energy_kwh": 268.8,
|         "energy_kwh": 306.43199999999996,
|         "co2e_kg": 103.27263201566431,
|         "offset_kg": 0,
|         "net_co2e_kg": 103.27263201566431,
|         "embodied_kg": 6.95675530486167
|       },
|       {
|         "region": "aws:us-west-2",
|         "jobs": 1,
|         "device_hours": 1152,
|         "it_energy_kwh": 596.27005164,
|         "energy_kwh": 679.7478588696,
|         "co2e_kg": 233.30849810409507,
|         "offset_kg": 0,
|         "net_co2e_kg": 233.30849810409507,
|         "embodied_kg": 11.925866236905721
|       },
|       {
|         "region": "country:FR",
|         "jobs": 1,
|         "device_hours": 10,
|         "it_energy_kwh": 4.7384,
|         "energy_kwh": 7.391904000000001,
|         "co2e_kg": 0.30632050176000003,
|         "offset_kg": 0,
|         "net_co2e_kg": 0.30632050176000003,
|         "embodied_kg": 0.10352314441758438
|       },
|       {
|         "region": "gcp:us-central1",
|         "jobs": 2,
|         "device_hours": 77384.3328280276,
|         "it_energy_kwh": 54169.032979619325,
|         "energy_kwh": 59044.24594778507,
|         "co2e_kg": 28177.72796304916,
|         "offset_kg": 0,
|         "net_co2e_kg": 28177.72796304916,
|         "embodied_kg": 801.1069463014319
|       }
|     ],
|     "by_hardware": [
|       {
|         "hardware": "a100-sxm4-40gb",
|         "jobs": 3,
|         "device_hours": 1834,
|         "it_energy_kwh": 869.8084516399999,
|         "energy_kwh": 993.5717628695999,
|         "co2e_kg": 336.8874506215194,
|         "offset_kg": 0,
|         "net_co2e_kg": 336.8874506215194,
|         "embodied_kg": 18.986144686184975
|       },
|       {
|         "hardware": "h100-sxm",
|         "jobs": 2,
|         "device_hours": 77384.3328280276,
|         "it_energy_kwh": 54169.032979619325,
|         "energy_kwh": 59044.24594778507,
|         "co2e_kg": 28177.72796304916,
|         "offset_kg": 0,
|         "net_co2e_kg": 28177.72796304916,
|         "embodied_kg": 801.1069463014319
|       }
|     ]
|   },
|   "equivalents": [],
|   "settings": []
| }
! mlcarbon: error: jobs.jsonl:6: not a flat JSON object: expected ',' or '}' at column 30
! mlcarbon: error: jobs.jsonl:7: unknown key 'hourz'; the keys are name, hardware, count, hours, duration, device_hours, region, pue, power, tdp, utilization, intensity, offset, offset_kg, instance, cpu, cpu_count, cpu_cores, cpu_utilization, memory_gb, overhead_w, flops, params, tokens, mfu, precision, energy_kwh, cpu_tdp_w (and those run --record adds: start, end, command, exit_status, gpu_kwh, cpu_kwh, dram_kwh, profile_step_s, profile_kwh)
[6]
$ mlcarbon estimate --jobs jobs.jsonl --format markdown --bib jobs.bib
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| | Job | Hardware | Location | Hours | PUE | gCO2e/kWh | kWh | kg CO2e |
| | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| | pretrain | 256 × h100-sxm | gcp:us-central1 | 72 | 1.09 | 477.23 | 14,064 | 6,712 |
| | café "run" | 8 × a100-sxm4-40gb | aws:us-east-1 | 84 | 1.14 | 337.02 | 306.43 | 103.27 |
| | compute | 64 × h100-sxm | gcp:us-central1 | 921.13 | 1.09 | 477.23 | 44,981 | 21,466 |
| | node | 16 × a100-sxm4-40gb | aws:us-west-2 | 72 | 1.14 | 343.23 | 679.75 | 233.31 |
| | host | 1 × a100-sxm4-40gb | country:FR | 10 | 1.56 | 41.44 | 7.3919 | 0.30632 |
| | **Total** |  |  | 79,218 device-h |  |  | 60,038 | 28,515 |
|
| **Energy and carbon footprint.** We estimate the energy of 5 runs as devices × power per device × utilization × hours × PUE, and their emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]. In total the runs used 60,038 kWh of electricity (79,218 device-hours) and emitted 28,515 kg CO2e (location-based); after 0 kg CO2e of offsets bought, 28,515 kg CO2e net.
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2023). NVIDIA H100 Tensor Core GPU datasheet. https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
| 4. Google (2026). Google 2026 Environmental Report (2025 data). https://sustainability.google/google-2026-environmental-report
| 5. Google (2026). Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data. https://github.com/GoogleCloudPlatform/region-carbon-info
| 6. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 7. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 8. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 9. Google (2024). Google data centers: 24/7 carbon-free energy. https://www.google.com/about/datacenters/cleanenergy/
| 10. Google (2025). Read Google's 10th annual Environmental Report. https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
| 11. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
| 12. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 13. Amazon (2026). Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025). https://sustainability.aboutamazon.com/environment/the-cloud
| 14. Amazon (2024). Amazon 2023 Sustainability Report, executive summary. https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/
| 15. Kaplan et al. (2020). Scaling Laws for Neural Language Models (arXiv:2001.08361). https://arxiv.org/abs/2001.08361
| 16. Chowdhery et al.; Dubey et al. (2022). PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4. https://arxiv.org/abs/2204.02311
| 17. Amazon Web Services (2023). Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors). https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html
| 18. CodeCarbon (2026). CodeCarbon cpu_power.csv (CPU name -> TDP). https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| 19. Lannelongue, Grealey, Inouye (2021). Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707). https://doi.org/10.1002/advs.202100707
| 20. AMD (2025). AMD EPYC server processor specifications. https://www.amd.com/en/products/specifications/server-processor.html
| 21. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 22. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
! mlcarbon: error: jobs.jsonl:6: not a flat JSON object: expected ',' or '}' at column 30
! mlcarbon: error: jobs.jsonl:7: unknown key 'hourz'; the keys are name, hardware, count, hours, duration, device_hours, region, pue, power, tdp, utilization, intensity, offset, offset_kg, instance, cpu, cpu_count, cpu_cores, cpu_utilization, memory_gb, overhead_w, flops, params, tokens, mfu, precision, energy_kwh, cpu_tdp_w (and those run --record adds: start, end, command, exit_status, gpu_kwh, cpu_kwh, dram_kwh, profile_step_s, profile_kwh)
[6]
$ cat jobs.bib
| % BibTeX entries written by mlcarbon: the method papers and every data source the estimate used.
|
| @misc{lacoste2019quantifying,
|   author = {Lacoste, Alexandre and Luccioni, Alexandra and Schmidt, Victor and Dandres, Thomas},
|   title = {{Quantifying the Carbon Emissions of Machine Learning}},
|   year = {2019},
|   howpublished = {arXiv:1910.09700},
|   note = {\url{https://arxiv.org/abs/1910.09700}}
| }
|
| @misc{patterson2021carbon,
|   author = {Patterson, David and Gonzalez, Joseph and Le, Quoc and Liang, Chen and Munguia, Lluis-Miquel and Rothchild, Daniel and So, David and Texier, Maud and Dean, Jeff},
|   title = {{Carbon Emissions and Large Neural Network Training}},
|   year = {2021},
|   howpublished = {arXiv:2104.10350},
|   note = {\url{https://arxiv.org/abs/2104.10350}}
| }
|
| @misc{nvidia-h100-datasheet,
|   author = {{NVIDIA}},
|   title = {{NVIDIA H100 Tensor Core GPU datasheet}},
|   year = {2023},
|   note = {\url{https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet}}
| }
|
| @misc{google-env-report-2026,
|   author = {{Google}},
|   title = {{Google 2026 Environmental Report (2025 data)}},
|   year = {2026},
|   note = {\url{https://sustainability.google/google-2026-environmental-report}}
| }
|
| @misc{google-region-carbon-2025,
|   author = {{Google}},
|   title = {{Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data}},
|   year = {2026},
|   note = {\url{https://github.com/GoogleCloudPlatform/region-carbon-info}}
| }
|
| @misc{egrid2023,
|   author = {{US Environmental Protection Agency}},
|   title = {{eGRID2023 (revision 2): subregion output emission rates and resource mix}},
|   year = {2025},
|   note = {\url{https://www.epa.gov/egrid}}
| }
|
| @misc{ipcc-ar5-annex3,
|   author = {{Cambridge University Press / IPCC}},
|   title = {{IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.)}},
|   year = {2014},
|   note = {\url{https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf\#page=7}}
| }
|
| @misc{electricity-maps-oil-factors,
|   author = {{Electricity Maps}},
|   title = {{Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014)}},
|   year = {2026},
|   note = {\url{https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml}}
| }
|
| @misc{google-clean-energy,
|   author = {{Google}},
|   title = {{Google data centers: 24/7 carbon-free energy}},
|   year = {2024},
|   note = {\url{https://www.google.com/about/datacenters/cleanenergy/}}
| }
|
| @misc{google-env-report-2025,
|   author = {{Google}},
|   title = {{Read Google's 10th annual Environmental Report}},
|   year = {2025},
|   note = {\url{https://blog.google/outreach-initiatives/sustainability/environmental-report-2025}}
| }
|
| @misc{luccioni2022bloom,
|   author = {{Luccioni, Viguier, Ligozat}},
|   title = {{Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001)}},
|   year = {2022},
|   note = {\url{https://arxiv.org/abs/2211.02001}}
| }
|
| @misc{nvidia-a100-datasheet,
|   author = {{NVIDIA}},
|   title = {{NVIDIA A100 Tensor Core GPU datasheet}},
|   year = {2021},
|   note = {\url{https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf}}
| }
|
| @misc{aws-pue-2025,
|   author = {{Amazon}},
|   title = {{Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)}},
|   year = {2026},
|   note = {\url{https://sustainability.aboutamazon.com/environment/the-cloud}}
| }
|
| @misc{amazon-sustainability-2023,
|   author = {{Amazon}},
|   title = {{Amazon 2023 Sustainability Report, executive summary}},
|   year = {2024},
|   note = {\url{https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/}}
| }
|
| @misc{kaplan2020scaling,
|   author = {{Kaplan et al.}},
|   title = {{Scaling Laws for Neural Language Models (arXiv:2001.08361)}},
|   year = {2020},
|   note = {\url{https://arxiv.org/abs/2001.08361}}
| }
|
| @misc{chowdhery2022palm,
|   author = {{Chowdhery et al.; Dubey et al.}},
|   title = {{PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4}},
|   year = {2022},
|   note = {\url{https://arxiv.org/abs/2204.02311}}
| }
|
| @misc{aws-ec2-ug-accelerated-2023,
|   author = {{Amazon Web Services}},
|   title = {{Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)}},
|   year = {2023},
|   note = {\url{https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html}}
| }
|
| @misc{codecarbon-cpu-power,
|   author = {{CodeCarbon}},
|   title = {{CodeCarbon cpu\_power.csv (CPU name -\textgreater{} TDP)}},
|   year = {2026},
|   note = {\url{https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv}}
| }
|
| @misc{lannelongue2021green,
|   author = {{Lannelongue, Grealey, Inouye}},
|   title = {{Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707)}},
|   year = {2021},
|   note = {\url{https://doi.org/10.1002/advs.202100707}}
| }
|
| @misc{amd-epyc-specs,
|   author = {{AMD}},
|   title = {{AMD EPYC server processor specifications}},
|   year = {2025},
|   note = {\url{https://www.amd.com/en/products/specifications/server-processor.html}}
| }
|
| @misc{uptime-2024,
|   author = {{Uptime Institute}},
|   title = {{Uptime Institute Global Data Center Survey 2024}},
|   year = {2024},
|   note = {\url{https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf}}
| }
|
| @misc{owid-carbon-intensity,
|   author = {{Our World in Data}},
|   title = {{Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)}},
|   year = {2026},
|   note = {\url{https://github.com/owid/energy-data}}
| }
|
$ mlcarbon estimate --jobs jobs.jsonl --jobs-format jsonl --format csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message
| job,1,pretrain,h100-sxm,256,700,1,72,gcp:us-central1,US-MROW,1.09,477.23071928071926,2025,1,18432,12902.4,14063.616,6711.589579367832,0,6711.589579367832,
| job,2,"café ""run""",a100-sxm4-40gb,8,400,1,84,aws:us-east-1,US-SRVC,1.14,337.01647352647353,2023,1,672,268.8,306.43199999999996,103.27263201566431,0,103.27263201566431,
| job,3,compute,h100-sxm,64,700,1,921.1302004379314,gcp:us-central1,US-MROW,1.09,477.23071928071926,2025,1,58952.33282802761,41266.632979619324,44980.62994778507,21466.13838368133,0,21466.13838368133,
| job,4,node,a100-sxm4-40gb,16,400,1,72,aws:us-west-2,US-NWPP,1.14,343.22799999999995,2023,1,1152,596.27005164,679.7478588696,233.30849810409507,0,233.30849810409507,
| job,5,host,a100-sxm4-40gb,1,400,1,10,country:FR,FR,1.56,41.44,2025,1,10,4.7384,7.391904000000001,0.30632050176000003,0,0.30632050176000003,
| error,6,,,,,,,,,,,,,,,,,,,"not a flat JSON object: expected ',' or '}' at column 30"
| error,7,,,,,,,,,,,,,,,,,,,"unknown key 'hourz'; the keys are name, hardware, count, hours, duration, device_hours, region, pue, power, tdp, utilization, intensity, offset, offset_kg, instance, cpu, cpu_count, cpu_cores, cpu_utilization, memory_gb, overhead_w, flops, params, tokens, mfu, precision, energy_kwh, cpu_tdp_w (and those run --record adds: start, end, command, exit_status, gpu_kwh, cpu_kwh, dram_kwh, profile_step_s, profile_kwh)"
| total,,,,,,,,,,,,,5,79218.3328280276,55038.84143125932,60037.81771065467,28514.615413670683,0,28514.615413670683,
| region_total,,,,,,,,aws:us-east-1,,,,,1,672,268.8,306.43199999999996,103.27263201566431,0,103.27263201566431,
| region_total,,,,,,,,aws:us-west-2,,,,,1,1152,596.27005164,679.7478588696,233.30849810409507,0,233.30849810409507,
| region_total,,,,,,,,country:FR,,,,,1,10,4.7384,7.391904000000001,0.30632050176000003,0,0.30632050176000003,
| region_total,,,,,,,,gcp:us-central1,,,,,2,77384.3328280276,54169.032979619325,59044.24594778507,28177.72796304916,0,28177.72796304916,
| hardware_total,,,a100-sxm4-40gb,,,,,,,,,,3,1834,869.8084516399999,993.5717628695999,336.8874506215194,0,336.8874506215194,
| hardware_total,,,h100-sxm,,,,,,,,,,2,77384.3328280276,54169.032979619325,59044.24594778507,28177.72796304916,0,28177.72796304916,
! mlcarbon: error: jobs.jsonl:6: not a flat JSON object: expected ',' or '}' at column 30
! mlcarbon: error: jobs.jsonl:7: unknown key 'hourz'; the keys are name, hardware, count, hours, duration, device_hours, region, pue, power, tdp, utilization, intensity, offset, offset_kg, instance, cpu, cpu_count, cpu_cores, cpu_utilization, memory_gb, overhead_w, flops, params, tokens, mfu, precision, energy_kwh, cpu_tdp_w (and those run --record adds: start, end, command, exit_status, gpu_kwh, cpu_kwh, dram_kwh, profile_step_s, profile_kwh)
[6]

# Defaults that bring sources of their own: the same job by options and through --jobs
%file one.csv
name,hours
one,10
%end
$ mlcarbon estimate -g a100 --cpu epyc-7702 --memory-gb 64 -r FR --hours 10 --bib options.bib -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 10 h in country:FR (France)
|
|   energy      9.7319 kWh  (facility, PUE 1.56 included)
|   emissions   0.40329 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.40329 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.20654 to 0.8707 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    0.10352 kg CO2e  (manufacturing, amortised); total with embodied 0.50681 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   host CPUs                         1  packages   --cpu-count (default 1)
|   power per CPU                   200  W          TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)
|   CPU utilization                   1  of power   default: the full TDP (--cpu-utilization not given)
|   host memory                      64  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                    0.62384  kW         = 1 x 400 W x 1 / 1000 + 1 x 200 W x 1 / 1000 + 64 GB x 0.3725 W/GB / 1000
|   duration                         10  h          --hours 10
|   IT energy                    6.2384  kWh        = 0.62384 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              9.7319  kWh        = 6.2384 kWh x PUE 1.56
|   grid intensity                41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  0.40329  kg CO2e    = 9.7319 kWh x 41.44 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.40329  kg CO2e    = 0.40329 - 0
|   embodied (manufacturing)    0.10352  kg CO2e    = 1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.50681  kg CO2e    = 0.40329 + 0.10352
|
| Range (0.20654 to 0.8707 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high             kg CO2e  basis
|   grid intensity    40.48  78.54  0.39395 to 0.76434  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   PUE                 1.1   1.67  0.28437 to 0.43173  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   power per device    0.6    1.1  0.29986 to 0.42915  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The host CPUs are counted at their full TDP (200 W each): an upper bound; give --cpu-utilization.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ cat options.bib
| % BibTeX entries written by mlcarbon: the method papers and every data source the estimate used.
|
| @misc{lacoste2019quantifying,
|   author = {Lacoste, Alexandre and Luccioni, Alexandra and Schmidt, Victor and Dandres, Thomas},
|   title = {{Quantifying the Carbon Emissions of Machine Learning}},
|   year = {2019},
|   howpublished = {arXiv:1910.09700},
|   note = {\url{https://arxiv.org/abs/1910.09700}}
| }
|
| @misc{patterson2021carbon,
|   author = {Patterson, David and Gonzalez, Joseph and Le, Quoc and Liang, Chen and Munguia, Lluis-Miquel and Rothchild, Daniel and So, David and Texier, Maud and Dean, Jeff},
|   title = {{Carbon Emissions and Large Neural Network Training}},
|   year = {2021},
|   howpublished = {arXiv:2104.10350},
|   note = {\url{https://arxiv.org/abs/2104.10350}}
| }
|
| @misc{nvidia-a100-datasheet,
|   author = {{NVIDIA}},
|   title = {{NVIDIA A100 Tensor Core GPU datasheet}},
|   year = {2021},
|   note = {\url{https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf}}
| }
|
| @misc{amd-epyc-specs,
|   author = {{AMD}},
|   title = {{AMD EPYC server processor specifications}},
|   year = {2025},
|   note = {\url{https://www.amd.com/en/products/specifications/server-processor.html}}
| }
|
| @misc{lannelongue2021green,
|   author = {{Lannelongue, Grealey, Inouye}},
|   title = {{Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707)}},
|   year = {2021},
|   note = {\url{https://doi.org/10.1002/advs.202100707}}
| }
|
| @misc{uptime-2024,
|   author = {{Uptime Institute}},
|   title = {{Uptime Institute Global Data Center Survey 2024}},
|   year = {2024},
|   note = {\url{https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf}}
| }
|
| @misc{owid-carbon-intensity,
|   author = {{Our World in Data}},
|   title = {{Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)}},
|   year = {2026},
|   note = {\url{https://github.com/owid/energy-data}}
| }
|
| @misc{luccioni2022bloom,
|   author = {{Luccioni, Viguier, Ligozat}},
|   title = {{Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001)}},
|   year = {2022},
|   note = {\url{https://arxiv.org/abs/2211.02001}}
| }
|
$ mlcarbon estimate --jobs one.csv -g a100 --cpu epyc-7702 --memory-gb 64 -r FR --bib jobs-cpu.bib
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  one                   a100-sxm4-40gb         1         10  country:FR                        9.7319       0.40329       0.40329
|
| Total of 1 job:
|   energy      9.7319 kWh  (facility; IT 6.2384 kWh; 10 device-hours)
|   emissions   0.40329 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.40329 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region      jobs  energy kWh  kg CO2e  net kg CO2e
|   country:FR     1      9.7319  0.40329      0.40329
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-40gb     1      9.7319  0.40329      0.40329
$ cat jobs-cpu.bib
| % BibTeX entries written by mlcarbon: the method papers and every data source the estimate used.
|
| @misc{lacoste2019quantifying,
|   author = {Lacoste, Alexandre and Luccioni, Alexandra and Schmidt, Victor and Dandres, Thomas},
|   title = {{Quantifying the Carbon Emissions of Machine Learning}},
|   year = {2019},
|   howpublished = {arXiv:1910.09700},
|   note = {\url{https://arxiv.org/abs/1910.09700}}
| }
|
| @misc{patterson2021carbon,
|   author = {Patterson, David and Gonzalez, Joseph and Le, Quoc and Liang, Chen and Munguia, Lluis-Miquel and Rothchild, Daniel and So, David and Texier, Maud and Dean, Jeff},
|   title = {{Carbon Emissions and Large Neural Network Training}},
|   year = {2021},
|   howpublished = {arXiv:2104.10350},
|   note = {\url{https://arxiv.org/abs/2104.10350}}
| }
|
| @misc{nvidia-a100-datasheet,
|   author = {{NVIDIA}},
|   title = {{NVIDIA A100 Tensor Core GPU datasheet}},
|   year = {2021},
|   note = {\url{https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf}}
| }
|
| @misc{amd-epyc-specs,
|   author = {{AMD}},
|   title = {{AMD EPYC server processor specifications}},
|   year = {2025},
|   note = {\url{https://www.amd.com/en/products/specifications/server-processor.html}}
| }
|
| @misc{lannelongue2021green,
|   author = {{Lannelongue, Grealey, Inouye}},
|   title = {{Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707)}},
|   year = {2021},
|   note = {\url{https://doi.org/10.1002/advs.202100707}}
| }
|
| @misc{uptime-2024,
|   author = {{Uptime Institute}},
|   title = {{Uptime Institute Global Data Center Survey 2024}},
|   year = {2024},
|   note = {\url{https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf}}
| }
|
| @misc{owid-carbon-intensity,
|   author = {{Our World in Data}},
|   title = {{Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)}},
|   year = {2026},
|   note = {\url{https://github.com/owid/energy-data}}
| }
|
| @misc{luccioni2022bloom,
|   author = {{Luccioni, Viguier, Ligozat}},
|   title = {{Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001)}},
|   year = {2022},
|   note = {\url{https://arxiv.org/abs/2211.02001}}
| }
|
$ mlcarbon estimate --jobs one.csv -g a100 --cpu epyc-7702 --memory-gb 64 -r FR --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| | Job | Hardware | Location | Hours | PUE | gCO2e/kWh | kWh | kg CO2e |
| | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| | one | 1 × a100-sxm4-40gb | country:FR | 10 | 1.56 | 41.44 | 9.7319 | 0.40329 |
| | **Total** |  |  | 10 device-h |  |  | 9.7319 | 0.40329 |
|
| **Energy and carbon footprint.** We estimate the energy of 1 runs as devices × power per device × utilization × hours × PUE, and their emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited [3, 4, 5, 6, 7, 8]. In total the runs used 9.7319 kWh of electricity (10 device-hours) and emitted 0.40329 kg CO2e (location-based); after 0 kg CO2e of offsets bought, 0.40329 kg CO2e net.
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. AMD (2025). AMD EPYC server processor specifications. https://www.amd.com/en/products/specifications/server-processor.html
| 5. Lannelongue, Grealey, Inouye (2021). Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707). https://doi.org/10.1002/advs.202100707
| 6. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 7. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 8. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001

# stdin, and a header only
%file stdin.csv
hardware,hours,region
a100,1,FR
h100,2,SE
%end
$ mlcarbon estimate --jobs - --totals-only < stdin.csv
| Total of 2 jobs:
|   energy      2.808 kWh  (facility; IT 1.8 kWh; 3 device-hours)
|   emissions   0.10287 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.10287 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region      jobs  energy kWh   kg CO2e  net kg CO2e
|   country:FR     1       0.624  0.025859     0.025859
|   country:SE     1       2.184  0.077008     0.077008
|
| By hardware:
|   hardware        jobs  energy kWh   kg CO2e  net kg CO2e
|   a100-sxm4-40gb     1       0.624  0.025859     0.025859
|   h100-sxm           1       2.184  0.077008     0.077008
%file header-only.csv
hardware,hours,region
%end
$ mlcarbon estimate --jobs header-only.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|
| Total of 0 jobs:
|   energy      0 kWh  (facility; IT 0 kWh; 0 device-hours)
|   emissions   0 kg CO2e  (gross, location-based)
|   net         0 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
$ mlcarbon estimate --jobs header-only.csv --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "jobs": [],
|   "errors": [],
|   "errors_not_listed": 0,
|   "totals": {
|     "jobs": 0,
|     "device_hours": 0,
|     "it_energy_kwh": 0,
|     "energy_kwh": 0,
|     "co2e_kg": 0,
|     "offset_kg": 0,
|     "net_co2e_kg": 0,
|     "embodied_kg": 0,
|     "failed": 0,
|     "by_region": [],
|     "by_hardware": []
|   },
|   "equivalents": [],
|   "settings": []
| }

# The published accounts of examples/
$ mlcarbon estimate --jobs $SRC/examples/patterson2021-table4.csv --format csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message
| job,2,Evolved Transformer NAS,tpu-v2,200,208,1,163.2,,,1.1,431,,1,32639.999999999996,6789.12,7468.032,3218.721792,0,3218.721792,
| job,3,T5,tpu-v3,512,310,1,480,,,1.12,545,,1,245760,76185.6,85327.87200000002,46503.69024000001,0,46503.69024000001,
| job,4,Meena,tpu-v3,1024,289,1,720,,,1.09,415,,1,737280,213073.91999999998,232250.5728,96383.987712,0,96383.987712,
| job,5,GShard-600B,tpu-v3,1024,288,1,74.4,,,1.09,201,,1,76185.6,21941.4528,23916.183552000002,4807.152893952001,0,4807.152893952001,
| job,6,Switch Transformer,tpu-v3,1024,245,1,648,,,1.1,403,,1,663552,162570.24,178827.264,72067.387392,0,72067.387392,
| job,7,GPT-3,,10000,330,1,355.20000000000005,,,1.1,429,,1,3552000.0000000005,1172160.0000000002,1289376.0000000005,553142.3040000002,0,553142.3040000002,
| total,,,,,,,,,,,,,6,5307417.600000001,1652720.3328000002,1817165.9243520005,776123.2440299522,0,776123.2440299522,
| region_total,,,,,,,,-,,,,,6,5307417.600000001,1652720.3328000002,1817165.9243520005,776123.2440299522,0,776123.2440299522,
| hardware_total,,,-,,,,,,,,,,1,3552000.0000000005,1172160.0000000002,1289376.0000000005,553142.3040000002,0,553142.3040000002,
| hardware_total,,,tpu-v2,,,,,,,,,,1,32639.999999999996,6789.12,7468.032,3218.721792,0,3218.721792,
| hardware_total,,,tpu-v3,,,,,,,,,,4,1722777.6,473771.2128,520321.892352,219762.218237952,0,219762.218237952,
$ mlcarbon estimate --jobs $SRC/examples/bloom.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  BLOOM-176B            a100-sxm4-80gb       384      2,820  country:FR                       433,196        24,692        24,692
|       3  BLOOM-176B with J...  a100-sxm4-80gb       384      2,820  country:FR                       519,835        29,631        29,631
|
| Total of 2 jobs:
|   energy      953,031 kWh  (facility; IT 866,392 kWh; 2,165,980 device-hours)
|   emissions   54,323 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         54,323 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region      jobs  energy kWh  kg CO2e  net kg CO2e
|   country:FR     2     953,031   54,323       54,323
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-80gb     2     953,031   54,323       54,323
$ mlcarbon estimate --jobs $SRC/examples/llama2.csv --totals-only
| Total of 4 jobs:
|   energy      1,400,003 kWh  (facility; IT 1,272,730 kWh; 3,311,616 device-hours)
|   emissions   539,001 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         539,001 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|   -          4   1,400,003  539,001      539,001
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-80gb     4   1,400,003  539,001      539,001
$ mlcarbon estimate --jobs $SRC/examples/llama1.csv --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| | Job | Hardware | Location | Hours | PUE | gCO2e/kWh | kWh | kg CO2e |
| | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| | OPT-175B | 1 × a100-sxm4-80gb | private site | 809,472 | 1.1 | 385 | 356,168 | 137,125 |
| | BLOOM-175B | 1 × a100-sxm4-80gb | private site | 1,082,880 | 1.1 | 385 | 476,467 | 183,440 |
| | LLaMA-7B | 1 × a100-sxm4-80gb | private site | 82,432 | 1.1 | 385 | 36,270 | 13,964 |
| | LLaMA-13B | 1 × a100-sxm4-80gb | private site | 135,168 | 1.1 | 385 | 59,474 | 22,897 |
| | LLaMA-33B | 1 × a100-sxm4-80gb | private site | 530,432 | 1.1 | 385 | 233,390 | 89,855 |
| | LLaMA-65B | 1 × a100-sxm4-80gb | private site | 1,022,362 | 1.1 | 385 | 449,839 | 173,188 |
| | **Total** |  |  | 3,662,746 device-h |  |  | 1,611,608 | 620,469 |
|
| **Energy and carbon footprint.** We estimate the energy of 6 runs as devices × power per device × utilization × hours × PUE, and their emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited [3]. In total the runs used 1,611,608 kWh of electricity (3,662,746 device-hours) and emitted 620,469 kg CO2e (location-based); after 0 kg CO2e of offsets bought, 620,469 kg CO2e net.
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001

# Rows with a reported energy (energy_kwh, issue 13) beside rows of power x time; a slice name.
%file energy.csv
name,hardware,count,hours,energy_kwh,region
modelled,a100,8,24,,FR
metered,,,,500,FR
with devices,h100,4,10,300,US
slice,v4-32,,10,,FR
%end
$ mlcarbon estimate --jobs energy.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  modelled              a100-sxm4-40gb         8         24  country:FR                        119.81        4.9648        4.9648
|       3  metered               -                      -          -  country:FR                           780        32.323        32.323
|       4  with devices          h100-sxm               4         10  country:US                           468        197.32        197.32
|       5  slice                 tpu-v4                16         10  country:FR                        42.432        1.7584        1.7584
|
| Total of 4 jobs:
|   energy      1,410 kWh  (facility; IT 904 kWh; 392 device-hours)
|   emissions   236.37 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         236.37 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region      jobs  energy kWh  kg CO2e  net kg CO2e
|   country:FR     3      942.24   39.046       39.046
|   country:US     1         468   197.32       197.32
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  1         780   32.323       32.323
|   a100-sxm4-40gb     1      119.81   4.9648       4.9648
|   h100-sxm           1         468   197.32       197.32
|   tpu-v4             1      42.432   1.7584       1.7584
$ mlcarbon estimate --jobs energy.csv -f csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message
| job,2,modelled,a100-sxm4-40gb,8,400,1,24,country:FR,FR,1.56,41.44,2025,1,192,76.80000000000001,119.80800000000002,4.9648435200000005,0,4.9648435200000005,
| job,3,metered,,,,,,country:FR,FR,1.56,41.44,2025,1,0,500,780,32.3232,0,32.3232,
| job,4,with devices,h100-sxm,4,,,10,country:US,US,1.56,421.632,2023,1,40,300,468,197.323776,0,197.323776,
| job,5,slice,tpu-v4,16,170,1,10,country:FR,FR,1.56,41.44,2025,1,160,27.200000000000003,42.43200000000001,1.7583820800000003,0,1.7583820800000003,
| total,,,,,,,,,,,,,4,392,904,1410.24,236.3702016,0,236.3702016,
| region_total,,,,,,,,country:FR,,,,,3,352,604,942.24,39.0464256,0,39.0464256,
| region_total,,,,,,,,country:US,,,,,1,40,300,468,197.323776,0,197.323776,
| hardware_total,,,-,,,,,,,,,,1,0,500,780,32.3232,0,32.3232,
| hardware_total,,,a100-sxm4-40gb,,,,,,,,,,1,192,76.80000000000001,119.80800000000002,4.9648435200000005,0,4.9648435200000005,
| hardware_total,,,h100-sxm,,,,,,,,,,1,40,300,468,197.323776,0,197.323776,
| hardware_total,,,tpu-v4,,,,,,,,,,1,160,27.200000000000003,42.43200000000001,1.7583820800000003,0,1.7583820800000003,
$ mlcarbon estimate --jobs energy.csv -f jsonl
| {"schema_version":1,"record":"job","line":2,"name":"modelled","hardware":"a100-sxm4-40gb","count":8,"power_w":400,"power_origin":"hardware","utilization":1,"hours":24,"region":"country:FR","grid":"FR","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":76.80000000000001,"energy_kwh":119.80800000000002,"co2e_kg":4.9648435200000005,"offset_kg":0,"net_co2e_kg":4.9648435200000005,"embodied_kg":1.9876443728176203}
| {"schema_version":1,"record":"job","line":3,"name":"metered","hardware":null,"count":null,"power_w":null,"power_origin":"energy","utilization":null,"hours":null,"region":"country:FR","grid":"FR","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":500,"energy_kwh":780,"co2e_kg":32.3232,"offset_kg":0,"net_co2e_kg":32.3232,"embodied_kg":0}
| {"schema_version":1,"record":"job","line":4,"name":"with devices","hardware":"h100-sxm","count":4,"power_w":null,"power_origin":"energy","utilization":null,"hours":10,"region":"country:US","grid":"US","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":421.632,"intensity_origin":"grid","intensity_year":2023,"intensity_basis":"lifecycle","it_energy_kwh":300,"energy_kwh":468,"co2e_kg":197.323776,"offset_kg":0,"net_co2e_kg":197.323776,"embodied_kg":0.4140925776703375}
| {"schema_version":1,"record":"job","line":5,"name":"slice","hardware":"tpu-v4","count":16,"power_w":170,"power_origin":"hardware","utilization":1,"hours":10,"region":"country:FR","grid":"FR","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":27.200000000000003,"energy_kwh":42.43200000000001,"co2e_kg":1.7583820800000003,"offset_kg":0,"net_co2e_kg":1.7583820800000003,"embodied_kg":1.65637031068135}
| {"schema_version":1,"record":"total","jobs":4,"device_hours":392,"it_energy_kwh":904,"energy_kwh":1410.24,"co2e_kg":236.3702016,"offset_kg":0,"net_co2e_kg":236.3702016,"embodied_kg":4.058107261169308,"failed":0}
| {"schema_version":1,"record":"region_total","region":"country:FR","jobs":3,"device_hours":352,"it_energy_kwh":604,"energy_kwh":942.24,"co2e_kg":39.0464256,"offset_kg":0,"net_co2e_kg":39.0464256,"embodied_kg":3.6440146834989706}
| {"schema_version":1,"record":"region_total","region":"country:US","jobs":1,"device_hours":40,"it_energy_kwh":300,"energy_kwh":468,"co2e_kg":197.323776,"offset_kg":0,"net_co2e_kg":197.323776,"embodied_kg":0.4140925776703375}
| {"schema_version":1,"record":"hardware_total","hardware":"-","jobs":1,"device_hours":0,"it_energy_kwh":500,"energy_kwh":780,"co2e_kg":32.3232,"offset_kg":0,"net_co2e_kg":32.3232,"embodied_kg":0}
| {"schema_version":1,"record":"hardware_total","hardware":"a100-sxm4-40gb","jobs":1,"device_hours":192,"it_energy_kwh":76.80000000000001,"energy_kwh":119.80800000000002,"co2e_kg":4.9648435200000005,"offset_kg":0,"net_co2e_kg":4.9648435200000005,"embodied_kg":1.9876443728176203}
| {"schema_version":1,"record":"hardware_total","hardware":"h100-sxm","jobs":1,"device_hours":40,"it_energy_kwh":300,"energy_kwh":468,"co2e_kg":197.323776,"offset_kg":0,"net_co2e_kg":197.323776,"embodied_kg":0.4140925776703375}
| {"schema_version":1,"record":"hardware_total","hardware":"tpu-v4","jobs":1,"device_hours":160,"it_energy_kwh":27.200000000000003,"energy_kwh":42.43200000000001,"co2e_kg":1.7583820800000003,"offset_kg":0,"net_co2e_kg":1.7583820800000003,"embodied_kg":1.65637031068135}
$ mlcarbon estimate --jobs energy.csv -f markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| | Job | Hardware | Location | Hours | PUE | gCO2e/kWh | kWh | kg CO2e |
| | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| | modelled | 8 × a100-sxm4-40gb | country:FR | 24 | 1.56 | 41.44 | 119.81 | 4.9648 |
| | metered | energy as reported | country:FR | - | 1.56 | 41.44 | 780 | 32.323 |
| | with devices | 4 × h100-sxm | country:US | 10 | 1.56 | 421.63 | 468 | 197.32 |
| | slice | 16 × tpu-v4 | country:FR | 10 | 1.56 | 41.44 | 42.432 | 1.7584 |
| | **Total** |  |  | 392 device-h |  |  | 1,410 | 236.37 |
|
| **Energy and carbon footprint.** We estimate the energy of 4 runs as devices × power per device × utilization × hours × PUE (or, for a run with a reported energy, that energy × PUE), and their emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited [3, 4, 5, 6, 7, 8, 9, 10]. In total the runs used 1,410 kWh of electricity (392 device-hours) and emitted 236.37 kg CO2e (location-based); after 0 kg CO2e of offsets bought, 236.37 kg CO2e net.
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 5. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 6. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
| 7. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 8. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 9. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 10. Google Cloud (2025). Cloud TPU documentation: TPU v4. https://cloud.google.com/tpu/docs/v4

# A record of runs (run --record): the inputs, the measured hours and energy, and the columns run
# adds (start, end, command, exit_status, gpu_kwh, cpu_kwh, dram_kwh), which --jobs leaves aside.
%file runs.jsonl
{"name":"python train.py","hardware":"a100-sxm4-40gb","count":2,"region":"FR","hours":1.5,"energy_kwh":1.2,"gpu_kwh":1.0,"cpu_kwh":0.2,"dram_kwh":0,"start":"2026-11-29T10:00:00Z","end":"2026-11-29T11:30:00Z","command":"python train.py","exit_status":0}
{"name":"python eval.py","region":"aws:us-east-1","pue":"1.2","hours":0.5,"energy_kwh":0.3,"gpu_kwh":0.25,"cpu_kwh":0.05,"dram_kwh":0,"start":"2026-11-29T12:00:00Z","end":"2026-11-29T12:30:00Z","command":"python eval.py","exit_status":1}
%end
$ mlcarbon estimate --jobs runs.jsonl
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       1  python train.py       a100-sxm4-40gb         2        1.5  country:FR                         1.872      0.077576      0.077576
|       2  python eval.py        -                      -        0.5  aws:us-east-1                       0.36       0.12133       0.12133
|
| Total of 2 jobs:
|   energy      2.232 kWh  (facility; IT 1.5 kWh; 3 device-hours)
|   emissions   0.1989 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.1989 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region         jobs  energy kWh   kg CO2e  net kg CO2e
|   aws:us-east-1     1        0.36   0.12133      0.12133
|   country:FR        1       1.872  0.077576     0.077576
|
| By hardware:
|   hardware        jobs  energy kWh   kg CO2e  net kg CO2e
|   -                  1        0.36   0.12133      0.12133
|   a100-sxm4-40gb     1       1.872  0.077576     0.077576
%file runs.csv
name,region,hours,energy_kwh,gpu_kwh,cpu_kwh,dram_kwh,start,end,command,exit_status
a,FR,1,2,1.5,0.5,0,2026-11-29T10:00:00Z,2026-11-29T11:00:00Z,python a.py,0
%end
$ mlcarbon estimate --jobs runs.csv --value co2e_kg
| 0.12929
