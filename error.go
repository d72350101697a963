package readout

import (
	"errors"
	"fmt"
)

// ErrorKind classifies errors so that each transport can map them to its own status.
type ErrorKind string

// The kinds of error.
const (
	Invalid      ErrorKind = "invalid"      // the input is malformed
	NotFound     ErrorKind = "not found"    // nothing has that ID or name
	Ambiguous    ErrorKind = "ambiguous"    // a name fits several entities
	Unauthorized ErrorKind = "unauthorized" // a token is missing or wrong
	Internal     ErrorKind = "internal"     // readout failed on its own
)

// Error is readout's error: what was being done, to which document (and line), and why.
type Error struct {
	Op   string    // the operation, e.g. "load"
	Kind ErrorKind // the class of failure
	Doc  string    // the document or file concerned, "" when none
	Line int       // the 1-based line in a JSONL file, 0 when none
	Err  error     // the underlying error
}

// Errorf builds an Error of kind k whose message is formatted like fmt.Errorf.
func Errorf(op string, k ErrorKind, format string, args ...any) *Error {
	return &Error{Op: op, Kind: k, Err: fmt.Errorf(format, args...)}
}

// Error writes "doc:line: op: message", leaving out the parts that are empty.
func (e *Error) Error() string {
	s := ""
	if e.Doc != "" {
		s = e.Doc
		if e.Line > 0 {
			s += fmt.Sprintf(":%d", e.Line)
		}
		s += ": "
	}
	if e.Op != "" {
		s += e.Op + ": "
	}
	if e.Err != nil {
		s += e.Err.Error()
	} else {
		s += string(e.Kind)
	}
	return s
}

// Unwrap returns the underlying error, so errors.Is and errors.As see through an Error.
func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the kind of the first Error in err's chain, or Internal.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) && e.Kind != "" {
		return e.Kind
	}
	return Internal
}
