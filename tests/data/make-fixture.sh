#!/bin/sh
# make-fixture.sh CLI OUT.sql: a small clinic written by the prolotrack-cli
# at CLI (built from an old commit, see README.md), dumped as SQL text.
# A generated patient (one year of every record type, shoes included) and
# hand-made ones with the values that are easy to get wrong: accents,
# quotes, half-point pain, optional fields set and unset, a resolved
# condition, a patient without records.
set -eu
cli=$1
out=$2
db=$(mktemp -d)/fixture.db
export PROLOTRACK_TODAY=2026-11-20
run () { "$cli" --database "$db" "$@" >/dev/null; }

run generate --patients 1 --years 1 --seed 7
run add-patient --name "Zoë O'Brien-Ångström" --dob 1979-02-28 --sex female \
    --contact "zoe@example.org, +44 20 7946 0000" --record-number "FX-100" \
    --notes 'Line one
Line "two", with quotes'
run add-patient --name "Bo Ek" --dob 2001-12-31 --record-number "FX-101"
run add-condition --patient FX-100 --kind plantar-fasciitis --side left --onset 2025-03-01 \
    --status resolved --notes "Resolved after three sessions"
run add-condition --patient FX-100 --kind achilles-tendinopathy --side both --onset 2026-01-15
cond=$(sqlite3 "$db" "SELECT max(id) FROM conditions")
run log-session --patient FX-100 --condition "$cond" --date 2026-02-01 --type dextrose \
    --solution "Dextrose 12.5 %" --concentration 12.5 --volume-ml 4.5 --injections 6 \
    --structures "Achilles insertion" --clinician "Dr Ana Ruiz" --site "North" \
    --pain-before 7.5 --pain-after 2 --adverse-events "None" --advice "Walk only" \
    --next-visit 2026-03-01 --notes "First treatment"
run log-session --patient FX-100 --condition "$cond" --date 2026-03-01 --type prp
run log-pain --patient FX-100 --condition "$cond" --date 2026-02-01 --score 6.5 --context morning \
    --source patient --notes "Stiff"
run log-pain --patient FX-100 --date 2026-03-02 --score 0 --context rest --source clinic
run log-run --patient FX-100 --date 2026-03-10 --distance-km 5.25 --duration-min 31 \
    --surface trail --pain 1.5 --notes "Easy"
run log-run --patient FX-100 --date 2026-03-12 --distance-mi 2 --surface road
run log-cross --patient FX-100 --date 2026-02-10 --activity pool --minutes 40 --effort 6 \
    --notes "Aqua jogging"
run log-cross --patient FX-100 --date 2026-02-12 --activity bike --minutes 25
# Format 7 and later: outcome measures and a return-to-run plan.
if "$cli" --help | grep -q log-measure; then
    run log-measure --patient FX-100 --condition "$cond" --date 2026-02-01 --measure visa-a \
        --total 41 --notes "Before the first session"
    run log-measure --patient FX-100 --condition "$cond" --date 2026-03-01 --measure visa-a \
        --answers "7,6,5,6,7,6,0,10" --notes "Item answers kept"
    run log-measure --patient FX-100 --condition "$cond" --date 2026-03-01 --measure custom \
        --name "Hop test, cm" --min 0 --max 300 --higher-better --mcid 10 --total 85.5
    run plan FX-100 --new --start 2026-03-05 --steps "i1/2x5*2;c20*2;w10000*1" --rule cautious
fi

# .dump leaves out the file's header fields; the old code's values follow.
{
  sqlite3 "$db" .dump
  echo "PRAGMA user_version=$(sqlite3 "$db" 'PRAGMA user_version');"
  echo "PRAGMA application_id=$(sqlite3 "$db" 'PRAGMA application_id');"
} > "$out"
rm -rf "$(dirname "$db")"
