"""Command-line subcommands, one module per area; each has ``register(subparsers)``. Never imports ``ui``."""
