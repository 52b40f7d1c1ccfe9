# fish completion for mlcarbon
#
# Install: copy to a directory of $fish_complete_path, e.g. ~/.config/fish/completions/ or
# /usr/share/fish/vendor_completions.d/.
#
# Device names, region ids and instance types are asked of the mlcarbon being completed (the
# first word of the command line), with the --data-dir and --data-add options already on the line, so files added
# by the user are offered too; when that fails nothing dynamic is offered.

# The tokens of the command line before the cursor, unquoted (fish 4 renamed -o to -x).
function __mlcarbon_tokens
    commandline -xpc 2>/dev/null
    or commandline -opc
end

# __mlcarbon_csv COLUMNS ARGS...: the COLUMNS (e.g. "1 2") of each line of
# `mlcarbon [data options] ARGS --format csv` but the header, joined by tabs; nothing when
# mlcarbon fails. CSV fields may be quoted ("" inside quotes is a quote).
function __mlcarbon_csv
    set -l cols $argv[1]
    set -e argv[1]
    set -l tokens (__mlcarbon_tokens)
    set -l prog (string replace -r '^~/' "$HOME/" -- $tokens[1])
    # Completing an alias or a wrapper that is gone: ask the mlcarbon on PATH.
    type -q -- "$prog"; or set prog mlcarbon
    set -l data
    set -l n (count $tokens)
    set -l i 2
    while test $i -le $n
        switch $tokens[$i]
            case '--data-dir=*' '--data-add=*'
                set -l kv (string split -m 1 = -- $tokens[$i])
                set -a data $kv[1] (string replace -r '^~/' "$HOME/" -- $kv[2])
            case --data-dir --data-add
                set i (math $i + 1)
                if test $i -le $n
                    set -a data $tokens[(math $i - 1)] (string replace -r '^~/' "$HOME/" -- $tokens[$i])
                end
        end
        set i (math $i + 1)
    end
    set -l out ($prog $data $argv --format csv 2>/dev/null)
    or return 1
    printf '%s\n' $out | awk -v cols="$cols" '
        BEGIN { nc = split(cols, want, " ") }
        NR == 1 { next }
        {
            split("", fld); n = 0; f = ""; q = 0; len = length($0)
            for (i = 1; i <= len; i++) {
                c = substr($0, i, 1)
                if (q) {
                    if (c == "\"") {
                        if (substr($0, i + 1, 1) == "\"") { f = f c; i++ } else q = 0
                    } else f = f c
                } else if (c == "\"") q = 1
                else if (c == ",") { fld[++n] = f; f = "" }
                else f = f c
            }
            fld[++n] = f
            if (fld[want[1]] == "") next
            line = fld[want[1]]
            for (k = 2; k <= nc; k++) line = line "\t" fld[want[k]]
            print line
        }' 2>/dev/null
end

# Device ids, with their names as descriptions.
function __mlcarbon_hardware
    __mlcarbon_csv "1 2" hardware list
end

# Host CPU ids, with their names.
function __mlcarbon_cpus
    __mlcarbon_csv "1 2" hardware list --kind cpu
end

# Region and country ids (aws:us-east-1, country:FR), with their names.
function __mlcarbon_regions
    __mlcarbon_csv "1 3" regions list
end

# Instance types (aws:p4d.24xlarge), with their accelerators (8 x a100-sxm4-40gb).
function __mlcarbon_instances
    for l in (__mlcarbon_csv "1 5 4" instances list)
        set -l f (string split \t -- $l)
        if test -n "$f[2]"
            printf '%s\t%s x %s\n' $f[1] $f[2] $f[3]
        else
            printf '%s\t%s\n' $f[1] $f[3]
        end
    end
end

# __mlcarbon_list FUNCTION: the last item of a comma-separated list (--devices, --regions): what
# FUNCTION prints, after the items already typed.
function __mlcarbon_list --argument-names func
    set -l token (string replace -r -- '^--[^=]*=' '' (commandline -ct))
    set -l prefix (string match -r -- '^.*,' $token)
    for item in ($func)
        printf '%s%s\n' "$prefix" $item
    end
end

# What compare --regions takes: a provider, all, countries, or a comma-separated list of ids.
function __mlcarbon_region_set
    if not string match -q -- '*,*' (commandline -ct)
        printf '%s\t%s\n' all 'Every cloud region' countries 'Every country'
        for p in (__mlcarbon_providers | string match -v country)
            printf '%s\t%s\n' $p "Every $p region"
        end
    end
    __mlcarbon_list __mlcarbon_regions
end

# Country codes, from the country:CC ids.
function __mlcarbon_countries
    __mlcarbon_csv "1 3" regions list --kind country | string replace -r -f '^country:' ''
end

# Providers: the prefixes of the region ids, or the known ones.
function __mlcarbon_providers
    set -l providers (__mlcarbon_csv 1 regions list | string replace -r -f '^([^:]+):.*' '$1' | sort -u)
    test -n "$providers"; or set providers aws azure gcp ovh scaleway coreweave seeweb country
    printf '%s\n' $providers
end

# Providers of the instance types, or the known ones.
function __mlcarbon_instance_providers
    set -l providers (__mlcarbon_csv 2 instances list | sort -u)
    test -n "$providers"; or set providers aws azure gcp
    printf '%s\n' $providers
end

# What --group-by takes (repeatable, or a comma-separated list).
function __mlcarbon_group_keys
    printf '%s\t%s\n' user 'Totals by user' account 'Totals by account' partition 'Totals by partition' month 'Totals by the month a job started'
end

function __mlcarbon_vendors
    __mlcarbon_csv 3 hardware list | sort -u
end

# True when the subcommand SUB (show) has no argument yet.
function __mlcarbon_needs_name --argument-names sub
    set -l seen 0
    set -l skip 0
    for t in (__mlcarbon_tokens)[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        if test $seen = 1
            switch $t
                case -f --format --data-dir --data-add
                    set skip 1
                case '-*'
                case '*'
                    return 1
            end
        else if test "$t" = "$sub"
            set seen 1
        end
    end
    test $seen = 1
end

set -l commands estimate compare hardware regions instances data measure run when
set -l estimate '__fish_seen_subcommand_from estimate'
set -l compare '__fish_seen_subcommand_from compare'
set -l job '__fish_seen_subcommand_from estimate compare when'
set -l hardware_list '__fish_seen_subcommand_from hardware; and not __fish_seen_subcommand_from show'
set -l regions_list '__fish_seen_subcommand_from regions; and not __fish_seen_subcommand_from show'
set -l instances_list '__fish_seen_subcommand_from instances; and not __fish_seen_subcommand_from show'

# No files unless asked for below.
complete -c mlcarbon -f

# Commands and subcommands.
complete -c mlcarbon -n "not __fish_seen_subcommand_from $commands" -a estimate -d 'Energy and CO2e of a job or of every job in a file'
complete -c mlcarbon -n "not __fish_seen_subcommand_from $commands" -a compare -d 'The same job in other regions, devices, PUEs, ranked'
complete -c mlcarbon -n "not __fish_seen_subcommand_from $commands" -a hardware -d 'List devices or show one'
complete -c mlcarbon -n "not __fish_seen_subcommand_from $commands" -a regions -d 'List regions and countries or show one'
complete -c mlcarbon -n "not __fish_seen_subcommand_from $commands" -a instances -d 'List cloud instance types or show one'
complete -c mlcarbon -n "not __fish_seen_subcommand_from $commands" -a data -d 'Validate data files'
complete -c mlcarbon -n '__fish_seen_subcommand_from hardware; and not __fish_seen_subcommand_from list show' -a list -d 'List devices (the default)'
complete -c mlcarbon -n '__fish_seen_subcommand_from hardware; and not __fish_seen_subcommand_from list show' -a show -d 'One device with its source'
complete -c mlcarbon -n '__fish_seen_subcommand_from regions; and not __fish_seen_subcommand_from list show' -a list -d 'List cloud regions, countries and grids (the default)'
complete -c mlcarbon -n '__fish_seen_subcommand_from regions; and not __fish_seen_subcommand_from list show' -a show -d 'One region or country with its sources'
complete -c mlcarbon -n '__fish_seen_subcommand_from instances; and not __fish_seen_subcommand_from list show' -a list -d 'List cloud instance types (the default)'
complete -c mlcarbon -n '__fish_seen_subcommand_from instances; and not __fish_seen_subcommand_from list show' -a show -d 'One instance type with its source'
complete -c mlcarbon -n '__fish_seen_subcommand_from data; and not __fish_seen_subcommand_from check' -a check -d 'Validate the data in use, or FILEs'

# Arguments of the subcommands.
complete -c mlcarbon -n '__fish_seen_subcommand_from hardware; and __fish_seen_subcommand_from show; and __mlcarbon_needs_name show' -a '(__mlcarbon_hardware)'
complete -c mlcarbon -n '__fish_seen_subcommand_from regions; and __fish_seen_subcommand_from show; and __mlcarbon_needs_name show' -a '(__mlcarbon_regions)'
complete -c mlcarbon -n '__fish_seen_subcommand_from instances; and __fish_seen_subcommand_from show; and __mlcarbon_needs_name show' -a '(__mlcarbon_instances)'
complete -c mlcarbon -n '__fish_seen_subcommand_from data; and __fish_seen_subcommand_from check' -F

# Options of mlcarbon itself, valid before or after the command.
complete -c mlcarbon -s f -l format -x -a 'text json jsonl csv markdown latex model-card' -d 'Output format'
complete -c mlcarbon -l data-dir -x -a '(__fish_complete_directories (commandline -ct))' -d 'Read hardware.json and regions.json from DIR'
complete -c mlcarbon -l data-add -r -F -d 'Add the entries of FILE on top of the data'
complete -c mlcarbon -l version -d 'Print the version of mlcarbon and of its data'
complete -c mlcarbon -s h -l help -d 'Print the help and exit'

# estimate and compare: the job
complete -c mlcarbon -n $job -s g -l hardware -x -a '(__mlcarbon_hardware)' -d 'Device id or alias'
complete -c mlcarbon -n $job -s n -l count -x -d 'Number of devices (default 1)'
complete -c mlcarbon -n $job -l hours -x -d 'Hours the devices run'
complete -c mlcarbon -n $job -l duration -x -d 'How long the devices run, e.g. 3d12h30m, 90m'
complete -c mlcarbon -n $job -l device-hours -x -d 'Device-hours (GPU-hours) in total, e.g. 1.08M'
complete -c mlcarbon -n $job -s r -l region -x -a '(__mlcarbon_regions)' -d 'Cloud region or country'
complete -c mlcarbon -n $job -l pue -x -d 'Power usage effectiveness'
complete -c mlcarbon -n $job -l power -x -d 'Measured average watts per device'
complete -c mlcarbon -n $job -l tdp -x -d 'Rated power (TDP) per device not in the data'
complete -c mlcarbon -n $job -l energy-kwh -x -d 'IT energy the job used, kWh: replaces power x time'
complete -c mlcarbon -n $job -s u -l utilization -x -d 'Fraction of the TDP drawn, 0-1 or a percentage'
complete -c mlcarbon -n $job -l intensity -x -d 'Grid intensity in gCO2e/kWh'
complete -c mlcarbon -n $job -l basis -x -a 'lifecycle direct' -d 'Basis of grid intensities (default lifecycle)'
complete -c mlcarbon -n $job -l offset -x -d 'Percentage of the emissions offset (0-100)'
complete -c mlcarbon -n $job -l offset-kg -x -d 'kg CO2e of offsets bought'
complete -c mlcarbon -n $job -l instance -x -a '(__mlcarbon_instances)' -d 'Cloud instance type (aws:p4d.24xlarge); --count: instances'
complete -c mlcarbon -n $job -l cpu -x -a '(__mlcarbon_cpus)' -d 'Host CPU model (its TDP is counted)'
complete -c mlcarbon -n $job -l cpu-count -x -d 'Host CPU packages (default 1, or the instance\'s)'
complete -c mlcarbon -n $job -l cpu-cores -x -d 'Host CPU cores used, each at TDP / cores'
complete -c mlcarbon -n $job -l cpu-utilization -x -d "Fraction of the CPUs' TDP drawn (default 1)"
complete -c mlcarbon -n $job -l cpu-tdp -x -d 'Rated power per CPU package, watts, for a CPU not in the data'
complete -c mlcarbon -n $job -l memory-gb -x -d 'Host memory, GB (0.3725 W per GB)'
complete -c mlcarbon -n $job -l overhead-w -x -d 'Fixed power per node (or instance), watts'
complete -c mlcarbon -n $job -l flops -x -d 'Training compute in FLOP, e.g. 3.14e23'
complete -c mlcarbon -n $job -l params -x -d 'Model parameters, e.g. 7B (with --tokens)'
complete -c mlcarbon -n $job -l tokens -x -d 'Training tokens, e.g. 2T'
complete -c mlcarbon -n $job -l mfu -x -d 'Model FLOPs utilization, 0-1 (default 0.40)'
complete -c mlcarbon -n $job -l precision -x -a 'fp64 fp32 tf32 fp16 bf16 fp8 int8' -d 'Precision of the peak throughput'

# estimate
complete -c mlcarbon -n $estimate -l jobs -r -F -a - -d 'Estimate every row of FILE (- reads stdin)'
complete -c mlcarbon -n $estimate -l jobs-format -x -a 'csv jsonl sacct' -d 'Format of the jobs file (sacct: SLURM accounting)'
complete -c mlcarbon -n $estimate -l cluster -r -F -d 'With --jobs (sacct output, implied): the partitions\' and nodes\' hardware (JSON)'
complete -c mlcarbon -n $estimate -l group-by -x -a '(__mlcarbon_list __mlcarbon_group_keys)' -d 'With --jobs-format sacct: totals by user, account, partition or month'
complete -c mlcarbon -n $estimate -l strict -d 'With --jobs: stop at the first bad row'
complete -c mlcarbon -n $estimate -l totals-only -d 'With --jobs: print the totals only'
complete -c mlcarbon -n $estimate -l budget -x -d 'Fail (exit 7) above this: 50kg, 2t, 200kWh'
complete -c mlcarbon -n $estimate -l value -x -a 'energy_kwh it_energy_kwh co2e_kg offset_kg net_co2e_kg embodied_kg total_with_embodied_kg market_co2e_kg co2e_kg_low co2e_kg_high energy_kwh_low energy_kwh_high device_hours jobs failed' -d 'Print only this number'
complete -c mlcarbon -n $estimate -l digits -x -a '3 5 8 full' -d 'Significant digits of --value and -q'
complete -c mlcarbon -n $estimate -l brief -d 'The result in at most three lines'
complete -c mlcarbon -n $estimate -s v -l verbose -d 'The full report'
complete -c mlcarbon -n $estimate -s q -l quiet -d 'Print only net_co2e_kg'
complete -c mlcarbon -n $estimate -l bib -r -F -d 'Write the BibTeX entries of the sources to FILE'
complete -c mlcarbon -n $estimate -l equivalents -d 'Compare with car km, flights, seedlings, phone charges'
complete -c mlcarbon -n $estimate -l training-type -x -a 'pre-training fine-tuning' -d 'Model card: training_type'
complete -c mlcarbon -n $estimate -l compat -x -a 'mlco2 codecarbon codecarbon:load codecarbon:constant codecarbon:threads= codecarbon:no-cpu carbontracker carbontracker:detected carbontracker:simulated carbontracker:no-cpu carbontracker:v1 green-algorithms' -d 'Also compute as this tool would'

# compare
complete -c mlcarbon -n $compare -l regions -x -a '(__mlcarbon_region_set)' -d 'Compare regions: provider, all, countries or ids'
complete -c mlcarbon -n $compare -l devices -x -a '(__mlcarbon_list __mlcarbon_hardware)' -d 'Compare devices: comma-separated ids'
complete -c mlcarbon -n $compare -l pue-values -x -d 'Compare PUEs: comma-separated list'
complete -c mlcarbon -n $compare -l plot -r -F -d 'Also draw a bar chart in FILE.svg'
complete -c mlcarbon -n $compare -l top -x -d 'At most N alternatives in the plot (default 25)'

# hardware [list]
complete -c mlcarbon -n $hardware_list -l kind -x -a 'gpu tpu cpu accelerator' -d 'Only this kind of device'
complete -c mlcarbon -n $hardware_list -l vendor -x -a '(__mlcarbon_vendors)' -d 'Only this vendor'

# regions [list]
complete -c mlcarbon -n $regions_list -s p -l provider -x -a '(__mlcarbon_providers)' -d "Only this provider's regions, or country"
complete -c mlcarbon -n $regions_list -l country -x -a '(__mlcarbon_countries)' -d 'Only this country (ISO alpha-2)'
complete -c mlcarbon -n $regions_list -l kind -x -a 'cloud country subnational' -d 'Only cloud regions, countries or subnational grids'

# instances [list]
complete -c mlcarbon -n $instances_list -s p -l provider -x -a '(__mlcarbon_instance_providers)' -d "Only this provider's instance types"
complete -c mlcarbon -n $instances_list -s g -l hardware -x -a '(__mlcarbon_hardware)' -d 'Only instance types with this accelerator'

# measure
complete -c mlcarbon -n "not __fish_seen_subcommand_from $commands" -a measure -d 'Measure what the GPUs, CPUs and DRAM draw'
complete -c mlcarbon -n '__fish_seen_subcommand_from measure' -l duration -x -d 'How long to measure, e.g. 30s (default: until Ctrl-C)'
complete -c mlcarbon -n '__fish_seen_subcommand_from measure' -l interval -x -d 'Seconds between samples (default 1)'
complete -c mlcarbon -n '__fish_seen_subcommand_from measure' -l all-gpus -d 'Every GPU, not only those CUDA_VISIBLE_DEVICES names'

# when
complete -c mlcarbon -n "not __fish_seen_subcommand_from $commands" -a when -d 'The start in a window at which a job emits least'
complete -c mlcarbon -n '__fish_seen_subcommand_from when' -l intensity-series -r -d 'Grid intensities over the window, a forecast'
complete -c mlcarbon -n '__fish_seen_subcommand_from when' -l from -x -d 'The earliest start, ISO 8601 with its zone (default: now)'
complete -c mlcarbon -n '__fish_seen_subcommand_from when' -l within -x -d 'Start within this long of --from, e.g. 24h'
complete -c mlcarbon -n '__fish_seen_subcommand_from when' -l deadline -x -d 'The job must end by then, ISO 8601 with its zone'
complete -c mlcarbon -n '__fish_seen_subcommand_from when' -l top -x -d 'List the N best starts (default 5)'
complete -c mlcarbon -n '__fish_seen_subcommand_from when' -l plot -r -d 'Also draw the series with the best start marked'
complete -c mlcarbon -n $estimate -l intensity-series -r -F -d 'Grid intensities over time: with --start, or per job with --jobs'
complete -c mlcarbon -n $estimate -l start -x -d 'When the run began, ISO 8601 with its zone'

# run
complete -c mlcarbon -n "not __fish_seen_subcommand_from $commands" -a run -d 'Run a command, measure its energy, estimate its emissions'
complete -c mlcarbon -n '__fish_seen_subcommand_from run' -l interval -x -d 'Seconds between samples (default 1)'
complete -c mlcarbon -n '__fish_seen_subcommand_from run' -l all-gpus -d 'Every GPU, not only those CUDA_VISIBLE_DEVICES names'
complete -c mlcarbon -n '__fish_seen_subcommand_from run' -l record -r -d 'Append the run to FILE as a jobs-file row'
