#!/usr/bin/env bash
# Heard's test command: prepares this machine for the test suite as far as it can, says in
# one line each what it could not prepare and how to fix it, and otherwise runs
# ./mvnw verify with the arguments given. With --setup-only it stops after the set-up.
#
# - Chromium and its driver: HEARD_TEST_CHROMIUM and HEARD_TEST_CHROMEDRIVER, by default
#   Debian's /usr/bin/chromium and /usr/bin/chromedriver, which it installs with apt-get
#   (as root, or through sudo when that needs no password) if they are missing.
# - A JDK 17 or later: JAVA_HOME, or java and javac on the PATH, as ./mvnw finds them.
# - A MySQL-compatible server at HEARD_TEST_DB_HOST:HEARD_TEST_DB_PORT (127.0.0.1:3306):
#   a local MariaDB that is installed but down is started; without a server the tests
#   start an embedded MariaDB, which runs on Linux x86-64 only.
#
# Kept to the bash of macOS (3.2): no arrays, no mapfile.
set -euo pipefail
cd "$(dirname "$0")/../../.."

failed=0
problem() { echo "$*" >&2; failed=1; }

# Runs a command as root: directly, or through sudo when it asks for no password.
can_be_root() { [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }

# Chromium and its driver.
chromium="${HEARD_TEST_CHROMIUM:-/usr/bin/chromium}"
chromedriver="${HEARD_TEST_CHROMEDRIVER:-/usr/bin/chromedriver}"
executable() { [ -f "$1" ] && [ -x "$1" ]; }
if { [ -z "${HEARD_TEST_CHROMIUM:-}" ] && ! executable "$chromium"; } ||
    { [ -z "${HEARD_TEST_CHROMEDRIVER:-}" ] && ! executable "$chromedriver"; }; then
    if command -v apt-get >/dev/null 2>&1 && can_be_root; then
        echo "Installing chromium and chromium-driver"
        as_root apt-get update -qq || true
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null || true
    fi
fi
fix='`sudo apt-get install chromium chromium-driver`, or set HEARD_TEST_CHROMIUM and HEARD_TEST_CHROMEDRIVER'
if ! executable "$chromium"; then
    if [ -n "${HEARD_TEST_CHROMIUM:-}" ]; then
        problem "HEARD_TEST_CHROMIUM=$chromium is not an executable file: point it at Chromium or Google Chrome"
    else
        problem "Chromium not found at $chromium: $fix"
    fi
fi
if ! executable "$chromedriver"; then
    if [ -n "${HEARD_TEST_CHROMEDRIVER:-}" ]; then
        problem "HEARD_TEST_CHROMEDRIVER=$chromedriver is not an executable file: point it at the chromedriver of that browser"
    else
        problem "chromedriver not found at $chromedriver: $fix"
    fi
fi

# A JDK 17 or later, where ./mvnw looks for it.
if [ -n "${JAVA_HOME:-}" ]; then
    java="$JAVA_HOME/bin/java" javac="$JAVA_HOME/bin/javac" where="JAVA_HOME=$JAVA_HOME"
else
    java=java javac=javac where="the PATH"
fi
version=$("$java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1) || true
major=${version#1.}
major=${major%%[.+-]*}
if ! [ "${major:-0}" -ge 17 ] 2>/dev/null || ! command -v "$javac" >/dev/null 2>&1; then
    problem "No JDK 17 or later in $where (java version: ${version:-none}): install one (on Debian or Ubuntu \`sudo apt-get install openjdk-17-jdk-headless\`) and set JAVA_HOME to it"
fi

# The MySQL-compatible server.
db_host="${HEARD_TEST_DB_HOST:-127.0.0.1}"
db_port="${HEARD_TEST_DB_PORT:-3306}"
db_up() { (exec 3<>"/dev/tcp/$db_host/$db_port") 2>/dev/null; }
if ! db_up && [ "$db_port" = 3306 ] && { [ "$db_host" = 127.0.0.1 ] || [ "$db_host" = localhost ]; } &&
    [ -x /usr/sbin/mariadbd ] && command -v start-stop-daemon >/dev/null 2>&1 && can_be_root; then
    echo "Starting MariaDB"
    if as_root mkdir -p /run/mysqld && as_root chown mysql:mysql /run/mysqld &&
        as_root start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd; then
        for _ in $(seq 1 30); do db_up && break; sleep 1; done
    fi
fi
if ! db_up; then
    if [ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ]; then
        echo "No MySQL-compatible server at $db_host:$db_port: the tests will start an embedded MariaDB"
    else
        problem "No MySQL-compatible server at $db_host:$db_port, and the embedded MariaDB runs only on Linux x86-64: start MariaDB or MySQL there, or set HEARD_TEST_DB_HOST, HEARD_TEST_DB_PORT, HEARD_TEST_DB_USER and HEARD_TEST_DB_PASSWORD"
    fi
fi

if [ "$failed" -ne 0 ]; then
    exit 1
fi
if [ "${1:-}" = --setup-only ]; then
    echo "Ready for the tests"
    exit 0
fi
exec ./mvnw verify "$@"
