"""The domain and the work. Imports no Qt."""
