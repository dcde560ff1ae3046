"""Pure rules of public-conflict management: no I/O, no Qt, no database."""
