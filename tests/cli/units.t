# Units where users write them (issue 13): each form gives the same number as the plain one.
# Hand-worked: 300 W x 10 h = 3 kWh; x PUE 1 = 3 kWh; x 430 g/kWh = 1.29 kg.
$ mlcarbon estimate --power 300 --hours 10 --pue 1 --intensity 430 -q
| 1.29
$ mlcarbon estimate --power 300W --hours 10h --pue 1 --intensity 430g -q
| 1.29
$ mlcarbon estimate --power 0.3kW --hours 600m --pue 1 --intensity 0.43kg/kWh -q
| 1.29
$ mlcarbon estimate --power '300 w' --duration 10H --pue 1 --intensity '430 gCO2e/kWh' -q
| 1.29
# 0.954 lb/kWh x 453.59237 g/lb (the international pound, 1959) = 432.72712 g/kWh: 3 kWh x that = 1.2981814 kg.
$ mlcarbon estimate --power 300 --hours 10 --pue 1 --intensity 0.954lb/kWh -q
| 1.2982
# eGRID publishes lb/MWh: 948 lb/MWh = 0.948 lb/kWh = 430.00557 g/kWh: 3 kWh x that = 1.2900167 kg.
$ mlcarbon estimate --power 300 --hours 10 --pue 1 --intensity '948 lb/MWh' -q
| 1.29
# --tdp with units, and --utilization applied to it: 0.4 kW x 50 % x 10 h = 2 kWh x 430 g = 0.86 kg.
$ mlcarbon estimate --tdp 0.4kW -u 50% --hours 10 --pue 1 --intensity 430 -q
| 0.86
# Parameters and tokens with lowercase suffixes: 7b x 2t x 6 = 8.4e22 FLOP, as 7B x 2T.
$ mlcarbon estimate -g h100 -n 1024 --params 7b --tokens 2t -r FR --value energy_kwh
| 64376
$ mlcarbon estimate -g h100 -n 1024 --params 7B --tokens 2T -r FR --value energy_kwh
| 64376
# A duration without a unit, and hours above the limit: refused with the hint.
$ mlcarbon estimate --power 300 --intensity 400 --duration 90
! mlcarbon: error: --duration: '90' has no unit; expected a duration with units, e.g. 90m for minutes or 90h for hours (w, d, h, m, s)
[2]
$ mlcarbon estimate -g a100 -r FR --hours 1082990
! mlcarbon: error: --hours: '1082990' is out of range; expected hours > 0 and <= 1000000; GPU-hours as papers report them (devices x hours) go in --device-hours
[2]
# Jobs files take the same forms: 1.29 kg each, 2.58 kg in all.
%file jobs.csv
name,power,hours,intensity,pue
a,300W,10h,430g,1
b,0.3kW,600m,0.43kg/kWh,1
%end
$ mlcarbon estimate --jobs jobs.csv --value co2e_kg
| 2.58
