# Progress reporting for long, multi-stage builds (sourced).
#
#   progress_init LABEL TOTAL_STAGES LOG_DIR
#   progress_stage NAME EXPECTED_OBJECTS COMMAND...
#   progress_expected TABLE STAGE   (prints STAGE's count from TABLE, or 0)
#
# Each stage runs COMMAND with its output in LOG_DIR/NN-name.log and shows
# "[LABEL n/TOTAL] NAME", the object files (*.o) the stage has made so far
# under the current directory, and the elapsed time. A build's progress is
# its objects: the count moves with the compiler, however slow the host.
# EXPECTED_OBJECTS, when not 0, is what the same stage made in a finished
# build (toolchain/objects.txt), and turns the count into a percentage,
# capped at 99% until the stage ends. On a terminal the line updates in
# place; elsewhere (CI) a line is printed every PROGRESS_INTERVAL seconds.
# A failing stage prints its name, the end of its log and the log's path,
# and progress_stage returns the command's exit status. After a stage,
# PROGRESS_OBJECTS holds the number of objects it made.

progress_init() {
    PROGRESS_LABEL=$1
    PROGRESS_TOTAL=$2
    PROGRESS_LOG_DIR=$3
    PROGRESS_STEP=0
    : "${PROGRESS_INTERVAL:=60}"
    mkdir -p "$PROGRESS_LOG_DIR"
}

progress_fmt_time() {
    printf '%dm%02ds' $(($1 / 60)) $(($1 % 60))
}

progress_expected() { # TABLE STAGE
    local n=0
    [ -r "$1" ] && n=$(awk -v s="$2" '$1 == s { print $2; exit }' "$1")
    echo "${n:-0}"
}

# Objects newer than the stage's stamp, under the current directory.
progress_count() { # STAMP
    find . -name '*.o' -newer "$1" 2>/dev/null | wc -l
}

progress_figure() { # OBJECTS EXPECTED
    local pct
    if [ "$2" -gt 0 ]; then
        pct=$(($1 * 100 / $2))
        [ "$pct" -gt 99 ] && pct=99
        printf ' %d/%d objects %d%%' "$1" "$2" "$pct"
    elif [ "$1" -gt 0 ]; then
        printf ' %d objects' "$1"
    fi
}

progress_stage() {
    local name=$1 expected=$2
    shift 2
    PROGRESS_STEP=$((PROGRESS_STEP + 1))
    local slug log stamp start now elapsed figure pid status last_print=0 objects=0 tick=0
    slug=$(printf '%02d-%s' "$PROGRESS_STEP" "$(echo "$name" | tr -c 'A-Za-z0-9\n' '-')")
    log="$PROGRESS_LOG_DIR/$slug.log"
    stamp="$PROGRESS_LOG_DIR/.$slug.start"
    : >"$stamp"
    local head="[$PROGRESS_LABEL $PROGRESS_STEP/$PROGRESS_TOTAL] $name"
    start=$(date +%s)
    [ -t 1 ] || echo "$head ..."
    "$@" >"$log" 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        sleep 1
        now=$(date +%s)
        elapsed=$((now - start))
        # Counting walks the build tree: every 5 s is often enough.
        if [ $((tick % 5)) -eq 4 ]; then
            objects=$(progress_count "$stamp")
        fi
        tick=$((tick + 1))
        figure=$(progress_figure "$objects" "$expected")
        if [ -t 1 ]; then
            printf '\r%s%s  %s ' "$head" "$figure" "$(progress_fmt_time $elapsed)"
        elif [ $((now - last_print)) -ge "$PROGRESS_INTERVAL" ] && [ "$elapsed" -ge "$PROGRESS_INTERVAL" ]; then
            echo "$head$figure  $(progress_fmt_time $elapsed)"
            last_print=$now
        fi
    done
    status=0
    wait "$pid" || status=$?
    elapsed=$(($(date +%s) - start))
    PROGRESS_OBJECTS=$(progress_count "$stamp")
    rm -f "$stamp"
    [ -t 1 ] && printf '\r\033[K'
    if [ "$status" -ne 0 ]; then
        echo "$head FAILED (exit status $status) after $(progress_fmt_time $elapsed)" >&2
        echo "---- last lines of $log ----" >&2
        tail -n 30 "$log" >&2
        echo "---- full log: $log" >&2
        return "$status"
    fi
    if [ "$PROGRESS_OBJECTS" -gt 0 ]; then
        echo "$head done in $(progress_fmt_time $elapsed), $PROGRESS_OBJECTS objects"
    else
        echo "$head done in $(progress_fmt_time $elapsed)"
    fi
}
