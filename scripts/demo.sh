#!/usr/bin/env bash
# Runs the bundled action the way a runner does, on a throwaway repository:
# a tag push (a release) and a feature-branch push (a development release).
# Until publishing lands this is a dry run: it prints each plan's job summary.
set -euo pipefail
ACTION="$(cd "$(dirname "$0")/.." && pwd)/dist/index.js"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export GIT_AUTHOR_NAME=demo GIT_AUTHOR_EMAIL=demo@example.com GIT_COMMITTER_NAME=demo GIT_COMMITTER_EMAIL=demo@example.com

git init -q -b main "$WORK/repo"
cd "$WORK/repo"
printf '[project]\nname = "widget"\ndynamic = ["version"]\n' > pyproject.toml
git add pyproject.toml && git commit -qm "first"
git tag 1.2.3
git checkout -q -b feature/implement-doodad
for i in 1 2; do echo "$i" > "change-$i.txt"; git add .; git commit -qm "change $i"; done
echo '{"repository":{"fork":false}}' > "$WORK/event.json"

run() { # event ref sha
  : > "$WORK/output"; : > "$WORK/summary"
  env -i PATH="$PATH" HOME="$HOME" GITHUB_ACTIONS=true GITHUB_EVENT_NAME="$1" GITHUB_REF="$2" GITHUB_SHA="$3" \
    GITHUB_REPOSITORY=acme/widget GITHUB_WORKSPACE="$PWD" GITHUB_EVENT_PATH="$WORK/event.json" \
    GITHUB_OUTPUT="$WORK/output" GITHUB_STEP_SUMMARY="$WORK/summary" RUNNER_TEMP="$WORK" \
    INPUT_DRY-RUN=true node "$ACTION" >/dev/null
  printf '\n=== %s %s\n' "$1" "$2"
  sed -e 's/<code>//g; s#</code>##g; s/<br>/, /g' "$WORK/summary"
}

run push refs/tags/1.2.3 "$(git rev-parse 1.2.3)"
run push refs/heads/feature/implement-doodad "$(git rev-parse HEAD)"
run push refs/heads/main "$(git rev-parse 1.2.3)"
