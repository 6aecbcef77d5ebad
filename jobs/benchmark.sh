#!/usr/bin/env bash
# The benchmarks live in benchmarks/ (benchmarks/README.md); this name is kept for the scripts and
# notes that call them by it.
exec "$(dirname "${BASH_SOURCE[0]}")/../benchmarks/benchmark.sh" "$@"
