"""Services: one function = one user action = one transaction; they return DTOs and ``Changes``."""
