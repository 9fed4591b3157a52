#!/usr/bin/env bash
# Prepares a Payara Micro root directory for Heard, so that Heard starts from it
# without unpacking Payara Micro or deploying the WAR anew, and with a
# class-data-sharing archive of the JDK's and Payara Micro's classes
# (docs/configuration.md#a-prepared-root).
#
#   payara/prepare-root.sh PAYARA_MICRO_JAR HEARD_WAR ROOT [Payara Micro options]
#
# 1. writes Payara Micro's launcher and runtime into ROOT (--outputlauncher);
# 2. starts Heard once from ROOT and stops it (--warmup): the WAR is deployed
#    into ROOT, the database migrated, and the classes loaded are listed;
# 3. writes the archive ROOT/heard.jsa from that list (-Xshare:dump);
# 4. checks that the JVM maps the archive.
#
# Heard's settings (HEARD_DB_URL and the rest) must be in the environment, as for
# a start: step 2 is a start. The options after ROOT go to that start (for
# example --port 8181 while another server holds 8080). Run it with the JDK that
# will run Heard: the archive is only valid for that JDK, this Payara Micro and
# this ROOT. Stop Heard before preparing its ROOT again.
set -euo pipefail

fail() {
    echo "prepare-root: $*" >&2
    exit 1
}

[ $# -ge 3 ] || fail "usage: $0 PAYARA_MICRO_JAR HEARD_WAR ROOT [Payara Micro options for the warm-up start]"
micro_jar=$1
war=$2
root=$3
shift 3
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
preboot="$(cd "$(dirname "$0")" && pwd)/pre-boot-commands.asadmin"
marker=.heard-prepared-root

[ -f "$micro_jar" ] || fail "no Payara Micro jar at $micro_jar"
[ -f "$war" ] || fail "no Heard WAR at $war"
[ -f "$preboot" ] || fail "no pre-boot commands at $preboot"
if [ -e "$root" ]; then
    if [ -f "$root/$marker" ]; then
        rm -rf "$root"
    elif [ -d "$root" ] && [ -z "$(ls -A "$root")" ]; then
        rmdir "$root"
    else
        fail "$root exists and was not prepared by this script; name a new directory"
    fi
fi
mkdir -p "$(dirname "$root")"
root="$(cd "$(dirname "$root")" && pwd)/$(basename "$root")"
log="$root.prepare.log"
: > "$log"

echo "prepare-root: 1/4 Payara Micro's launcher into $root"
"$java" -jar "$micro_jar" --nocluster --rootdir "$root" --outputlauncher >> "$log" 2>&1 \
    || fail "writing the launcher failed; see $log"
touch "$root/$marker"

echo "prepare-root: 2/4 starting Heard once from the root (deploy, migrate, list the classes loaded)"
"$java" -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m \
    -XX:DumpLoadedClassList="$root/heard.classlist" \
    -jar "$root/launch-micro.jar" --nocluster --deploy "$war" --contextroot / \
    --disablephonehome --prebootcommandfile "$preboot" "$@" --warmup >> "$log" 2>&1 \
    || fail "the warm-up start failed; see $log"
# A failed deployment does not stop Payara Micro: it logs this and carries on.
if grep -q "Exception while loading the app" "$log"; then
    fail "Heard failed to deploy during the warm-up start; see $log"
fi
[ -s "$root/heard.classlist" ] || fail "the warm-up start listed no classes; see $log"

echo "prepare-root: 3/4 the class-data-sharing archive $root/heard.jsa"
"$java" -Xshare:dump -XX:SharedClassListFile="$root/heard.classlist" \
    -XX:SharedArchiveFile="$root/heard.jsa" -jar "$root/launch-micro.jar" --nocluster >> "$log" 2>&1 \
    || fail "writing the archive failed; see $log"

echo "prepare-root: 4/4 checking that the JVM maps the archive"
"$java" -XX:SharedArchiveFile="$root/heard.jsa" -XX:+PrintSharedArchiveAndExit \
    -jar "$root/launch-micro.jar" --nocluster > "$root.archive-check.log" 2>&1 \
    && grep -q "archive is valid" "$root.archive-check.log" \
    || fail "the JVM does not accept the archive; see $root.archive-check.log"
rm -f "$root.archive-check.log"
# On disk before Heard starts from it: written back during that start, it slows the start down.
sync "$root/heard.jsa"

echo "prepare-root: done. Start Heard with:"
echo "  $java -XX:SharedArchiveFile=$root/heard.jsa -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m \\"
echo "      -jar $root/launch-micro.jar --nocluster --port 8080 --disablephonehome \\"
echo "      --prebootcommandfile $preboot"
