// Package wuse provides validated value types and helpers shared across the project.
package wuse
