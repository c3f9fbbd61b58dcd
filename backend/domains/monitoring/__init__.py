"""The monitoring domain: metrics, risk rules and alerts, performance, suggestions, reference data."""
