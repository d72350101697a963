package main

import "io"

// runEval is `readout eval` (see eval.go in package evaluate).
func runEval(args []string, stdout, stderr io.Writer) int {
	return 2
}
