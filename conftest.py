"""Collection settings shared by the tests and the doctests of the package."""

# Importing __main__ would run the command line.
collect_ignore = ["reconcile/__main__.py"]
