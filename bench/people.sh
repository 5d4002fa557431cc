#!/usr/bin/env bash
# Time of the people list /people on the demo dataset (embedded H2), for a ward committee and a
# cell secretary: the first request of five fresh sessions, then a name search per letter (distinct
# parameters, so that H2 cannot hand back a result it kept from an identical earlier query).
#
#   bench/people.sh [PORT]     against an application already running with the demo on PORT
#                              (default 8080), e.g.  java -Xmx512m -jar target/ptdv-*.jar
set -euo pipefail
PORT=${1:-8080}
BASE="http://localhost:$PORT"
JAR_COOKIES=$(mktemp)
trap 'rm -f "$JAR_COOKIES"' EXIT

sign_in() {
  rm -f "$JAR_COOKIES"
  local csrf
  csrf=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=$1" \
    --data-urlencode "password=demo12345" --data-urlencode "_csrf=$csrf" "$BASE/login"
}

for user in hoabinh bithu.kp1; do
  firsts=""
  for _ in 1 2 3 4 5; do
    sign_in "$user"
    firsts="$firsts $(curl -s -b "$JAR_COOKIES" -o /dev/null -w '%{time_total}' "$BASE/people")"
  done
  echo "$user, first /people of a session (s):$firsts"
  sign_in "$user"
  for letter in a b c d e g h i k l m n o p q r s t u v x y; do
    curl -s -b "$JAR_COOKIES" -o /dev/null -w '%{time_total}\n' "$BASE/people?q=$letter"
  done | sort -n | awk -v u="$user" '{a[NR]=$1} END {printf "%s, /people?q=<letter> x%d: median %.3f s, max %.3f s\n", u, NR, a[int((NR+1)/2)], a[NR]}'
done
